import { describe, expect, it } from 'vitest';
import { pathsAsMarkdown, pathsAsText, authorityCaveat } from '../../src/export/pathNarrative';
import { therapyImpact } from '../../src/model/pathways/impact';
import type { NodeId } from '../../src/model/schema';
import { kb } from '../features/helpers';

const { graph } = kb;
const impact = therapyImpact(graph, 'bmsc_therapy' as NodeId);
const tgfRoute = impact.relieves.find(
  (p) => p.steps.join(' ') === 'bmsc_therapy_delivers_bmsc bmsc_secretes_tgfb1 tgfb1_relieves_np',
)!;

describe('a path as a cited narrative', () => {
  it('reads one sentence per step with its citations, as text', () => {
    const text = pathsAsText(graph, [{ path: tgfRoute, verdict: tgfRoute.verdict }]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Intrathecal BMSC therapy → BMSC → TGF-β1 → Neuropathic pain');
    expect(lines[1]).toMatch(/relieves pain \(net −, lowers\); weakest step: animal model; species: mouse/);
    // The route's mechanism was tested (Chen took TGF-β1 out): said before its steps.
    expect(lines[2]).toMatch(/^ {2}Tested: Chen et al\. 2015 took TGF-β1 out .* was lost \(animal model\)\./);
    expect(lines[4]).toMatch(/^ {2}2\. BMSC secretes TGF-β1 \[\+\] \(Chen et al\. 2015, animal model; /);
    expect(lines[5]).toMatch(/^ {2}3\. TGF-β1 relieves Neuropathic pain \[−\]/);
    // The step's curated caveat travels with it.
    expect(lines[6]).toMatch(/^ {5}Caveat \(step 3\): TGF-β1 itself is short-lived/);
    expect(text).toMatch(/References\n- Chen, G\., .*\(2015\)/);
  });

  it('reads the same as Markdown, with references that keep their links', () => {
    const md = pathsAsMarkdown(graph, [{ path: tgfRoute, verdict: tgfRoute.verdict }], 'BMSC and TGF-β1');
    expect(md).toMatch(
      /^## BMSC and TGF-β1\n\n### Intrathecal BMSC therapy → BMSC → TGF-β1 → Neuropathic pain/,
    );
    expect(md).toMatch(/\n2\. BMSC secretes TGF-β1 \(\+\) — Chen et al\. 2015, animal model/);
    expect(md).toContain('https://doi.org/10.1172/JCI80883');
  });

  it('flags paths that rest on news, web or opinion sources', () => {
    const newsy = impact.relieves.find((p) => p.evidence.lowAuthority !== 'none');
    expect(newsy).toBeDefined();
    expect(authorityCaveat(newsy!)).toMatch(/rests? only on news, web or opinion sources/);
    expect(authorityCaveat(tgfRoute)).toBeNull();
    expect(pathsAsText(graph, [{ path: newsy! }])).toMatch(/Caveat: /);
  });
});
