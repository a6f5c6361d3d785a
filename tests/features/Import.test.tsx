// @vitest-environment jsdom
// The import feature with the real store, a fake IndexedDB and the real parsers (on the main thread:
// jsdom has no Worker): a file is checked before anything is applied, problems say where and what to
// do, errors block, overlay matches can be undone, imported text stays text, layers are listed and
// removed, and a damaged stored layer is set aside with a notice.
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { layerDatabase, listLayers } from '../../src/import/layerStore';
import { ImportDialog } from '../../src/features/import/ImportDialog';
import { LayersPanel } from '../../src/features/import/LayersPanel';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { useImportSession } from '../../src/features/import/session';
import { tooLarge } from '../../src/features/import/readFile';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore, useAppStore } from '../../src/store/store';
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

function renderImport() {
  return renderWithGraph(
    <>
      <LayersPanel />
      <ImportDialog />
      <DetailsPanel />
    </>,
  );
}

describe('import dialog', () => {
  it('a broken file lists its problems with where and what to do, offers no Open, and adds no layer', async () => {
    const user = userEvent.setup();
    renderImport();
    await user.upload(screen.getByTestId('import-file'), file('broken.csv', 'source,target\nTGFB1,\n'));
    const dialog = await screen.findByRole('dialog', { name: /Open network: broken\.csv/ }, WAIT);
    await within(dialog).findByText(/cannot be opened until the errors below are fixed/, undefined, WAIT);
    expect(within(dialog).getAllByText(/broken\.csv, (line|row) \d+/).length).toBeGreaterThan(0);
    expect(within(dialog).getAllByText(/What to do:/).length).toBeGreaterThan(0);
    expect(within(dialog).queryByRole('button', { name: 'Open' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useLayerStore.getState().layers).toEqual([]);
    expect((await listLayers()).layers).toEqual([]);
  });

  it('an overlay proposes TGFB1 → TGF-β1; an undone match is not applied; the layer is kept and removed', async () => {
    const user = userEvent.setup();
    renderImport();
    const csv = 'source,target,relation\nTGFB1,Neuropathic pain,inhibits\nTGFB1,Novel gene X,activates\n';
    await user.upload(screen.getByTestId('import-file'), file('mine.csv', csv));
    const dialog = await screen.findByRole('dialog', { name: /mine\.csv/ });
    await user.click(await within(dialog).findByRole('radio', { name: /Over the curated map/ }, WAIT));
    const tgf = within(dialog).getByRole('checkbox', { name: /TGFB1 → TGF-β1/ });
    expect(tgf).toBeChecked();
    const pain = within(dialog).getByRole('checkbox', { name: /Neuropathic pain → Neuropathic pain/ });
    await user.click(pain);
    expect(pain).not.toBeChecked();
    expect(useLayerStore.getState().layers).toEqual([]);
    const accept = within(dialog).queryByRole('checkbox', { name: /read the warnings/ });
    if (accept) await user.click(accept);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(useLayerStore.getState().layers).toHaveLength(1), WAIT);
    const layer = useLayerStore.getState().layers[0]!;
    expect(layer.mode).toBe('overlay');
    expect(layer.matches).toEqual([[expect.any(String), 'tgfb1']]);
    expect((await listLayers()).layers.map((l) => l.id)).toEqual([layer.id]);

    const list = screen.getByRole('list', { name: 'Imported layers' });
    expect(within(list).getByText('mine')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Hide mine' }));
    expect(useLayerStore.getState().layers[0]!.hidden).toBe(true);
    await user.click(within(list).getByRole('button', { name: 'Remove mine' }));
    await waitFor(async () => expect((await listLayers()).layers).toEqual([]));
    expect(screen.getByText('No layer yet.')).toBeInTheDocument();
  });

  it('imported text is shown as text: no markup, no javascript: link', async () => {
    const user = userEvent.setup();
    renderImport();
    const csv =
      'source,target,relation,note\n"<img src=x onerror=alert(1)>",B,activates,javascript:alert(1)\nB,C,activates,https://example.org/x\n';
    await user.upload(screen.getByTestId('import-file'), file('hostile.csv', csv));
    const dialog = await screen.findByRole('dialog', { name: /hostile\.csv/ });
    // (It waited 15 s here for a "read the warnings" box the dialog no longer has.)
    await user.click(await within(dialog).findByRole('button', { name: 'Open' }, WAIT));
    await waitFor(() => expect(useLayerStore.getState().layers).toHaveLength(1), WAIT);
    const layer = useLayerStore.getState().layers[0]!;
    const node = layer.network.nodes.find((n) => n.label.startsWith('<img'))!;
    act(() => useLayerStore.getState().selectImported({ layerId: layer.id, type: 'node', id: node.id }));
    const details = screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' });
    expect(details).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    const edge = layer.network.edges[0]!;
    act(() => useLayerStore.getState().selectImported({ layerId: layer.id, type: 'edge', id: edge.id }));
    expect(screen.queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(screen.getByText(/Imported from layer/)).toBeInTheDocument();
  });

  it('a file above the stated size is refused with a clear message before it is read', () => {
    const problem = tooLarge({ name: 'huge.cx2', size: 60 * 1024 * 1024 });
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toMatch(/60 MB, more than the 50 MB/);
    expect(tooLarge({ name: 'ok.cx2', size: 1024 })).toBeUndefined();
  });
});

describe('stored layers at start', () => {
  it('a damaged or other-version record is set aside with a notice, and the rest still load', async () => {
    await set('layer:broken', { app: 'nociscope', kind: 'layer', version: 999, layer: {} }, layerDatabase());
    await useLayerStore.getState().loadStored();
    expect(useLayerStore.getState().loaded).toBe(true);
    expect(useLayerStore.getState().layers).toEqual([]);
    expect(useAppStore.getState().notices.some((n) => /set aside.*another version/.test(n))).toBe(true);
  });
});
