// Which built files the service worker caches when it installs, and which it leaves for later
// (src/app/sw.js). On a slow network the first visit should not download the whole app (the layout
// worker, the PDF writer and its fonts: most of it) while the reader makes their first clicks. The
// install takes the core: what the first screen loads by itself. The rest is cached when the page
// has been quiet for a while (src/app/offline.ts), or each file on its first use.

/** The part of a Rollup/Rolldown output file this split reads. */
export type BuiltFile =
  | {
      readonly type: 'chunk';
      readonly isEntry: boolean;
      readonly facadeModuleId: string | null;
      readonly imports: readonly string[];
      readonly viteMetadata?: {
        readonly importedCss: ReadonlySet<string>;
        readonly importedAssets: ReadonlySet<string>;
      };
    }
  | { readonly type: 'asset' };

/**
 * Modules loaded on demand that the first screen loads anyway, without a click: they belong to the
 * core, or a first visit cut off right after the map appears would not reopen offline.
 * - the details panel, fetched as soon as the map is drawn (preloadAfterFirstPaint in lazyParts.tsx);
 * - the stored layers' reader and the zod setting it needs first (loadLayerStorage in store/layers.ts).
 * Paths from the project root. The build fails if one of them no longer has a chunk of its own;
 * tests/e2e/offline.e2e.ts fails if the first screen loads a file outside the core.
 */
export const FIRST_SCREEN_MODULES = [
  'src/features/details/DetailsPanel.tsx',
  'src/import/layerStore.ts',
  'src/model/jitless.ts',
] as const;

/** Files the worker never lists: the page is cached under its own key, and the worker itself. */
const NOT_LISTED = (file: string) => file.endsWith('.map') || file === 'index.html' || file === 'sw.js';

const normal = (path: string) => path.replace(/\\/g, '/');

/**
 * The core (entry chunks and first-screen chunks, every chunk they import statically, and their
 * styles and assets) and the rest, each sorted. Throws if a first-screen module has no chunk.
 */
export function splitPrecache(
  bundle: Readonly<Record<string, BuiltFile>>,
  firstScreen: readonly string[] = FIRST_SCREEN_MODULES,
): { core: string[]; rest: string[] } {
  const core = new Set<string>();
  const add = (file: string) => {
    const built = bundle[file];
    if (core.has(file) || !built) return;
    core.add(file);
    if (built.type !== 'chunk') return;
    for (const dep of built.imports) add(dep);
    for (const css of built.viteMetadata?.importedCss ?? []) add(css);
    for (const asset of built.viteMetadata?.importedAssets ?? []) add(asset);
  };
  for (const [file, built] of Object.entries(bundle)) if (built.type === 'chunk' && built.isEntry) add(file);
  for (const module of firstScreen) {
    const chunk = Object.entries(bundle).find(
      ([, b]) =>
        b.type === 'chunk' && b.facadeModuleId !== null && normal(b.facadeModuleId).endsWith(`/${module}`),
    );
    if (!chunk)
      throw new Error(
        `${module} has no chunk of its own: update FIRST_SCREEN_MODULES in build/precache.ts to what the first screen loads on demand.`,
      );
    add(chunk[0]);
  }
  const listed = Object.keys(bundle).filter((f) => !NOT_LISTED(f));
  return {
    core: listed.filter((f) => core.has(f)).sort(),
    rest: listed.filter((f) => !core.has(f)).sort(),
  };
}
