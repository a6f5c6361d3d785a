// @vitest-environment jsdom
// A file under the byte cap with more nodes than the app draws is refused in the import dialog,
// before Open, with the count and what to do; nothing reaches the map.
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportDialog } from '../../src/features/import/ImportDialog';
import { LayersPanel } from '../../src/features/import/LayersPanel';
import { useImportSession } from '../../src/features/import/session';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

afterEach(() => {
  cleanup();
  useImportSession.getState().close();
  resetLayerStore();
  resetStore();
});

const WAIT = { timeout: 15_000 };

describe('import caps', () => {
  it('a cyjs file of 20,001 nodes is refused before Open, saying what to do', async () => {
    const user = userEvent.setup();
    renderWithGraph(
      <>
        <LayersPanel />
        <ImportDialog />
      </>,
    );
    const nodes = Array.from({ length: 20_001 }, (_, i) => ({ data: { id: `n${i}` } }));
    const text = JSON.stringify({ elements: { nodes, edges: [] } });
    await user.upload(screen.getByTestId('import-file'), new File([text], 'huge.cyjs'));
    const dialog = await screen.findByRole('dialog', { name: /Open network: huge\.cyjs/ }, WAIT);
    await within(dialog).findByText(
      /the network has 20,001 nodes, more than the 20,000 this app opens/,
      undefined,
      WAIT,
    );
    expect(within(dialog).getByText(/Open a subnetwork/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Open' })).toBeNull();
    expect(useLayerStore.getState().layers).toEqual([]);
  });
});
