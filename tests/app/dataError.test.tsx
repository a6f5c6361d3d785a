// @vitest-environment jsdom
// Hostile graph-data never blanks the app: the loader returns problems (it never throws) and the
// data-error screen lists each with file:line, as main.tsx renders it.
import { render, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataErrorScreen } from '../../src/app/DataErrorScreen';
import { loadGraph } from '../../src/model/load';
import { SOURCES } from '../model/helpers';

const hostile = (name: string) => ({
  path: `graph-data/entities/${name}`,
  text: readFileSync(`tests/fixtures/hardening/${name}`, 'utf8'),
});

describe('the app with hostile graph-data', () => {
  it.each(['alias-bomb.invalid.yaml', 'nul-byte.invalid.yaml', 'js-function-tag.invalid.yaml'])(
    '%s shows the data-error screen with the file and line',
    (name) => {
      const result = loadGraph([SOURCES, hostile(name)]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const { container, unmount } = render(<DataErrorScreen problems={result.problems} />);
      const screen = within(container);
      expect(screen.getByRole('heading', { name: /cannot show the map/ })).toBeInTheDocument();
      expect(screen.getByText(new RegExp(`graph-data/entities/${name}:\\d+:\\d+: `))).toBeInTheDocument();
      unmount();
    },
  );
});
