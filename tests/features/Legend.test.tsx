// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from '../../src/features/legend/Legend';

afterEach(cleanup);

describe('Legend', () => {
  it('names all six kinds and the three arrow meanings in text', () => {
    render(<Legend />);
    for (const kind of ['Therapy', 'Cell', 'Mediator', 'Receptor', 'Process / effect', 'Condition']) {
      expect(screen.getByText(kind)).toBeInTheDocument();
    }
    expect(screen.getByText(/pointed arrow: promotes/)).toBeInTheDocument();
    expect(screen.getByText(/flat bar: counters/)).toBeInTheDocument();
    expect(screen.getByText(/open diamond: structural/)).toBeInTheDocument();
    expect(screen.getByText(/solid: backed by a primary study/)).toBeInTheDocument();
    expect(screen.getByText(/dashed: review only/)).toBeInTheDocument();
    expect(screen.getByText(/dotted: opinion or news only/)).toBeInTheDocument();
  });

  it('can show only some kinds', () => {
    render(<Legend kinds={['cell', 'mediator']} />);
    expect(screen.getByText('Cell')).toBeInTheDocument();
    expect(screen.queryByText('Therapy')).not.toBeInTheDocument();
  });
});
