// @vitest-environment jsdom
// The Pathways answer carries a "Copy link to this answer" button: the address (which holds the
// question, src/store/pathwayUrl.ts) goes to the clipboard, with a visible confirmation.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PathwaysPanel } from '../../src/features/pathways/PathwaysPanel';
import { resetStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

beforeEach(() => resetStore());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Pathways: copy link', () => {
  it('appears with an answer and copies the address of that moment', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    renderWithGraph(<PathwaysPanel />);
    expect(screen.queryByRole('button', { name: 'Copy link to this answer' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Therapy' }), 'bmsc_therapy');
    expect(screen.getByRole('heading', { name: 'Answer' })).toBeInTheDocument();
    window.history.replaceState(null, '', '/?impact=bmsc_therapy');
    await user.click(screen.getByRole('button', { name: 'Copy link to this answer' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(window.location.href).toMatch(/\?impact=bmsc_therapy$/);
    expect(screen.getByText('✓ Copied the link to this answer')).toBeVisible();
  });
});
