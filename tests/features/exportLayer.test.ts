// @vitest-environment node
// A layer exports back in every data format, each file marking its elements as imported.
import { describe, expect, it, vi } from 'vitest';
import { DATA_FORMATS } from '../../src/export/formats';
import { exportLayer } from '../../src/features/import/exportLayer';
import { LAYER_EXPORT_FORMATS } from '../../src/features/import/layerFormats';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';

const saved: { text: string; name: string }[] = [];
vi.mock('../../src/features/common/download', () => ({
  downloadText: (text: string, name: string) => saved.push({ text, name }),
}));

describe('export a layer back', () => {
  it('the layers panel offers every data format', () => {
    expect(LAYER_EXPORT_FORMATS.map((f) => f.id)).toEqual(DATA_FORMATS.map((f) => f.id));
  });

  it.each(DATA_FORMATS.map((f) => f.id))(
    '%s: every file names the layer and marks imported elements',
    (id) => {
      saved.length = 0;
      const network = parseNetworkFile(
        'mine.csv',
        'source,target,relation\nTGFB1,Novel gene X,activates\n',
      ).network!;
      exportLayer({ ...newLayer(network, 'overlay'), name: 'My layer' }, id);
      expect(saved.length).toBeGreaterThan(0);
      expect(saved[0]!.name).toMatch(/^nociscope-my-layer-imported\./);
      expect(saved[0]!.text).toContain('Novel gene X');
      expect(saved.some((f) => /imported/.test(f.text))).toBe(true);
    },
  );
});
