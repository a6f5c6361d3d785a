// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { HiddenIndicator } from '../../src/features/filters/HiddenIndicator';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph } from './helpers';

const { graph } = kb;

beforeEach(() => resetStore());
afterEach(cleanup);

const renderPanel = () =>
  renderWithGraph(
    <>
      <HiddenIndicator />
      <FilterPanel />
    </>,
  );

describe('FilterPanel', () => {
  it('says everything is shown before any filter is chosen', () => {
    renderPanel();
    expect(screen.getByRole('status')).toHaveTextContent(
      `Showing all ${graph.nodes.length} entities and ${graph.edges.length} relations`,
    );
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();
  });

  it('shows counts beside the options', () => {
    renderPanel();
    const kinds = screen.getByRole('group', { name: /Node kind/ });
    const cells = graph.nodes.filter((n) => n.kind === 'cell').length;
    expect(within(kinds).getByRole('checkbox', { name: `Cell (${cells})` })).not.toBeChecked();
    const polarity = screen.getByRole('group', { name: /Polarity/ });
    const counters = graph.edges.filter((e) => e.polarity === -1).length;
    expect(within(polarity).getByRole('checkbox', { name: `counters (${counters})` })).toBeInTheDocument();
    expect(within(polarity).getByRole('checkbox', { name: /promotes/ })).toBeInTheDocument();
    expect(within(polarity).getByRole('checkbox', { name: /structural/ })).toBeInTheDocument();
  });

  it('filters by a therapy, says how much is left, and resets', async () => {
    const user = userEvent.setup();
    renderPanel();
    const therapy = screen.getByRole('checkbox', { name: /Intrathecal BMSC therapy \(\d+\)/ });
    await user.click(therapy);

    expect(therapy).toBeChecked();
    expect(useAppStore.getState().filters.therapies).toEqual(['bmsc_therapy']);
    const status = screen.getByRole('status');
    const shown = Number(/Showing (\d+) of (\d+) entities/.exec(status.textContent ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(graph.nodes.length);
    expect(status).toHaveTextContent(`of ${graph.nodes.length} entities`);
    expect(status).toHaveTextContent('filtered by therapy: Intrathecal BMSC therapy');

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(useAppStore.getState().filters.therapies).toEqual([]);
    expect(therapy).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Showing all');
  });

  it('is operable from the keyboard and "Show all" clears the filters', async () => {
    const user = userEvent.setup();
    renderPanel();
    screen.getByRole('checkbox', { name: /Animal model/ }).focus();
    await user.keyboard(' ');
    expect(useAppStore.getState().filters.evidence).toEqual(['animal-model']);
    expect(screen.getByRole('status')).toHaveTextContent('evidence: animal model');

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(useAppStore.getState().filters.evidence).toEqual([]);
  });

  it('switches between fading and hiding what is filtered out', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(screen.getByRole('radio', { name: 'Fade the rest' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Hide the rest' }));
    expect(useAppStore.getState().hiddenMode).toBe('hide');
  });
});
