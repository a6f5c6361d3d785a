// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathwaysPanel } from '../../src/features/pathways/PathwaysPanel';
import { resetStore, useAppStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

beforeEach(() => resetStore());
afterEach(cleanup);

describe('Pathways panel', () => {
  it('shows a therapy’s relieving paths, each step cited, and what a knock-out breaks', async () => {
    const user = userEvent.setup();
    renderWithGraph(<PathwaysPanel />);
    expect(screen.getByRole('radio', { name: /impact on pain/ })).toBeChecked();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Therapy' }), 'bmsc_therapy');
    expect(useAppStore.getState().path.therapy).toBe('bmsc_therapy');
    expect(screen.getByText(/Intrathecal BMSC therapy: ↓ relieves pain/)).toBeInTheDocument();
    // What the study observed of the therapy itself comes first, apart from the inferred routes.
    const observed = screen.getByRole('region', { name: /^Observed outcomes of the therapy itself \(4\)$/ });
    expect(within(observed).getAllByText('Observed in a study:').length).toBe(4);

    const relieves = screen.getByRole('region', { name: /^Inferred: relieves pain \(\d+\)$/ });
    const tgf = within(relieves)
      .getAllByRole('listitem')
      .find(
        (li) =>
          li.getAttribute('data-steps') ===
          'bmsc_therapy_delivers_bmsc bmsc_secretes_tgfb1 tgfb1_relieves_np',
      );
    expect(tgf).toBeDefined();
    expect(within(tgf!).getByRole('button', { name: 'BMSC secretes TGF-β1' })).toBeInTheDocument();
    expect(within(tgf!).getAllByRole('button', { name: 'Chen et al. 2015' }).length).toBeGreaterThan(0);
    // Meaning by words and icon, not colour only.
    expect(within(tgf!).getByText('relieves pain')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Entity to knock out' }), 'tgfb1');
    await user.click(screen.getByRole('button', { name: 'Knock out' }));
    expect(useAppStore.getState().path.knockouts).toEqual(['tgfb1']);
    // The experiment that did this knock-out comes first, then what the map infers.
    expect(screen.getByTestId('what-if')).toHaveTextContent(
      /^✕ Observed in an experiment: Chen et al\. 2015 took TGF-β1 out .*was lost .*Inferred from the map \(not tested\): Knocking out TGF-β1 breaks 7 of 9 relieving routes.*After the knock-out: ∅ no effect observed\.$/,
    );
    const broken = screen.getByRole('region', { name: /^Broken by the knock-out/ });
    expect(
      within(broken)
        .getAllByRole('listitem')
        .some((li) => li.getAttribute('data-steps')?.includes('bmsc_secretes_tgfb1')),
    ).toBe(true);
    const remaining = screen.getByRole('region', { name: /^Remaining inferred: relieves pain/ });
    expect(remaining.innerHTML).not.toContain('bmsc_secretes_tgfb1');

    await user.click(screen.getByRole('button', { name: 'Restore TGF-β1' }));
    expect(useAppStore.getState().path.knockouts).toEqual([]);
  });

  it('lists signed paths between two entities, and says when there are none', async () => {
    const user = userEvent.setup();
    renderWithGraph(<PathwaysPanel />);
    await user.click(screen.getByRole('radio', { name: /Paths between two entities/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), 'tgfb1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), 'neuropathic_pain');
    expect(screen.getByText(/signed paths? from TGF-β1 to Neuropathic pain/)).toHaveAttribute(
      'role',
      'status',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Entity to knock out' }), 'tgfbr1');
    await user.click(screen.getByRole('button', { name: 'Knock out' }));
    expect(screen.getByTestId('what-if')).toHaveTextContent(/The knock-out breaks 1 of \d+ paths/);
    const broken = screen.getByRole('region', { name: /^Broken by the knock-out \(1\)$/ });
    expect(broken.querySelector('li')?.getAttribute('data-steps')).toContain('tgfb1_binds_tgfbr1');
    await user.click(screen.getByRole('button', { name: 'Restore TGF-β receptor 1' }));
    await user.click(screen.getByRole('button', { name: 'Swap ends' }));
    expect(screen.getByText(/^No path from Neuropathic pain to TGF-β1/)).toHaveAttribute('role', 'status');
  });

  it('compares NK-cell and BMSC therapy: shared and unique mechanisms', async () => {
    const user = userEvent.setup();
    renderWithGraph(<PathwaysPanel />);
    await user.click(screen.getByRole('radio', { name: /Compare therapies/ }));
    await user.click(screen.getByRole('checkbox', { name: 'NK-cell based therapy' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Tick two or more/);
    await user.click(screen.getByRole('checkbox', { name: 'Intrathecal BMSC therapy' }));
    // No source states a mechanism the two share: the generic hubs that joined them are split by context.
    expect(screen.getByTestId('shared-mechanisms')).toHaveTextContent('none');
    expect(screen.getByTestId('unique-bmsc_therapy')).toHaveTextContent('TGF-β1');
    expect(screen.getByTestId('unique-nk_cell_therapy')).toHaveTextContent('NK cell');
    expect(screen.getByRole('table', { name: 'Impact on each pain endpoint' })).toBeInTheDocument();
  });

  it('explains how net effects are worked out', () => {
    renderWithGraph(<PathwaysPanel />);
    expect(screen.getByText('How net effects are worked out')).toBeInTheDocument();
    expect(screen.getByText(/“binds”.* pass the effect/)).toBeInTheDocument();
  });
});
