import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathFinder } from '../../src/features/paths/PathFinder';
import { resetStore, useAppStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

beforeEach(() => resetStore());
afterEach(cleanup);

describe('PathFinder', () => {
  it('finds a readable path from BMSC therapy to neuropathic pain', async () => {
    const user = userEvent.setup();
    renderWithGraph(<PathFinder />);
    expect(screen.getByRole('status')).toHaveTextContent('Choose both ends');

    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), 'bmsc_therapy');
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), 'neuropathic_pain');
    expect(useAppStore.getState().path).toMatchObject({ from: 'bmsc_therapy', to: 'neuropathic_pain' });

    expect(screen.getByRole('status')).toHaveTextContent(
      /shortest paths? from Intrathecal BMSC therapy to Neuropathic pain/,
    );
    const first = screen.getByRole('heading', { level: 3, name: 'Path 1' }).nextElementSibling;
    if (!(first instanceof HTMLElement)) throw new Error('no steps');
    const steps = within(first).getAllByRole('button');
    expect(steps[0]).toHaveTextContent(/^Intrathecal BMSC therapy delivers BMSC$/);
    expect(steps.at(-1)).toHaveTextContent(/Neuropathic pain$/);

    await user.click(steps[0]!);
    expect(useAppStore.getState().selection).toEqual({ type: 'edge', id: 'bmsc_therapy_delivers_bmsc' });
  });

  it('groups the options by kind and follows arrows when asked', async () => {
    const user = userEvent.setup();
    renderWithGraph(<PathFinder />);
    const from = screen.getByRole('combobox', { name: 'From' });
    expect(within(from).getByRole('group', { name: 'Therapy' })).toBeInTheDocument();

    await user.selectOptions(from, 'neuropathic_pain');
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), 'bmsc_therapy');
    await user.click(screen.getByRole('checkbox', { name: 'Follow arrows only' }));
    expect(useAppStore.getState().path.directed).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^No path from Neuropathic pain to Intrathecal BMSC therapy/,
    );
  });
});
