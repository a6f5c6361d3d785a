// The import module's public face, for the app's worker and panels: read files, match them to the
// curated map, keep them as layers, export them back. See README "Importing networks".
export { parseNetworkFile, parseNetworkFiles, type ImportFile } from './parse';
export * from './types';
export { SIGNED_INTERACTIONS, polarityOfInteraction } from './polarity';
export { isDoi, isPmid } from './evidence';
export {
  acceptedMatches,
  decide,
  indexCurated,
  matchToCurated,
  nameKey,
  type CuratedIndex,
  type MatchDecisions,
  type MatchReason,
  type ProposedMatch,
} from './match';
export {
  LAYER_STORE_VERSION,
  listLayers,
  loadLayer,
  newLayer,
  removeLayer,
  saveLayer,
  setLayerHidden,
  type LayerMode,
  type LayerNotice,
  type StoredLayer,
} from './layerStore';
export {
  IMPORTED_FROM,
  IMPORTED_MARK,
  importedToExportView,
  overlayExportView,
  type OverlayLayer,
} from './toExportView';
