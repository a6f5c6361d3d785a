// The app's picture as a CX2 portable visual style: node kind -> shape, fill and border colour, and
// relation polarity -> line colour, arrow head and arrow colour, written as the `visualProperties`
// and `visualEditorProperties` aspects. Property names and values follow "CX2 Visual Styles"
// (2024-12-09, in the cytoscape/cx documentation beside the specification) and the aspect layout
// follows the CX2 specification (2025-07-22, section "visualProperties"):
//   { default: { network, node, edge }, nodeMapping: { VP: mapping }, edgeMapping: { VP: mapping } }
// where a DISCRETE mapping is { type: "DISCRETE", definition: { attribute, map: [{ v, vp }] } }.
// Only portable properties are used, so Cytoscape desktop, Cytoscape Web and NDEx all draw it.
import { KIND_STYLES, POLARITIES, POLARITY_STYLES } from '../model/palette';
import { NODE_KINDS, type NodeKind, type Polarity } from '../model/vocabulary';

/** NODE_SHAPE values CX2 allows ("CX2 Visual Styles" 2.2.1). */
export type Cx2NodeShape =
  | 'ellipse'
  | 'triangle'
  | 'rectangle'
  | 'round-rectangle'
  | 'parallelogram'
  | 'diamond'
  | 'hexagon'
  | 'octagon'
  | 'vee';

/**
 * The app's shapes (palette.ts) in CX2's smaller vocabulary: the rounded polygons lose their
 * rounding. CX2 has no tag, so receptors become "vee", a shape every reader agrees on (Cytoscape Web
 * calls the parallelogram "rhomboid" internally, so "parallelogram" is not drawn the same everywhere).
 */
export const CX2_NODE_SHAPE: Record<NodeKind, Cx2NodeShape> = {
  therapy: 'octagon',
  cell: 'ellipse',
  mediator: 'round-rectangle',
  receptor: 'vee',
  process: 'hexagon',
  condition: 'diamond',
};

export type Cx2Value = string | number | boolean;

export interface Cx2DiscreteMapping {
  readonly type: 'DISCRETE';
  readonly definition: {
    /** The attribute's full name (never an alias); its type comes from attributeDeclarations. */
    readonly attribute: string;
    readonly map: readonly { readonly v: Cx2Value; readonly vp: Cx2Value }[];
  };
}

export interface Cx2PassthroughMapping {
  readonly type: 'PASSTHROUGH';
  readonly definition: { readonly attribute: string };
}

export type Cx2Mapping = Cx2DiscreteMapping | Cx2PassthroughMapping;

/** The single element of the visualProperties aspect. */
export interface Cx2VisualProperties {
  readonly default: {
    readonly network: Record<string, Cx2Value>;
    readonly node: Record<string, Cx2Value>;
    readonly edge: Record<string, Cx2Value>;
  };
  readonly nodeMapping: Record<string, Cx2Mapping>;
  readonly edgeMapping: Record<string, Cx2Mapping>;
}

const byKind = (attribute: string, vp: (kind: NodeKind) => Cx2Value): Cx2DiscreteMapping => ({
  type: 'DISCRETE',
  definition: { attribute, map: NODE_KINDS.map((kind) => ({ v: kind, vp: vp(kind) })) },
});

// `polarity` is declared "integer", so the mapped values are numbers, not strings.
const byPolarity = (vp: (p: Polarity) => Cx2Value): Cx2DiscreteMapping => ({
  type: 'DISCRETE',
  definition: { attribute: 'polarity', map: POLARITIES.map((p) => ({ v: p, vp: vp(p) })) },
});

const polarity = (p: Polarity) => POLARITY_STYLES[`${p}`];

/**
 * The visual style. Defaults are what an element gets when a mapping has no entry for its value;
 * sizes fit the lanes layout (columns 168 apart, rows 92 apart).
 */
export const CX2_VISUAL_PROPERTIES: Cx2VisualProperties = {
  default: {
    network: { NETWORK_BACKGROUND_COLOR: '#FFFFFF' },
    node: {
      NODE_SHAPE: 'round-rectangle',
      NODE_BACKGROUND_COLOR: '#FFFFFF',
      NODE_BORDER_COLOR: '#6B6B6B',
      NODE_BORDER_WIDTH: 2.5,
      NODE_WIDTH: 140,
      NODE_HEIGHT: 56,
      NODE_LABEL_COLOR: '#111111',
      NODE_LABEL_FONT_SIZE: 13,
      NODE_LABEL_MAX_WIDTH: 126,
    },
    edge: {
      EDGE_WIDTH: 2,
      EDGE_LINE_STYLE: 'solid',
      EDGE_LINE_COLOR: polarity(0).color,
      EDGE_SOURCE_ARROW_SHAPE: 'none',
      EDGE_TARGET_ARROW_SHAPE: polarity(0).arrow,
      EDGE_TARGET_ARROW_COLOR: polarity(0).color,
    },
  },
  nodeMapping: {
    NODE_LABEL: { type: 'PASSTHROUGH', definition: { attribute: 'label' } },
    NODE_SHAPE: byKind('kind', (k) => CX2_NODE_SHAPE[k]),
    NODE_BACKGROUND_COLOR: byKind('kind', (k) => KIND_STYLES[k].fill),
    NODE_BORDER_COLOR: byKind('kind', (k) => KIND_STYLES[k].color),
  },
  edgeMapping: {
    EDGE_LINE_COLOR: byPolarity((p) => polarity(p).color),
    // CX2's portable arrows have no hollow variant, so the structural diamond is drawn filled.
    EDGE_TARGET_ARROW_SHAPE: byPolarity((p) => polarity(p).arrow),
    EDGE_TARGET_ARROW_COLOR: byPolarity((p) => polarity(p).color),
  },
};

/**
 * The single element of visualEditorProperties. Node width and height are set separately, so the
 * size lock is off; arrows keep their own colour property. The spec's prose example lists these keys
 * directly in the element, but Cytoscape Web's exporter and importer, NDEx's object model (which
 * Cytoscape desktop reads with) and NDEx's own files all wrap them in `properties`, so we do too.
 */
export const CX2_VISUAL_EDITOR_PROPERTIES = {
  properties: { nodeSizeLocked: false, arrowColorMatchesEdge: false },
} as const;
