// Styles for imported elements. On their own they use IMPORTED_STYLESHEET; over the curated map the
// curated stylesheet gains IMPORTED_RULES. Either way an imported node has a cut-corner shape and a
// dashed border, and an imported edge a dash-dot line (plain dashes and dots already mean the
// strength of evidence): a cue that never relies on colour.
import type { StylesheetJson } from 'cytoscape';
import { POLARITY_STYLE_RULES } from '../model/palette';

/** Dash-dot: the line of an imported relation (the legend draws the same). */
export const IMPORTED_DASH = [12, 3, 2, 3];

const FONT = '"DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

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
      width: 150,
      height: 46,
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
];

/** In a big layer (no arrow heads): increases solid, decreases dashed, no stated direction dotted. */
export const BIG_POLARITY_LINES = [
  { selector: 'edge[polarity = 1]', style: { 'line-style': 'solid' } },
  { selector: 'edge[polarity = -1]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[polarity = 0]', style: { 'line-style': 'dotted' } },
];

/** The stylesheet of a layer on its own. `big` trades detail for speed (see ImportedCanvas). */
export function importedStylesheet(big: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': big ? 10 : 13,
        // Labels too small to read are not drawn at all: most of the cost of a zoomed-out big graph.
        'min-zoomed-font-size': big ? 7 : 0,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        // A plain rectangle is the cheapest shape to clip edges against; the dashed border stays.
        shape: big ? 'rectangle' : 'cut-rectangle',
        width: big ? 22 : 34,
        height: big ? 22 : 34,
        'background-color': '#E9E9E9',
        // Dashes cost a setLineDash per node: a big layer (imported throughout, as the banner says)
        // keeps a solid border.
        'border-style': big ? 'solid' : 'dashed',
        'border-width': big ? 1 : 2.5,
        'border-color': '#333333',
      },
    },
    {
      selector: 'edge',
      style: {
        width: big ? 1 : 2,
        // Haystack lines (centre to centre, no clipping, no arrow heads) draw 20,000 edges at the cost
        // plain Cytoscape pays; a big layer then shows polarity by line style as well as colour.
        'curve-style': big ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        'line-style': big ? 'solid' : 'dashed',
        'line-dash-pattern': IMPORTED_DASH,
        'line-color': '#777777',
        'arrow-scale': big ? 0.8 : 1.2,
        opacity: 0.85,
      },
    },
    ...(POLARITY_STYLE_RULES as StylesheetJson),
    ...((big ? BIG_POLARITY_LINES : []) as StylesheetJson),
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
  ];
}
