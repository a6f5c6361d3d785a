// A picture of an imported network open on its own is captioned with the network's name and file,
// the credit line its licence asks for when one is known, and the date; not with the curated map's
// filters, sources and data version, which do not describe it.
import { describe, expect, it } from 'vitest';
import { captionContent, networkCaption } from '../../src/image/caption';
import { layoutCaption, roughMeasure } from '../../src/image/captionLayout';
import { graph } from './graph';

const texts = (content: ReturnType<typeof captionContent>) =>
  layoutCaption(content, 800, roughMeasure)
    .ops.flatMap((op) => (op.type === 'text' ? [op.text] : []))
    .join(' ');

describe('caption of an imported network', () => {
  const network = networkCaption({ name: 'RAS to ERK', fileNames: ['indra-ras.cx'] });
  const text = { title: 'Nociscope — imported network “RAS to ERK”', filters: '', date: '2026-12-07' };

  it('names the network and its file, and leaves the curated map’s lines out', () => {
    const c = captionContent(graph, { nodes: [], edges: [] }, { ...text, network });
    expect(c.network).toBe(
      'Imported network “RAS to ERK”, from indra-ras.cx: the file’s nodes and edges, not curated evidence',
    );
    expect(c.attributions).toBeUndefined();
    const words = texts(c);
    expect(words).toContain('indra-ras.cx');
    expect(words).toContain('exported 2026-12-07');
    expect(words).not.toMatch(/data version|Filters: none/);
  });

  it('prints the attribution its licence asks for under the name', () => {
    const c = captionContent(
      graph,
      { nodes: [], edges: [] },
      {
        ...text,
        network,
        attributions: ['By A. Author, CC BY-SA 4.0'],
      },
    );
    expect(texts(c)).toMatch(/RAS to ERK.*By A\. Author, CC BY-SA 4\.0.*exported/);
  });

  it('a curated picture has no network line', () => {
    const c = captionContent(graph, { nodes: [], edges: [] }, text);
    expect(c.network).toBe('');
    expect(texts(c)).toMatch(/data version/);
  });
});
