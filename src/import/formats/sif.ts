// SIF, the simple interaction format of Cytoscape desktop: one line per interaction,
// `source <interaction> target [target…]`, fields separated by tabs — or, in a file without tabs,
// by spaces (as Cytoscape reads it). A line with a single name is a node without edges.
// Names are the node ids and labels; the interaction word is kept (and signed only when unambiguous).
import { NetworkBuilder } from '../build';
import { quote } from '../problems';
import { baseName, every, type FormatParser } from './common';

export const parseSif: FormatParser = (ctx, text) => {
  const { problems } = ctx;
  const b = new NetworkBuilder(problems, 'sif');
  const lines = text.split(/\r\n|\n|\r/);
  // As Cytoscape reads SIF: a file with any tab is tab-separated throughout (names may hold spaces);
  // otherwise fields are separated by spaces.
  const tabs = text.includes('\t');
  const node = (name: string, line: number) => {
    if (!b.hasNode(name)) b.addNode({ id: name, attributes: {}, label: name, where: { line } });
  };
  const tick = every(ctx.progress, lines.length, 0.3, 0.9);
  lines.forEach((raw, i) => {
    tick(i);
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields = (tabs ? raw.split('\t') : raw.trim().split(/ +/)).map((f) => f.trim());
    const [source, interaction, ...targets] = fields;
    // A header some tools write ("source interaction target") is not an edge.
    if (
      i === 0 &&
      /^(source|from|node1)$/i.test(source ?? '') &&
      /^(target|to|node2)$/i.test(targets[0] ?? '')
    )
      return;
    if (!source) {
      problems.error('the line starts with an empty name', 'Each line is: source, interaction, target(s).', {
        line,
        row: line,
      });
      return;
    }
    if (fields.length === 1) {
      node(source, line);
      return;
    }
    if (fields.length === 2 || targets.every((t) => t === '')) {
      problems.error(
        `the line ${quote(raw, 50)} has an interaction but no target`,
        'Each line is: source, interaction, target (separated by tabs), or a single node name.',
        { line, row: line },
      );
      return;
    }
    node(source, line);
    for (const target of targets) {
      if (target === '') continue;
      node(target, line);
      b.addEdge({
        id: '',
        source,
        target,
        attributes: {},
        ...(interaction ? { interaction } : {}),
        where: { line, row: line },
      });
    }
  });
  return b.finish({ name: baseName(ctx.fileName), fileNames: [ctx.fileName] });
};
