// @vitest-environment node
// Overlay matching against the real curated graph.
import { describe, expect, it } from 'vitest';
import { acceptedMatches, decide, identifierKey, matchToCurated, nameKey } from '../../src/import/match';
import { toCyjs } from '../../src/export/cyjs';
import { selectView } from '../../src/export/view';
import { parseNetworkFile } from '../../src/import/parse';
import { curatedGraph, fingerprint } from './curated';
import { fixture } from './helpers';

const graph = curatedGraph();

describe('matching imported nodes to curated entities', () => {
  it('matches TGFB1, HGNC:11766 and P01137 to the curated TGF-β1', () => {
    const csv = [
      'source,target,relation',
      'TGFB1,X1,binds',
      'HGNC:11766,X2,binds',
      'P01137,X3,binds',
      'TGF-beta1,X4,binds',
      'tgf β1,X5,binds',
    ].join('\n');
    const before = fingerprint(graph);
    const r = parseNetworkFile('overlay.csv', csv);
    const matches = matchToCurated(r.network!, graph);
    const tgf = matches.filter((m) => m.curatedId === 'tgfb1');
    expect(tgf.map((m) => m.importedId)).toEqual(['TGFB1', 'HGNC:11766', 'P01137', 'TGF-beta1', 'tgf β1']);
    expect(tgf.map((m) => m.reason)).toEqual(['synonym', 'identifier', 'identifier', 'name', 'name']);
    expect(matches.some((m) => m.importedId.startsWith('X'))).toBe(false);
    expect(fingerprint(graph)).toBe(before);
  });

  it('prefers a shared identifier over a name, from represents, alias and namespace columns', () => {
    const cx = parseNetworkFile('n.cx', fixture('ndex-pathway.valid.cx')).network!;
    const m = matchToCurated(cx, graph);
    expect(m.find((x) => x.importedId === '0')).toMatchObject({ curatedId: 'tgfb1', reason: 'identifier' });
    expect(m.find((x) => x.importedId === '1')).toMatchObject({
      reason: 'identifier',
      via: 'uniprot:P01375',
    });
    const cyjs = parseNetworkFile('d.cyjs', fixture('cytoscape-desktop.valid.cyjs')).network!;
    expect(matchToCurated(cyjs, graph).find((x) => x.importedId === '126')).toMatchObject({
      curatedId: 'tgfb1',
      reason: 'identifier',
      via: 'HGNC:11766',
    });
  });

  it('matches an export of the curated graph entity for entity, to itself', () => {
    const net = parseNetworkFile('nociscope.cyjs', toCyjs(selectView(graph))).network!;
    const m = matchToCurated(net, graph);
    expect(m).toHaveLength(graph.nodes.length);
    for (const x of m) expect(x.curatedId).toBe(x.importedId);
  });

  it('reads identifiers however files write them', () => {
    expect(identifierKey('hgnc:11766')).toBe('HGNC:11766');
    expect(identifierKey('HGNC:HGNC:11766')).toBe('HGNC:11766');
    expect(identifierKey('uniprot:p01137')).toBe('UniProt:P01137');
    expect(identifierKey('UniProtKB:P01137-2')).toBe('UniProt:P01137');
    expect(identifierKey('https://identifiers.org/hgnc:11766')).toBe('HGNC:11766');
    expect(identifierKey('http://identifiers.org/hgnc/HGNC:11766')).toBe('HGNC:11766');
    expect(identifierKey('http://identifiers.org/uniprot/P01137')).toBe('UniProt:P01137');
    expect(identifierKey('http://identifiers.org/go/GO:0006954')).toBe('GO:0006954');
    expect(identifierKey('http://purl.obolibrary.org/obo/CL_0000623')).toBe('CL:0000623');
    expect(identifierKey('CL_0000623')).toBe('CL:0000623');
    expect(identifierKey('hgnc.symbol:TGFB1')).toEqual({ name: 'TGFB1' });
    expect(identifierKey('11766', 'hgnc')).toBe('HGNC:11766');
    expect(identifierKey('TGFB1')).toBeUndefined();
    expect(nameKey('TNF-α')).toBe(nameKey('TNF alpha'));
    expect(nameKey('TGF-β1')).not.toBe(nameKey('TGF-β2'));
  });

  it('accepts and undoes matches without changing the old decisions', () => {
    const net = parseNetworkFile('o.csv', 'source,target\nTGFB1,IL10\n').network!;
    const m = matchToCurated(net, graph);
    expect(m.map((x) => x.curatedId)).toEqual(['tgfb1', 'il10']);
    const none = new Map<string, 'accepted' | 'rejected'>();
    const one = decide(none, 'TGFB1', 'accepted');
    expect(acceptedMatches(m, one)).toEqual(new Map([['TGFB1', 'tgfb1']]));
    expect(acceptedMatches(m, none).size).toBe(0);
    expect(acceptedMatches(m, decide(one, 'TGFB1', undefined)).size).toBe(0);
    expect(acceptedMatches(m, decide(one, '__proto__', 'accepted')).size).toBe(1);
  });
});
