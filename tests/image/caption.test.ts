import { describe, expect, it } from 'vitest';
import { captionContent } from '../../src/image/caption';
import { layoutCaption, MIN_CAPTION_WIDTH, roughMeasure, wrap } from '../../src/image/captionLayout';
import { captionSvg } from '../../src/image/captionPaint';
import { applyFilters, NO_FILTERS } from '../../src/model/filter';
import type { NodeId } from '../../src/model/schema';
import { describeFilters } from '../../src/features/common/describe';
import { graph } from './graph';

const text = { title: 'Nociscope — test', filters: '', date: '2026-11-22' };

describe('caption content', () => {
  it('lists only the kinds, arrows and sources of a therapy view', () => {
    const filters = { ...NO_FILTERS, therapies: ['bmsc_therapy' as NodeId] };
    const view = applyFilters(graph, filters);
    const c = captionContent(graph, view, { ...text, filters: describeFilters(graph, filters) });
    const kinds = new Set([...view.nodes].map((id) => graph.nodeById.get(id)!.kind));
    expect(new Set(c.kinds)).toEqual(kinds);
    expect(c.kinds).toContain('therapy');
    const polarities = new Set([...view.edges].map((id) => graph.edgeById.get(id)!.polarity));
    expect(new Set(c.polarities)).toEqual(polarities);
    expect(c.filters).toBe('therapy: Intrathecal BMSC therapy');
    expect(c.dataVersion).toBe(graph.version);
    // Chen 2015 (JCI) is behind the BMSC mechanism; the NK-cell paper (Cell 2019) is not.
    expect(c.credits.some((s) => s.startsWith('Chen'))).toBe(true);
    expect(c.credits.some((s) => s.startsWith('Davies'))).toBe(false);
  });

  it('names nothing that is not drawn', () => {
    const filters = { ...NO_FILTERS, kinds: ['cell' as const] };
    const view = applyFilters(graph, filters);
    const c = captionContent(graph, view, text);
    expect(c.kinds).toEqual(['cell']);
    for (const e of view.edges) {
      const edge = graph.edgeById.get(e)!;
      expect(c.polarities).toContain(edge.polarity);
    }
    const none = captionContent(graph, { nodes: [], edges: [] }, text);
    expect(none).toMatchObject({ kinds: [], polarities: [], strengths: [], credits: [] });
  });

  it('covers every kind, arrow and source for the whole graph', () => {
    const all = applyFilters(graph, NO_FILTERS);
    const c = captionContent(graph, all, text);
    expect(c.kinds.length).toBe(new Set(graph.nodes.map((n) => n.kind)).size);
    expect(c.credits.length).toBeGreaterThanOrEqual(graph.sources.length - 1);
  });
});

describe('caption layout', () => {
  const filters = { ...NO_FILTERS, therapies: ['bmsc_therapy' as NodeId] };
  const content = captionContent(graph, applyFilters(graph, filters), {
    ...text,
    filters: describeFilters(graph, filters),
  });

  it('wraps words to the width', () => {
    const lines = wrap('one two three four five six', 60, 10, false, roughMeasure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(roughMeasure(l, 10, false)).toBeLessThanOrEqual(60);
  });

  it('keeps everything inside the band, which is never narrower than the minimum', () => {
    const layout = layoutCaption(content, 300, roughMeasure);
    expect(layout.width).toBe(MIN_CAPTION_WIDTH);
    for (const op of layout.ops) {
      expect(op.y).toBeGreaterThanOrEqual(0);
      expect(op.y).toBeLessThanOrEqual(layout.height);
    }
    const words = layout.ops.flatMap((op) => (op.type === 'text' ? [op.text] : [])).join(' ');
    expect(words).toContain('Nociscope — test');
    expect(words).toContain('Intrathecal BMSC therapy');
    expect(words).toContain(graph.version);
    expect(words).toContain('2026-11-22');
    expect(layout.ops.filter((op) => op.type === 'kind').length).toBe(content.kinds.length);
    expect(layout.ops.filter((op) => op.type === 'arrow').length).toBe(content.polarities.length);
  });

  it('gets taller, not wider, when the picture is narrow', () => {
    const wide = layoutCaption(content, 2400, roughMeasure);
    const narrow = layoutCaption(content, 560, roughMeasure);
    expect(wide.width).toBe(2400);
    expect(narrow.height).toBeGreaterThanOrEqual(wide.height);
  });

  it('keeps only the legend for a handout picture', () => {
    const layout = layoutCaption(content, 800, roughMeasure, { legendOnly: true });
    const words = layout.ops.flatMap((op) => (op.type === 'text' ? [op.text] : [])).join(' ');
    expect(words).not.toContain('Nociscope — test');
    expect(words).not.toContain('Filters');
    expect(words).not.toContain(graph.version);
    expect(layout.ops.filter((op) => op.type === 'kind').length).toBe(content.kinds.length);
    expect(layout.height).toBeLessThan(layoutCaption(content, 800, roughMeasure).height);
  });

  it('writes vector text in SVG', () => {
    const svg = captionSvg(layoutCaption(content, 800, roughMeasure), 500);
    expect(svg).toContain('translate(0 500)');
    expect(svg).toMatch(/<text [^>]*>Nociscope — test<\/text>/);
    expect(svg).toContain('Filters: therapy: Intrathecal BMSC therapy');
  });
});
