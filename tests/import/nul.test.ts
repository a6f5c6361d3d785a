// A NUL (a "\u0000" escape in JSON gets past the NUL-byte check) or another control character XML
// cannot hold never merges two ids: an id holding one is refused in every format, so a GraphML
// export can never turn "a<NUL>b" into "ab", the id of another node. Elsewhere (a note) it is text.
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/graphml';
import { parseNetworkFile } from '../../src/import/parse';
import { importedToExportView } from '../../src/import/toExportView';

const errors = (r: { problems: readonly { severity: string; message: string }[] }) =>
  r.problems.filter((p) => p.severity === 'error').map((p) => p.message);

describe('NUL and control characters', () => {
  it('refuses a node id written with a \\u0000 escape, which GraphML would merge with "ab"', () => {
    const text = '{"elements":{"nodes":[\n{"data":{"id":"a\\u0000b"}},\n{"data":{"id":"ab"}}]}}';
    const r = parseNetworkFile('nul.cyjs', text);
    expect(r.network).toBeUndefined();
    expect(errors(r)).toEqual([
      'the node id "a<U+0000>b" holds the control character U+0000, which GraphML and other exports cannot keep (it would merge with another id)',
    ]);
  });

  it('reads an escaped backslash before u0000 as the text it is', () => {
    const text = '{"elements":{"nodes":[{"data":{"id":"a\\\\u0000b"}},{"data":{"id":"ab"}}]}}';
    const r = parseNetworkFile('text.cyjs', text);
    expect(r.network?.nodes.map((n) => n.id)).toEqual(['a\\u0000b', 'ab']);
  });

  it('refuses a node or edge id holding another control character, in any format', () => {
    const cyjs = '{"elements":{"nodes":[{"data":{"id":"a\\u0001b"}},{"data":{"id":"ab"}}]}}';
    const r = parseNetworkFile('ctl.cyjs', cyjs);
    expect(r.network).toBeUndefined();
    expect(errors(r)[0]).toBe(
      'the node id "a<U+0001>b" holds the control character U+0001, which GraphML and other exports cannot keep (it would merge with another id)',
    );
    const csv = parseNetworkFile('ctl.csv', 'source,target\na\u0002b,ab\n');
    expect(errors(csv)[0]).toMatch(/node id "a<U\+0002>b" holds the control character U\+0002/);
    const edge =
      '{"elements":{"nodes":[{"data":{"id":"a"}}],"edges":[{"data":{"id":"e\\u001f","source":"a","target":"a"}}]}}';
    expect(errors(parseNetworkFile('e.cyjs', edge))[0]).toMatch(/edge id "e<U\+001F>" holds/);
  });

  it('every node that imports comes back from GraphML: ids are never merged', () => {
    const text =
      '{"elements":{"nodes":[{"data":{"id":"a\\tb"}},{"data":{"id":"ab"}},{"data":{"id":"a b"}}]}}';
    const net = parseNetworkFile('ok.cyjs', text).network!;
    const back = parseNetworkFile('back.graphml', toGraphml(importedToExportView(net))).network!;
    expect(back.nodes.map((n) => n.id)).toEqual(['a\tb', 'ab', 'a b']);
  });
});
