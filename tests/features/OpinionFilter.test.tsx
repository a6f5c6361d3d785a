// @vitest-environment jsdom
// The opinion evidence kind is a filter option of its own, in the strength order between review and
// news report, and ticking it keeps just the relations the opinion article stands behind.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph } from './helpers';

beforeEach(() => resetStore());
afterEach(cleanup);

describe('evidence filter: opinion', () => {
  it('lists Opinion between Review and News report and filters by it', async () => {
    const user = userEvent.setup();
    renderWithGraph(<FilterPanel />);
    const group = screen.getByRole('group', { name: /Evidence/ });
    const review = within(group).getByRole('checkbox', { name: /^Review/ });
    const opinion = within(group).getByRole('checkbox', { name: /^Opinion/ });
    const news = within(group).getByRole('checkbox', { name: /^News report/ });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.indexOf(opinion)).toBe(boxes.indexOf(review) + 1);
    expect(boxes.indexOf(news)).toBe(boxes.indexOf(opinion) + 1);

    const opinionCited = kb.graph.edges.filter((e) => e.evidence.some((ev) => ev.kind === 'opinion'));
    expect(opinionCited.length).toBeGreaterThanOrEqual(3);
    await user.click(within(group).getByRole('checkbox', { name: `Opinion (${opinionCited.length})` }));
    expect(useAppStore.getState().filters.evidence).toEqual(['opinion']);
  });
});
