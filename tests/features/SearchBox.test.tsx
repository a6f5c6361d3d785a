// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/features/search/SearchBox';
import { resetStore, useAppStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

beforeEach(() => resetStore());
afterEach(cleanup);

describe('SearchBox', () => {
  it('offers TGF-β1 first for "TGF" and chooses it with Enter', async () => {
    const user = userEvent.setup();
    renderWithGraph(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'TGF');

    expect(box).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Matching entities' });
    expect(box).toHaveAttribute('aria-controls', list.id);
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^TGF-β1 Mediator/),
      expect.stringMatching(/^TGF-β receptor 1 Receptor/),
    ]);
    // The first option is the active one, announced through aria-activedescendant.
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);

    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'tgfb1' });
    expect(box).toHaveValue('TGF-β1');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves the active option with the arrow keys and says why a synonym matched', async () => {
    const user = userEvent.setup();
    renderWithGraph(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'SDF-1');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent(/^CXCL12.*matches “SDF-1”/);

    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);

    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithGraph(<SearchBox />);
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'unicorn');
    expect(screen.getByRole('option')).toHaveTextContent('No entity matches “unicorn”');
    expect(screen.getByRole('option')).toHaveAttribute('aria-disabled', 'true');
  });
});
