// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/features/notices/Notices';
import { resetStore, useAppStore } from '../../src/store/store';

beforeEach(resetStore);
afterEach(cleanup);

const eight = Array.from({ length: 8 }, (_, i) => `The link names an unknown thing "x${i}"; it was ignored.`);

describe('Notices', () => {
  it('shows one notice in full, dismissible', async () => {
    useAppStore.getState().notify([eight[0]!]);
    render(<Notices />);
    expect(screen.getByRole('status')).toHaveTextContent('"x0"');
    expect(screen.queryByRole('button', { name: 'Dismiss all' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('folds several notices into one summary line, details on request', async () => {
    useAppStore.getState().notify(eight);
    render(<Notices />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('8 things ignored');
    // Folded: the eight texts are not shown (nor read out) until asked for.
    expect(screen.getByText(/"x3"/)).not.toBeVisible();
    expect(screen.queryAllByRole('button', { name: 'Dismiss this notice' })).toHaveLength(0);
    const toggle = screen.getByRole('button', { name: 'Details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/"x3"/)).toBeVisible();
    expect(screen.getAllByRole('button', { name: 'Dismiss this notice' })).toHaveLength(8);
    await userEvent.click(screen.getAllByRole('button', { name: 'Dismiss this notice' })[3]!);
    expect(useAppStore.getState().notices).toHaveLength(7);
    expect(screen.queryByText(/"x3"/)).toBeNull();
  });

  it('"Dismiss all" clears every notice at once', async () => {
    useAppStore.getState().notify(eight);
    render(<Notices />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(useAppStore.getState().notices).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
