// @vitest-environment node
// GraphML's edgedefault says whether a network is directed (issue 22): an undirected network (a
// networkx Graph written with nx.write_graphml) went out as edgedefault="directed", so networkx read
// it back as a DiGraph. Every edge marked `directed: false` → edgedefault="undirected".
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/graphml';
import { parseNetworkFile } from '../../src/import/parse';
import { importedToExportView } from '../../src/import/toExportView';
import { fixture } from '../import/helpers';
import { readGraphmlLikeNetworkx } from './consumers';
import { fixtureView } from './helpers';

const open = (name: string) => parseNetworkFile(name, fixture(name)).network!;

describe('GraphML edgedefault', () => {
  it('an undirected network is written undirected, and networkx and Nociscope read it so', () => {
    const network = open('networkx-undirected.valid.graphml');
    expect(network.directed).toBe(false);
    const xml = toGraphml(importedToExportView(network));
    expect(xml).toContain('edgedefault="undirected"');
    expect(readGraphmlLikeNetworkx(xml)).toEqual({
      directed: false,
      nodes: network.nodes.length,
      edges: network.edges.length,
    });
    const back = parseNetworkFile('back.graphml', xml).network!;
    expect(back.directed).toBe(false);
    expect(back.edges).toHaveLength(network.edges.length);
  });

  it('a directed network and the curated graph stay directed', () => {
    const directed = open('every-key-type.valid.graphml');
    expect(directed.directed).toBe(true);
    expect(readGraphmlLikeNetworkx(toGraphml(importedToExportView(directed))).directed).toBe(true);
    expect(readGraphmlLikeNetworkx(toGraphml(fixtureView())).directed).toBe(true);
  });

  it('a network with some directed edges stays directed', () => {
    const network = open('networkx-undirected.valid.graphml');
    const mixed = {
      ...network,
      edges: [
        ...network.edges,
        {
          ...network.edges[0]!,
          id: 'extra',
          attributes: { ...network.edges[0]!.attributes, directed: true },
        },
      ],
    };
    expect(toGraphml(importedToExportView(mixed))).toContain('edgedefault="directed"');
  });
});
