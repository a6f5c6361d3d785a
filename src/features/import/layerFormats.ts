// The formats a layer exports to, as names only: the exporters load on demand when one is chosen
// (exportLayer.ts), so listing them costs the first load nothing. Same ids as src/export/formats.ts,
// which a unit test checks.
export const LAYER_EXPORT_FORMATS: readonly { readonly id: string; readonly label: string }[] = [
  { id: 'cyjs', label: 'Cytoscape.js JSON' },
  { id: 'graphml', label: 'GraphML' },
  { id: 'csv', label: 'CSV (relations with citations)' },
  { id: 'cx2', label: 'CX2 (Cytoscape, NDEx)' },
];
