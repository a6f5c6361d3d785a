// The one link rule of the app: a value becomes a link (an <a href>, a "Web page", a url field of an
// export, a PubMed or DOI link of imported evidence) only when `webUrl` accepts it, an http or https
// address. The schema, the exporters, the curated citations, the imported details and the importer all
// ask this module; none keeps a pattern of its own.

/** Scheme, then "//" and a host; no whitespace or control characters anywhere. */
const WEB_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/** The only schemes anything in the app links to. */
export const WEB_SCHEMES: readonly string[] = ['http', 'https'];

/** `text` when it is an http(s) address a browser would open as a web page; otherwise undefined. */
export function webUrl(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string' || !WEB_URL.test(text)) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return undefined;
  try {
    const { protocol, hostname } = new URL(text);
    return WEB_SCHEMES.includes(protocol.slice(0, -1)) && hostname !== '' ? text : undefined;
  } catch {
    return undefined;
  }
}

export const WEB_URL_RULE = 'a link must be a web address starting with https:// or http://';

/**
 * Schemes a browser acts on by itself when a value lands in a link or a source: it runs code, reads
 * local or browser data, or opens the value as a page. Identifiers look like links too ("HGNC:11766",
 * "GO:0008150", "PMID: 123"), so a value counts as written as a link only with one of these.
 */
const BROWSER_SCHEMES = new Set([
  ...WEB_SCHEMES,
  'javascript',
  'vbscript',
  'data',
  'file',
  'blob',
  'filesystem',
  'about',
  'chrome',
  'jar',
  'view-source',
]);

/**
 * The scheme `text` opens with as a browser reads a link (leading spaces and control characters
 * skipped, tabs and new lines inside dropped, case folded), when it is one a browser acts on.
 */
export function linkScheme(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const m = /^[\u0000-\u0020]*([a-z][a-z0-9+.\-\t\n\r]*)\s*:/i.exec(text);
  const scheme = m?.[1]?.replace(/[\t\n\r]/g, '').toLowerCase();
  return scheme !== undefined && BROWSER_SCHEMES.has(scheme) ? scheme : undefined;
}

/**
 * A value written as a link in a scheme the rule refuses (javascript:, data:, vbscript:, file: …).
 * Imported files never keep one; an http(s) value that is not a clean address stays text, never a link.
 */
export const refusedLink = (text: string): boolean => {
  const scheme = linkScheme(text);
  return scheme !== undefined && !WEB_SCHEMES.includes(scheme);
};
