// @vitest-environment jsdom
// "Cite this" in the details panel opens the Cite section on that relation or source.
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { ExportPanel } from '../../src/features/export/ExportPanel';
import { resetStore, useAppStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';
import type { RelationId, SourceId } from '../../src/model/schema';

beforeEach(() => resetStore());
afterEach(cleanup);

const references = () =>
  [...screen.getByRole('list', { name: 'References' }).querySelectorAll('li')].map(
    (li) => li.textContent ?? '',
  );

describe('Cite this', () => {
  it('a relation: opens Export & cite with that relation and only its sources', async () => {
    const user = userEvent.setup();
    renderWithGraph(<DetailsPanel />);
    act(() => useAppStore.getState().select({ type: 'edge', id: 'bmsc_secretes_tgfb1' as RelationId }));
    await user.click(screen.getByRole('button', { name: 'Cite this relation' }));
    expect(useAppStore.getState().panel).toBe('export');
    cleanup();

    renderWithGraph(<ExportPanel />);
    expect(screen.getByRole('radio', { name: /^Relation: BMSC secretes TGF-β1/ })).toBeChecked();
    const refs = references();
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.some((r) => r.includes('10.1172/JCI80883'))).toBe(true);
    // The NK-cell paper has nothing to do with this relation.
    expect(refs.some((r) => r.includes('10.1016/j.cell.2018.12.022'))).toBe(false);
    // The whole view stays one click away.
    await user.click(screen.getByRole('radio', { name: /^This view/ }));
    expect(references().length).toBeGreaterThan(refs.length);
  });

  it('a source: starts on that source', async () => {
    const user = userEvent.setup();
    renderWithGraph(<DetailsPanel />);
    act(() => useAppStore.getState().select({ type: 'source', id: 'chen2015' as SourceId }));
    await user.click(screen.getByRole('button', { name: 'Cite this source' }));
    expect(useAppStore.getState().panel).toBe('export');
    cleanup();

    renderWithGraph(<ExportPanel />);
    expect(screen.getByRole('radio', { name: /^The selected source/ })).toBeChecked();
    expect(references()).toHaveLength(1);
    expect(references()[0]).toContain('Intrathecal bone marrow stromal cells inhibit neuropathic pain');
  });
});
