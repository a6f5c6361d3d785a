// The build-time picture of the first view (src/image/firstView.ts, issue 23): small, whole numbers,
// every entity and relation drawn, only readable names, each label set shown by the page's stylesheet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGraphData } from '../../build/graphData';
import { firstViewTag } from '../../build/firstView';
import { firstViewSvg, LABEL_SETS } from '../../src/image/firstView';
import { bandFont, bandOf, READABLE_PX } from '../../src/model/labelPlacement';
import { fromSnapshot } from '../../src/model/snapshot';

const compiled = compileGraphData(process.cwd()).data;
if (!compiled.ok) throw new Error('graph-data does not load');
const { graph } = fromSnapshot(compiled.snapshot);
const picture = firstViewSvg(graph);

describe('the first-view picture', () => {
  it('draws every entity and every relation with a line and a head, in whole numbers', () => {
    const paths = picture.svg.match(/<path d="[^"]*"/g) ?? [];
    expect(paths.length).toBe(graph.nodes.length + 2 * graph.edges.length);
    for (const d of paths) expect(d, d).not.toMatch(/\d\.\d/);
    expect(picture.svg).toMatch(/^<svg [^>]*viewBox="-?\d+ -?\d+ \d+ \d+"/);
    expect(picture.svg).toContain('preserveAspectRatio="xMidYMid meet"');
  });

  it('is small: under 60 KB before compression', () => {
    expect(picture.svg.length).toBeLessThan(60_000);
  });

  it('names, per width range, only entities whose names are readable at the zoom the map opens at', () => {
    expect(picture.sets.map((s) => s.minWidth)).toEqual(LABEL_SETS.map((s) => s.minWidth));
    for (const set of picture.sets) {
      expect(set.named.length, `set ${set.minWidth}`).toBeGreaterThan(0);
      const band = bandOf(set.zoom);
      expect(band).toBeGreaterThanOrEqual(0);
      expect(bandFont(band) * set.zoom).toBeGreaterThanOrEqual(READABLE_PX);
    }
    // Wider windows open closer in, with room for more names.
    const counts = picture.sets.map((s) => s.named.length);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
  });

  it('has a rule in the page stylesheet that shows each label set in its width range', () => {
    const css = readFileSync('src/app/firstView.css', 'utf8');
    for (const [i, set] of LABEL_SETS.entries()) {
      const next = LABEL_SETS[i + 1];
      const range = [
        set.minWidth > 0 ? `(min-width: ${set.minWidth}px)` : '',
        next ? `(max-width: ${next.minWidth - 1}px)` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      expect(css).toContain(`@media ${range} {\n  .fv-w${set.minWidth} {\n    display: inline;`);
      expect(picture.svg).toContain(`class="fv-labels fv-w${set.minWidth}"`);
    }
  });

  it('goes into the page as a decorative element with nothing to run, style or focus', () => {
    const tag = firstViewTag(picture.svg);
    expect(tag.attrs).toMatchObject({ id: 'first-view', 'aria-hidden': 'true' });
    expect(tag.injectTo).toBe('body-prepend');
    expect(String(tag.children)).not.toMatch(/<script|style=|<style|tabindex|<a\b|on\w+=/i);
  });
});
