import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/model/filter';
import type { NodeId } from '../../src/model/schema';
import {
  exportFileName,
  exportSubject,
  exportTitle,
  isoDate,
  slugify,
} from '../../src/features/common/fileName';
import { graph } from './graph';

const bmsc = { ...NO_FILTERS, therapies: ['bmsc_therapy' as NodeId] };

describe('export file names', () => {
  it('slugs labels, spelling out Greek letters', () => {
    expect(slugify('Intrathecal BMSC therapy')).toBe('intrathecal-bmsc-therapy');
    expect(slugify('Anti-TNFα antibodies')).toBe('anti-tnfalpha-antibodies');
    expect(slugify('  COX inhibitors (NSAIDs) ')).toBe('cox-inhibitors-nsaids');
  });

  it('names the therapy, the whole graph or the current view, with the local date', () => {
    const day = new Date(2026, 10, 22, 23, 30);
    expect(isoDate(day)).toBe('2026-11-22');
    expect(exportFileName(exportSubject(graph, bmsc, 'full'), day, 'png')).toBe(
      'nociscope-intrathecal-bmsc-therapy-2026-11-22.png',
    );
    expect(exportFileName(exportSubject(graph, NO_FILTERS, 'full'), day, 'svg')).toBe(
      'nociscope-whole-graph-2026-11-22.svg',
    );
    expect(exportFileName(exportSubject(graph, NO_FILTERS, 'view'), day, 'pdf')).toBe(
      'nociscope-current-view-2026-11-22.pdf',
    );
    expect(exportSubject(graph, { ...NO_FILTERS, kinds: ['cell'] }, 'data')).toBe('filtered-view');
    expect(exportFileName('whole-graph', '2026-01-02', 'cyjs.json')).toBe(
      'nociscope-whole-graph-2026-01-02.cyjs.json',
    );
  });

  it('joins several therapies and titles the picture after them', () => {
    const two = { ...NO_FILTERS, therapies: ['bmsc_therapy', 'anti_tnf'] as NodeId[] };
    expect(exportSubject(graph, two, 'full')).toBe('intrathecal-bmsc-therapy-and-anti-tnfalpha-antibodies');
    expect(exportTitle(graph, bmsc)).toBe('Nociscope — Intrathecal BMSC therapy mechanism');
  });
});
