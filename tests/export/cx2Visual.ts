// The layout and style parts of the CX2 check (consumers.ts cx2Problems calls these):
// - node coordinates, as "Cytoscape Exchange Format Specification (Version 2)", 2025-07-22, section
//   "nodes" has them: optional `x`/`y` (and `z`) on each node element, all nodes or none, and no
//   cartesianLayout aspect in a single network ("Do not use both coordinate storage methods");
// - the visualProperties aspect (spec section "visualProperties": one element of `default`,
//   `nodeMapping`, `edgeMapping`; PASSTHROUGH, DISCRETE and CONTINUOUS mapping schemas), with the
//   property names and value types of "CX2 Visual Styles" (cytoscape/cx, 2024-12-09);
// - visualEditorProperties (spec section of that name): one element. Its keys sit in `properties`,
//   as Cytoscape Web, NDEx's object model and NDEx's files have them (the spec's prose example puts
//   them directly in the element, which those readers would not find).

type Cx2Type = string;
type Decls = Record<string, Record<string, { d: Cx2Type; a?: string }>>;
type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const color: Check = (v) => typeof v === 'string' && /^#[0-9A-Fa-f]{6}$/.test(v);
const positive: Check = (v) => isNumber(v) && v > 0;
const nonNegative: Check = (v) => isNumber(v) && v >= 0;
const opacity: Check = (v) => isNumber(v) && v >= 0 && v <= 1;
const positiveInteger: Check = (v) => Number.isInteger(v) && (v as number) > 0;
const rotation: Check = (v) => isNumber(v) && v >= -360 && v <= 360;
const boolean: Check = (v) => typeof v === 'boolean';
const text: Check = (v) => typeof v === 'string';
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const object: Check = isObject;

const NODE_SHAPES = oneOf(
  'ellipse',
  'triangle',
  'rectangle',
  'round-rectangle',
  'parallelogram',
  'diamond',
  'hexagon',
  'octagon',
  'vee',
);
// The arrow list of "CX2 Visual Styles" 2.3.6 (its JSON Schema adds "vee").
const ARROWS = oneOf(
  'none',
  'triangle',
  'triangle-cross',
  'square',
  'diamond',
  'circle',
  'arrow',
  'open_circle',
  'cross_open_delta',
  'open_diamond',
  'open_square',
  'open_delta',
  'tee',
  'vee',
);
const LINE_STYLES = oneOf('solid', 'dotted', 'dashed', 'double');

/** Portable visual properties and what their values must be ("CX2 Visual Styles", section 2). */
export const VISUAL_PROPERTIES: Record<string, Check> = {
  NETWORK_BACKGROUND_COLOR: color,
  NODE_SHAPE: NODE_SHAPES,
  NODE_BACKGROUND_COLOR: color,
  NODE_WIDTH: positive,
  NODE_HEIGHT: positive,
  NODE_BACKGROUND_OPACITY: opacity,
  NODE_VISIBILITY: oneOf('none', 'element'),
  NODE_BORDER_COLOR: color,
  NODE_BORDER_STYLE: LINE_STYLES,
  NODE_BORDER_WIDTH: positive,
  NODE_BORDER_OPACITY: opacity,
  NODE_LABEL: text,
  NODE_LABEL_BACKGROUND_COLOR: color,
  NODE_LABEL_BACKGROUND_SHAPE: oneOf('none', 'rectangle', 'round-rectangle'),
  NODE_LABEL_BACKGROUND_OPACITY: opacity,
  NODE_LABEL_COLOR: color,
  NODE_LABEL_FONT_FACE: object,
  NODE_LABEL_FONT_SIZE: positiveInteger,
  NODE_LABEL_POSITION: object,
  NODE_LABEL_ROTATION: rotation,
  NODE_LABEL_OPACITY: opacity,
  NODE_LABEL_MAX_WIDTH: positive,
  NODE_SELECTED: boolean,
  NODE_SELECTED_PAINT: color,
  NODE_X_LOCATION: isNumber,
  NODE_Y_LOCATION: isNumber,
  NODE_Z_LOCATION: isNumber,
  COMPOUND_NODE_SHAPE: oneOf('rectangle', 'round-rectangle'),
  COMPOUND_NODE_PADDING: nonNegative,
  EDGE_WIDTH: positive,
  EDGE_LINE_COLOR: color,
  EDGE_OPACITY: opacity,
  EDGE_CURVED: boolean,
  EDGE_CURVE_STYLE: oneOf('straight', 'segments', 'bezier', 'unbundled-bezier'),
  EDGE_LINE_STYLE: LINE_STYLES,
  EDGE_SOURCE_ARROW_SHAPE: ARROWS,
  EDGE_SOURCE_ARROW_COLOR: color,
  EDGE_SOURCE_ARROW_SIZE: nonNegative,
  EDGE_SOURCE_ARROW_SELECTED_PAINT: color,
  EDGE_TARGET_ARROW_SHAPE: ARROWS,
  EDGE_TARGET_ARROW_COLOR: color,
  EDGE_TARGET_ARROW_SIZE: nonNegative,
  EDGE_TARGET_ARROW_SELECTED_PAINT: color,
  EDGE_VISIBILITY: oneOf('none', 'element'),
  EDGE_LABEL: text,
  EDGE_LABEL_AUTOROTATE: boolean,
  EDGE_LABEL_BACKGROUND_COLOR: color,
  EDGE_LABEL_BACKGROUND_SHAPE: oneOf('none', 'rectangle', 'round-rectangle'),
  EDGE_LABEL_BACKGROUND_OPACITY: opacity,
  EDGE_LABEL_COLOR: color,
  EDGE_LABEL_FONT_FACE: object,
  EDGE_LABEL_FONT_SIZE: positiveInteger,
  EDGE_LABEL_POSITION: object,
  EDGE_LABEL_ROTATION: rotation,
  EDGE_LABEL_OPACITY: opacity,
  EDGE_LABEL_MAX_WIDTH: positive,
  EDGE_SELECTED: boolean,
  EDGE_SELECTED_PAINT: color,
  EDGE_STROKE_SELECTED_PAINT: color,
  EDGE_STACKING: oneOf('none', 'AUTO_BEND'),
  EDGE_STACKING_DENSITY: opacity,
  EDGE_Z_ORDER: isNumber,
};

