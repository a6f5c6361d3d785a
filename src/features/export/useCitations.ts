// The state behind the Cite section of the Export panel: the scopes a reader can cite (the view,
// the selected relation or source), the chosen style, and the references as text, BibTeX and RIS.
import { useEffect, useMemo, useState } from 'react';
import { formatCitation, type CitationStyle } from '../../export/citation';
import { CITATION_FORMATS } from '../../export/formats';
import { citedSources } from '../../export/view';
import { shownAttributions } from '../../import/shownExport';
import type { Edge, Graph } from '../../model/graph';
import type { Source } from '../../model/schema';
import { relationSentence } from '../../model/sentence';
import { selectSelection } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { exportFileName, exportSubject, isoDate } from '../common/fileName';
import { useGraph } from '../common/graphContext';
import type { ExportScope } from './useExportScope';

export type ScopeId = 'view' | 'relation' | 'source';

export interface CiteScope {
  readonly id: ScopeId;
  readonly label: string;
  readonly sources: readonly Source[];
}

function withReportedStudy(graph: Graph, s: Source): Source[] {
  const study = s.reportsOn ? graph.sourceById.get(s.reportsOn) : undefined;
  return study ? [s, study] : [s];
}

/** What the Cite section cites (the view, the selected relation or source), in which style, as text and files. */
export function useCitations(scope: ExportScope) {
  const graph = useGraph();
  const selection = useAppStore(selectSelection);
  const [style, setStyle] = useState<CitationStyle>('apa');
  // null: the default, which is the selected relation or source if there is one, else the view.
  const [chosen, setChosen] = useState<ScopeId | null>(null);
  useEffect(() => setChosen(null), [selection]);

  const scopes = useMemo(() => {
    // A network open on its own is all the map shows: no curated relation is in view to cite.
    const viewEdges = scope.layers.open ? [] : graph.edges.filter((e) => scope.subgraph.edges.has(e.id));
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
  // The imported networks on screen whose licence asks for credit are credited with the view.
  const credits = active.id === 'view' ? shownAttributions(scope.layers.open, scope.layers.layers) : [];
  const text = [
    ...active.sources.map((s, i) => (style === 'vancouver' ? `${i + 1}. ` : '') + formatCitation(s, style)),
    ...credits.map((c) => `Network: ${c}`),
  ].join('\n');
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

  return {
    scopes,
    active,
    setChosen,
    style,
    setStyle,
    text,
    bib,
    ris,
    bibText,
    risText,
    n,
    what,
    fileFor,
    credits,
  };
}
