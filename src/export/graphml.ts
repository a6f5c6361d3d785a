// GraphML (http://graphml.graphdrawing.org/): read by Cytoscape desktop, Gephi, yEd and networkx.
// Every <data> refers to a <key> with attr.name and attr.type, since networkx.read_graphml rejects
// untyped keys; edges are directed (edgedefault="directed") unless every edge is marked undirected
// (allUndirected below). GraphML has no list type, so lists are joined with "; " (LIST_SEPARATOR).
// A node also gets `name` (an imported file's own, else the label: records.ts nodeName), which
// Cytoscape desktop labels by, beside `label`.
// Nodes carry `x` and `y` (double), their place in the curated lanes layout: networkx reads them as
// float attributes (nx.get_node_attributes(g, "x")) and Gephi's importer takes them as positions.
import { formatCitation } from './citation';
import {
  asText,
  EDGE_COLUMNS,
  edgeContexts,
  ENVELOPE_NAMES,
  metadataColumns,
  metadataValue,
  extraColumns,
  extraValue,
  NODE_COLUMNS,
  nodeName,
  type AttributeType,
  type AttributeValue,
} from './records';
import { withUniqueIds } from './uniqueIds';
import { EXPORT_FORMAT_VERSION, positionOf, type ExportView } from './view';
import { xmlEscape } from './xml';

const GRAPHML_TYPE: Record<AttributeType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  list: 'string',
};

interface Key {
  readonly id: string;
  readonly for: 'graph' | 'node' | 'edge';
  readonly name: string;
  readonly type: AttributeType;
}

const graphKeys: Key[] = [
  { id: 'g_format_version', for: 'graph', name: 'nociscope_format_version', type: 'int' },
  { id: 'g_data_version', for: 'graph', name: 'data_version', type: 'string' },
  { id: 'g_title', for: 'graph', name: 'title', type: 'string' },
  { id: 'g_filters', for: 'graph', name: 'filters', type: 'string' },
  { id: 'g_exported', for: 'graph', name: 'exported', type: 'string' },
  { id: 'g_references', for: 'graph', name: 'references', type: 'string' },
];
const nodeKeys: Key[] = [
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  ...NODE_COLUMNS.map((c): Key => ({ id: `n_${c.name}`, for: 'node', name: c.name, type: c.type })),
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
];
const edgeKeys: Key[] = EDGE_COLUMNS.map((c): Key => ({
  id: `e_${c.name}`,
  for: 'edge',
  name: c.name,
  type: c.type,
}));

const data = (indent: string, key: string, value: AttributeValue) =>
  value === undefined || (Array.isArray(value) && value.length === 0)
    ? ''
    : `${indent}<data key="${key}">${xmlEscape(asText(value))}</data>\n`;

/**
 * An undirected network (every edge marked `directed: false`, as toExportView marks the edges of a
 * network its file said was undirected) is written with edgedefault="undirected", so networkx reads
 * it back as a Graph, not a DiGraph. The curated graph and any mixed network stay directed.
 */
function allUndirected(view: ExportView): boolean {
  if (view.edges.length === 0) return false;
  return view.edges.every((e) => {
    const d = view.extra?.edges.get(e.id)?.directed;
    return d === false || d === 'false';
  });
}

export function toGraphml(input: ExportView): string {
  const view = withUniqueIds(input);
  const { meta } = view;
  // Extra attributes (imported layers) get keys of their own: "nx_<n>" and "ex_<n>".
  const nodeExtras = extraColumns(view.extra?.nodes, new Set(nodeKeys.map((k) => k.name)));
  const edgeExtras = extraColumns(view.extra?.edges, new Set(edgeKeys.map((k) => k.name)));
  // The network's own metadata gets graph keys "gm_<n>" beside Nociscope's.
  const own = metadataColumns(view, new Set(ENVELOPE_NAMES.graphml));
  const extraKeys = [
    ...own.map((c, i): Key => ({ id: `gm_${i}`, for: 'graph', name: c.name, type: c.type })),
    ...nodeExtras.map((c, i): Key => ({ id: `nx_${i}`, for: 'node', name: c.name, type: c.type })),
    ...edgeExtras.map((c, i): Key => ({ id: `ex_${i}`, for: 'edge', name: c.name, type: c.type })),
  ];
  const keys = [...graphKeys, ...nodeKeys, ...edgeKeys, ...extraKeys]
    .map(
      (k) =>
        `  <key id="${k.id}" for="${k.for}" attr.name="${xmlEscape(k.name)}" attr.type="${GRAPHML_TYPE[k.type]}"/>\n`,
    )
    .join('');
  const graphData =
    data('    ', 'g_format_version', EXPORT_FORMAT_VERSION) +
    data('    ', 'g_data_version', meta.dataVersion) +
    data('    ', 'g_title', meta.title) +
    data('    ', 'g_filters', meta.filters) +
    data('    ', 'g_exported', meta.exported) +
    data('    ', 'g_references', view.sources.map((s) => formatCitation(s, 'apa')).join('\n') || undefined) +
    own.map((c, i) => data('    ', `gm_${i}`, metadataValue(view, c))).join('');
  const nodes = view.nodes
    .map((n) => {
      const { x, y } = positionOf(view, n.id);
      return (
        `    <node id="${xmlEscape(n.id)}">\n` +
        data('      ', 'n_name', nodeName(view, n)) +
        NODE_COLUMNS.map((c) => data('      ', `n_${c.name}`, c.get(n))).join('') +
        data('      ', 'n_x', x) +
        data('      ', 'n_y', y) +
        nodeExtras.map((c, i) => data('      ', `nx_${i}`, extraValue(view.extra?.nodes, n.id, c))).join('') +
        '    </node>\n'
      );
    })
    .join('');
  const edges = edgeContexts(view)
    .map(
      (ctx) =>
        `    <edge id="${xmlEscape(ctx.edge.id)}" source="${xmlEscape(ctx.edge.source)}" target="${xmlEscape(ctx.edge.target)}">\n` +
        EDGE_COLUMNS.map((c) => data('      ', `e_${c.name}`, c.get(ctx))).join('') +
        edgeExtras
          .map((c, i) => data('      ', `ex_${i}`, extraValue(view.extra?.edges, ctx.edge.id, c)))
          .join('') +
        '    </edge>\n',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"\n' +
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys +
    `  <graph id="nociscope" edgedefault="${allUndirected(view) ? 'undirected' : 'directed'}">\n` +
    graphData +
    nodes +
    edges +
    '  </graph>\n' +
    '</graphml>\n'
  );
}
