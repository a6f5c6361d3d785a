// Styles for imported elements. On their own they use IMPORTED_STYLESHEET; over the curated map the
// curated stylesheet gains IMPORTED_RULES. Either way an imported node has a cut-corner shape and a
// dashed border, and an imported edge a dash-dot line (plain dashes and dots already mean the
// strength of evidence): a cue that never relies on colour.
import type { StylesheetJson } from 'cytoscape';
import { POLARITY_STYLE_RULES, POLARITY_STYLES } from '../model/palette';
import { OVERLAY_NODE_BOX, type BoxSize } from '../import/spread';

/** From this many nodes a layer on its own is drawn for speed rather than detail. */
export const BIG_LAYER = 1000;

/** Dash-dot: the line of an imported relation (the legend draws the same). */
export const IMPORTED_DASH = [12, 3, 2, 3];

const FONT = '"DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

/**
 * From this zoom on, a big layer draws its lines, its labels and each relation's effect. Farther
 * out, labels are too small to read (10 px at 0.6 is 6 px) and 20,000 one-pixel lines can carry
 * neither colour nor dashes legibly, yet both cost: a label costs its measuring even when it is too small to draw,
 * and dashes cost a software renderer dearly. Leaving them out far away made a 1,000-node layer's
 * PNG at 2× about 40 % faster and a filter about 25 % faster (bench/README.md). The canvas gives
 * every element the class `near` when the zoom crosses this line (ImportedCanvas), so the restyle
 * happens once per crossing, never per frame.
 */
export const NEAR_ZOOM = 0.6;

/** A big layer's labels near enough to read: below the node. */
/** A big overlay's node box (BIG_OVERLAY_RULES), which the overlay is spread for. */
export const BIG_OVERLAY_BOX: BoxSize = { width: 22, height: 22 };

const NEAR_LABEL_STYLE = {
  label: 'data(label)',
  'font-family': FONT,
  'font-size': 10,
  'min-zoomed-font-size': 6,
  'text-valign': 'bottom',
  // Near, lines cross the labels: a light backing keeps them readable.
  'text-background-color': '#FFFFFF',
  'text-background-opacity': 0.85,
  'text-background-padding': '1px',
} as const;

/**
 * A big layer near enough: labels, and (no arrow heads on haystack lines) increases solid,
 * decreases dashed, no stated direction dotted, each in its polarity colour, so colour is never the
 * only cue.
 */
export const BIG_NEAR_RULES = [
  { selector: 'node.near', style: NEAR_LABEL_STYLE },
  { selector: 'edge.near', style: { width: 1.5 } },
  ...(['1', '-1', '0'] as const).map((p) => ({
    selector: `edge.near[polarity = ${p}]`,
    style: {
      'line-color': POLARITY_STYLES[p].color,
      'line-style': ({ '1': 'solid', '-1': 'dashed', '0': 'dotted' } as const)[p],
    },
  })),
];

/**
 * An unsigned relation the file gives no direction (layerElements.ts, class `undirected`): no arrow
 * head, which would claim one. After the polarity rules, which set the heads.
 */
const UNDIRECTED_RULE = { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } } as const;

/**
 * An overlay of BIG_LAYER nodes or more (class `big`) is drawn for speed beside the curated map, as
 * a big layer on its own is: far out grey squares without labels and thin haystack lines (30,000
 * curated-style elements, with wrapped labels and curved edges, froze the page for seconds). Near
 * (class `near`, see nearZoom.ts), labels and the imported relation's look: dash-dot, straight, the
 * curated map's arrow heads and colours for its effect.
 */
const BIG_OVERLAY_RULES: StylesheetJson = [
  {
    selector: 'node.imported.big',
    style: {
      label: '',
      shape: 'rectangle',
      width: BIG_OVERLAY_BOX.width,
      height: BIG_OVERLAY_BOX.height,
      'border-width': 0,
      'background-color': '#B8B8B8',
    },
  },
  {
    selector: 'edge.imported.big',
    style: {
      'curve-style': 'haystack',
      'line-style': 'solid',
      width: 1,
      'line-color': '#9A9A9A',
      'target-arrow-shape': 'none',
      opacity: 1,
      // Far out, no lines, as on a big layer of its own (BIG_STYLESHEET).
      display: 'none',
    },
  },
  { selector: 'node.imported.big.near', style: NEAR_LABEL_STYLE },
  {
    selector: 'edge.imported.big.near',
    style: {
      display: 'element',
      'curve-style': 'straight',
      'line-style': 'dashed',
      'line-dash-pattern': IMPORTED_DASH,
      width: 1.5,
    },
  },
  // The curated map's effect rules (colour and arrow head), for these edges once near.
  ...POLARITY_STYLE_RULES.map((r) => ({
    ...r,
    selector: r.selector.replace(/^edge/, 'edge.imported.big.near'),
  })),
  // What the curated map's filters hide stays hidden near too (its `.hidden` rule comes earlier).
  { selector: 'edge.imported.big.near.hidden', style: { display: 'none' } },
];

