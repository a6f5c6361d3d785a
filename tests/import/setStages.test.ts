// @vitest-environment node
// The readers of several files in stages (src/import/formats/stages.ts, setReaderOf): CSV/TSV tables,
// MITAB (a table kind of the CSV reader) and Nociscope's graph-data. Each stage checked on its own:
// validation refuses what is not a table of the format and says where (file, row or line); extraction
// reads each element from its own columns or file; the shared conversion reports each part's
// problems in its own file and lets an error in any file block the network.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCsv, extractEdgeTable, parseCsvFiles, validateCsv } from '../../src/import/formats/csv';
import { extractMitab, validateMitab } from '../../src/import/formats/mitab';
import { extractGraphData, parseNociscopeFiles, validateGraphData } from '../../src/import/formats/nociscope';
import { convert, setContext, type NamedText } from '../../src/import/formats/stages';
import type { ImportProblem } from '../../src/import/types';

const ctxOf = (files: NamedText[]) => setContext(files, () => {});
const problemsOf = (ctx: ReturnType<typeof ctxOf>): ImportProblem[] => ctx.lists.flatMap((l) => l.list());
const where = (p: ImportProblem) => ({
  severity: p.severity,
  file: p.file,
  ...(p.row !== undefined ? { row: p.row } : {}),
  ...(p.line !== undefined ? { line: p.line } : {}),
  ...(p.field !== undefined ? { field: p.field } : {}),
  message: p.message,
});

