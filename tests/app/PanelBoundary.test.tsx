// @vitest-environment jsdom
// One failing panel must not blank the app: it says what failed and offers a way back.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/app/PanelBoundary';
import { resetStore, useAppStore } from '../../src/store/store';
import type { NodeId } from '../../src/model/schema';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetStore();
});

let broken = true;
function Fragile() {
  if (broken) throw new Error('unexpected record');
  return <p>Panel content</p>;
}

describe('PanelBoundary', () => {
  it('shows the failure in place, keeps the neighbours, and recovers on "Try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const user = userEvent.setup();
    render(
      <>
        <PanelBoundary name="the Filters panel">
          <Fragile />
        </PanelBoundary>
        <p>The map is still here</p>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong in the Filters panel.');
    expect(alert).toHaveTextContent('unexpected record');
    expect(screen.getByText('The map is still here')).toBeInTheDocument();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Panel content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Reset the view" clears the state that may have caused it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const user = userEvent.setup();
    act(() => useAppStore.getState().select({ type: 'node', id: 'tgfb1' as NodeId }));
    render(
      <PanelBoundary name="the details panel">
        <Fragile />
      </PanelBoundary>,
    );
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Reset the view' }));
    expect(useAppStore.getState().selection).toBeNull();
    expect(screen.getByText('Panel content')).toBeInTheDocument();
  });
});
