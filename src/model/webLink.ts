// Links to web pages: http and https only. The schema rejects every other scheme (javascript:,
// data:, file:, …) and every place that turns a stored url into a link or an exported field asks
// webUrl again, so a value that slipped past the schema (a cast, a future code path) is dropped.

/** Scheme, then "//" and a host; no whitespace or control characters anywhere. */
const WEB_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/** `text` when it is an http(s) address a browser would open as a web page; otherwise undefined. */
export function webUrl(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string' || !WEB_URL.test(text)) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return undefined;
  try {
    const { protocol, hostname } = new URL(text);
    return (protocol === 'http:' || protocol === 'https:') && hostname !== '' ? text : undefined;
  } catch {
    return undefined;
  }
}

export const WEB_URL_RULE = 'a link must be a web address starting with https:// or http://';
