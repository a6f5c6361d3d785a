// The three questions as forms. Every field writes to the store's path query, which lives in the
// URL, so a question can be shared, bookmarked and walked back with the browser's history.
import { useId, useState } from 'react';
import type { NodeId } from '../../model/schema';
import { MAX_MAX_LENGTH } from '../../model/pathways/paths';
import { selectPath } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { NodeSelect } from './NodeSelect';

const THERAPY: readonly ['therapy'] = ['therapy'];

export function PathsForm() {
  const id = useId();
  const path = useAppStore(selectPath);
  const setPath = useAppStore((s) => s.setPath);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <NodeSelect id={`${id}-from`} value={path.from} onChange={(v) => setPath({ from: v })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <NodeSelect id={`${id}-to`} value={path.to} onChange={(v) => setPath({ to: v })} />
      </div>
      <div className="pathways__row">
        <button
          type="button"
          onClick={() => setPath({ from: path.to, to: path.from })}
          disabled={!path.from && !path.to}
        >
          Swap ends
        </button>
        <label htmlFor={`${id}-len`}>Up to</label>
        <input
          id={`${id}-len`}
          type="number"
          min={1}
          max={MAX_MAX_LENGTH}
          value={path.maxLength}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= MAX_MAX_LENGTH) setPath({ maxLength: n });
          }}
        />
        <span>steps</span>
      </div>
      <KnockoutPicker />
    </>
  );
}

/** What if…: the entities knocked out, shared by the paths and impact questions. */
function KnockoutPicker() {
  const id = useId();
  const graph = useGraph();
  const path = useAppStore(selectPath);
  const setPath = useAppStore((s) => s.setPath);
  const [candidate, setCandidate] = useState<NodeId | null>(null);
  const add = () => {
    if (candidate && !path.knockouts.includes(candidate))
      setPath({ knockouts: [...path.knockouts, candidate] });
    setCandidate(null);
  };
  return (
    <fieldset className="pathways__knockouts">
      <legend>What if… (knock out entities)</legend>
      <div className="pathways__row">
        <label htmlFor={`${id}-ko`}>Entity to knock out</label>
        <NodeSelect
          id={`${id}-ko`}
          value={candidate}
          onChange={setCandidate}
          placeholder="Choose an entity to knock out…"
          exclude={path.knockouts}
        />
        <button type="button" onClick={add} disabled={!candidate}>
          Knock out
        </button>
      </div>
      {path.knockouts.length > 0 && (
        <ul className="pathways__chips" aria-label="Knocked out">
          {path.knockouts.map((k) => {
            const label = graph.nodeById.get(k)?.label ?? k;
            return (
              <li key={k}>
                <span aria-hidden="true">✕ </span>
                {label}{' '}
                <button
                  type="button"
                  aria-label={`Restore ${label}`}
                  onClick={() => setPath({ knockouts: path.knockouts.filter((x) => x !== k) })}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

export function ImpactForm() {
  const id = useId();
  const path = useAppStore(selectPath);
  const setPath = useAppStore((s) => s.setPath);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-therapy`}>Therapy</label>
        <NodeSelect
          id={`${id}-therapy`}
          kinds={THERAPY}
          placeholder="Choose a therapy…"
          value={path.therapy}
          onChange={(v) => setPath({ therapy: v })}
        />
      </div>
      <KnockoutPicker />
    </>
  );
}

export function CompareForm() {
  const graph = useGraph();
  const path = useAppStore(selectPath);
  const setPath = useAppStore((s) => s.setPath);
  const therapies = graph.nodes.filter((n) => n.kind === 'therapy');
  const toggle = (t: NodeId) =>
    setPath({
      compare: path.compare.includes(t) ? path.compare.filter((x) => x !== t) : [...path.compare, t],
    });
  return (
    <fieldset>
      <legend>Therapies to compare (two or more)</legend>
      {therapies.map((t) => (
        <label key={t.id} className="pathways__check">
          <input type="checkbox" checked={path.compare.includes(t.id)} onChange={() => toggle(t.id)} />{' '}
          {t.label}
        </label>
      ))}
    </fieldset>
  );
}
