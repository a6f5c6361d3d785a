// Canvas ids of imported elements, apart from the element builder (layerElements.ts) so that code
// in the first paint (the curated canvas's selection highlight) names them without loading it.

/** An imported element's canvas id: prefixed with its layer, so it never clashes with another's. */
export const importedElementId = (layerId: string, id: string) => `imp:${layerId}:${id}`;
