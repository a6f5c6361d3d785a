// @vitest-environment node
// What the service worker caches on install and what it leaves for later (build/precache.ts).
import { describe, expect, it } from 'vitest';
import { splitPrecache, type BuiltFile } from '../../build/precache';

const chunk = (
  imports: string[] = [],
  more: { isEntry?: boolean; facade?: string; css?: string[]; assets?: string[] } = {},
): BuiltFile => ({
  type: 'chunk',
  isEntry: more.isEntry ?? false,
  facadeModuleId: more.facade ?? null,
  imports,
  viteMetadata: { importedCss: new Set(more.css ?? []), importedAssets: new Set(more.assets ?? []) },
});
const asset: BuiltFile = { type: 'asset' };

/** A small build: an entry with a shared chunk and styles, a panel the first screen loads, and parts on demand. */
const bundle: Record<string, BuiltFile> = {
  'index.html': asset,
  'sw.js': asset,
  'assets/index-a.js.map': asset,
  'assets/index-a.js': chunk(['assets/shared-b.js'], { isEntry: true, css: ['assets/index-a.css'] }),
  'assets/index-a.css': asset,
  'assets/shared-b.js': chunk(),
  'assets/Details-c.js': chunk(['assets/shared-b.js', 'assets/chip-d.js'], {
    facade: '/home/u/app/src/features/details/Details.tsx',
  }),
  'assets/chip-d.js': chunk(),
  'assets/Export-e.js': chunk(['assets/shared-b.js'], {
    facade: '/home/u/app/src/features/export/Export.tsx',
    css: ['assets/Export-e.css'],
  }),
  'assets/Export-e.css': asset,
  'assets/pdf-f.js': chunk([], { facade: '/home/u/app/src/image/pdf.ts', assets: ['assets/Font-g.ttf'] }),
  'assets/Font-g.ttf': asset,
  'assets/elk-worker-h.js': asset,
};

describe('the service worker’s two lists', () => {
  it('caches the entry, what it imports and the first screen’s lazy parts on install; the rest later', () => {
    expect(splitPrecache(bundle, ['src/features/details/Details.tsx'])).toEqual({
      core: [
        'assets/Details-c.js',
        'assets/chip-d.js',
        'assets/index-a.css',
        'assets/index-a.js',
        'assets/shared-b.js',
      ],
      rest: [
        'assets/Export-e.css',
        'assets/Export-e.js',
        'assets/Font-g.ttf',
        'assets/elk-worker-h.js',
        'assets/pdf-f.js',
      ],
    });
  });

  it('lists every built file once, never the page, the worker or source maps', () => {
    const { core, rest } = splitPrecache(bundle, []);
    expect(core).toEqual(['assets/index-a.css', 'assets/index-a.js', 'assets/shared-b.js']);
    expect([...core, ...rest].sort()).toEqual(
      Object.keys(bundle)
        .filter((f) => f.startsWith('assets/') && !f.endsWith('.map'))
        .sort(),
    );
  });

  it('stops the build when a first-screen module has no chunk of its own any more', () => {
    expect(() => splitPrecache(bundle, ['src/features/details/Gone.tsx'])).toThrow(
      /src\/features\/details\/Gone\.tsx has no chunk of its own.*FIRST_SCREEN_MODULES/,
    );
    // A path is matched whole, not by its end: "Details.tsx" alone is not the details panel's module.
    expect(() => splitPrecache(bundle, ['tails/Details.tsx'])).toThrow(/has no chunk/);
  });
});