/** Rules added to the curated stylesheet for overlay layers and matched entities. */
export const IMPORTED_RULES: StylesheetJson = [
  {
    selector: 'node.imported',
    style: {
      shape: 'cut-rectangle',
      'border-style': 'dashed',
      'border-width': 3,
      'border-color': '#333333',
      'background-color': '#F2F2F2',
      // The box the overlay is spread for (src/import/spread.ts): change both together.
      width: OVERLAY_NODE_BOX.width,
      height: OVERLAY_NODE_BOX.height,
      'text-max-width': '140px',
      'font-size': 13,
    },
  },
  {
    selector: 'edge.imported',
    style: { 'line-style': 'dashed', 'line-dash-pattern': IMPORTED_DASH, width: 2.5 },
  },
  // A curated entity an imported node was matched to: a double border says "also in a layer".
  { selector: 'node.matched', style: { 'border-style': 'double', 'border-width': 7 } },
  ...BIG_OVERLAY_RULES,
  UNDIRECTED_RULE,
];

/** The stylesheet of a layer on its own. `big` trades detail for speed (see ImportedCanvas). */
export function importedStylesheet(big: boolean): StylesheetJson {
  return big ? BIG_STYLESHEET : SMALL_STYLESHEET;
}

/** Selection, the same in every look (the file's own too): a double black border and a yellow underlay. */
export const SELECTION_RULES: StylesheetJson = [
  {
    selector: '.selected-el',
    style: {
      'border-width': 5,
      'border-style': 'double',
      'border-color': '#000000',
      'underlay-color': '#FFD400',
      'underlay-opacity': 0.6,
      'underlay-padding': 6,
      'z-index': 10,
    },
  },
  { selector: ':selected', style: { 'overlay-opacity': 0 } },
  // A path asked for in the Pathways panel: a thick outline and a wider line, not colour alone.
  {
    selector: 'node.path-el',
    style: { 'border-width': 6, 'border-style': 'solid', 'border-color': '#000000', 'z-index': 9 },
  },
  { selector: 'edge.path-el', style: { width: 6, 'z-index': 9, 'line-style': 'solid' } },
];

/**
 * A big layer sets only what it needs: every property in a stylesheet is applied to every element,
 * and with 30,000 elements that is most of the cost of the first frame. Unset properties keep
 * Cytoscape's defaults (haystack lines, no border, no opacity).
 */
const BIG_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      // A plain square is the cheapest shape to draw and to clip edges against.
      shape: 'rectangle',
      width: 22,
      height: 22,
      'background-color': '#B8B8B8',
    },
  },
  // Far out, no lines: thousands of one-pixel lines show neither direction nor effect, yet they
  // were about a third of a 10,000-node layer's first frame. They come back with the labels.
  { selector: 'edge', style: { width: 1, 'line-color': '#9A9A9A', display: 'none' } },
  { selector: 'edge.near', style: { display: 'element' } },
  ...(BIG_NEAR_RULES as StylesheetJson),
  ...SELECTION_RULES,
];

const SMALL_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 13,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      shape: 'cut-rectangle',
      width: 34,
      height: 34,
      'background-color': '#E9E9E9',
      'border-style': 'dashed',
      'border-width': 2.5,
      'border-color': '#333333',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'line-style': 'dashed',
      'line-dash-pattern': IMPORTED_DASH,
      'line-color': '#777777',
      'arrow-scale': 1.2,
      opacity: 0.85,
    },
  },
  ...(POLARITY_STYLE_RULES as StylesheetJson),
  UNDIRECTED_RULE,
  ...SELECTION_RULES,
];
