// axe-core in a page of a browser test: the WCAG 2.0/2.1 A and AA rules on the whole document as it
// is, nothing excluded (as tests/e2e/a11y.e2e.ts runs it), with a readable report.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The part of axe's result the tests read (axe.d.ts describes it in full). */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[] }[];
}

/** axe on the whole document as it is now. Nothing is excluded: the map is a <canvas>, which axe
 *  reads only through the container's role and label. */
export async function runAxe(page: Page): Promise<Violation[]> {
  // Evaluated by the test driver, not added as an inline <script>, which the page's CSP blocks.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
    };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return JSON.parse(JSON.stringify(violations)) as Violation[];
  }, WCAG_TAGS);
}

/** Each violation in one line with the first elements it names; empty when there is none. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await runAxe(page)).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' >> '))
        .join(', ')}`,
  );
}

/** Fails the test with each violation and the first elements it names. */
export async function expectNoAxeViolations(page: Page, view: string): Promise<void> {
  const violations = await runAxe(page);
  const text = violations
    .map(
      (v) =>
        `[${view}] ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' >> '))
          .join('\n    ')}`,
    )
    .join('\n');
  expect(
    violations.map((v) => v.id),
    text,
  ).toEqual([]);
}