type Scope = 'network' | 'node' | 'edge';
const scopeOf = (vp: string): Scope | undefined =>
  vp.startsWith('NETWORK_')
    ? 'network'
    : vp.startsWith('NODE_') || vp.startsWith('COMPOUND_NODE_')
      ? 'node'
      : vp.startsWith('EDGE_')
        ? 'edge'
        : undefined;

/** Why a visual property name cannot be used here: unknown, or of another scope. */
function vpNameProblem(vp: string, scope: Scope, where: string): string | undefined {
  if (!VISUAL_PROPERTIES[vp]) return `${where}: "${vp}" is not a portable CX2 visual property`;
  if (scopeOf(vp) !== scope) return `${where}: "${vp}" is not a ${scope} property`;
  return undefined;
}

/** Why a visual property value is wrong: its name (above) or a value of the wrong kind. */
function vpProblem(vp: string, value: unknown, scope: Scope, where: string): string | undefined {
  const named = vpNameProblem(vp, scope, where);
  if (named) return named;
  if (!VISUAL_PROPERTIES[vp]!(value)) return `${where}: ${JSON.stringify(value)} is not a valid ${vp}`;
  return undefined;
}

/** Node coordinates: numbers, x with y, z only with both, and all nodes or none. */
export function coordinateProblems(
  nodes: readonly Record<string, unknown>[],
  aspectNames: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const n of nodes) {
    const where = `node ${String(n.id)}`;
    if ('x' in n !== 'y' in n) problems.push(`${where}: x and y come together`);
    if ('z' in n && !('x' in n && 'y' in n)) problems.push(`${where}: z needs x and y`);
    for (const k of ['x', 'y', 'z'])
      if (k in n && !isNumber(n[k])) problems.push(`${where}: ${k} is not a number`);
  }
  const placed = nodes.filter((n) => 'x' in n || 'y' in n).length;
  if (placed > 0 && placed < nodes.length)
    problems.push(`only ${placed} of ${nodes.length} nodes have coordinates: all or none`);
  const withZ = nodes.filter((n) => 'z' in n).length;
  if (withZ > 0 && withZ < nodes.length) problems.push('if one node has z, all nodes have z');
  if (aspectNames.includes('cartesianLayout'))
    problems.push('a single CX2 network keeps coordinates on its nodes, not in a cartesianLayout aspect');
  return problems;
}

