// "Cite this": the sources behind the selected relation, the selected source, or everything the
// view shows, as APA or Vancouver text and as BibTeX and RIS to copy or download.
import { formatCitation, type CitationStyle } from '../../export/citation';
import { currentLink } from '../../store/urlSync';
import { CITE_HEADING_ID } from '../common/ids';
import { CopyButton } from '../common/CopyButton';
import { RadioGroup } from '../common/RadioGroup';
import { downloadText } from '../common/download';
import { useCitations } from './useCitations';
import type { ExportScope } from './useExportScope';

const STYLES: { value: CitationStyle; label: string }[] = [
  { value: 'apa', label: 'APA 7' },
  { value: 'vancouver', label: 'Vancouver' },
];

export function CiteSection({ scope }: { scope: ExportScope }) {
  const {
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
  } = useCitations(scope);
  return (
    <section className="export__section" aria-labelledby={CITE_HEADING_ID}>
      <h3 id={CITE_HEADING_ID} tabIndex={-1}>
        Cite
      </h3>
      {scopes.length > 1 && (
        <RadioGroup
          legend="Cite this"
          value={active.id}
          options={scopes.map((s) => ({ value: s.id, label: `${s.label} (${s.sources.length})` }))}
          onChange={setChosen}
        />
      )}
      <RadioGroup legend="Style" row value={style} options={STYLES} onChange={setStyle} />
      {n === 0 ? (
        <p className="muted">
          {scope.layers.open && active.id === 'view'
            ? `The imported network “${scope.layers.open.name}” is not part of Nociscope’s bibliography: the citations its file gives (PubMed ids, DOIs) are in its data exports, in the evidence columns.`
            : 'Nothing in this view rests on a source.'}
        </p>
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
      {/* An imported network whose licence asks for credit (CC BY…): the words to credit it with. */}
      {credits.length > 0 && (
        <p className="export__credit">Credit the imported network: {credits.join('; ')}</p>
      )}
      <h3>Link</h3>
      <CopyButton text={currentLink} label="Copy link to this view" what="the link" />
    </section>
  );
}
