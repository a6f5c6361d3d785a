// @vitest-environment jsdom
// Links are http(s) only: the schema rejects any other scheme, and as defence in depth no exporter,
// citation or "Web page" link ever carries one that slipped past it (a cast, a future code path).
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/export/citation';
import { CITATION_FORMATS, DATA_FORMATS } from '../../src/export/formats';
import type { ExportView } from '../../src/export/view';
import { SourceLinks } from '../../src/features/common/SourceCitation';
import type { Source } from '../../src/model/schema';
import { SourcesFileSchema } from '../../src/model/schema';
import { parseYamlFile } from '../../src/model/yamlFile';
import { webUrl } from '../../src/model/webLink';
import { fixtureView } from './helpers';

const parseSources = (name: string) =>
  parseYamlFile(
    { path: 'graph-data/sources.yaml', text: readFileSync(`tests/fixtures/hardening/${name}`, 'utf8') },
    SourcesFileSchema,
  );

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/x',
  '//evil.example.org/x',
  'https://exa mple.org/',
  'https://example.org/\nx',
  // What a URL parser would still accept, and the rule does not: a space in the path, a control
  // character, one slash after the scheme, a host it cannot parse.
  'https://example.org/a b',
  'https://example.org/\u0001x',
  'http:/example.org/x',
  'https://[::1',
];

describe('the schema', () => {
  it.each(['javascript-url.invalid.yaml', 'data-url.invalid.yaml'])('rejects %s at its line', (name) => {
    const r = parseSources(name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.line).toBe(7);
      expect(r.problems[0]!.message).toMatch(/url: .*https:\/\/ or http:\/\//);
    }
  });

  it('accepts an https link', () => {
    expect(parseSources('https-url.valid.yaml').ok).toBe(true);
  });
});

describe('webUrl', () => {
  it.each(HOSTILE)('refuses %j', (url) => expect(webUrl(url)).toBeUndefined());
  it.each(['https://example.org/a?b=1&c=2#d', 'http://example.org', 'HTTPS://EXAMPLE.ORG/'])(
    'keeps %j',
    (url) => expect(webUrl(url)).toBe(url),
  );
});

describe('exports never carry a non-web link', () => {
  const view = fixtureView();
  const hostileView = (url: string): ExportView => ({
    ...view,
    sources: view.sources.map((s) => ({ ...s, url, doi: null }) as Source),
  });

  it.each(HOSTILE)('%j appears in no data format, citation or bibliography', (url) => {
    const v = hostileView(url);
    const outputs = [
      ...DATA_FORMATS.flatMap((f) => [f.write(v), ...(f.companions ?? []).map((c) => c.write(v))]),
      ...CITATION_FORMATS.map((f) => f.write(v.sources)),
      ...v.sources.flatMap((s) => [formatCitation(s, 'apa'), formatCitation(s, 'vancouver')]),
    ];
    const needle = url.trim().slice(0, 12);
    for (const text of outputs) expect(text).not.toContain(needle);
  });

  it('keeps an https link in RIS, BibTeX and the citation', () => {
    const url = 'https://www.example.org/page';
    const v = hostileView(url);
    for (const f of CITATION_FORMATS) expect(f.write(v.sources)).toContain(url);
  });

  it('shows no "Web page" link for a non-web url', () => {
    const source = { ...view.sources[0]!, url: 'javascript:alert(1)', doi: null, pmid: null, pmcid: null };
    const { container } = render(<SourceLinks source={source as Source} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).not.toMatch(/Web page/);
  });
});
