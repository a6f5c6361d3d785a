// While a story plays, the story decides what the map shows, never the reader's earlier filters.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/model/filter';
import type { NodeId } from '../../src/model/schema';
import type { Story } from '../../src/model/story';
import { effectiveFilters } from '../../src/model/storyFilters';

const step = (filter?: Story['steps'][number]['filter']) => ({
  title: 't',
  narration: 'n'.repeat(20),
  show: { nodes: [], relations: [] },
  sources: [],
  ...(filter ? { filter } : {}),
});
const stories: Story[] = [
  {
    id: 's',
    title: 'S',
    summary: 'x'.repeat(20),
    order: 1,
    steps: [step(), step({ kinds: ['cell'] })],
  },
];
const reader: Filters = { ...NO_FILTERS, therapies: ['bmsc_therapy' as NodeId], phases: ['maintenance'] };

describe('effectiveFilters', () => {
  it("is the reader's filters when no story plays", () => {
    expect(effectiveFilters(reader, stories, null)).toBe(reader);
  });
  it("pauses the reader's filters during a story step without a filter", () => {
    expect(effectiveFilters(reader, stories, { id: 's', step: 0 })).toEqual(NO_FILTERS);
  });
  it("uses the step's own filter, and only that", () => {
    expect(effectiveFilters(reader, stories, { id: 's', step: 1 })).toEqual({
      ...NO_FILTERS,
      kinds: ['cell'],
    });
  });
});
