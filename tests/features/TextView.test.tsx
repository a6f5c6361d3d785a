// @vitest-environment jsdom
// The map as text reads the derived view: in step with filters, stories and selection, and
// choosing an item selects it.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextView } from '../../src/features/textview/TextView';
import type { NodeId } from '../../src/model/schema';
import { resetStore, useAppStore } from '../../src/store/store';
import { viewSelector } from '../../src/store/view';
import { kb, renderWithGraph } from './helpers';

const view = () => viewSelector(kb.graph, kb.stories)(useAppStore.getState());
// A CSS query, not getAllByRole: the list has some 200 buttons, and role queries over them are slow.
const entityButtons = () =>
  [...document.querySelectorAll<HTMLButtonElement>('button.textview__entity')].filter(
    (b) => !b.closest('.textview__emphasis'),
  );

beforeEach(resetStore);
afterEach(cleanup);

describe('TextView', () => {
  it('lists every entity the map shows, grouped by kind, with its relations as sentences', () => {
    renderWithGraph(<TextView />);
    expect(entityButtons()).toHaveLength(kb.graph.nodes.length);
    expect(screen.getByRole('heading', { name: /^Therapy \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getAllByText(/BMSC secretes TGF-β1/).length).toBeGreaterThan(0);
  });

  it('follows the filters: only what they keep', () => {
    renderWithGraph(<TextView />);
    act(() => useAppStore.getState().toggleFacet('therapies', 'bmsc_therapy' as NodeId));
    const ids = entityButtons().map((b) => b.getAttribute('data-textview-id'));
    expect(new Set(ids)).toEqual(new Set(view().kept.nodes));
    expect(ids).not.toContain('nk_cell');
  });

  it('follows a story: its step is listed as emphasised', () => {
    renderWithGraph(<TextView />);
    const story = kb.stories[0]!;
    act(() => useAppStore.getState().openStory(story.id));
    const emphasis = screen.getByRole('region', { name: 'Emphasised now' });
    for (const id of story.steps[0]!.show.nodes)
      expect(
        within(emphasis).getByRole('button', { name: kb.graph.nodeById.get(id)!.label }),
      ).toBeInTheDocument();
  });

  it('choosing an entity selects it; a selection made elsewhere is marked as current', async () => {
    const user = userEvent.setup();
    renderWithGraph(<TextView />);
    const tgfb1 = entityButtons().find((b) => b.getAttribute('data-textview-id') === 'tgfb1')!;
    await user.click(tgfb1);
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'tgfb1' });
    act(() => useAppStore.getState().select({ type: 'node', id: 'cxcl12' as NodeId }));
    const current = entityButtons().filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current.map((b) => b.getAttribute('data-textview-id'))).toEqual(['cxcl12']);
  });

  it('moves between items with the arrow keys', async () => {
    const user = userEvent.setup();
    renderWithGraph(<TextView />);
    const items = screen
      .getByRole('region', { name: 'Map as text' })
      .querySelectorAll<HTMLButtonElement>('button[data-textview-id]');
    items[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(items[items.length - 1]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(items[0]);
  });
});
