// @vitest-environment jsdom
// A layer in its file's own style on a (headless) Cytoscape: the look the file gives each element is
// what Cytoscape computes for it, no arrow head where the file says none, and the layer's look
// follows the store's choice without a new instance. The drawing itself is checked in Chromium
// (tests/e2e/fileStyle.e2e.ts).
import { act, cleanup, renderHook } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { edgeCss, nodeCss } from '../../src/canvas/fileStyle';
import { importedElementId, layerElements } from '../../src/canvas/layerElements';
import { importedStylesheet } from '../../src/canvas/importedStylesheet';
import { LAYER_FILTER_RULES } from '../../src/canvas/useLayerFilterClasses';
import { useLayerLook } from '../../src/canvas/useLayerLook';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';

function setup(file = 'wikipathways-style.valid.cx2') {
  const network = parseNetworkFile(file, readFileSync(`tests/fixtures/import/${file}`)).network!;
  const layer = { ...newLayer(network, 'own'), id: 'L' };
  const cy: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [...importedStylesheet(false), ...LAYER_FILTER_RULES],
    elements: layerElements(layer),
  });
  useLayerStore.setState({ layers: [layer], openLayerId: 'L', loaded: true });
  renderHook(() => useLayerLook(cy, layer));
  const node = (label: string) =>
    cy.getElementById(importedElementId('L', network.nodes.find((n) => n.label === label)!.id));
  const edge = (id: string) => cy.getElementById(importedElementId('L', `edge:${id}`));
  return { cy, node, edge };
}

beforeEach(() => resetLayerStore());
afterEach(cleanup);

describe('the file’s own style', () => {
  it('opens in it: colours, shapes, sizes and labels as the file maps them', () => {
    const { node } = setup();
    const tp53 = node('TP53');
    expect(tp53.style('background-color')).toBe('rgb(0,0,255)');
    expect(tp53.style('shape')).toBe('rectangle');
    expect(tp53.style('width')).toBe('90px');
    expect(tp53.style('label')).toBe('TP53');
    expect(node('Glycolysis').style('shape')).toBe('round-rectangle');
    expect(node('Glycolysis').style('color')).toBe('rgb(20,150,30)');
    expect(node('pyruvate').style('shape')).toBe('ellipse');
    expect(node('pyruvate').style('color')).toBe('rgb(170,0,170)');
  });

  it('arrow heads as the file says, none where it says none, coloured as their line', () => {
    const { edge } = setup();
    expect(edge('20').style('target-arrow-shape')).toBe('tee');
    expect(edge('21').style('target-arrow-shape')).toBe('triangle');
    expect(edge('21').style('target-arrow-fill')).toBe('hollow');
    expect(edge('23').style('target-arrow-shape')).toBe('none');
    expect(edge('23').style('line-style')).toBe('dotted');
    expect(edge('20').style('target-arrow-color')).toBe(edge('20').style('line-color'));
    expect(edge('20').style('curve-style')).toBe('straight');
  });

  it('switches to the Nociscope look and back on the same instance', () => {
    const { cy, node, edge } = setup();
    const before = cy;
    act(() => useLayerStore.getState().setLayerLook('L', 'nociscope'));
    expect(node('TP53').style('shape')).toBe('cut-rectangle');
    expect(node('TP53').style('background-color')).toBe('rgb(233,233,233)');
    // Nociscope's look: an unsigned relation of a directed network keeps its open-diamond head.
    expect(edge('23').style('target-arrow-shape')).not.toBe('none');
    act(() => useLayerStore.getState().setLayerLook('L', 'file'));
    expect(node('TP53').style('shape')).toBe('rectangle');
    expect(cy).toBe(before);
  });

  it('a file without a style stays in the Nociscope look', () => {
    const { node } = setup('spec-declarations.valid.cx2');
    expect(node(useLayerStore.getState().layers[0]!.network.nodes[0]!.label).style('shape')).toBe(
      'cut-rectangle',
    );
  });

  it('checks stored values again before Cytoscape sees them', () => {
    expect(
      nodeCss({ fill: 'red; background-image: url(x)', shape: 'parallelogram', width: -3 } as never),
    ).toEqual({
      shape: 'rhomboid',
    });
    expect(edgeCss({ targetArrow: 'bogus' } as never)).toMatchObject({ 'target-arrow-shape': 'none' });
  });
});
