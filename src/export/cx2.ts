// CX2, the Cytoscape Exchange format version 2, read by Cytoscape desktop (3.10+), Cytoscape Web and
// NDEx. Follows "Cytoscape Exchange Format Specification (Version 2)", 2025-07-22,
// https://cytoscape.org/cx/cx2/specification/cytoscape-exchange-format-specification-(version-2)/ :
// - a JSON array: the CX descriptor first, then pre-metadata, attributeDeclarations before any aspect
//   whose attributes it declares, the aspect data blocks, and exactly one final status aspect;
// - node and edge ids are integers; attributes live in `v`, where "id" is not allowed, so our slug
//   goes in `nociscope_id`; `name`, `represents` and `alias` are the reserved node attributes;
// - every attribute is declared with its type; missing values are left out (CX2 has no null);
// - node coordinates are the node elements' own `x` and `y` (all nodes or none). A single network
//   has no cartesianLayout aspect in CX2: that was CX1's, and the spec forbids using both;
// - the style is the visualProperties aspect, one element (see cx2Style.ts).
// cytoscape-web's validator additionally wants all three declaration scopes present and uses no
// "long" lists, so we write networkAttributes, nodes and edges scopes and only the types below.
import { formatCitation } from './citation';
import {
  EDGE_COLUMNS,
  edgeContexts,
  ENVELOPE_NAMES,
  metadataColumns,
  metadataValue,
  extraColumns,
  edgeName,
  extraValue,
  NODE_COLUMNS,
  nodeName,
  type AttributeType,
  type AttributeValue,
} from './records';
import { CX2_VISUAL_EDITOR_PROPERTIES, CX2_VISUAL_PROPERTIES } from './cx2Style';
import { withUniqueIds } from './uniqueIds';
import { EXPORT_FORMAT_VERSION, positionOf, type ExportView } from './view';

type Cx2Type = 'string' | 'integer' | 'double' | 'boolean' | 'list_of_string';
const CX2_TYPE: Record<AttributeType, Cx2Type> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
  list: 'list_of_string',
};

type Declarations = Record<string, { d: Cx2Type }>;
type Values = Record<string, string | number | boolean | readonly string[]>;

const DESCRIPTION =
  'Nociscope: an interactive, cited knowledge graph of immune cells, mediators and stem-cell ' +
  'therapies in neuropathic pain. Every relation carries the sources it rests on.';

/** Attributes whose value is missing or an empty list are left out of `v`. */
function values(entries: [string, AttributeValue][]): Values {
  const v: Values = {};
  for (const [name, value] of entries) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    v[name] = value as Values[string];
  }
  return v;
}

// The reserved `name` is the file's own name (nodeName); the label shown is the `label` column, which
// the visual style labels nodes by (cx2Style.ts).
const NODE_ATTRIBUTES = NODE_COLUMNS;

