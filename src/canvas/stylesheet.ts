// The Cytoscape stylesheet: a module-level constant, built once (STYLE.md habit 3).
import type { StylesheetJson } from 'cytoscape';
import { FONT_STACK, KIND_STYLE_RULES, POLARITY_STYLE_RULES, STRENGTH_LINE } from '../model/palette';
import { bandFont, FAR_BANDS, PLACEMENTS, wrapWidth } from '../model/labelPlacement';

/**
 * Semantic zoom (overviewLabels.ts): in far band i every curated element carries `zb<i>`; its
 * labels are drawn at a font that renders at least 14 px (16 px in presenter mode) on screen, on a
 * light backing so they read across the lines under them. Nodes whose label does not fit carry
 * `lbl-off`; pointing at one shows its name (`lbl-hover`).
 */
const FAR_LABEL_RULES = [
  ...FAR_BANDS.flatMap((_, i) => {
    const font = bandFont(i);
    const presenterFont = bandFont(i, true);
    return [
      {
        selector: `node.zb${i}`,
        style: {
          'font-size': font,
          'font-weight': 700,
          'text-max-width': `${wrapWidth(font)}px`,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-shape': 'roundrectangle',
          'text-background-padding': `${Math.round(font * 0.12)}px`,
          // A named node is drawn over its unnamed neighbours, so its label is never covered.
          'z-index': 10,
        },
      },
      {
        selector: `node.zb${i}.presenter`,
        style: { 'font-size': presenterFont, 'text-max-width': `${wrapWidth(presenterFont)}px` },
      },
      { selector: `edge.broken.zb${i}`, style: { 'font-size': font } },
    ];
  }),
  // One rule per placement of src/model/labelPlacement.ts: a corner is both of its sides.
  ...PLACEMENTS.filter((p) => p !== 'center').map((p) => ({
    selector: `node.lbl-${p}`,
    style: {
      ...(p.startsWith('above')
        ? { 'text-valign': 'top' }
        : p.startsWith('below')
          ? { 'text-valign': 'bottom' }
          : {}),
      ...(p.endsWith('left')
        ? { 'text-halign': 'left' }
        : p.endsWith('right')
          ? { 'text-halign': 'right' }
          : {}),
    },
  })),
  { selector: 'node.lbl-off', style: { label: '', 'z-index': 0 } },
  // What the reader looks at is drawn last, so no other label covers its name.
  { selector: 'node.hl', style: { 'z-index': 20 } },
  { selector: 'node.selected-el', style: { 'z-index': 30 } },
  { selector: 'node.lbl-hover', style: { label: 'data(label)', 'z-index': 40 } },
] as StylesheetJson;

/** A bold X drawn over a knocked-out entity. */
const KNOCKED_OUT_CROSS =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path d="M8 8L92 92M92 8L8 92" stroke="#000" stroke-width="12" stroke-linecap="round"/></svg>',
  );

/** Label size at zoom 1; presenter mode uses PRESENTER_FONT_SIZE. */
export const NODE_FONT_SIZE = 17;
/** Larger labels for presenter mode and the back row of a classroom; any larger and bold labels
 * spill out of their node boxes, which are sized for NODE_FONT_SIZE (elements.ts). */
export const PRESENTER_FONT_SIZE = 20;

export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'data(w)',
      height: 'data(h)',
      'font-family': FONT_STACK,
      'font-size': NODE_FONT_SIZE,
      'font-weight': 600,
      color: '#111111',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-wrap': 'wrap',
      'text-max-width': 'data(tw)',
      // No opacity transition: it cost 3–7 extra full redraws per filter or selection, and on a
      // slow machine the fade ended half a second after the click (bench/README.md). The camera's
      // own move still eases the change.
      'border-width': 2.5,
    },
  },
  ...(KIND_STYLE_RULES as StylesheetJson),
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'curve-style': 'bezier',
      'arrow-scale': 1.3,
      'line-style': 'solid',
      opacity: 0.85,
    },
  },
  ...(POLARITY_STYLE_RULES as StylesheetJson),
  ...((Object.keys(STRENGTH_LINE) as (keyof typeof STRENGTH_LINE)[]).map((s) => ({
    selector: `edge[strength = "${s}"]`,
    style: { 'line-style': STRENGTH_LINE[s] },
  })) as StylesheetJson),
  // Presenter mode (class set on every element by usePresenterStyle): a washed-out projector loses
  // pastel fills and thin lines, so labels turn black and larger, borders and lines thicker.
  {
    selector: 'node.presenter',
    style: { 'font-size': PRESENTER_FONT_SIZE, 'font-weight': 700, color: '#000000', 'border-width': 4 },
  },
  {
    selector: 'edge.presenter',
    style: { width: 'mapData(width, 2, 6, 4, 8)', opacity: 1, 'arrow-scale': 1.5 },
  },
  // Filtered-out elements: faded (context kept) or hidden, as the user chooses.
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.35 } },
  { selector: '.hidden', style: { display: 'none' } },
  // Highlights: selection, its neighbours, search results, a source's claims, story focus, paths.
  {
    selector: 'node.hl',
    style: { 'border-width': 5, 'border-color': '#000000', opacity: 1, 'text-opacity': 1 },
  },
  { selector: 'edge.hl', style: { width: 5, opacity: 1 } },
  { selector: '.dim', style: { opacity: 0.18, 'text-opacity': 0.4 } },
  // Filters and emphasis together: what the filters leave out stays fainter than what they keep,
  // so selecting something never blurs the line between the filtered view and the rest.
  { selector: '.faded.dim', style: { opacity: 0.06, 'text-opacity': 0.2 } },
  { selector: '.faded.hl', style: { opacity: 0.4, 'text-opacity': 0.6 } },
  // What-if: a knocked-out entity is crossed out (a shape, not only a colour) and the relations of
  // the routes it breaks are thin, grey and labelled "broken".
  {
    selector: 'node.knocked-out',
    style: {
      'background-image': KNOCKED_OUT_CROSS,
      'background-fit': 'contain',
      'background-image-opacity': 1,
      'border-style': 'dashed',
      'border-width': 5,
      'border-color': '#000000',
    },
  },
  {
    selector: 'edge.broken',
    style: {
      width: 2,
      'line-color': '#8c8c8c',
      'target-arrow-color': '#8c8c8c',
      label: 'broken',
      'font-size': 14,
      'font-weight': 'bold',
      color: '#333333',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
    },
  },
  {
    selector: 'node.selected-el',
    style: {
      // What the reader picked (from search, say) is always shown in full, even if the filters
      // leave it out or hide it.
      display: 'element',
      opacity: 1,
      'text-opacity': 1,
      'border-width': 6,
      'border-color': '#000000',
      'border-style': 'double',
      'underlay-color': '#FFD400',
      'underlay-opacity': 0.6,
      'underlay-padding': 8,
    },
  },
  {
    selector: 'edge.selected-el',
    style: {
      width: 7,
      'underlay-color': '#FFD400',
      'underlay-opacity': 0.7,
      'underlay-padding': 5,
      opacity: 1,
    },
  },
  ...FAR_LABEL_RULES,
  // Cytoscape's own selection box would duplicate ours.
  { selector: ':selected', style: { 'overlay-opacity': 0 } },
  { selector: 'node:active', style: { 'overlay-opacity': 0.1 } },
];
