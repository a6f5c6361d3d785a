// Relations read as sentences whose verb agrees with the subject's grammatical number.
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import type { RelationId } from '../../src/model/schema';
import { evidenceStrength, pluralVerb, relationSentence, verbFor } from '../../src/model/sentence';
import { RELATION_TYPE_NAMES } from '../../src/model/vocabulary';

describe('verb agreement', () => {
  it('conjugates every verb of the vocabulary for a plural subject', () => {
    const plural = Object.fromEntries(RELATION_TYPE_NAMES.map((t) => [t, verbFor(t, 'plural')]));
    expect(plural).toMatchObject({
      secretes: 'secrete',
      expresses: 'express',
      'contributes-to': 'contribute to',
      'is-a': 'are a kind of',
      'differentiates-into': 'differentiate into',
      'lowers-risk-of': 'lower the risk of',
      modulates: 'modulate',
      undergoes: 'undergo',
      relieves: 'relieve',
      neutralizes: 'neutralize',
      increases: 'increase',
      produces: 'produce',
    });
    for (const t of RELATION_TYPE_NAMES) {
      // A plural verb never keeps the singular -s of its first word (a new verb would show here).
      expect(verbFor(t, 'plural').split(' ')[0], t).not.toMatch(/[^s]s$/);
      expect(verbFor(t), t).toBe(verbFor(t, 'singular'));
    }
  });

  it('reads an empty or prototype-named imported interaction without throwing', () => {
    expect(verbFor('' as never)).toBe('relates to');
    expect(verbFor('constructor' as never)).toBe('constructor');
  });

  it('changes only the first word of a phrase', () => {
    expect(pluralVerb('watches over')).toBe('watch over');
    expect(pluralVerb('has a role in')).toBe('have a role in');
  });
});

describe('the real knowledge base reads correctly', () => {
  const result = loadGraph(readGraphFiles('graph-data'));
  if (!result.ok) throw new Error('graph-data does not load');
  const { graph } = result;
  const sentence = (id: string) => relationSentence(graph, graph.edgeById.get(id as RelationId)!);

  it('plural subjects take plural verbs', () => {
    expect(sentence('leukocytes_secrete_tgfb1')).toBe('Infiltrating immune cells secrete TGF-β1');
    expect(sentence('cytokines_contribute_to_np')).toBe('Cytokines contribute to Neuropathic pain');
    expect(sentence('microglia_release_factors')).toMatch(/^Microglia release /);
    expect(sentence('bmsc_secretes_tgfb1')).toBe('BMSC secretes TGF-β1');
  });

  it('marks every label that reads as plural as plural', () => {
    // Before any preposition ("Attack on healthy cells" is one attack), a word with a plural -s
    // (not -ss, -is, -us, nor an abbreviation such as ROS or iNOS) or an "and" makes the label plural.
    const singular = new Set(['Liver and kidney function']);
    const PREPOSITION = /\s(?:of|on|in|by|to|from|with|for|around|after)\s.*$/;
    for (const n of graph.nodes) {
      const head = n.label
        .replace(/\s*\(.*\)$/, '')
        .replace(PREPOSITION, '')
        .split(/\s+/);
      const looksPlural =
        head.includes('and') || head.some((w) => /^[a-zα-ω-]+[^siu]s$/i.test(w) && !/[A-Z]/.test(w.slice(1)));
      if (singular.has(n.label)) expect(n.number ?? 'singular', n.id).toBe('singular');
      else if (looksPlural) expect(n.number, `${n.id} "${n.label}"`).toBe('plural');
    }
  });
});

describe('evidence strength', () => {
  const ev = (...kinds: string[]) => ({
    evidence: kinds.map((kind) => ({ kind, source: 's', note: 'A test note.' })),
  });
  it('ranks an opinion with the news, below a review', () => {
    expect(evidenceStrength(ev('opinion') as never)).toBe('news');
    expect(evidenceStrength(ev('opinion', 'news-report') as never)).toBe('news');
    expect(evidenceStrength(ev('opinion', 'review') as never)).toBe('review');
    expect(evidenceStrength(ev('news-report', 'animal-model') as never)).toBe('primary');
  });
});
