// @vitest-environment jsdom
// Every export holds what the map shows: an overlay layer is in the data files of the curated map,
// and a network open on its own is what Export & cite writes (never the curated map hidden behind
// it), less what its facets hide. The same layers give the SVG/PDF picture its imported elements.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../src/features/export/ExportPanel';
import { layerPictureIds } from '../../src/features/export/layerPictureIds';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

const saved: { text: string; name: string }[] = [];
vi.mock('../../src/features/common/download', () => ({
  downloadText: (text: string, name: string) => saved.push({ text, name }),
  downloadBlob: () => {},
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
  resetLayerStore();
  resetStore();
});

const network = parseNetworkFile(
  'mine.csv',
  'source,target,relation\nTGFB1,Novel gene X,activates\nNovel gene X,Odd one,binds\n',
).network!;
const overlay = { ...newLayer(network, 'overlay', new Map([['TGFB1', 'tgfb1']])), name: 'My layer' };

describe('exports of imported layers', () => {
  it('an overlay layer is in every data export of the curated map, matched to the curated entity', async () => {
    const user = userEvent.setup();
    useLayerStore.setState({ layers: [overlay], loaded: true });
    renderWithGraph(<ExportPanel />);
    expect(screen.getByTestId('data-scope').textContent).toMatch(
      /\(the whole map\), with the imported layer “My layer”\.$/,
    );
    for (const format of ['cyjs', 'graphml', 'csv', 'cx2']) {
      saved.length = 0;
      await user.click(
        screen.getByRole('button', { name: new RegExp(`\\.${format === 'cyjs' ? 'cyjs' : format}`) }),
      );
      const all = saved.map((f) => f.text).join('\n');
      expect(all, format).toContain('Novel gene X');
      expect(all, format).toContain('Odd one');
      // The curated map is there too.
      expect(all, format).toContain('TGF-β1');
    }
    // The matched TGFB1 is the curated TGF-β1, not a second node: the imported edge starts there.
    saved.length = 0;
    await user.click(screen.getByRole('button', { name: /\.cyjs/ }));
    const cyjs = JSON.parse(saved[0]!.text) as {
      elements: {
        nodes: { data: { id: string; label: string } }[];
        edges: { data: Record<string, unknown> }[];
      };
    };
    expect(cyjs.elements.nodes.filter((n) => n.data.label === 'TGFB1')).toEqual([]);
    expect(
      cyjs.elements.edges.some((e) => e.data.source === 'tgfb1' && e.data.target === 'Novel gene X'),
    ).toBe(true);
    // A hidden layer is not shown, so not exported.
    cleanup();
    useLayerStore.setState({ layers: [{ ...overlay, hidden: true }] });
    renderWithGraph(<ExportPanel />);
    expect(screen.getByTestId('data-scope').textContent).not.toMatch(/imported layer/);
  });

  it('a network open on its own is what the data buttons export, less what its facets hide', async () => {
    const user = userEvent.setup();
    const own = { ...newLayer(network, 'own'), name: 'Own net' };
    useLayerStore.setState({ layers: [own], openLayerId: own.id, loaded: true });
    renderWithGraph(<ExportPanel />);
    expect(screen.getByTestId('data-scope').textContent).toBe(
      '3 nodes and 2 edges of the imported network “Own net”, as the map shows it.',
    );
    expect(screen.queryByText(/filters hide every element/)).toBeNull();
    expect(screen.queryByTestId('data-whole-layer')).toBeNull();
    // Nor does Cite list the curated map's references behind it.
    expect(screen.getByText(/“Own net” is not part of Nociscope’s bibliography/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'References' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /\.cyjs/ }));
    expect(saved[0]!.name).toMatch(/^nociscope-own-net-imported-\d{4}-\d{2}-\d{2}\.cyjs\.json$/);
    const cyjs = JSON.parse(saved[0]!.text) as { elements: { nodes: { data: { id: string } }[] } };
    expect(cyjs.elements.nodes.map((n) => n.data.id).sort()).toEqual(['Novel gene X', 'Odd one', 'TGFB1']);
    expect(saved[0]!.text).not.toContain('TGF-β1');
    // Unticking the "binds" interaction hides that edge on the map, and in the export.
    useLayerStore.getState().toggleLayerFacet(own.id, 'interactions', 'v:binds');
    expect(await screen.findByText(/3 nodes and 1 edges/)).toBeTruthy();
    // …and the tab says where the whole network is exported.
    expect(screen.getByTestId('data-whole-layer').textContent).toMatch(/Layers tab exports “Own net” whole/);
  });

  it('SVG and PDF draw the imported elements the canvas draws', () => {
    const base = { open: null, openFacets: undefined, openShown: undefined, layers: [overlay] };
    const id = (x: string) => `imp:${overlay.id}:${x}`;
    // TGF-β1 drawn: the matched edge goes to it; not drawn (filtered out): that edge is left out.
    expect(layerPictureIds(base, new Set(['tgfb1'])).sort()).toEqual(
      [id('Novel gene X'), id('Odd one'), id('edge:e1'), id('edge:e2')].sort(),
    );
    expect(layerPictureIds(base, new Set())).not.toContain(id('edge:e1'));
    expect(layerPictureIds({ ...base, layers: [{ ...overlay, hidden: true }] }, new Set())).toEqual([]);
    const own = { ...overlay, mode: 'own' as const };
    expect(
      layerPictureIds({ open: own, openFacets: undefined, openShown: undefined, layers: [own] }, new Set()),
    ).toHaveLength(5);
  });
});
