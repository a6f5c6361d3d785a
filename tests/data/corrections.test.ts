// The corrections of issue 9, pinned: each checks the modelling choice, so undoing it fails here
// (the general rules behind them live in src/model/integrity.ts and tests/model/integrity.test.ts).
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import type { NodeId, RelationId } from '../../src/model/schema';
import { searchNodes } from '../../src/model/search';
import { evidenceStrength } from '../../src/model/sentence';

const result = loadGraph(readGraphFiles('graph-data'));
if (!result.ok) throw new Error('graph-data does not load');
const { graph, stories } = result;
const edge = (id: string) => {
  const e = graph.edgeById.get(id as RelationId);
  if (!e) throw new Error(`no relation ${id}`);
  return e;
};
const between = (source: string, target: string) =>
  graph.edges.filter((e) => e.source === source && e.target === target);
const storyText = (id: string) => {
  const s = stories.find((x) => x.id === id)!;
  return [s.summary, ...s.steps.flatMap((st) => [st.narration, st.question?.answer ?? ''])].join('\n');
};

describe('issue 18 corrections (a pain pharmacologist’s read)', () => {
  it('marks the pain of rheumatoid arthritis as a pain endpoint, with anti-TNF’s observed relief of it', () => {
    const ra = graph.nodeById.get('ra_pain' as NodeId)!;
    expect('endpoint' in ra && ra.endpoint).toEqual({ role: 'pain', more_means: 'more-pain' });
    expect(edge('anti_tnf_relieves_ra_pain').observed).toBe(true);
  });

  it('links BMSCs to stem cells and to homing, the homing only under the injection', () => {
    expect(between('bmsc', 'stem_cell').map((e) => e.relation)).toEqual(['is-a']);
    const homing = between('bmsc', 'homing');
    expect(homing.map((e) => e.relation)).toEqual(['undergoes']);
    expect(homing[0]!.only_under).toEqual(['bmsc_therapy']);
  });

  it('moves the BMSC evidence off analgesia: BMSCs ease allodynia and hyperalgesia', () => {
    expect(between('analgesia', 'allodynia')).toEqual([]);
    expect(between('analgesia', 'hyperalgesia')).toEqual([]);
    for (const target of ['allodynia', 'hyperalgesia'])
      expect(between('bmsc', target)[0]!.evidence.map((ev) => ev.source)).toContain('chen2015');
  });

  it('gives cytokines an unsigned verb for inflammation, and drops the misleading synonyms', () => {
    expect(between('cytokines', 'inflammation').map((e) => e.relation)).toEqual(['modulates']);
    const synonyms = (id: string) => graph.nodeById.get(id as NodeId)!.synonyms.map((s) => s.toLowerCase());
    expect(synonyms('cytokines')).not.toContain('pro-inflammatory cytokines');
    expect(synonyms('injured_sensory_neuron')).not.toContain('sensory neuron');
    expect(synonyms('neuron')).not.toContain('neuron');
    expect(synonyms('neuron')).not.toContain('nerve cell');
    expect(synonyms('glial_cell')).not.toContain('glia');
    expect(synonyms('chemotherapy_nerve_damage')).not.toContain('chemotherapy');
    expect(synonyms('attack_on_healthy_cells')).not.toContain('autoimmune damage');
  });

  it('has NK cells prune injured axons, not whole neurons', () => {
    expect(between('nk_cell', 'injured_sensory_neuron')).toEqual([]);
    expect(between('nk_cell', 'injured_axon').map((e) => e.relation)).toEqual(['prunes']);
  });

  it('splits the hubs that mixed contexts: nerve recovery after pruning is not the web page’s nerve repair', () => {
    expect(between('fibre_pruning', 'nerve_repair')).toEqual([]);
    expect(between('fibre_pruning', 'nerve_recovery')).toHaveLength(1);
    expect(between('inflammation', 'inflammatory_pain')).toEqual([]);
  });

  it('names the immune system, as the review does, for pain after central damage', () => {
    expect(between('leukocyte', 'central_pain')).toEqual([]);
    expect(between('immune_system', 'central_pain')).toHaveLength(1);
  });

  it('says in the stories where BMSCs go and where stem-cell evidence comes from', () => {
    expect(storyText('bmsc_tgfb1')).toMatch(/dorsal root ganglia/);
    expect(storyText('bmsc_tgfb1')).not.toMatch(/home in on a nerve injury/);
    expect(stories.find((s) => s.id === 'stem_cell_mechanisms')!.steps[0]!.narration).toMatch(
      /animal studies/,
    );
  });
});

