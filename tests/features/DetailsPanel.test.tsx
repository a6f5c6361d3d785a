// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { resetStore, useAppStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';
import type { Selection } from '../../src/model/view';

beforeEach(() => resetStore());
afterEach(cleanup);

const selectNow = (type: 'node' | 'edge' | 'source', id: string) =>
  act(() => useAppStore.getState().select({ type, id } as Selection));

/** The list that follows a heading: the relations of one direction. */
const listAfter = (heading: HTMLElement) => {
  const list = heading.nextElementSibling;
  if (!(list instanceof HTMLElement)) throw new Error('no list after heading');
  return list;
};

describe('DetailsPanel', () => {
  it('gives a hint when nothing is selected', () => {
    renderWithGraph(<DetailsPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'Details' })).toBeInTheDocument();
    expect(screen.getByText(/Select an entity or a relation/)).toBeInTheDocument();
  });

  it("shows a node's relations as sentences, upstream and downstream", () => {
    renderWithGraph(<DetailsPanel />);
    selectNow('node', 'tgfb1');
    expect(screen.getByRole('heading', { level: 2, name: 'TGF-β1' })).toBeInTheDocument();
    expect(screen.getByText('Mediator')).toBeInTheDocument();

    const up = listAfter(screen.getByRole('heading', { level: 3, name: 'Upstream (acts on TGF-β1)' }));
    expect(within(up).getByRole('button', { name: 'BMSC secretes TGF-β1' })).toBeInTheDocument();
    const down = listAfter(screen.getByRole('heading', { level: 3, name: 'Downstream (TGF-β1 acts on)' }));
    expect(
      within(down).getByRole('button', { name: 'TGF-β1 relieves Neuropathic pain' }),
    ).toBeInTheDocument();
    // Polarity in words, not colour alone.
    expect(within(down).getAllByText(/counters/).length).toBeGreaterThan(0);
  });

  it('a plural entity reads in the plural: "Microglia act on"', () => {
    renderWithGraph(<DetailsPanel />);
    selectNow('node', 'microglia');
    expect(
      screen.getByRole('heading', { level: 3, name: 'Downstream (Microglia act on)' }),
    ).toBeInTheDocument();
  });

  it('opens a relation with its evidence, citation and DOI link', async () => {
    const user = userEvent.setup();
    renderWithGraph(<DetailsPanel />);
    selectNow('node', 'tgfb1');
    await user.click(screen.getByRole('button', { name: 'TGF-β1 relieves Neuropathic pain' }));

    expect(useAppStore.getState().selection).toEqual({ type: 'edge', id: 'tgfb1_relieves_np' });
    // Focus follows to what the button opened.
    expect(screen.getByRole('heading', { level: 2, name: 'TGF-β1 relieves Neuropathic pain' })).toHaveFocus();
    expect(screen.getByRole('note')).toHaveTextContent(/Caveat:.*short-lived/);
    expect(screen.getByText('Animal model')).toBeInTheDocument();

    const dois = screen.getAllByRole('link', { name: /10\.1172\/JCI80883/ });
    expect(dois.length).toBeGreaterThan(0);
    for (const a of dois) {
      expect(a).toHaveAttribute('href', 'https://doi.org/10.1172/JCI80883');
      expect(a).toHaveAttribute('rel', expect.stringContaining('noopener'));
    }
    expect(screen.getAllByText(/^Chen/, { selector: 'p' }).length).toBeGreaterThan(0);

    // The news evidence names the study it reports on.
    const news = screen.getByText('News report').closest('li');
    if (!news) throw new Error('no news evidence');
    expect(within(news).getByText('Reports on:')).toBeInTheDocument();
    expect(within(news).getByRole('link', { name: /10\.1172\/JCI80883/ })).toBeInTheDocument();
  });

  it('selects an end of a relation', async () => {
    const user = userEvent.setup();
    renderWithGraph(<DetailsPanel />);
    selectNow('edge', 'bmsc_secretes_tgfb1');
    await user.click(screen.getByRole('button', { name: 'BMSC' }));
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'bmsc' });
  });

  it('shows a source with its caveat and the relations it supports', async () => {
    const user = userEvent.setup();
    renderWithGraph(<DetailsPanel />);
    selectNow('source', 'marchand2005');
    expect(screen.getByRole('note')).toHaveTextContent(/author names/);
    expect(screen.getByRole('link', { name: /PubMed 15995723/ })).toHaveAttribute(
      'href',
      expect.stringContaining('15995723'),
    );
    const heading = screen.getByRole('heading', { level: 3, name: /^Supports \d+ relations$/ });
    const first = within(listAfter(heading)).getAllByRole('button')[0];
    if (!first) throw new Error('no relation listed');
    await user.click(first);
    expect(useAppStore.getState().selection?.type).toBe('edge');
  });

  it('says so when the selection names nothing known', () => {
    renderWithGraph(<DetailsPanel />);
    selectNow('node', 'no_such_node');
    expect(screen.getByText(/Nothing called “no_such_node”/)).toBeInTheDocument();
  });
});
