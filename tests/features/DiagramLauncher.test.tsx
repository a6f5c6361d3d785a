// The one-line mount point panels use to open a pathway diagram (features/common/DiagramLauncher).
// Opening it draws with Cytoscape and ELK, which the browser test (tests/e2e/diagram.e2e.ts) covers.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagramLauncher } from '../../src/features/common/DiagramLauncher';
import type { RelationId } from '../../src/model/schema';
import { kb } from './helpers';

afterEach(cleanup);

describe('DiagramLauncher', () => {
  it('offers a diagram only when there is something to draw', () => {
    const { rerender } = render(<DiagramLauncher graph={kb.graph} relationIds={[]} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(
      <DiagramLauncher
        graph={kb.graph}
        relationIds={[]}
        groups={[{ id: 'a', label: 'A therapy', relationIds: ['bmsc_secretes_tgfb1' as RelationId] }]}
      />,
    );
    expect(screen.getByRole('button', { name: 'Draw as a diagram' })).toBeInTheDocument();
    rerender(
      <DiagramLauncher
        graph={kb.graph}
        relationIds={['bmsc_secretes_tgfb1' as RelationId]}
        label="Draw it"
      />,
    );
    expect(screen.getByRole('button', { name: 'Draw it' })).toBeInTheDocument();
  });
});
