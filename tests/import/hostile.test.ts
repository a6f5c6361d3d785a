// @vitest-environment node
// Property tests: 1,250 generated malformed or hostile files per run, across every format. No
// exception escapes; a file that yields no network always says why (an error); what comes back is
// well-formed (unique ids, edge ends that exist, signs in {-1, 0, 1}, only checked PMIDs and DOIs,
// no script links); the curated graph and stored layers stay as they were.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { toGraphml } from '../../src/export/graphml';
import { xmlEscape } from '../../src/export/xml';
import { EVIDENCE_KINDS } from '../../src/model/vocabulary';
import { isDoi, isPmid, MAX_EVIDENCE_ITEMS } from '../../src/import/evidence';
import { listLayers, newLayer, saveLayer } from '../../src/import/layerStore';
import { matchToCurated } from '../../src/import/match';
import { INTERNAL_FAULT_HINT, parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';
import type { ImportResult } from '../../src/import/types';
import { curatedGraph, fingerprint } from './curated';
import { fixtureView } from '../export/helpers';
import { fixture } from './helpers';

const graph = curatedGraph();
const RUNS = 250; // per property; five properties
/**
 * The properties are CPU-bound (a second or two each on an idle machine): the limit only has to stop
 * a hang. One took 81 s with eight CPU burners on top of a load average of about 22 (two cores),
 * past the suite's 60 s.
 */
const PROPERTIES = { timeout: 300_000 };

const VALID = [
  'ndex-pathway.valid.cx',
  'aliases-defaults.valid.cx2',
  'cytoscape-desktop.valid.cyjs',
  'every-key-type.valid.graphml',
  'signed-tabs.valid.sif',
  'edge-list.valid.csv',
  'interactions.valid.tsv',
  'entities.valid.yaml',
].map((name) => ({ name, text: fixture(name).toString('utf8') }));

const NAMES = [
  'n.cx',
  'n.cx2',
  'n.cyjs',
  'n.json',
  'n.graphml',
  'n.xml',
  'n.sif',
  'n.csv',
  'n.tsv',
  'n.txt',
  'n.yaml',
  'n',
];

/** Checks every result must pass, valid or not. */
function wellFormed(r: ImportResult) {
  expect(Array.isArray(r.problems)).toBe(true);
  for (const p of r.problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(typeof p.message).toBe('string');
    expect(p.hint.length).toBeGreaterThan(0);
    // The entry point's last guard caught nothing: every reader handled the file itself.
    expect(p.hint).not.toBe(INTERNAL_FAULT_HINT);
  }
  if (!r.network) {
    expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
    return;
  }
  expect(r.problems.some((p) => p.severity === 'error')).toBe(false);
  const ids = new Set(r.network.nodes.map((n) => n.id));
  expect(ids.size).toBe(r.network.nodes.length);
  expect(new Set(r.network.edges.map((e) => e.id)).size).toBe(r.network.edges.length);
  for (const n of r.network.nodes) {
    if (n.position) expect(Number.isFinite(n.position.x) && Number.isFinite(n.position.y)).toBe(true);
    for (const v of Object.values(n.attributes)) {
      for (const x of Array.isArray(v) ? v : [v]) expect(String(x)).not.toMatch(/^\s*javascript\s*:/i);
    }
  }
  for (const e of r.network.edges) {
    expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect([1, -1, 0]).toContain(e.polarity);
    for (const ev of e.evidence) {
      if (ev.pmid !== undefined) expect(isPmid(ev.pmid)).toBe(true);
      if (ev.doi !== undefined) expect(isDoi(ev.doi)).toBe(true);
    }
  }
  // Matching reads the curated graph only.
  matchToCurated(r.network, graph);
}

/** Damage a text: cut, insert, repeat or swap slices. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '"',
      '{',
      '}',
      ']',
      '<',
      '>',
      '&',
      '\t',
      '\n',
      ',',
      '"javascript:alert(1)"',
      '<!ENTITY x "y">',
      '__proto__',
      'NaN',
      '1e999',
      '-1',
      '\u0000',
    ),
  }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % t.length : 0;
    if (m.kind === 'cut') t = t.slice(0, at) + t.slice(at + m.len);
    else if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'repeat') t = t.slice(0, at + m.len) + t.slice(at, at + m.len) + t.slice(at + m.len);
    else t = t.slice(0, at);
  }
  return t;
}

/** JSON in the shape of each JSON format, with hostile values in every slot. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    'javascript:alert(1)',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    1e308,
    -0,
    '',
  ),
);
const hostileCx2 = fc
  .record({
    nodes: fc.array(
      fc.record({
        id: hostileValue,
        x: hostileValue,
        y: hostileValue,
        v: fc.dictionary(fc.string(), hostileValue),
      }),
      { maxLength: 6 },
    ),
    edges: fc.array(fc.record({ id: hostileValue, s: hostileValue, t: hostileValue, v: hostileValue }), {
      maxLength: 6,
    }),
    decl: fc.dictionary(
      fc.string({ maxLength: 5 }),
      fc.record({ d: hostileValue, a: hostileValue, v: hostileValue }),
    ),
  })
  .map(({ nodes, edges, decl }) =>
    JSON.stringify([
      { CXVersion: '2.0' },
      { attributeDeclarations: [{ nodes: decl, edges: decl }] },
      { nodes },
      { edges },
    ]),
  );
const hostileCx = fc
  .record({
    nodes: fc.array(fc.record({ '@id': hostileValue, n: hostileValue, r: hostileValue }), { maxLength: 6 }),
    edges: fc.array(fc.record({ '@id': hostileValue, s: hostileValue, t: hostileValue, i: hostileValue }), {
      maxLength: 6,
    }),
    attrs: fc.array(fc.record({ po: hostileValue, n: hostileValue, v: hostileValue, d: hostileValue }), {
      maxLength: 6,
    }),
    layout: fc.array(fc.record({ node: hostileValue, x: hostileValue, y: hostileValue }), { maxLength: 4 }),
  })
  .map(({ nodes, edges, attrs, layout }) =>
    JSON.stringify([
      { nodes },
      { edges },
      { nodeAttributes: attrs },
      { edgeAttributes: attrs },
      { cartesianLayout: layout },
      { citations: attrs },
      { edgeCitations: attrs },
    ]),
  );
const hostileCyjs = fc
  .record({
    nodes: fc.array(
      fc.record({
        data: fc.dictionary(
          fc.constantFrom('id', 'name', 'label', 'represents', 'pmid', 'x', 'evidence', '__proto__'),
          hostileValue,
        ),
        position: hostileValue,
      }),
      { maxLength: 6 },
    ),
    edges: fc.array(
      fc.record({
        data: fc.dictionary(
          fc.constantFrom('id', 'source', 'target', 'interaction', 'polarity', 'citation', 'evidence'),
          hostileValue,
        ),
      }),
      { maxLength: 6 },
    ),
  })
  .map((elements) => JSON.stringify({ data: { sources: [{ id: 'x', pmid: '1', doi: 'bad' }] }, elements }));
const xmlText = fc.constantFrom(
  'a',
  'TGFB1',
  '&amp;',
  '&#946;',
  '&bogus;',
  ']]>',
  '<![CDATA[x]]>',
  '"',
  "'",
  'javascript:x',
  '',
  '1.5',
  'true',
  'NaN',
);
const hostileGraphml = fc
  .record({
    keys: fc.array(
      fc.record({
        id: fc.constantFrom('d0', 'd1', 'd2'),
        type: fc.constantFrom('int', 'long', 'float', 'double', 'boolean', 'string', 'list', ''),
        dflt: fc.option(xmlText),
      }),
      { maxLength: 4 },
    ),
    nodes: fc.array(
      fc.record({
        id: fc.option(xmlText),
        data: fc.array(fc.record({ key: fc.constantFrom('d0', 'd1', 'd2', 'zz'), text: xmlText }), {
          maxLength: 3,
        }),
      }),
      { maxLength: 5 },
    ),
    edges: fc.array(fc.record({ s: xmlText, t: xmlText }), { maxLength: 5 }),
    directed: fc.constantFrom('directed', 'undirected', 'sideways'),
  })
  .map(({ keys, nodes, edges, directed }) => {
    const attr = (v: string) => v.replace(/[<&"]/g, '');
    const k = keys
      .map(
        (x) =>
          `<key id="${x.id}" for="node" attr.name="${x.id}" attr.type="${x.type}">${x.dflt !== null ? `<default>${x.dflt}</default>` : ''}</key>`,
      )
      .join('');
    const n = nodes
      .map(
        (x) =>
          `<node${x.id !== null ? ` id="${attr(x.id)}"` : ''}>${x.data.map((d) => `<data key="${d.key}">${d.text}</data>`).join('')}</node>`,
      )
      .join('');
    const e = edges.map((x) => `<edge source="${attr(x.s)}" target="${attr(x.t)}"/>`).join('');
    return `<?xml version="1.0"?><graphml>${k}<graph edgedefault="${directed}">${n}${e}</graph></graphml>`;
  });
const cell = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    '"',
    '""',
    '=HYPERLINK("http://x")',
    'PMID: 0',
    'doi:10.1/x',
    'javascript:alert(1)',
    '\r\n',
    ',',
  ),
);
const hostileTable = fc
  .record({
    header: fc.array(
      fc.constantFrom(
        'source',
        'target',
        'relation',
        'citation',
        'pmid',
        'doi',
        'polarity',
        'x',
        'y',
        'id',
        '__proto__',
        '',
      ),
      { minLength: 1, maxLength: 6 },
    ),
    rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }),
    sep: fc.constantFrom(',', '\t', ';'),
  })
  .map(({ header, rows, sep }) => [header, ...rows].map((r) => r.join(sep)).join('\n'));

/**
 * Nociscope's own exports of the fixture with the first edge's `evidence_json` replaced by `value`
 * (a JSON value for CX2, which may then be of any type; text for GraphML and CSV).
 */
const fixtureExport = fixtureView();
function withEvidenceJson(format: 'graphml' | 'cx2' | 'csv' | 'cyjs', value: unknown): ImportResult {
  if (format === 'cyjs') {
    // cyjs carries evidence as objects in `data.evidence`, checked by the same reader.
    const doc = JSON.parse(toCyjs(fixtureExport)) as {
      elements: { edges: { data: Record<string, unknown> }[] };
    };
    let parsed = value;
    if (typeof value === 'string') {
      try {
        parsed = JSON.parse(value);
      } catch {
        parsed = value;
      }
    }
    doc.elements.edges[0]!.data.evidence = parsed;
    return parseNetworkFile('h.cyjs', JSON.stringify(doc));
  }
  if (format === 'cx2') {
    const doc = JSON.parse(toCx2(fixtureExport)) as Record<string, unknown>[];
    const edges = doc.find((a) => 'edges' in a)!.edges as { v: Record<string, unknown> }[];
    edges[0]!.v.evidence_json = value;
    return parseNetworkFile('h.cx2', JSON.stringify(doc));
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (format === 'graphml') {
    let first = true;
    const xml = toGraphml(fixtureExport).replace(/<data key="e_evidence_json">[^<]*<\/data>/g, (m) => {
      if (!first) return m;
      first = false;
      return `<data key="e_evidence_json">${xmlEscape(text)}</data>`;
    });
    return parseNetworkFile('h.graphml', xml);
  }
  const table = Papa.parse<string[]>(toEdgesCsv(fixtureExport), { skipEmptyLines: true }).data;
  table[1]![table[0]!.indexOf('evidence_json')] = text;
  return parseNetworkFiles([
    { name: 'h.csv', content: Papa.unparse(table) },
    { name: 'h-nodes.csv', content: toNodesCsv(fixtureExport) },
  ]);
}

/** Every evidence item is well-formed: known kinds, checked ids, no script links, at most the cap. */
function evidenceWellFormed(r: ImportResult) {
  wellFormed(r);
  for (const e of r.network?.edges ?? []) {
    expect(e.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_ITEMS);
    for (const ev of e.evidence) {
      if (ev.kind !== undefined) expect(EVIDENCE_KINDS as readonly string[]).toContain(ev.kind);
      for (const v of Object.values(ev)) {
        expect(typeof v).toBe('string');
        expect(v).not.toMatch(/^\s*(javascript|data|vbscript|file)\s*:/i);
      }
    }
  }
}

const FORMATS = ['graphml', 'cx2', 'csv'] as const;
const sourceOnly = (r: ImportResult) => r.network!.edges[0]!.evidence;

describe('a hostile evidence_json', PROPERTIES, () => {
  for (const format of FORMATS) {
    describe(format, () => {
      const problemAt = (r: ImportResult, field: RegExp) => {
        const p = r.problems.find((x) => x.field !== undefined && field.test(x.field));
        expect(p, JSON.stringify(r.problems)).toBeDefined();
        expect(p!.severity).toBe('warning');
        expect(p!.hint.length).toBeGreaterThan(0);
        // Where: a line for GraphML, a row for CSV, the element's path for CX2.
        if (format === 'graphml') expect(p!.line).toBeGreaterThan(1);
        if (format === 'csv') expect(p!.row).toBe(2);
        if (format === 'cx2') expect(p!.field).toMatch(/^edges\[0\]\./);
        return p!;
      };

      it('malformed JSON: a warning, and the evidence is read from the readable columns', () => {
        const r = withEvidenceJson(format, '[{"source": "marchand2005", ');
        evidenceWellFormed(r);
        expect(problemAt(r, /evidence_json$/).message).toMatch(/not valid JSON/);
        expect(sourceOnly(r).some((e) => e.source === 'marchand2005')).toBe(true);
      });

      it('JSON that is not a list: a warning, and the readable columns', () => {
        const r = withEvidenceJson(format, '{"source": "marchand2005"}');
        evidenceWellFormed(r);
        expect(problemAt(r, /evidence_json$/).message).toMatch(/not a list/);
      });

      it('items and fields of the wrong type, unknown kinds, bad ids and script links are left out', () => {
        const r = withEvidenceJson(
          format,
          JSON.stringify([
            42,
            null,
            ['nested'],
            { source: 7, kind: 'rumour', note: { a: 1 } },
            { source: 'marchand2005', kind: 'review', pmid: '0123', doi: 'doi.org/10.1/x', note: 'Kept.' },
            { source: 'javascript:alert(1)', locator: ' data:text/html,<script>x</script>', note: 'x' },
            { source: '<script>alert(1)</script>', kind: 'animal-model' },
          ]),
        );
        evidenceWellFormed(r);
        problemAt(r, /evidence_json\[0\]$/);
        problemAt(r, /evidence_json\[3\]\.source$/);
        problemAt(r, /evidence_json\[3\]\.kind$/);
        problemAt(r, /evidence_json\[3\]\.note$/);
        problemAt(r, /evidence_json\[4\]\.pmid$/);
        problemAt(r, /evidence_json\[4\]\.doi$/);
        problemAt(r, /evidence_json\[5\]\.source$/);
        problemAt(r, /evidence_json\[5\]\.locator$/);
        expect(sourceOnly(r)).toEqual([
          { source: 'marchand2005', kind: 'review', note: 'Kept.' },
          { note: 'x' },
          // Markup stays text: it is data, never rendered as HTML.
          { source: '<script>alert(1)</script>', kind: 'animal-model' },
        ]);
      });

      it('a huge list: the first items are read and the rest reported', () => {
        const items = Array.from({ length: MAX_EVIDENCE_ITEMS + 500 }, (_, i) => ({
          source: `s${i}`,
          kind: 'review',
        }));
        const r = withEvidenceJson(format, JSON.stringify(items));
        evidenceWellFormed(r);
        expect(problemAt(r, /evidence_json$/).message).toMatch(/only the first/);
        expect(sourceOnly(r)).toHaveLength(MAX_EVIDENCE_ITEMS);
      });
    });
  }

  it('cyjs: evidence objects are checked the same way', () => {
    const r = withEvidenceJson('cyjs', [
      42,
      { source: 'marchand2005', kind: 'rumour', pmid: 'x1', note: 'Kept.' },
      { source: 'javascript:alert(1)', note: 'y' },
    ]);
    evidenceWellFormed(r);
    const fields = r.problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'elements.edges[0].data.evidence[0]',
        'elements.edges[0].data.evidence[1].kind',
        'elements.edges[0].data.evidence[1].pmid',
        'elements.edges[0].data.evidence[2].source',
      ]),
    );
    // The cited source's PMID and DOI still fill in the item that names it.
    expect(sourceOnly(r)).toEqual([
      { source: 'marchand2005', note: 'Kept.', pmid: '15995723', doi: '10.1038/nrn1700' },
      { note: 'y' },
    ]);
    const huge = withEvidenceJson(
      'cyjs',
      Array.from({ length: MAX_EVIDENCE_ITEMS + 1 }, (_, i) => ({ source: `s${i}` })),
    );
    expect(sourceOnly(huge)).toHaveLength(MAX_EVIDENCE_ITEMS);
    expect(huge.problems.some((p) => /only the first/.test(p.message))).toBe(true);
  });

  it('cx2: a value that is not text is reported and the readable columns are read', () => {
    for (const value of [42, true, ['a', 'b'], { source: 'x' }]) {
      const r = withEvidenceJson('cx2', value);
      evidenceWellFormed(r);
      expect(r.problems.some((p) => p.field?.includes('evidence_json'))).toBe(true);
    }
  });

  const hostileField = fc.oneof(
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom(
      'javascript:alert(1)',
      ' JavaScript : x',
      'data:text/html,<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'review',
      'animal-model',
      'rumour',
      '12345',
      '0123',
      '10.1234/abc',
      'https://doi.org/10.1/x',
      '__proto__',
    ),
  );
  const hostileItem = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.dictionary(
      fc.constantFrom('source', 'kind', 'note', 'locator', 'pmid', 'doi', '__proto__', 'constructor'),
      hostileField,
    ),
  );
  const hostileEvidenceJson = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.array(hostileItem, { maxLength: 8 }).map((v) => JSON.stringify(v)),
    fc.array(hostileItem, { maxLength: 4 }),
  );

  it('generated hostile values in every format: problems, never exceptions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS, 'cyjs' as const), hostileEvidenceJson, (format, value) => {
        evidenceWellFormed(withEvidenceJson(format, value));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('hostile and malformed files', PROPERTIES, () => {
  const before = fingerprint(graph);

  it('damaged copies of valid files of every format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (f, ms, asBytes) => {
          const text = mutate(f.text, ms);
          wellFormed(parseNetworkFile(f.name, asBytes ? new TextEncoder().encode(text) : text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('hostile JSON in the shapes of CX2, CX and Cytoscape.js', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileCx2.map((t) => ['h.cx2', t] as const),
          hostileCx.map((t) => ['h.cx', t] as const),
          hostileCyjs.map((t) => ['h.cyjs', t] as const),
        ),
        fc.constantFrom(...NAMES),
        ([name, text], other) => {
          wellFormed(parseNetworkFile(name, text));
          wellFormed(parseNetworkFile(other, text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('hostile GraphML and tables', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileGraphml.map((t) => ['h.graphml', t] as const),
          hostileTable.map((t) => ['h.csv', t] as const),
          hostileTable.map((t) => ['h.sif', t] as const),
        ),
        ([name, text]) => {
          wellFormed(parseNetworkFile(name, text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('arbitrary bytes and text under any name', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ maxLength: 300 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        fc.constantFrom(...NAMES),
        (content, name) => {
          wellFormed(parseNetworkFile(name, content));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('files that are certainly broken always get a problem', () => {
    // A valid JSON or XML file cut before its end, or with junk after it, is never silently accepted.
    const structured = VALID.filter((f) => /\.(cx2?|cyjs|graphml)$/.test(f.name));
    fc.assert(
      fc.property(
        fc.constantFrom(...structured),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.boolean(),
        (f, share, cut) => {
          const text = cut
            ? f.text.slice(0, Math.floor(f.text.trimEnd().length * share))
            : `${f.text}\n<}junk{`;
          const r = parseNetworkFile(f.name, text);
          wellFormed(r);
          expect(r.problems.length).toBeGreaterThan(0);
          expect(r.network).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('left the curated graph and stored layers as they were', async () => {
    expect(fingerprint(graph)).toBe(before);
    const store = createStore('nociscope-hostile', 'layers');
    const layer = {
      ...newLayer(parseNetworkFile('n.cx2', fixture('aliases-defaults.valid.cx2')).network!, 'own'),
      id: 'kept',
    };
    await saveLayer(layer, store);
    const listed = JSON.stringify((await listLayers(store)).layers);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(...NAMES), (text, name) => {
        parseNetworkFile(name, text);
      }),
      { numRuns: 50 },
    );
    expect(JSON.stringify((await listLayers(store)).layers)).toBe(listed);
  });
});
