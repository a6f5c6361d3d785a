// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NodeId } from '../../src/model/schema';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph } from './helpers';

beforeEach(() => resetStore());
afterEach(cleanup);

/** The relations touching a node that cite a source, counted straight from the data. */
const citing = (node: string, source: string) =>
  kb.graph.edges.filter(
    (e) => (e.source === node || e.target === node) && e.evidence.some((ev) => ev.source === source),
  ).length;
const touching = (node: string) =>
  kb.graph.edges.filter((e) => e.source === node || e.target === node).length;

function openTgfb1() {
  renderWithGraph(<DetailsPanel />);
  act(() => useAppStore.getState().select({ type: 'node', id: 'tgfb1' as NodeId }));
  const heading = screen.getByRole('heading', { level: 3, name: /^Sources \(\d+\)$/ });
  const list = heading.parentElement?.querySelector('ul.evidence-list');
  if (!(list instanceof HTMLElement)) throw new Error('no source list after the Sources heading');
  return {
    heading,
    items: within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list),
  };
}

describe("an entity's sources", () => {
  it('cites Chen et al. 2015 (J Clin Invest) with its DOI link on TGF-β1', () => {
    const { heading, items } = openTgfb1();
    expect(heading).toHaveTextContent(`Sources (${items.length})`);
    const chen = items.find((li) =>
      within(li).queryByRole('heading', { level: 4, name: 'Chen et al. 2015' }),
    );
    if (!chen) throw new Error('Chen et al. 2015 is not among the sources');
    expect(within(chen).getByText(/Journal of Clinical Investigation/)).toBeInTheDocument();
    const doi = within(chen).getByRole('link', { name: /DOI 10\.1172\/JCI80883/ });
    expect(doi).toHaveAttribute('href', 'https://doi.org/10.1172/JCI80883');
    expect(doi).toHaveAttribute('rel', expect.stringContaining('noopener'));
    const n = citing('tgfb1', 'chen2015');
    expect(n).toBeGreaterThan(0);
    expect(within(chen).getByText(`Supports ${n} of ${touching('tgfb1')} relations`)).toBeInTheDocument();
  });

  it('lists each source once, the one supporting most relations first', () => {
    const { items } = openTgfb1();
    const counts = items.map((li) => {
      const m = /Supports (\d+) of/.exec(li.textContent ?? '');
      if (!m) throw new Error('a source without its count');
      return Number(m[1]);
    });
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const names = items.map((li) => within(li).getByRole('heading', { level: 4 }).textContent);
    expect(new Set(names).size).toBe(names.length);
    // Every source cited by a relation of TGF-β1 is there, and no other.
    const cited = new Set(
      kb.graph.edges
        .filter((e) => e.source === 'tgfb1' || e.target === 'tgfb1')
        .flatMap((e) => e.evidence.map((ev) => ev.source)),
    );
    expect(items).toHaveLength(cited.size);
  });

  it('opens to the relations a source supports, and on to each relation', async () => {
    const user = userEvent.setup();
    const { items } = openTgfb1();
    const chen = items.find((li) => within(li).queryByRole('heading', { name: 'Chen et al. 2015' }))!;
    expect(within(chen).queryByRole('button', { name: /secretes TGF-β1/ })).toBeNull();

    const summary = within(chen).getByText(/^Supports \d+ of \d+ relations$/);
    // A native <summary>: focusable, and Enter opens it in a browser (the e2e test presses it; jsdom
    // has no keyboard activation for it, so here it is clicked).
    summary.focus();
    expect(summary).toHaveFocus();
    await user.click(summary);
    const relations = within(chen).getAllByRole('listitem');
    expect(relations).toHaveLength(citing('tgfb1', 'chen2015'));
    await user.click(within(chen).getByRole('button', { name: 'BMSC secretes TGF-β1' }));
    expect(useAppStore.getState().selection).toEqual({ type: 'edge', id: 'bmsc_secretes_tgfb1' });
  });

  it('leads to everything a source supports', async () => {
    const user = userEvent.setup();
    openTgfb1();
    await user.click(screen.getByRole('button', { name: 'Everything Chen et al. 2015 supports' }));
    expect(useAppStore.getState().selection).toEqual({ type: 'source', id: 'chen2015' });
  });
});
