// @vitest-environment jsdom
// The canvas follows the state by itself: one fit per story start, step change or filter change,
// decided in one place (src/store/fit.ts); a therapy filter shows the therapy; a step link opens
// the Stories tab.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/model/filter';
import type { NodeId } from '../../src/model/schema';
import { decideFit, type FitState } from '../../src/store/fit';
import { resetStore, useAppStore } from '../../src/store/store';
import { startUrlSync } from '../../src/store/urlSync';
import { startViewRules } from '../../src/store/viewRules';
import { kb } from '../features/helpers';
import { recordFits } from './fits';

const bmsc = 'bmsc_therapy' as NodeId;
const idle: FitState = { story: null, filters: NO_FILTERS, command: null };

describe('decideFit', () => {
  it('first fit: the step of a story link, else what the filters keep', () => {
    expect(decideFit(null, idle)).toBe('kept');
    expect(decideFit(null, { ...idle, story: { id: 's', step: 2 } })).toBe('frame');
  });
  it('a story start and each step change frame the step; the same step again does nothing', () => {
    const s0 = { ...idle, story: { id: 's', step: 0 } };
    expect(decideFit(idle, s0)).toBe('frame');
    expect(decideFit(s0, { ...idle, story: { id: 's', step: 1 } })).toBe('frame');
    expect(decideFit(s0, { ...idle, story: { id: 's', step: 0 } })).toBeNull();
  });
  it('a filter change fits what is kept (unless the reader moved the camera and still sees some); equal filters in another order do not', () => {
    const a = { ...idle, filters: { ...NO_FILTERS, polarities: [1, -1] as const } };
    const b = { ...idle, filters: { ...NO_FILTERS, polarities: [-1, 1] as const } };
    expect(decideFit(idle, a)).toBe('filtered');
    expect(decideFit(a, b)).toBeNull();
  });
  it('focus follows attention: a new entity or relation selected, or a new pathway answer, is framed', () => {
    const tgfb1 = { type: 'node', id: 'tgfb1' as NodeId } as const;
    const picked = { ...idle, selection: tgfb1 };
    expect(decideFit(null, picked)).toBe('frame');
    expect(decideFit(idle, picked)).toBe('frame');
    // The same entity again (a re-render, a tab switch) leaves the camera alone, as does clearing it.
    expect(decideFit(picked, { ...idle, selection: { ...tgfb1 } })).toBeNull();
    expect(decideFit(picked, idle)).toBeNull();
    // A source's claims may lie all over the map: its selection does not move the camera.
    expect(decideFit(idle, { ...idle, selection: { type: 'source', id: 'chen2015' as never } })).toBeNull();
    const answer = {};
    expect(decideFit(idle, { ...idle, answer })).toBe('frame');
    expect(decideFit({ ...idle, answer }, { ...idle, answer })).toBeNull();
    // While a story plays, only its steps move the camera.
    const story = { ...idle, story: { id: 's', step: 0 } };
    expect(decideFit(story, { ...story, selection: tgfb1 })).toBeNull();
  });
  it('leaving a story leaves the camera where it was', () => {
    expect(
      decideFit({ ...idle, story: { id: 's', step: 3 } }, { ...idle, filters: { ...NO_FILTERS } }),
    ).toBeNull();
  });
  it('Fit fits what is kept, a search focus frames the emphasis', () => {
    expect(decideFit(idle, { ...idle, command: { name: 'fit', serial: 1 } })).toBe('kept');
    expect(decideFit(idle, { ...idle, command: { name: 'focus', serial: 2 } })).toBe('frame');
    expect(decideFit(idle, { ...idle, command: { name: 'zoom-in', serial: 3 } })).toBeNull();
  });
});

describe('the store leads to exactly one fit', () => {
  let stopRules = () => {};
  beforeEach(() => {
    resetStore();
    stopRules = startViewRules(kb.graph, kb.stories);
  });
  afterEach(() => stopRules());

  it('starting a story, then stepping: one frame fit each', () => {
    const { fits, stop } = recordFits(kb);
    const id = kb.stories[0]!.id;
    useAppStore.getState().openStory(id);
    useAppStore.getState().setStep(1);
    useAppStore.getState().showAnswer(true);
    stop();
    expect(fits).toEqual(['frame', 'frame']);
  });

  it('ticking a therapy with an entity selected outside it: the selection goes, one fit to the mechanism', () => {
    useAppStore.getState().select({ type: 'node', id: 'nk_cell' as NodeId });
    const { fits, stop } = recordFits(kb);
    useAppStore.getState().toggleFacet('therapies', bmsc);
    stop();
    expect(useAppStore.getState().selection).toBeNull();
    expect(fits).toEqual(['filtered']);
  });

  it('a search (select, then focus the details) leads to one frame fit', () => {
    const { fits, stop } = recordFits(kb);
    useAppStore.getState().selectAndShow({ type: 'node', id: 'tgfb1' as NodeId });
    useAppStore.getState().setPanel('text');
    stop();
    expect(fits).toEqual(['frame']);
  });

  it('ticking a therapy keeps a selection that is part of its mechanism', () => {
    const tgfb1 = { type: 'node', id: 'tgfb1' as NodeId } as const;
    useAppStore.getState().select(tgfb1);
    useAppStore.getState().toggleFacet('therapies', bmsc);
    expect(useAppStore.getState().selection).toEqual(tgfb1);
  });
});

describe('a step link', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens the Stories tab, as when walking the story', () => {
    resetStore();
    const story = kb.stories[0]!;
    window.history.replaceState(null, '', `/?story=${story.id}&step=2`);
    const stop = startUrlSync(kb.graph, kb.stories);
    stop();
    expect(useAppStore.getState().story).toEqual({ id: story.id, step: 1 });
    expect(useAppStore.getState().panel).toBe('stories');
  });
});