export function toCx2(input: ExportView): string {
  const view = withUniqueIds(input);
  const { meta } = view;
  // Extra attributes (imported layers) are declared beside ours; a name we already write is left out.
  const nodeExtras = extraColumns(
    view.extra?.nodes,
    new Set(['name', 'represents', 'alias', 'nociscope_id', ...NODE_ATTRIBUTES.map((c) => c.name)]),
  );
  const edgeExtras = extraColumns(
    view.extra?.edges,
    new Set(['name', 'nociscope_id', ...EDGE_COLUMNS.map((c) => c.name)]),
  );
  // An imported network's own metadata (its description, version, author, licence…) replaces
  // Nociscope's description and data version in the reserved attributes.
  const own = metadataColumns(view, new Set(ENVELOPE_NAMES.cx2));
  const declarations = {
    networkAttributes: {
      name: { d: 'string' },
      ...(view.metadata ? {} : { description: { d: 'string' }, version: { d: 'string' } }),
      nociscope_format_version: { d: 'integer' },
      data_version: { d: 'string' },
      filters: { d: 'string' },
      exported: { d: 'string' },
      references: { d: 'list_of_string' },
      ...Object.fromEntries(own.map((c) => [c.name, { d: CX2_TYPE[c.type] }])),
    } as Declarations,
    nodes: {
      name: { d: 'string' },
      represents: { d: 'string' },
      alias: { d: 'list_of_string' },
      nociscope_id: { d: 'string' },
      ...Object.fromEntries(NODE_ATTRIBUTES.map((c) => [c.name, { d: CX2_TYPE[c.type] }])),
      ...Object.fromEntries(nodeExtras.map((c) => [c.name, { d: CX2_TYPE[c.type] }])),
    } as Declarations,
    edges: {
      name: { d: 'string' },
      nociscope_id: { d: 'string' },
      ...Object.fromEntries(EDGE_COLUMNS.map((c) => [c.name, { d: CX2_TYPE[c.type] }])),
      ...Object.fromEntries(edgeExtras.map((c) => [c.name, { d: CX2_TYPE[c.type] }])),
    } as Declarations,
  };

  const networkAttributes = values([
    ['name', meta.title],
    ...(view.metadata
      ? []
      : ([
          ['description', DESCRIPTION],
          // The reserved "version" is the network's own version: for us, the data version.
          ['version', meta.dataVersion],
        ] as [string, AttributeValue][])),
    ['nociscope_format_version', EXPORT_FORMAT_VERSION],
    ['data_version', meta.dataVersion],
    ['filters', meta.filters],
    ['exported', meta.exported],
    ['references', view.sources.map((s) => formatCitation(s, 'apa'))],
    ...own.map((c): [string, AttributeValue] => [c.name, metadataValue(view, c)]),
  ]);

  const index = new Map(view.nodes.map((n, i) => [n.id, i]));
  const byId = new Map(view.nodes.map((n) => [n.id as string, n]));
  const nodes = view.nodes.map((n, i) => ({
    id: i,
    // The lanes layout, in the same model coordinates as the app (+y down, as CX2 wants).
    ...positionOf(view, n.id),
    v: values([
      ['name', nodeName(view, n)],
      // `represents` is the node's standard identifier; any further identifiers are its aliases.
      ['represents', n.identifiers[0]],
      ['alias', n.identifiers.slice(1)],
      ['nociscope_id', n.id],
      ...NODE_ATTRIBUTES.map((c): [string, AttributeValue] => [c.name, c.get(n)]),
      ...nodeExtras.map((c): [string, AttributeValue] => [c.name, extraValue(view.extra?.nodes, n.id, c)]),
    ]),
  }));
  const edges = edgeContexts(view).map((ctx, i) => ({
    id: i,
    s: index.get(ctx.edge.source)!,
    t: index.get(ctx.edge.target)!,
    v: values([
      ['name', edgeName(view, ctx.edge, byId)],
      ['nociscope_id', ctx.edge.id],
      ...EDGE_COLUMNS.map((c): [string, AttributeValue] => [c.name, c.get(ctx)]),
      ...edgeExtras.map((c): [string, AttributeValue] => [
        c.name,
        extraValue(view.extra?.edges, ctx.edge.id, c),
      ]),
    ]),
  }));

  const doc = [
    { CXVersion: '2.0', hasFragments: false },
    {
      metaData: [
        { name: 'attributeDeclarations', elementCount: 1 },
        { name: 'networkAttributes', elementCount: 1 },
        { name: 'nodes', elementCount: nodes.length },
        { name: 'edges', elementCount: edges.length },
        { name: 'visualProperties', elementCount: 1 },
        { name: 'visualEditorProperties', elementCount: 1 },
      ],
    },
    { attributeDeclarations: [declarations] },
    { networkAttributes: [networkAttributes] },
    { nodes },
    { edges },
    { visualProperties: [CX2_VISUAL_PROPERTIES] },
    { visualEditorProperties: [CX2_VISUAL_EDITOR_PROPERTIES] },
    { status: [{ error: '', success: true }] },
  ];
  return JSON.stringify(doc, null, 2) + '\n';
}