describe('CSV/TSV stages', () => {
  it('validate: sorts tables by kind and reads the network table; bad tables are named with file and row', () => {
    const ctx = ctxOf([
      { name: 'e.csv', text: 'source,target\nA,B\n' },
      { name: 'n.csv', text: 'id,label\nA,Alpha\n' },
      { name: 'x-network.csv', text: 'scope,name,type,value\nnetwork,name,string,My net\n' },
      { name: 'odd.csv', text: 'colour,size\nred,3\n' },
      { name: 'empty.csv', text: '\n\n' },
    ]);
    const doc = validateCsv(ctx)!;
    expect(doc.edgeTables.map((t) => t.file.name)).toEqual(['e.csv']);
    expect(doc.nodeTables.map((t) => t.file.name)).toEqual(['n.csv']);
    expect(doc.mitabTables).toEqual([]);
    expect(doc.network?.name).toBe('My net');
    expect(problemsOf(ctx).map(where)).toEqual([
      {
        severity: 'error',
        file: 'odd.csv',
        row: 1,
        message: 'no source and target columns were found (the header is "colour, size")',
      },
      { severity: 'error', file: 'empty.csv', message: 'the table is empty' },
    ]);
  });

  it('validate: an unclosed quote is a warning at its row; no table at all gives nothing to extract', () => {
    const ctx = ctxOf([{ name: 'q.csv', text: 'source,target,note\nA,B,ok\nC,D,"open\n' }]);
    validateCsv(ctx);
    expect(problemsOf(ctx).map((p) => [p.severity, p.file, p.row])).toEqual([['warning', 'q.csv', 3]]);
    expect(validateCsv(ctxOf([{ name: 'blank.csv', text: '' }]))).toBeUndefined();
  });

  it('extract: an edge table gives ends, relation and citations from their columns, with rows', () => {
    const ctx = ctxOf([
      {
        name: 'e.csv',
        text: 'id,source,target,relation,pmid,note\nr1,A,B,inhibits,15995723,first\n,B,C,,,\n',
      },
    ]);
    const x = extractCsv(ctx, validateCsv(ctx)!);
    expect(x.nodes).toEqual([]);
    const [part] = x.parts!;
    expect(part!.problems.file).toBe('e.csv');
    expect(part!.nodes.map((n) => [n.id, n.label, n.where?.row])).toEqual([
      ['A', 'A', 2],
      ['B', 'B', 2],
      ['C', 'C', 3],
    ]);
    expect(part!.edges.map((e) => [e.id, e.source, e.target, e.attributes, e.where?.row])).toEqual([
      ['r1', 'A', 'B', { relation: 'inhibits', pmid: 15995723, note: 'first' }, 2],
      ['', 'B', 'C', {}, 3],
    ]);
  });

  it('extract: an empty end is an error with its file, row and column; the row gives no edge', () => {
    const ctx = ctxOf([{ name: 'gaps.csv', text: 'source,target\nA,\nB,C\n' }]);
    const x = extractCsv(ctx, validateCsv(ctx)!);
    expect(x.parts![0]!.edges.map((e) => e.source)).toEqual(['B']);
    expect(problemsOf(ctx).map(where)).toEqual([
      { severity: 'error', file: 'gaps.csv', row: 2, field: 'target', message: 'the "target" cell is empty' },
    ]);
  });

  it('extract: columns of one end describe that end, not the edge and not the other end', () => {
    const ctx = ctxOf([
      {
        name: 'string.tsv',
        text: 'node1\tnode2\tnode1_string_id\tnode2_string_id\tcombined_score\nIL6\tTNF\t9606.ENSP1\t9606.ENSP2\t0.9\n',
      },
    ]);
    const part = extractEdgeTable(validateCsv(ctx)!.edgeTables[0]!, undefined);
    expect(part.nodes.map((n) => [n.id, n.attributes])).toEqual([
      ['IL6', { string_id: '9606.ENSP1' }],
      ['TNF', { string_id: '9606.ENSP2' }],
    ]);
    expect(part.edges[0]!.attributes).toEqual({ combined_score: 0.9 });
  });

  it("extract: Nociscope's nodes table is typed by the node declarations, its edges table by the edge ones", () => {
    // The network table gives the same column name two types: a reader that typed the edges with
    // the node declarations (or the reverse) reads 3 as a list or "0.5; 0.7" as a number.
    const ctx = ctxOf([
      { name: 'x.csv', text: 'source,target,score,format_version,data_version\nA,B,0.5; 0.7,5,1\n' },
      {
        name: 'x-nodes.csv',
        text: 'id,label,score,format_version,data_version\nA,Alpha,3,5,1\nB,Beta,4,5,1\n',
      },
      {
        name: 'x-network.csv',
        text: 'scope,name,type,value\nnetwork,name,string,Typed\nnodes,score,int,\nedges,score,list,\n',
      },
    ]);
    const x = extractCsv(ctx, validateCsv(ctx)!);
    const [nodes, edges] = x.parts!;
    expect(nodes!.problems.file).toBe('x-nodes.csv');
    expect(nodes!.nodes.map((n) => n.attributes)).toEqual([
      { label: 'Alpha', score: 3 },
      { label: 'Beta', score: 4 },
    ]);
    expect(edges!.problems.file).toBe('x.csv');
    // The ends are the nodes table's: the edge table declares no node of its own.
    expect(edges!.nodes).toEqual([]);
    expect(edges!.edges.map((e) => e.attributes)).toEqual([{ score: ['0.5', '0.7'] }]);
    expect(x.name).toBe('Typed');
  });

  it("convert: each table's problems go to its own file, and an error in any file blocks the network", () => {
    const files = [
      { name: 'edges.csv', text: 'source,target,sign\nA,B,maybe\n' },
      { name: 'nodes.csv', text: 'id,label\nA,Alpha\nA,Again\nB,Beta\n' },
    ];
    const ctx = ctxOf(files);
    const network = convert(ctx, 'csv', extractCsv(ctx, validateCsv(ctx)!));
    expect(network?.nodes.map((n) => n.label)).toEqual(['Alpha', 'Beta']);
    expect(problemsOf(ctx).map((p) => [p.file, p.row, p.severity])).toEqual([
      ['edges.csv', 2, 'warning'],
      ['nodes.csv', 3, 'warning'],
    ]);
    const blocked = parseCsvFiles([...files, { name: 'more.csv', text: 'id,label\n,No id\n' }], () => {});
    expect(blocked.network).toBeUndefined();
    expect(blocked.problems[2]!.list()).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'more.csv',
        row: 2,
        message: 'the row has no node id',
      }),
    ]);
  });
});

const MITAB_HEADER_LINE =
  '#ID(s) interactor A\tID(s) interactor B\tAlt. ID(s) interactor A\tAlt. ID(s) interactor B\tAlias(es) interactor A\tAlias(es) interactor B\tInteraction detection method(s)\tPublication 1st author(s)\tPublication Identifier(s)\tTaxid interactor A\tTaxid interactor B\tInteraction type(s)\tSource database(s)\tInteraction identifier(s)\tConfidence value(s)';
/** A row written for this test in IntAct's shape: A and B differ in every column of their own. */
const MITAB_ROW = [
  'uniprotkb:P01137',
  'uniprotkb:P01375',
  'intact:EBI-1',
  'intact:EBI-2',
  'psi-mi:tgfb1_human(display_long)|uniprotkb:TGFB1(gene name)',
  'uniprotkb:TNF(gene name)',
  'psi-mi:"MI:0018"(two hybrid)',
  'Writer et al. (2005)',
  'pubmed:15995723|imex:IM-1',
  'taxid:9606(human)',
  'taxid:10090(mouse)',
  'psi-mi:"MI:0915"(physical association)',
  'psi-mi:"MI:0469"(IntAct)',
  'intact:EBI-100',
  'intact-miscore:0.56',
].join('\t');

