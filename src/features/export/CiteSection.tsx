// "Cite this": the sources behind the selected relation, the selected source, or everything the
// view shows, as APA or Vancouver text and as BibTeX and RIS to copy or download.
import { useEffect, useId, useMemo, useState } from 'react';
import { formatCitation, type CitationStyle } from '../../export/citation';
import { CITATION_FORMATS } from '../../export/formats';
import { citedSources } from '../../export/view';
import type { Edge, Graph } from '../../model/graph';
import type { Source } from '../../model/schema';
import { relationSentence } from '../../model/sentence';
import { selectSelection } from '../../store/selectors';
import { currentLink } from '../../store/urlSync';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { CITE_HEADING_ID } from '../common/ids';
import { CopyButton } from '../common/CopyButton';
import { downloadText } from './download';
import { exportFileName, exportSubject, isoDate } from '../common/fileName';
import type { ExportScope } from './useExportView';

type ScopeId = 'view' | 'relation' | 'source';

interface CiteScope {
  readonly id: ScopeId;
  readonly label: string;
  readonly sources: readonly Source[];
}

function withReportedStudy(graph: Graph, s: Source): Source[] {
  const study = s.reportsOn ? graph.sourceById.get(s.reportsOn) : undefined;
  return study ? [s, study] : [s];
}

export function CiteSection({ scope }: { scope: ExportScope }) {
  const graph = useGraph();
  const selection = useAppStore(selectSelection);
  const [style, setStyle] = useState<CitationStyle>('apa');
  // null: the default, which is the selected relation or source if there is one, else the view.
  const [chosen, setChosen] = useState<ScopeId | null>(null);
  useEffect(() => setChosen(null), [selection]);
  const styleName = useId();
  const scopeName = useId();

  const scopes = useMemo(() => {
    const viewEdges = graph.edges.filter((e) => scope.subgraph.edges.has(e.id));
    const list: CiteScope[] = [{ id: 'view', label: 'This view', sources: citedSources(graph, viewEdges) }];
    if (selection?.type === 'edge') {
      const e: Edge | undefined = graph.edgeById.get(selection.id);
      if (e)
        list.push({
          id: 'relation',
          label: `Relation: ${relationSentence(graph, e)}`,
          sources: citedSources(graph, [e]),
        });
    }
    if (selection?.type === 'source') {
      const s = graph.sourceById.get(selection.id);
      if (s) list.push({ id: 'source', label: 'The selected source', sources: withReportedStudy(graph, s) });
    }
    return list;
  }, [graph, scope, selection]);
  const active = scopes.find((s) => s.id === chosen) ?? scopes[scopes.length - 1]!;
  const text = active.sources
    .map((s, i) => (style === 'vancouver' ? `${i + 1}. ` : '') + formatCitation(s, style))
    .join('\n');
  const bib = CITATION_FORMATS.find((f) => f.id === 'bibtex')!;
  const ris = CITATION_FORMATS.find((f) => f.id === 'ris')!;
  const bibText = bib.write(active.sources);
  const risText = ris.write(active.sources);
  const n = active.sources.length;
  const what = `${n} ${n === 1 ? 'reference' : 'references'}`;
  const subject =
    active.id === 'view'
      ? exportSubject(graph, scope.filters, 'data')
      : active.id === 'relation'
        ? `relation-${selection?.id}`
        : `source-${selection?.id}`;
  const fileFor = (ext: string) => exportFileName(subject.replace(/_/g, '-'), isoDate(), ext);

  return (
    <section className="export__section" aria-labelledby={CITE_HEADING_ID}>
      <h3 id={CITE_HEADING_ID} tabIndex={-1}>
        Cite
      </h3>
      {scopes.length > 1 && (
        <fieldset className="export__radios">
          <legend>Cite this</legend>
          {scopes.map((s) => (
            <label key={s.id}>
              <input
                type="radio"
                name={scopeName}
                checked={active.id === s.id}
                onChange={() => setChosen(s.id)}
              />{' '}
              {s.label} ({s.sources.length})
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="export__radios export__radios--row">
        <legend>Style</legend>
        {(['apa', 'vancouver'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name={styleName} checked={style === s} onChange={() => setStyle(s)} />{' '}
            {s === 'apa' ? 'APA 7' : 'Vancouver'}
          </label>
        ))}
      </fieldset>
      {n === 0 ? (
        <p className="muted">Nothing in this view rests on a source.</p>
      ) : (
        <>
          <p className="muted">
            {active.label}: {what}.
          </p>
          {/* A scrolling box: focusable so that keyboard users can scroll it too. */}
          <ol className="export__refs" aria-label="References" tabIndex={0}>
            {active.sources.map((s) => (
              <li key={s.id}>{formatCitation(s, style)}</li>
            ))}
          </ol>
          <div className="export__copies">
            <CopyButton
              text={text}
              label={`Copy ${style === 'apa' ? 'APA' : 'Vancouver'} references`}
              what={what}
            />
            <CopyButton text={bibText} label="Copy BibTeX" what={`BibTeX (${what})`} />
            <CopyButton text={risText} label="Copy RIS" what={`RIS (${what})`} />
          </div>
          <div className="export__buttons export__buttons--row">
            <button type="button" onClick={() => downloadText(bibText, fileFor(bib.extension), bib.mime)}>
              Download .bib
            </button>
            <button type="button" onClick={() => downloadText(risText, fileFor(ris.extension), ris.mime)}>
              Download .ris
            </button>
          </div>
        </>
      )}
      <h3>Link</h3>
      <CopyButton text={currentLink} label="Copy link to this view" what="the link" />
    </section>
  );
}
