// @vitest-environment node
// Questions a pain pharmacologist asks of the map, each answered by the same functions as the app's
// Pathways panel and `npm run query`, and checked against what the sources themselves found. Beside
// each test, the source's own words (quoted on purpose: this file is not graph-data).
import { describe, expect, it } from 'vitest';
import { runQuery } from '../../src/cli/query';
import { loadGraph } from '../../src/model/load';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { compareTherapies } from '../../src/model/pathways/compare';
import { therapyImpact } from '../../src/model/pathways/impact';
import { findPaths } from '../../src/model/pathways/paths';
import { whatIf } from '../../src/model/pathways/whatIf';
import type { NodeId } from '../../src/model/schema';

const loaded = loadGraph(readGraphFiles('graph-data'));
if (!loaded.ok) throw new Error('graph-data does not load');
const { graph } = loaded;
const id = (s: string) => s as NodeId;
const impact = (t: string) => therapyImpact(graph, id(t));
const json = (argv: string[]) => {
  const r = runQuery([...argv, '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
};
const text = (argv: string[]) => {
  const r = runQuery(argv);
  expect(r.code, r.err).toBe(0);
  return r.out;
};

describe('COX inhibitors in neuropathic pain', () => {
  // Marchand et al. 2005 (seed 001): "the lack of effect of cyclooxygenase inhibitors in patients with
  // neuropathic pain indicates that this mechanism is of limited importance."
  it('answers "no effect observed", leads with the observation and names the route that disagrees', () => {
    const data = json(['impact', '--therapy', 'cox_inhibitors']);
    expect(data.overall).toBe('no-effect');
    expect(data.endpoints).toEqual([
      expect.objectContaining({
        id: 'neuropathic_pain',
        verdict: 'no-effect',
        inferred: 'relieves',
        disagrees: true,
      }),
    ]);
    expect(data.observed[0]).toMatchObject({
      basis: 'observed',
      verdict: 'no-effect',
      steps: ['cox_inhibitors_no_effect_on_np'],
    });
    expect(data.observed[0].evidence.species).toEqual(['human']);
    // The inferred route is still shown, as an inference, with the review's own caveat on its step.
    expect(data.relieves[0].basis).toBe('inferred');
    expect(data.relieves[0].caveats).toEqual([
      expect.objectContaining({
        relation: 'cox_contributes_to_np',
        text: expect.stringMatching(/^Of limited importance/),
      }),
    ]);
    const out = text(['impact', '--therapy', 'cox_inhibitors']);
    expect(out.split('\n')[0]).toMatch(
      /^COX inhibitors \(NSAIDs\): ∅ no effect observed\. Observed in studies: no effect observed for Neuropathic pain \(human\)\. Inferred: ↓ relieves pain .*disagree/,
    );
    expect(out).toMatch(/Caveat \(step 2\): Of limited importance/);
  });

  // Same review: "tumour necrosis factor-α antibodies and neutralizing reagents have been used
  // successfully to treat the pain of rheumatoid arthritis."
  it('compared with anti-TNF: no effect on neuropathic pain against relief of arthritis pain, both observed in people', () => {
    const c = json(['compare', 'anti_tnf', 'cox_inhibitors']);
    const [antiTnf, cox] = c.therapies;
    expect(antiTnf.impact.endpoints.find((e: { id: string }) => e.id === 'ra_pain')).toMatchObject({
      verdict: 'relieves',
      observed: 'relieves',
    });
    expect(cox.impact.endpoints.find((e: { id: string }) => e.id === 'neuropathic_pain')).toMatchObject({
      verdict: 'no-effect',
    });
    expect(c.sharedEntities).toEqual([]);
    const out = text(['compare', 'anti_tnf', 'cox_inhibitors']);
    expect(out).toMatch(/Neuropathic pain — .*COX inhibitors \(NSAIDs\): ∅ no effect observed \(observed\)/);
    expect(out).not.toMatch(/COX inhibitors \(NSAIDs\): ↓ relieves pain/);
  });
});

describe('anti-TNF antibodies', () => {
  // Seed 001: "...have been used successfully to treat the pain of rheumatoid arthritis."
  it('show their one human result, relief of rheumatoid arthritis pain, as an observed outcome', () => {
    const i = impact('anti_tnf');
    expect(i.observed.map((p) => p.endpoint)).toEqual(['ra_pain']);
    expect(i.observed[0]!.evidence.species).toEqual(['human']);
    expect(i.overall).toBe('relieves');
    // The review says nothing of anti-TNF in neuropathic pain: no answer about it is made up.
    expect(i.endpoints.map((e) => e.id)).not.toContain('neuropathic_pain');
  });
});

describe('intrathecal BMSCs and TGF-β1 (Chen et al. 2015)', () => {
  // Chen et al. 2015, title: "Intrathecal bone marrow stromal cells inhibit neuropathic pain via TGF-β
  // secretion". The blog (seed 004): "due to the actions of TGF-β1, the bone marrow stromal cells were
  // able to relieve pain in the mice." The reading of the paper: "neutralising TGF-β1
  // reversed the analgesic effect of BMSCs".
  it('what if TGF-β1 is blocked: the experiment comes first, and it says the relief is lost', () => {
    const w = whatIf(graph, id('bmsc_therapy'), [id('tgfb1')]);
    expect(w.observedAfter).toBe('lost');
    expect(w.overall).toBe('no-effect');
    expect(w.experiments).toEqual([
      expect.objectContaining({ relation: 'bmsc_relieves_np', entity: 'tgfb1', finding: 'required' }),
    ]);
    // The one-step summary arrows work through TGF-β1, so the knock-out breaks them too.
    expect(w.brokenObserved.map((p) => p.steps.at(-1))).toEqual(
      expect.arrayContaining(['bmsc_relieves_np', 'bmsc_decreases_spontaneous_pain']),
    );
    expect(w.after.observed).toEqual([]);
    // What the map still infers rests on the web article, and is labelled as such.
    expect(w.remainingRelief.every((p) => p.evidence.lowAuthority !== 'none')).toBe(true);
    expect(w.disagrees).toBe(true);
    const data = json(['impact', '--therapy', 'bmsc_therapy', '--knockout', 'tgfb1']);
    expect(data.overall).toBe('no-effect');
    expect(data.observedAfter).toBe('lost');
    const out = text(['impact', '--therapy', 'bmsc_therapy', '--knockout', 'tgfb1']);
    const lines = out.split('\n');
    // The answer leads with the knock-out's verdict, from the experiment.
    expect(lines[0]).toBe(
      'Intrathecal BMSC therapy without TGF-β1: ∅ no effect observed (an experiment did this knock-out).',
    );
    expect(lines[2]).toMatch(/^Observed in an experiment: Chen et al\. 2015 took TGF-β1 out .*was lost/);
    expect(lines[2]).toMatch(/Inferred from the map \(not tested\)/);
  });

  // The reading of Chen et al.: the BMSC relief needed TGF-β1 "but not IL-10".
  it('what if IL-10 is blocked: the experiment saw the relief stay', () => {
    const w = whatIf(graph, id('bmsc_therapy'), [id('il10')]);
    expect(w.observedAfter).toBe('kept');
    expect(w.overall).toBe('relieves');
    expect(w.brokenObserved).toEqual([]);
  });

  // Seed 004: "BMSC treated mice were less sensitive to the neuropathic pain stimuli when compared to
  // untreated mice and the effect lasted up to 5 weeks."
  it('relief is observed in mice, never in people, and the answer says so', () => {
    const i = impact('bmsc_therapy');
    expect(i.overall).toBe('relieves');
    expect(i.observed.map((p) => p.endpoint).sort()).toEqual([
      'allodynia',
      'hyperalgesia',
      'neuropathic_pain',
      'spontaneous_pain',
    ]);
    for (const p of i.observed) expect(p.evidence.species).toEqual(['mouse']);
    expect(text(['impact', '--therapy', 'bmsc_therapy'])).toMatch(/evidence from mouse only, none in people/);
  });

  it('ranks the tested mechanism first and counts findings, not paths', () => {
    const i = impact('bmsc_therapy');
    expect(i.relieves[0]!.tested).toMatchObject({ relation: 'bmsc_relieves_np', entity: 'tgfb1' });
    expect(i.relieves[0]!.nodes).toContain('tgfb1');
    expect(i.findings[0]).toMatchObject({ relation: 'bmsc_secretes_tgfb1', routes: 3, tested: true });
    expect(i.counts).toMatchObject({ routes: 5, findings: 3, lowAuthorityRoutes: 2 });
    expect(i.counts.lowAuthoritySources).toEqual(['mondo2024_stem_cells']);
  });

  // Seed 004: "They infused the cells into the cerebrospinal fluid that bathes the spinal cord through a
  // lumbar puncture." Injected cells migrate only because they were injected.
  it('a path from nerve injury to neuropathic pain never runs through injected BMSCs', () => {
    const { paths } = findPaths(graph, id('peripheral_nerve_injury'), id('neuropathic_pain'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.nodes.includes(id('bmsc')))).toEqual([]);
    // From the therapy, the same relations are walked.
    expect(findPaths(graph, id('bmsc_therapy'), id('bmsc')).paths.length).toBeGreaterThan(0);
  });

  // Seed 004: "Although TGF-β1 can relieve pain, they are short lived but BMSCs stay in the spinal cord
  // for a longer duration".
  it('TGF-β1 alone relieves pain, and its short life travels with the answer', () => {
    const out = text(['paths', '--from', 'tgfb1', '--to', 'neuropathic_pain']);
    expect(out).toMatch(/TGF-β1 relieves Neuropathic pain \[−\]/);
    expect(out).toMatch(/Caveat \(step 1\): TGF-β1 itself is short-lived/);
  });
});

describe('NK cells (Davies et al. 2019; the opinion piece and its news report)', () => {
  // Seed 000: "Experts say the research is in its early stages and it is too soon to tell whether
  // natural killer cells can be used for pain management."
  it('the NK-cell therapy answer is inferred only, and every route rests on news or opinion', () => {
    const i = impact('nk_cell_therapy');
    expect(i.observed).toEqual([]);
    expect(i.counts.lowAuthorityRoutes).toBe(i.counts.routes);
    expect(text(['impact', '--therapy', 'nk_cell_therapy'])).toMatch(
      /No study observed this outcome of the therapy itself: the answer is inferred/,
    );
  });

  // Davies et al. 2019 as the data records it: clearing injured fibres went with fewer mice developing
  // hypersensitivity. Seed 000 calls pruning "the targeted elimination of functional synapses".
  it('pruning lowers the risk of pain: its own group, prevention, not relief', () => {
    const i = impact('nk_cell_therapy');
    expect(i.prevents.map((p) => p.steps.at(-1))).toEqual(['fibre_pruning_lowers_risk_of_np']);
    expect(i.relieves.some((p) => p.steps.includes('fibre_pruning_lowers_risk_of_np' as never))).toBe(false);
    expect(text(['impact', '--therapy', 'nk_cell_therapy'])).toMatch(
      /Inferred — ↧ lowers the risk of pain \(prevention, not relief\) \(1\)/,
    );
  });

  // Seed 000: "there are also cases where [natural killer] cells may mistakenly attack healthy cells of
  // the body. Therefore, we must be cautious".
  it('lists the attack on healthy cells as a risk', () => {
    expect(impact('nk_cell_therapy').risks.map((p) => p.endpoint)).toContain('attack_on_healthy_cells');
  });

  // Seed 000: a distressed neuron "displays a stress molecule signaling that pruning is needed"; the
  // NK-cell receptor that reads it is NKG2D (Davies et al. 2019).
  it('knocking out NKG2D breaks the pruning routes, which work through it', () => {
    const w = whatIf(graph, id('nk_cell_therapy'), [id('nkg2d')]);
    expect(w.brokenRelief.some((p) => p.steps.includes('nk_cell_promotes_fibre_pruning' as never))).toBe(
      true,
    );
    expect(w.after.prevents).toEqual([]);
    // Nobody tested it as a therapy: nothing observed is claimed.
    expect(w.experiments).toEqual([]);
  });

  it('shares no mechanism with the BMSC therapy that no source states', () => {
    const c = compareTherapies(graph, [id('nk_cell_therapy'), id('bmsc_therapy')]);
    expect(c.sharedEntities).toEqual([]);
    // Generic inflammation no longer pulls NK therapy onto inflammatory pain.
    expect(c.therapies[0]!.impact.endpoints.map((e) => e.id)).not.toContain('inflammatory_pain');
    expect(json(['compare', 'nk_cell_therapy', 'bmsc_therapy']).sharedEntities).toEqual([]);
  });
});

describe('stem cells (web article and review)', () => {
  // Seed 002 lists "Six mechanisms of stem cell intervention in neuropathic pain" and gives no
  // references; seed 003 (the review): "promising results have been achieved in preclinical research".
  it('counts findings and says how many routes rest on the one web article', () => {
    const i = impact('stem_cell_therapy');
    expect(i.observed).toEqual([]);
    expect(i.counts.lowAuthoritySources).toEqual(['mondo2024_stem_cells']);
    expect(i.counts.lowAuthorityRoutes).toBeGreaterThan(i.counts.routes / 2);
    expect(text(['impact', '--therapy', 'stem_cell_therapy'])).toMatch(
      new RegExp(
        `${i.counts.lowAuthorityRoutes} of ${i.counts.routes} rest on one web article \\(Mondo Health 2024\\)`,
      ),
    );
  });

  // Seed 002: "only a few patients have experienced transient headache or fever symptoms".
  it('reports the safety observations apart from pain', () => {
    const risks = impact('stem_cell_therapy').risks.map((p) => p.endpoint);
    expect(risks).toContain('transient_headache_fever');
  });
});

describe('pain after central damage', () => {
  // Seed 001: "there is circumstantial evidence that it [the immune system] is involved in the pain of
  // spinal cord injury and multiple sclerosis."
  it('is linked to the immune system as a whole, with the review’s caveat, not to infiltrating cells', () => {
    const e = graph.edges.find((x) => x.target === 'central_pain' && x.relation === 'contributes-to')!;
    expect(e.source).toBe('immune_system');
    expect(e.caveat).toMatch(/circumstantial/);
  });
});

describe('the JSON answers keep their keys', () => {
  it('impact, paths and compare', () => {
    const i = json(['impact', '--therapy', 'bmsc_therapy']);
    for (const key of [
      'overall',
      'endpoints',
      'relieves',
      'worsens',
      'unknown',
      'risks',
      'observed',
      'prevents',
      'findings',
      'counts',
    ])
      expect(i, key).toHaveProperty(key);
    expect(i.endpoints[0]).toHaveProperty('id');
    expect(i.endpoints[0]).toHaveProperty('verdict');
    const p = json(['paths', '--from', 'bmsc', '--to', 'neuropathic_pain']);
    expect(p.paths[0]).toHaveProperty('nodes');
    expect(p.paths[0]).toHaveProperty('steps');
    expect(p.paths[0]).toHaveProperty('net');
    expect(p.paths[0]).toHaveProperty('caveats');
    expect(json(['compare', 'nk_cell_therapy', 'bmsc_therapy'])).toHaveProperty('sharedEntities');
  });
});
