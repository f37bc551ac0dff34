/**
 * axe-core in the browser tests: injected into the page from the installed package (nothing is
 * fetched from another origin) and run with the WCAG 2.0 and 2.1 A and AA rules only.
 */
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import type {AxeResults} from 'axe-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  rule: string;
  impact: string;
  /** The first few offending elements, as CSS selectors, with axe's one-line explanation. */
  nodes: string[];
  count: number;
}

/** Every violation of the WCAG A/AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({path: AXE_SCRIPT});
  }
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as {axe: {run: (...args: unknown[]) => Promise<AxeResults>}}).axe;
    const results = await axe.run(document, {
      runOnly: {type: 'tag', values: tags},
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      count: v.nodes.length,
      nodes: v.nodes
        .slice(0, 4)
        .map(
          (n) =>
            `${n.target.join(' ')} – ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`,
        ),
    }));
  }, WCAG_TAGS);
  return violations;
}

/** Violations as readable lines, for test failure messages. */
export function describeViolations(violations: Violation[]): string[] {
  return violations.map((v) => `${v.rule} (${v.impact}, ${v.count}×): ${v.nodes.join(' | ')}`);
}
