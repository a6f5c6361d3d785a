// Low-authority caveats are derived from the kinds of the sources, for relations and story steps,
// on small knowledge bases and on the real one.
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { authorityCaveat, lowAuthorityKind, stepAuthorityCaveat } from '../../src/model/authority';
import { loadGraph } from '../../src/model/load';
import { SourceSchema, type Source, type SourceId } from '../../src/model/schema';

const source = (id: string, kind: string, extra: Record<string, unknown> = {}): Source =>
  SourceSchema.parse({ id, kind, title: id, ...extra });
const lookup = (...sources: Source[]) => new Map(sources.map((s) => [s.id, s] as [SourceId, Source]));
const cites = (...ids: string[]) => ({
  evidence: ids.map((id) => ({ source: id as SourceId, kind: 'review' as const, note: 'A test note.' })),
});

const review = source('rev', 'review');
const study = source('study', 'primary-research');
const news = source('news', 'news');
const web = source('web', 'web-article');
const unreadOpinion = source('op', 'opinion');
const readOpinion = source('op2', 'opinion', { doi: '10.1000/xyz' });
const sources = lookup(review, study, news, web, unreadOpinion, readOpinion);

describe('lowAuthorityKind', () => {
  it('names news, web articles and opinion pieces (saying when known only second-hand); studies and reviews carry weight', () => {
    expect(lowAuthorityKind(news)).toBe('a news report');
    expect(lowAuthorityKind(web)).toBe('a web article');
    expect(lowAuthorityKind(unreadOpinion)).toBe('an opinion article known only second-hand');
    expect(lowAuthorityKind(readOpinion)).toBe('an opinion article');
    expect(lowAuthorityKind(review)).toBeUndefined();
    expect(lowAuthorityKind(study)).toBeUndefined();
  });
});

describe('authorityCaveat', () => {
  it('speaks when every piece of evidence is low-authority, naming each kind once', () => {
    expect(authorityCaveat(cites('web'), sources)).toBe(
      'Rests only on low-authority sources (a web article); no study or review in our sources backs it.',
    );
    expect(authorityCaveat(cites('news', 'op', 'news'), sources)).toMatch(
      /\(a news report and an opinion article known only second-hand\)/,
    );
    expect(authorityCaveat(cites('op2', 'web', 'news'), sources)).toMatch(
      /\(an opinion article, a web article and a news report\)/,
    );
  });

  it('stays silent when a study or review backs the relation, or a source is unknown', () => {
    expect(authorityCaveat(cites('web', 'rev'), sources)).toBeUndefined();
    expect(authorityCaveat(cites('news', 'study'), sources)).toBeUndefined();
    expect(authorityCaveat(cites('missing'), sources)).toBeUndefined();
    expect(authorityCaveat(cites(), sources)).toBeUndefined();
  });
});

describe('the real knowledge base', () => {
  const result = loadGraph(readGraphFiles('graph-data'));
  if (!result.ok) throw new Error('graph-data does not load');
  const { graph, stories } = result;
  const caveated = graph.edges.filter((e) => authorityCaveat(e, graph.sourceById));

  it('marks every relation that rests only on the web article or the news reports', () => {
    const webOnly = graph.edges.filter((e) => e.evidence.every((ev) => ev.source === 'mondo2024_stem_cells'));
    expect(webOnly.length).toBeGreaterThan(30);
    for (const e of webOnly) expect(caveated, e.id).toContain(e);
    // The three relations the opinion piece once lifted to review strength.
    for (const id of ['nk_cell_relieves_np', 'nk_cell_contributes_to_attack', 'nk_therapy_delivers_nk_cell'])
      expect(caveated.map((e) => e.id)).toContain(id);
    expect(caveated.map((e) => e.id)).not.toContain('bmsc_secretes_tgfb1');
  });

  it('keeps no hand-copied authority caveat beside the derived one', () => {
    for (const e of graph.edges) expect(e.caveat ?? '', e.id).not.toMatch(/low[- ]authority/i);
    // Nor in story narration: a step made only of such relations shows the derived caveat itself.
    for (const story of stories)
      for (const step of story.steps)
        expect(step.narration, `${story.id}: ${step.title}`).not.toMatch(/low[- ]authority/i);
  });

  it('marks the story steps that rest only on such sources, and no others', () => {
    const stem = stories.find((s) => s.id === 'stem_cell_mechanisms')!;
    const homing = stem.steps.find((s) => /Homing/.test(s.title))!;
    expect(stepAuthorityCaveat(graph, homing)).toMatch(/^Every relation in this step rests only on/);
    const brake = stem.steps.find((s) => /spinal brake/.test(s.title))!;
    expect(stepAuthorityCaveat(graph, brake)).toBeUndefined();
    const bmsc = stories.find((s) => s.id === 'bmsc_tgfb1')!;
    for (const step of bmsc.steps) expect(stepAuthorityCaveat(graph, step), step.title).toBeUndefined();
  });
});
