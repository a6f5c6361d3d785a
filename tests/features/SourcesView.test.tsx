// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourcesView } from '../../src/features/sources/SourcesView';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph } from './helpers';

beforeEach(() => resetStore());
afterEach(cleanup);

describe('SourcesView', () => {
  it('lists every source with how many relations it supports', () => {
    renderWithGraph(<SourcesView />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(kb.graph.sources).toHaveLength(8);
    const chen = kb.graph.edges.filter((e) => e.evidence.some((ev) => ev.source === 'chen2015')).length;
    expect(chen).toBeGreaterThan(0);
    const chenItem = items.find((li) => li.textContent?.includes('10.1172/JCI80883'));
    if (!chenItem) throw new Error('chen2015 not listed');
    expect(chenItem).toHaveTextContent(`supports ${chen} relations`);
    expect(within(chenItem).getByText('primary research')).toBeInTheDocument();
    for (const li of items) expect(li).toHaveTextContent(/supports \d+ relations?/);
  });

  it('selects a source', async () => {
    const user = userEvent.setup();
    renderWithGraph(<SourcesView />);
    const chenItem = screen
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('10.1172/JCI80883'));
    if (!chenItem) throw new Error('chen2015 not listed');
    const button = within(chenItem).getByRole('button');
    await user.click(button);
    expect(useAppStore.getState().selection).toEqual({ type: 'source', id: 'chen2015' });
    expect(button).toHaveAttribute('aria-current', 'true');
  });
});