function mappingProblems(
  vp: string,
  mapping: unknown,
  scope: 'node' | 'edge',
  decls: Decls,
  valueHasType: (value: unknown, type: Cx2Type) => boolean,
): string[] {
  const where = `${scope}Mapping.${vp}`;
  const problems: string[] = [];
  const named = vpNameProblem(vp, scope, where);
  if (named) return [named];
  if (!isObject(mapping) || !isObject(mapping.definition))
    return [`${where}: a mapping is { type, definition }`];
  const { type, definition: def } = mapping;
  if (type !== 'DISCRETE' && type !== 'PASSTHROUGH' && type !== 'CONTINUOUS')
    return [`${where}: type ${String(type)} is not DISCRETE, PASSTHROUGH or CONTINUOUS`];
  if (typeof def.attribute !== 'string') return [`${where}: definition.attribute is missing`];
  const scopeDecls = decls[`${scope}s`] ?? {};
  const aliased = Object.values(scopeDecls).some((d) => d.a === def.attribute);
  if (aliased) problems.push(`${where}: "${def.attribute}" is an alias; mappings use the full name`);
  const declared = scopeDecls[def.attribute]?.d;
  const attrType = declared ?? (typeof def.type === 'string' ? def.type : undefined);
  if (!attrType) problems.push(`${where}: "${def.attribute}" is not declared and the mapping gives no type`);
  const vpValue = (value: unknown, at: string) => {
    const p = vpProblem(vp, value, scope, `${where}${at}`);
    if (p) problems.push(p);
  };
  if (type === 'DISCRETE') {
    if (!Array.isArray(def.map)) return [...problems, `${where}: DISCRETE needs a map array`];
    def.map.forEach((entry: unknown, i: number) => {
      if (!isObject(entry) || !('v' in entry) || !('vp' in entry)) {
        problems.push(`${where}.map[${i}]: an entry is { v, vp }`);
        return;
      }
      if (attrType && !valueHasType(entry.v, attrType))
        problems.push(`${where}.map[${i}]: v ${JSON.stringify(entry.v)} is not of type ${attrType}`);
      vpValue(entry.vp, `.map[${i}]`);
    });
  }
  if (type === 'CONTINUOUS') {
    if (!Array.isArray(def.map)) return [...problems, `${where}: CONTINUOUS needs a map array`];
    const keys = ['min', 'max', 'includeMin', 'includeMax', 'minVPValue', 'maxVPValue'];
    def.map.forEach((entry: unknown, i: number) => {
      if (!isObject(entry) || Object.keys(entry).some((k) => !keys.includes(k))) {
        problems.push(`${where}.map[${i}]: an interval has only ${keys.join(', ')}`);
        return;
      }
      for (const k of ['min', 'max'])
        if (k in entry && !isNumber(entry[k])) problems.push(`${where}.map[${i}].${k} is not a number`);
      for (const k of ['minVPValue', 'maxVPValue']) if (k in entry) vpValue(entry[k], `.map[${i}].${k}`);
    });
  }
  return problems;
}

/** The visualProperties aspect: one element; defaults and mappings of portable properties. */
export function visualPropertiesProblems(
  block: readonly unknown[] | undefined,
  decls: Decls,
  valueHasType: (value: unknown, type: Cx2Type) => boolean,
): string[] {
  if (!block) return [];
  if (block.length !== 1) return ['visualProperties has exactly one element'];
  const el = block[0];
  if (!isObject(el)) return ['the visualProperties element is an object'];
  const problems: string[] = [];
  for (const k of Object.keys(el))
    if (!['default', 'nodeMapping', 'edgeMapping'].includes(k))
      problems.push(`visualProperties: unknown key "${k}"`);
  if ('default' in el) {
    if (!isObject(el.default)) problems.push('visualProperties.default is an object');
    else
      for (const [scope, props] of Object.entries(el.default)) {
        if (scope !== 'network' && scope !== 'node' && scope !== 'edge') {
          problems.push(`visualProperties.default: unknown scope "${scope}"`);
          continue;
        }
        if (!isObject(props)) {
          problems.push(`visualProperties.default.${scope} is an object`);
          continue;
        }
        for (const [vp, value] of Object.entries(props)) {
          const p = vpProblem(vp, value, scope, `default.${scope}`);
          if (p) problems.push(p);
        }
      }
  }
  for (const scope of ['node', 'edge'] as const) {
    const mappings = el[`${scope}Mapping`];
    if (mappings === undefined) continue;
    if (!isObject(mappings)) {
      problems.push(`visualProperties.${scope}Mapping is an object`);
      continue;
    }
    for (const [vp, m] of Object.entries(mappings))
      problems.push(...mappingProblems(vp, m, scope, decls, valueHasType));
  }
  return problems;
}

/** visualEditorProperties: one element, its settings in `properties`. */
export function visualEditorPropertiesProblems(block: readonly unknown[] | undefined): string[] {
  if (!block) return [];
  if (block.length !== 1) return ['visualEditorProperties has exactly one element'];
  const el = block[0];
  if (!isObject(el) || !isObject(el.properties) || Object.keys(el).length !== 1)
    return ['the visualEditorProperties element is { properties: { ... } }'];
  const problems: string[] = [];
  const checks: Record<string, Check> = {
    nodeSizeLocked: boolean,
    arrowColorMatchesEdge: boolean,
    NETWORK_CENTER_X_LOCATION: isNumber,
    NETWORK_CENTER_Y_LOCATION: isNumber,
    NETWORK_SCALE_FACTOR: positive,
    tableDisplayConfiguration: object,
  };
  for (const [k, v] of Object.entries(el.properties))
    if (checks[k] && !checks[k](v))
      problems.push(`visualEditorProperties: ${JSON.stringify(v)} is not a valid ${k}`);
  return problems;
}