describe('issue 9 corrections', () => {
  it('gives no sign where the review gives none: microglial factors modulate pain neurons', () => {
    const [e, ...rest] = between('microglial_factors', 'dorsal_horn_neuron');
    expect(rest).toEqual([]);
    expect(e!.relation).toBe('modulates');
    expect(e!.polarity).toBe(0);
    expect(storyText('microglia_spinal')).not.toMatch(/turn(ing)? up/i);
  });

  it('models mediators as carried by retrograde transport, not as driving it', () => {
    for (const m of ['cytokines', 'chemokines']) {
      const links = between(m, 'retrograde_transport');
      expect(links.map((e) => e.relation)).toEqual(['undergoes']);
      expect(links[0]!.polarity).toBe(0);
    }
  });

  it('ties TNFα and anti-TNFα to the pain of rheumatoid arthritis, not the disease', () => {
    expect(between('tnf', 'rheumatoid_arthritis')).toEqual([]);
    expect(between('anti_tnf', 'rheumatoid_arthritis')).toEqual([]);
    expect(between('anti_tnf', 'ra_pain').map((e) => e.relation)).toEqual(['relieves']);
    expect(between('tnf', 'ra_pain').map((e) => e.relation)).toEqual(['contributes-to']);
  });

  it('relieves only pain: a disease is never what a pain treatment is said to relieve', () => {
    for (const e of graph.edges.filter((x) => x.relation === 'relieves'))
      expect(graph.nodeById.get(e.target)!.label, e.id).toMatch(/pain/i);
  });

  it('labels the opinion article as opinion, so news-only relations are not drawn as reviews', () => {
    for (const e of graph.edges)
      for (const ev of e.evidence)
        if (ev.source === 'tins2023_nk_neuropathic_pain') expect(ev.kind, e.id).toBe('opinion');
    for (const id of ['nk_cell_relieves_np', 'nk_cell_contributes_to_attack', 'nk_therapy_delivers_nk_cell'])
      expect(evidenceStrength(edge(id)), id).toBe('news');
  });

  it('reports NK pruning as lowering the risk of pain early on in mice, not as relief or resolution', () => {
    const links = between('fibre_pruning', 'neuropathic_pain');
    expect(links.map((e) => e.relation)).toEqual(['lowers-risk-of']);
    expect(links[0]!.context?.species).toEqual(['mouse']);
    expect(links[0]!.caveat).toMatch(/correlation/);
    for (const e of [...links, ...between('nk_cell', 'injured_sensory_neuron')])
      expect(e.context?.phase ?? [], e.id).not.toContain('resolution');
    // The primary study does not claim relief: only the news piece's hypothesis says analgesia.
    expect(between('fibre_pruning', 'analgesia')[0]!.evidence.map((ev) => ev.source)).not.toContain(
      'davies2019_cell',
    );
  });

  it('shows both sides of FPR2/ALX: no sign on the receptor, signs on its ligands', () => {
    const [e] = between('fpr2', 'inflammation');
    expect(e!.polarity).toBe(0);
    expect(e!.evidence[0]!.note).toMatch(/amyloid-β/);
    expect(between('amyloid_beta', 'fpr2')).toHaveLength(1);
    expect(between('annexin_a1', 'inflammation')[0]!.polarity).toBe(-1);
  });

  it('cites the glossary where the review names chemokines in inflammatory pain', () => {
    expect(edge('chemokines_contribute_to_inflammatory_pain').evidence[0]!.locator).toBe('Glossary');
  });

  it('keeps the misleading synonyms out', () => {
    const synonyms = (id: string) => graph.nodeById.get(id as NodeId)!.synonyms.map((s) => s.toLowerCase());
    expect(synonyms('stem_cell')).not.toContain('msc');
    expect(synonyms('stem_cell')).not.toContain('mesenchymal stem cells');
    expect(synonyms('leukocyte')).not.toContain('immune system');
    expect(synonyms('rae1')).not.toContain('nkg2d ligand');
    expect(synonyms('lipoxin_a4')).not.toContain('lipoxins');
    expect(synonyms('neuronal_hyperexcitability')).not.toContain('spinal synaptic plasticity');
  });

  it('finds homing, the first of the web article’s six mechanisms', () => {
    expect(searchNodes(graph, 'homing')[0]?.node.id).toBe('homing');
    expect(between('stem_cell', 'homing')[0]!.evidence[0]!.source).toBe('mondo2024_stem_cells');
  });

  it('says no more in the stories than the sources', () => {
    const nerve = storyText('nerve_injury_immune');
    expect(nerve).not.toMatch(/may matter more/);
    expect(nerve).toMatch(/does not seem to/);
    const nk = storyText('nk_pruning');
    expect(nk).not.toMatch(/dead branches/);
    expect(nk).not.toMatch(/\bExperts\b/);
    expect(stories.find((s) => s.id === 'nk_pruning')!.summary).toMatch(/in mice/i);
    const stem = stories.find((s) => s.id === 'stem_cell_mechanisms')!;
    for (const title of ['3. Growth factors', '4. Calming inflammation'])
      expect(stem.steps.find((s) => s.title === title)!.narration, title).toMatch(/said to/);
  });
});
