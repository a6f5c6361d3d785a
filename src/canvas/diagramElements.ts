// A pathway diagram (src/model/diagram.ts) as Cytoscape elements and a stylesheet. The look follows
// the map (kind shapes and fills, polarity arrow heads, evidence line styles) and adds what a
// diagram needs: larger labels for a projector, each relation's caption written on it, compared
// groups in their own colours, broken relations dashed and grey, knocked-out entities crossed out.
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { diagramNodeLabel, diagramNodeSize, type Diagram } from '../model/diagram';
import { KIND_STYLE_RULES, POLARITY_STYLE_RULES, STRENGTH_LINE } from '../model/palette';

/** Node labels: bigger than the map's 17 px, so a 1024-px projector at fit still shows them. */
export const DIAGRAM_FONT_SIZE = 18;
export const DIAGRAM_EDGE_FONT_SIZE = 15;
const FONT = '"DejaVu Sans", "Helvetica Neue", Arial, sans-serif';
const BROKEN = '#8A8A8A';

/** A large X over the box: the knocked-out mark that does not rely on colour. */
const CROSS =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100" preserveAspectRatio="none">' +
      '<path d="M4 4L96 96M96 4L4 96" stroke="#B2182B" stroke-width="7" stroke-linecap="round"/></svg>',
  );

/**
 * The diagram's elements at `positions`. Without `captions` (a story step's picture on the stage)
 * relations carry no text: the arrow head gives the sign, the dashes a broken route, and the story
 * card reads each route out; the captions' room between layers would halve the picture's size.
 */
export function diagramElements(
  d: Diagram,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  captions = true,
) {
  const nodes: ElementDefinition[] = d.nodes.map((n) => {
    const size = diagramNodeSize(n.label, n.knockedOut);
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: diagramNodeLabel(n),
        kind: n.kind,
        w: size.w,
        h: size.h,
        tw: size.tw,
        crossed: n.knockedOut,
        role: n.role,
      },
      position: { ...(positions.get(n.id) ?? { x: 0, y: 0 }) },
      classes: n.knockedOut ? 'knocked-out' : '',
    };
  });
  const edges: ElementDefinition[] = d.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      polarity: e.polarity,
      strength: e.strength,
      caption: captions ? e.caption : '',
      ...(e.colour ? { colour: e.colour } : {}),
    },
    classes: [e.broken ? 'broken' : '', e.colour ? 'grouped' : ''].filter(Boolean).join(' '),
  }));
  return [...nodes, ...edges];
}

export const DIAGRAM_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'data(w)',
      height: 'data(h)',
      'font-family': FONT,
      'font-size': DIAGRAM_FONT_SIZE,
      'font-weight': 700,
      color: '#000000',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-wrap': 'wrap',
      'text-max-width': 'data(tw)',
      'border-width': 3,
    },
  },
  ...(KIND_STYLE_RULES as StylesheetJson),
  // Where the reading starts and ends: a double border, named in the list beside the diagram.
  {
    selector: 'node[role = "from"], node[role = "to"]',
    style: { 'border-width': 6, 'border-style': 'double' },
  },
  {
    selector: 'node.knocked-out',
    style: {
      'background-image': CROSS,
      'background-fit': 'contain',
      'background-clip': 'node',
      'background-image-opacity': 0.85,
      'border-style': 'dashed',
      'border-color': '#B2182B',
      color: '#000000',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 3.5,
      'curve-style': 'bezier',
      'arrow-scale': 1.5,
      label: 'data(caption)',
      'font-family': FONT,
      'font-size': DIAGRAM_EDGE_FONT_SIZE,
      'font-weight': 600,
      color: '#111111',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-rotation': 'autorotate',
      // Above the line, not on it: a broken relation's dashes and every arrow stay visible.
      'text-margin-y': -13,
    },
  },
  ...(POLARITY_STYLE_RULES as StylesheetJson),
  ...((Object.keys(STRENGTH_LINE) as (keyof typeof STRENGTH_LINE)[]).map((s) => ({
    selector: `edge[strength = "${s}"]`,
    style: { 'line-style': STRENGTH_LINE[s] },
  })) as StylesheetJson),
  {
    selector: 'edge.grouped',
    style: {
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      width: 5,
      color: 'data(colour)',
    },
  },
  // A relation a knock-out breaks: grey, dashed, thin, and its caption says "broken".
  {
    selector: 'edge.broken',
    style: {
      'line-color': BROKEN,
      'target-arrow-color': BROKEN,
      'line-style': 'dashed',
      'line-dash-pattern': [10, 6],
      width: 2.5,
      color: '#444444',
    },
  },
  { selector: ':selected', style: { 'overlay-opacity': 0 } },
  { selector: 'node:active', style: { 'overlay-opacity': 0.1 } },
  {
    selector: '.focused',
    style: { 'underlay-color': '#FFD400', 'underlay-opacity': 0.7, 'underlay-padding': 8 },
  },
];