describe('MITAB stages', () => {
  it('validate: a table is MITAB by its header (rows from 2) or by its first row (rows from 1)', () => {
    const headed = ctxOf([{ name: 'intact.txt', text: `${MITAB_HEADER_LINE}\n${MITAB_ROW}\n` }]);
    expect(validateCsv(headed)!.mitabTables.map((t) => [t.firstRow, t.rows.length])).toEqual([[2, 1]]);
    const bare = ctxOf([{ name: 'psicquic.tsv', text: `${MITAB_ROW}\n${MITAB_ROW}\n` }]);
    expect(validateCsv(bare)!.mitabTables.map((t) => [t.firstRow, t.rows.length])).toEqual([[1, 2]]);
    const edges = ctxOf([{ name: 'e.csv', text: 'source,target\nA,B\n' }]);
    expect(validateMitab(validateCsv(edges)!.edgeTables[0]!)).toBeUndefined();
  });

  it("extract: each interactor from its own columns, the interaction from the interaction's", () => {
    const ctx = ctxOf([{ name: 'intact.txt', text: `${MITAB_HEADER_LINE}\n${MITAB_ROW}\n` }]);
    const part = extractMitab(validateCsv(ctx)!.mitabTables[0]!);
    expect(part.nodes).toEqual([
      {
        id: 'uniprot:P01137',
        label: 'TGFB1',
        identifiers: ['uniprot:P01137', 'intact:EBI-1'],
        synonyms: ['tgfb1_human'],
        attributes: { taxon: 'human' },
        where: { row: 2 },
      },
      {
        id: 'uniprot:P01375',
        label: 'TNF',
        identifiers: ['uniprot:P01375', 'intact:EBI-2'],
        synonyms: [],
        attributes: { taxon: 'mouse' },
        where: { row: 2 },
      },
    ]);
    expect(part.edges).toEqual([
      {
        id: '',
        source: 'uniprot:P01137',
        target: 'uniprot:P01375',
        interaction: 'physical association',
        attributes: {
          'detection method': 'two hybrid',
          'first author': 'Writer et al. (2005)',
          'source database': 'IntAct',
          'interaction id': 'intact:EBI-100',
          confidence: 'intact-miscore:0.56',
          publications: ['pubmed:15995723', 'imex:IM-1'],
        },
        where: { row: 2 },
      },
    ]);
  });

  it('extract: a row without interactor B is an error with its file, row and column', () => {
    const noB = MITAB_ROW.replace('uniprotkb:P01375', '-');
    const ctx = ctxOf([{ name: 'psicquic.tsv', text: `${MITAB_ROW}\n${noB}\n` }]);
    const part = extractMitab(validateCsv(ctx)!.mitabTables[0]!);
    expect(part.edges).toHaveLength(1);
    expect(problemsOf(ctx).map(where)).toEqual([
      {
        severity: 'error',
        file: 'psicquic.tsv',
        row: 2,
        field: 'ID(s) interactor B',
        message: 'the row has no interactor B',
      },
    ]);
  });

  it('convert: an undirected network with the PubMed ids as evidence; an interactor is declared once', () => {
    const again = MITAB_ROW.replace('uniprotkb:P01375', 'uniprotkb:P05231');
    const r = parseCsvFiles(
      [{ name: 'intact.txt', text: `${MITAB_HEADER_LINE}\n${MITAB_ROW}\n${again}\n` }],
      () => {},
    );
    expect(r.problems.flatMap((l) => l.list())).toEqual([]);
    expect(r.network!.directed).toBe(false);
    expect(r.network!.nodes.map((n) => n.id)).toEqual(['uniprot:P01137', 'uniprot:P01375', 'uniprot:P05231']);
    expect(r.network!.edges.map((e) => e.evidence)).toEqual([[{ pmid: '15995723' }], [{ pmid: '15995723' }]]);
  });
});

const graphData = (paths: string[]) =>
  paths.map((p) => ({ name: p, text: readFileSync(`tests/fixtures/export/graph-data/${p}`, 'utf8') }));
const ENTITIES = readFileSync('tests/fixtures/import/entities.valid.yaml', 'utf8');
const relationsTo = (target: string) =>
  [
    'title: Test',
    'relations:',
    '  - id: t_relieves',
    '    source: tgfb1_import',
    '    relation: relieves',
    `    target: ${target}`,
    '    evidence:',
    '      - source: chen2015',
    '        kind: animal-model',
    '        note: Written for this test in our own words.',
  ].join('\n');

