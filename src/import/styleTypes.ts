// The shape of a network's own visual style (visualStyle.ts reads it; src/canvas/fileStyle.ts draws
// it). Types and value lists only, with no imports, so types.ts can hold a style without a cycle.

/** An attribute value as a file gives it (the same shape as types.ts's AttributeValue). */
export type StyleAttributes = Record<
  string,
  string | number | boolean | readonly (string | number | boolean)[]
>;

/** What a file's style can set, per node or edge. */
export const NODE_KEYS = [
  'fill',
  'fillOpacity',
  'borderColor',
  'borderWidth',
  'borderStyle',
  'borderOpacity',
  'shape',
  'width',
  'height',
  'label',
  'labelColor',
  'labelSize',
  'labelOpacity',
] as const;
export const EDGE_KEYS = [
  'color',
  'width',
  'lineStyle',
  'opacity',
  'targetArrow',
  'sourceArrow',
  'targetArrowColor',
  'sourceArrowColor',
  'label',
  'labelColor',
  'labelSize',
  'curved',
] as const;
export type NodeKey = (typeof NODE_KEYS)[number];
export type EdgeKey = (typeof EDGE_KEYS)[number];
export type VisualKey = NodeKey | EdgeKey;

/** A visual value: a colour "#rrggbb", a number, a shape or style name, a label, a yes/no. */
export type VisualValue = string | number | boolean;
export type Look<K extends string> = Partial<Record<K, VisualValue>>;

/** Node shapes (Cytoscape desktop's names) and arrow heads (Cytoscape's, desktop and .js). */
export const NODE_SHAPES = [
  'rectangle',
  'round-rectangle',
  'ellipse',
  'diamond',
  'triangle',
  'hexagon',
  'octagon',
  'parallelogram',
  'vee',
] as const;
export const ARROW_SHAPES = [
  'none',
  'triangle',
  'arrow',
  'delta',
  'vee',
  'tee',
  'circle',
  'diamond',
  'square',
  'triangle-tee',
  'triangle-cross',
  'open_circle',
  'open_diamond',
  'open_square',
  'open_delta',
  'cross_open_delta',
  'half_top',
  'half_bottom',
] as const;
export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;

/** One mapping from an attribute to a visual key, as CX2 writes it. */
export type VisualMapping =
  | { readonly type: 'passthrough'; readonly attribute: string }
  | {
      readonly type: 'discrete';
      readonly attribute: string;
      /** Attribute value, as text, → visual value. */
      readonly map: readonly (readonly [string, VisualValue])[];
    }
  | {
      readonly type: 'continuous';
      readonly attribute: string;
      readonly intervals: readonly Interval[];
    };

/** A CX2 continuous interval: below `max` (or above `min`), or between both, interpolated. */
export interface Interval {
  readonly min?: number;
  readonly max?: number;
  readonly includeMin: boolean;
  readonly includeMax: boolean;
  readonly minValue?: VisualValue;
  readonly maxValue?: VisualValue;
}

/** The style of the nodes or the edges of a network. */
export interface GroupStyle<K extends string> {
  readonly defaults: Look<K>;
  readonly mappings: Partial<Record<K, VisualMapping>>;
  /** Element id → the values set on it alone. */
  readonly bypasses: Readonly<Record<string, Look<K>>>;
  /** Element id → its values of the mapped attributes, as the file gave them. */
  readonly values: Readonly<Record<string, StyleAttributes>>;
}

/** A network's own visual style. */
export interface FileStyle {
  /** Where it was read: CX2 visualProperties, CX1 cyVisualProperties, or cy.json()'s `style`. */
  readonly from: 'cx2' | 'cx' | 'cyjs';
  readonly title?: string;
  /** The network's background colour. */
  readonly background?: string;
  readonly node: GroupStyle<NodeKey>;
  readonly edge: GroupStyle<EdgeKey>;
}
