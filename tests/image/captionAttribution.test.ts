// @vitest-environment node
// A picture with an imported network whose licence asks for credit (CC BY-SA, as WikiPathways') says
// so in its caption (issue 22); the networks on screen decide which credits (src/import/shownExport.ts).
import { describe, expect, it } from 'vitest';
import { captionContent } from '../../src/image/caption';
import { layoutCaption, roughMeasure } from '../../src/image/captionLayout';
import type { StoredLayer } from '../../src/import/layerStore';
import { shownAttributions } from '../../src/import/shownExport';
import type { ImportedNetwork } from '../../src/import/types';
import { graph } from './graph';

const network = (name: string, attributes: ImportedNetwork['attributes']): ImportedNetwork => ({
  name,
  format: 'cx2',
  fileNames: [`${name}.cx2`],
  directed: true,
  attributes,
  nodes: [{ id: 'a', label: 'A', identifiers: [], synonyms: [], attributes: {} }],
  edges: [],
});
const layer = (id: string, n: ImportedNetwork, mode: 'own' | 'overlay', hidden = false): StoredLayer => ({
  id,
  name: n.name,
  savedAt: '2026-12-07T00:00:00Z',
  hidden,
  mode,
  network: n,
  matches: [],
});

const wp = network('WP5049 (test)', { rights: 'CC BY-SA 4.0', author: 'A. Writer (test)' });
const open = network('Open data (test)', { license: 'CC0 1.0' });

describe('credits of imported networks', () => {
  it('come from the open layer, else from the shown overlays, only where the licence asks', () => {
    const layers = [layer('1', wp, 'overlay'), layer('2', open, 'overlay'), layer('3', wp, 'overlay', true)];
    expect(shownAttributions(null, layers)).toEqual(['“WP5049 (test)” by A. Writer (test), CC BY-SA 4.0']);
    expect(shownAttributions(layer('2', open, 'own'), layers)).toEqual([]);
    expect(shownAttributions(null, [layer('3', wp, 'overlay', true)])).toEqual([]);
  });

  it('are written in the picture caption', () => {
    const content = captionContent(
      graph,
      { nodes: [], edges: [] },
      {
        title: 'Nociscope — test',
        filters: '',
        date: '2026-12-07',
        attributions: shownAttributions(null, [layer('1', wp, 'overlay')]),
      },
    );
    const words = layoutCaption(content, 900, roughMeasure)
      .ops.flatMap((op) => (op.type === 'text' ? [op.text] : []))
      .join(' ');
    expect(words).toContain('Network: “WP5049 (test)” by A. Writer (test), CC BY-SA 4.0');
  });

  it('leave a caption without them as it was', () => {
    const content = captionContent(
      graph,
      { nodes: [], edges: [] },
      { title: 't', filters: '', date: 'd', attributions: [] },
    );
    expect(content).not.toHaveProperty('attributions');
  });
});