describe('graph-data stages', () => {
  it('validate: a schema problem has its file, line and column; nothing is handed on', () => {
    const ctx = ctxOf([
      { name: 'entities.yaml', text: ENTITIES },
      { name: 'bad.yaml', text: readFileSync('tests/fixtures/import/relation.invalid.yaml', 'utf8') },
      { name: 'story.yaml', text: 'title: A story\nsteps: []\n' },
    ]);
    expect(validateGraphData(ctx)).toBeUndefined();
    const problems = problemsOf(ctx);
    expect(problems.find((p) => /helps/.test(p.message))).toMatchObject({
      severity: 'error',
      file: 'bad.yaml',
      line: 5,
      col: expect.any(Number),
    });
    expect(problems.find((p) => p.file === 'story.yaml')).toMatchObject({
      severity: 'warning',
      message: 'this is a story file; stories are not imported',
    });
    expect(problems.filter((p) => p.file === 'entities.yaml')).toEqual([]);
  });

  it('extract: each entity and relation file is a part of its own, mechanism and evidence from it', () => {
    const ctx = ctxOf(
      graphData(['relations/pain.yaml', 'entities/nodes.yaml', 'relations/therapy.yaml', 'sources.yaml']),
    );
    const x = extractGraphData(ctx, validateGraphData(ctx)!);
    expect([x.nodes, x.edges]).toEqual([[], []]);
    const [entities, pain, therapy] = x.parts!;
    expect(x.parts!.map((p) => p.problems.file)).toEqual([
      'entities/nodes.yaml',
      'relations/pain.yaml',
      'relations/therapy.yaml',
    ]);
    expect(entities!.edges).toEqual([]);
    expect(entities!.nodes.find((n) => n.id === 'tnf')?.attributes.kind).toBe('mediator');
    expect([pain, therapy].map((p) => new Set(p!.edges.map((e) => e.attributes.mechanism)))).toEqual([
      new Set(['pain']),
      new Set(['therapy']),
    ]);
    // With entities given, the ends are theirs: no relation file declares a node.
    expect([pain, therapy].flatMap((p) => p!.nodes)).toEqual([]);
    const first = pain!.edges[0]!;
    expect([first.id, first.source, first.interaction, first.target]).toEqual([
      'microglia_releases_tnf',
      'microglia',
      'releases',
      'tnf',
    ]);
    // The cited source's PMID and DOI come from the bibliography.
    expect(first.evidence).toEqual([
      {
        source: 'marchand2005',
        kind: 'review',
        note: 'Activated microglia release TNF & IL-1β in the dorsal horn.',
        pmid: '15995723',
        doi: '10.1038/nrn1700',
      },
    ]);
    expect(x.name).toBe('graph-data');
  });

  it('extract: relation ends stand as nodes (once) only when no entity file is given', () => {
    const ctx = ctxOf([
      { name: 'r1.yaml', text: relationsTo('neuropathic_pain') },
      { name: 'r2.yaml', text: relationsTo('neuropathic_pain').replace('t_relieves', 't2') },
    ]);
    const x = extractGraphData(ctx, validateGraphData(ctx)!);
    expect(x.parts!.map((p) => p.nodes.map((n) => n.id))).toEqual([['tgfb1_import', 'neuropathic_pain'], []]);
    expect(problemsOf(ctx).map(where)).toEqual([
      {
        severity: 'warning',
        file: 'r1.yaml',
        message: 'no entity file was given; relation ends are shown by their ids',
      },
    ]);
  });

  it("convert: a second entity with the same id is a warning in its own file, not the first file's", () => {
    const r = parseNociscopeFiles([
      { name: 'relations.yaml', text: relationsTo('tgfb1_import') },
      { name: 'entities.yaml', text: ENTITIES },
      { name: 'more-entities.yaml', text: ENTITIES },
    ]);
    expect(r.network!.nodes.map((n) => n.id)).toEqual(['tgfb1_import']);
    expect(r.problems.map((l) => l.list().map((p) => [p.file, p.severity, p.message]))).toEqual([
      [],
      [],
      [['more-entities.yaml', 'warning', 'a second node has the id "tgfb1_import"; only the first is kept']],
    ]);
  });

  it("convert: a relation to an entity that is not there is an error in the relation's file", () => {
    const r = parseNociscopeFiles([
      { name: 'entities.yaml', text: ENTITIES },
      { name: 'relations.yaml', text: relationsTo('neuropathic_pain') },
    ]);
    expect(r.network).toBeUndefined();
    expect(r.problems.map((l) => l.list().map(where))).toEqual([
      [],
      [
        {
          severity: 'error',
          file: 'relations.yaml',
          field: 'target',
          message: 'edge "t_relieves" points to a node "neuropathic_pain" that is not in the file',
        },
      ],
    ]);
    const ok = parseNociscopeFiles([
      { name: 'entities.yaml', text: ENTITIES },
      { name: 'relations.yaml', text: relationsTo('tgfb1_import') },
    ]);
    expect(ok.network!.edges).toMatchObject([
      { id: 't_relieves', polarity: -1, attributes: { mechanism: 'relations' } },
    ]);
  });
});
