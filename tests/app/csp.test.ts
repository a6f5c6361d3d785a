// The Content-Security-Policy: strict enough (nothing inline, nothing evaluated, no other host), and
// the same in the page's <meta> tag, the preview server and the nginx config shipped for hosting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, HEADER_CSP, META_CSP, SECURITY_HEADERS } from '../../build/csp';

const parse = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );

describe('Content-Security-Policy', () => {
  it('allows only this origin, nothing inline or evaluated, no plugins, no <base>', () => {
    const meta = parse(META_CSP);
    expect(meta.get('default-src')).toEqual(["'self'"]);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(meta.get('style-src')).toEqual(["'self'"]);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'none'"]);
    for (const [name, sources] of meta) {
      // No host names, no wildcards, no 'unsafe-…': only keywords and the data:/blob: schemes.
      for (const s of sources) expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${s}`).toContain(s);
      // data: and blob: only where the app needs them, never for scripts.
      if (/^(script|default|connect|style)-src$/.test(name)) expect(sources).not.toContain('data:');
    }
  });

  it('keeps frame-ancestors out of the <meta> tag (browsers ignore it there) and in the header', () => {
    expect(META_CSP).not.toContain('frame-ancestors');
    expect(parse(HEADER_CSP).get('frame-ancestors')).toEqual(["'none'"]);
    expect(HEADER_CSP.startsWith(META_CSP)).toBe(true);
  });

  it('deploy/nginx.conf sends exactly the documented headers', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const sent = Object.fromEntries(
      [...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1]!, m[2]!]),
    );
    expect(sent).toEqual(SECURITY_HEADERS);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(HEADER_CSP);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('names every directive once', () => {
    expect(parse(HEADER_CSP).size).toBe(Object.keys(CSP_DIRECTIVES).length + 1);
  });
});
