// @vitest-environment jsdom
// The import dialog with a valid file that repeats one warning on every row (issue 22): the warning
// is listed once with its count and first rows, the dialog says the file can be opened, and "Open"
// works without acknowledging anything; errors still block.
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportDialog } from '../../src/features/import/ImportDialog';
import { LayersPanel } from '../../src/features/import/LayersPanel';
import { useImportSession } from '../../src/features/import/session';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

afterEach(async () => {
  cleanup();
  useImportSession.getState().close();
  for (const l of useLayerStore.getState().layers) await useLayerStore.getState().removeLayer(l.id);
  resetLayerStore();
  resetStore();
});

// The check runs on the main thread here; a loaded machine may take seconds (a budget, not a timing test).
const WAIT = { timeout: 15_000 };
const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

describe('warnings in the import dialog', () => {
  it('one warning on every row is listed once and does not block opening the file', async () => {
    const user = userEvent.setup();
    renderWithGraph(
      <>
        <LayersPanel />
        <ImportDialog />
      </>,
    );
    const text = readFileSync('tests/fixtures/import/repeated-warning.valid.csv', 'utf8');
    await user.upload(screen.getByTestId('import-file'), file('indra.csv', text));
    const dialog = await screen.findByRole('dialog', { name: /indra\.csv/ });
    await within(dialog).findByText(/12 edges/, undefined, WAIT);
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      'the polarity "mixed" of edge … is not a sign this app reads, in 12 rows: 2, 3, 4 and 9 more.',
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('The file can be opened');
    expect(within(dialog).queryByRole('checkbox', { name: /read the warnings/ })).toBeNull();
    const open = within(dialog).getByRole('button', { name: 'Open' });
    expect(open).toBeEnabled();
    await user.click(open);
    await waitFor(() => expect(useLayerStore.getState().layers).toHaveLength(1), WAIT);
    expect(useLayerStore.getState().layers[0]!.network.edges).toHaveLength(12);
  });

  it('errors still block: no Open button', async () => {
    const user = userEvent.setup();
    renderWithGraph(
      <>
        <LayersPanel />
        <ImportDialog />
      </>,
    );
    await user.upload(screen.getByTestId('import-file'), file('bad.csv', 'a,b\n1,2\n'));
    const dialog = await screen.findByRole('dialog', { name: /bad\.csv/ });
    await within(dialog).findByRole('alert', undefined, WAIT);
    expect(within(dialog).queryByRole('button', { name: 'Open' })).toBeNull();
  });
});
