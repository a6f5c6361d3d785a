// "How net effects are worked out": generated from the vocabulary (src/model/pathways/explain.ts).
import { useMemo } from 'react';
import { netEffectRules } from '../../model/pathways/explain';
import { useGraph } from '../common/graphContext';

export function NetEffectNote() {
  const graph = useGraph();
  const rules = useMemo(() => netEffectRules(graph), [graph]);
  return (
    <details className="pathways__note">
      <summary>How net effects are worked out</summary>
      {rules.map((r) => (
        <p key={r}>{r}</p>
      ))}
    </details>
  );
}
