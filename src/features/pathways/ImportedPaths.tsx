// Pathway questions on an imported network open on its own: the paths between two of its nodes,
// signed where the file signs its edges. Answered by importedPaths (src/import/paths.ts) from the
// file's edges alone, and said so: these are routes in the reader's network, not curated evidence.
// A card shows its path on the map (the canvas outlines it) and each step picks its edge.
import { useId, useMemo } from 'react';
import type { StoredLayer } from '../../import/layerStore';
import { importedPaths, IMPORTED_PATH_MAX_LENGTH, type ImportedPath } from '../../import/paths';
import { pickImported } from '../../store/importedPick';
import { selectImportedPathQuery } from '../../store/importedPathSlice';
import { useAppStore } from '../../store/store';

const LENGTHS = [2, 3, 4, 5, 6, 7, 8];

/** The net sign in words, with its icon (never colour alone). */
const NET_WORDS: Record<ImportedPath['net'], { icon: string; text: string; className: string }> = {
  1: { icon: '+', text: 'promotes (every step signed in the file)', className: 'verdict' },
  [-1]: {
    icon: '−',
    text: 'counters (every step signed in the file)',
    className: 'verdict',
  },
  0: { icon: '?', text: 'net effect unknown: a step has no sign in the file', className: 'verdict' },
};

const STEP_SIGN = { 1: '+', [-1]: '−', 0: 'unsigned' } as const;

export function ImportedPaths({ layer }: { layer: StoredLayer }) {
  const id = useId();
  const stored = useAppStore(selectImportedPathQuery);
  const setQuery = useAppStore((s) => s.setImportedPath);
  const query = stored?.layerId === layer.id ? stored : null;
  const from = query?.from ?? null;
  const to = query?.to ?? null;
  const network = layer.network;
  const maxLength = query?.maxLength ?? IMPORTED_PATH_MAX_LENGTH;
  const nodes = useMemo(
    () => [...network.nodes].sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true })),
    [network],
  );
  const byId = useMemo(() => new Map(network.nodes.map((n) => [n.id, n])), [network]);
  const edgeById = useMemo(() => new Map(network.edges.map((e) => [e.id, e])), [network]);
  const answer = useMemo(
    () => (from && to && from !== to ? importedPaths(network, from, to, { maxLength }) : null),
    [network, from, to, maxLength],
  );
  const label = (n: string) => byId.get(n)?.label ?? n;
  // A new question clears the path drawn on the map.
  const ask = (patch: { from?: string | null; to?: string | null; maxLength?: number }) =>
    setQuery({ layerId: layer.id, from, to, maxLength, ...patch, shown: null });
  const shownKey = query?.shown ? query.shown.edges.join(' ') : null;
  const signed = network.edges.some((e) => e.polarity !== 0);

  const picker = (which: 'from' | 'to', text: string, value: string | null) => (
    <label className="pathways__row" htmlFor={`${id}-${which}`}>
      {text}
      <select
        id={`${id}-${which}`}
        value={value ?? ''}
        onChange={(e) => ask({ [which]: e.target.value || null })}
      >
        <option value="">Choose a node…</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
            {n.label !== n.id ? ` (${n.id})` : ''}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="panel pathways" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Pathways</h2>
      <p className="pathways__imported-note">
        Paths in your network “{layer.name}”, read from the edges of {network.fileNames.join(', ')}: routes in
        the file, not curated evidence.{' '}
        {signed
          ? 'Signs are the file’s own; a step without one leaves the net effect unknown.'
          : 'The file signs no edge, so no path has a known net effect.'}
      </p>
      {picker('from', 'From', from)}
      {picker('to', 'To', to)}
      <label className="pathways__row" htmlFor={`${id}-len`}>
        Longest path (steps)
        <select
          id={`${id}-len`}
          value={maxLength}
          onChange={(e) => ask({ maxLength: Number(e.target.value) })}
        >
          {LENGTHS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {!answer && (
        <p role="status">
          {from && from === to
            ? 'Choose two different nodes.'
            : 'Choose both ends to find the paths between them.'}
        </p>
      )}
      {answer && from && to && (
        <section className="pathways__answer" aria-labelledby={`${id}-answer`}>
          <h3 id={`${id}-answer`} className="pathways__answer-heading">
            Answer
          </h3>
          <p role="status" className="pathways__headline">
            {answer.paths.length === 0
              ? `No path of up to ${maxLength} steps from ${label(from)} to ${label(to)} in this network.`
              : `${answer.paths.length}${answer.truncated ? '+' : ''} ${answer.paths.length === 1 ? 'path' : 'paths'} from ${label(from)} to ${label(to)} in “${layer.name}”: ${summary(answer.paths)}.`}
            {answer.truncated &&
              ' Only the shortest are listed; choose a shorter longest path or other ends.'}
          </p>
          <ol className="pathways__list">
            {answer.paths.map((p, i) => {
              const net = NET_WORDS[p.net];
              const key = p.edges.join(' ');
              const shown = shownKey === key;
              return (
                <li key={key} className="path-card" data-steps={key}>
                  <h4 className="path-card__title">
                    Path {i + 1}: {p.nodes.map(label).join(' → ')}
                  </h4>
                  <p className="path-card__summary">
                    <span className={net.className}>
                      <span aria-hidden="true">{net.icon}</span> {net.text}
                    </span>{' '}
                    <span className="muted">
                      {p.edges.length} {p.edges.length === 1 ? 'step' : 'steps'}
                    </span>
                  </p>
                  <button
                    type="button"
                    aria-pressed={shown}
                    onClick={() =>
                      setQuery({
                        layerId: layer.id,
                        from,
                        to,
                        maxLength,
                        shown: shown ? null : { nodes: p.nodes, edges: p.edges },
                      })
                    }
                  >
                    {shown ? `Hide path ${i + 1} on the map` : `Show path ${i + 1} on the map`}
                  </button>
                  <ol className="relation-list">
                    {p.edges.map((edgeId, k) => {
                      const e = edgeById.get(edgeId);
                      if (!e) return null;
                      // An undirected edge may be walked from its target: the step reads as walked.
                      const a = p.nodes[k]!;
                      const b = p.nodes[k + 1]!;
                      return (
                        <li key={edgeId}>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => pickImported({ layerId: layer.id, type: 'edge', id: edgeId })}
                          >
                            {label(a)} {e.interaction ? `— ${e.interaction} →` : '→'} {label(b)}
                          </button>{' '}
                          <span className="muted">
                            ({STEP_SIGN[e.polarity]}
                            {e.evidence.length
                              ? `, ${e.evidence.length} ${e.evidence.length === 1 ? 'citation' : 'citations'} in the file`
                              : ''}
                            )
                          </span>
                        </li>
                      );
                    })}
                  </ol>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </section>
  );
}

function summary(paths: readonly ImportedPath[]): string {
  const n = (net: ImportedPath['net']) => paths.filter((p) => p.net === net).length;
  const parts = [
    n(1) && `${n(1)} promote`,
    n(-1) && `${n(-1)} counter`,
    n(0) && `${n(0)} of unknown net effect`,
  ].filter(Boolean);
  return parts.join(', ');
}
