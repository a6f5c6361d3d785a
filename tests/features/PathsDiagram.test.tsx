// @vitest-environment jsdom
// "Colour and letter each path" in the paths diagram: off, the diagram gets the relations alone; on,
// each path becomes a group (its letter and colour are drawn by the diagram, tested in
// tests/model/diagram*.test.ts and the browser test). The diagram itself needs a real canvas, so a
// stand-in records what it is given.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PathwayDiagramProps } from '../../src/canvas/PathwayDiagram';
import { PathsDiagram } from '../../src/features/pathways/PathsDiagram';
import { findPaths } from '../../src/model/pathways/paths';
import type { NodeId } from '../../src/model/schema';
import { kb } from './helpers';

const given: PathwayDiagramProps[] = [];
vi.mock('../../src/canvas/PathwayDiagram', () => ({
  PathwayDiagram: (props: PathwayDiagramProps) => {
    given.push(props);
    return <div data-testid="diagram" />;
  },
}));

afterEach(() => {
  cleanup();
  given.length = 0;
});

describe('PathsDiagram', () => {
  it('draws each path as a lettered group when asked, and the plain relations otherwise', async () => {
    const user = userEvent.setup();
    const from = kb.graph.nodeById.get('bmsc_therapy' as NodeId)!;
    const to = kb.graph.nodeById.get('neuropathic_pain' as NodeId)!;
    const { paths } = findPaths(kb.graph, from.id, to.id);
    expect(paths.length).toBeGreaterThan(1);
    render(<PathsDiagram graph={kb.graph} paths={paths} from={from} to={to} />);
    expect(given.at(-1)!.groups).toBeUndefined();
    const relations = new Set(paths.flatMap((p) => p.steps));
    expect(new Set(given.at(-1)!.relationIds)).toEqual(relations);

    await user.click(screen.getByRole('checkbox', { name: 'Colour and letter each path' }));
    const groups = given.at(-1)!.groups!;
    expect(groups).toHaveLength(paths.length);
    expect(groups.map((g) => g.relationIds)).toEqual(paths.map((p) => p.steps));
    // Each group is named by its route, so the key says which letter is which path.
    expect(groups[0]!.label).toMatch(/^Path 1: Intrathecal BMSC therapy → .+ → Neuropathic pain$/);
    expect(new Set(given.at(-1)!.relationIds)).toEqual(relations);

    await user.click(screen.getByRole('checkbox', { name: 'Colour and letter each path' }));
    expect(given.at(-1)!.groups).toBeUndefined();
  });

  it('offers the choice only when there is more than one path', () => {
    const from = kb.graph.nodeById.get('bmsc_therapy' as NodeId)!;
    const to = kb.graph.nodeById.get('neuropathic_pain' as NodeId)!;
    const { paths } = findPaths(kb.graph, from.id, to.id);
    render(<PathsDiagram graph={kb.graph} paths={paths.slice(0, 1)} from={from} to={to} />);
    expect(screen.queryByRole('checkbox', { name: 'Colour and letter each path' })).toBeNull();
  });
});
