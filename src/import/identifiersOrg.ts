// identifiers.org resolver links, read as the CURIEs they resolve: one reading for the CX readers
// (cxConventions.ts, which add them as identifiers) and the overlay matcher (match.ts).

/**
 * An identifiers.org link as a CURIE: "http://identifiers.org/uniprot/P21741" → "uniprot:P21741",
 * ".../hgnc/HGNC:1097" → "HGNC:1097", ".../hgnc:11766" → "hgnc:11766"; undefined for other links.
 */
export function identifiersOrgCurie(link: string): string | undefined {
  const rest = /^(?:https?:\/\/)?(?:www\.)?identifiers\.org\/([^?#\s]+)$/i.exec(link.trim())?.[1];
  if (!rest) return undefined;
  const slash = rest.indexOf('/');
  if (slash < 0) return rest.indexOf(':') > 0 ? rest : undefined;
  const ns = rest.slice(0, slash);
  const local = rest.slice(slash + 1);
  if (!ns || !local || local.includes('/')) return undefined;
  const colon = local.indexOf(':');
  return colon > 0 && local.slice(0, colon).toLowerCase() === ns.toLowerCase() ? local : `${ns}:${local}`;
}
