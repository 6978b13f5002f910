/**
 * axe-core (installed, node_modules/axe-core) run in the page of an end-to-end test: the rules of WCAG 2.0/2.1
 * levels A and AA and axe's best practices, on the whole page as it stands (a screen, a dialog open, a panel
 * shown). The source is evaluated through the DevTools protocol (`page.evaluate`), which the page's Content
 * Security Policy does not govern, so the app's CSP stays as strict as in Electron. The print preview's frame runs
 * no scripts (sandboxed), so axe does not enter it: it holds the generated document, not controls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness.js';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** One violation: rule, impact, how many elements, and the first few of them (their HTML, shortened). */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/** What axe found on one screen or state. */
export interface AxeFigures {
  screen: string;
  violations: AxeViolation[];
  /** Counts of violating elements by impact. */
  byImpact: Record<'critical' | 'serious' | 'moderate' | 'minor', number>;
  /** Rules that passed, and rules axe could not decide (to be looked at by hand). */
  passes: number;
  incomplete: number;
}

/** Runs axe on the page. In: the page, the name of the screen or state. Out: the figures. */
export async function runAxe(page: Page, screen: string): Promise<AxeFigures> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!has) await page.evaluate(AXE_SOURCE);
  const r = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string }> }>; passes: unknown[]; incomplete: unknown[] }> } }).axe;
    const res = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      iframes: false,
      resultTypes: ['violations'],
    });
    return {
      violations: res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 4).map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`) })),
      passes: res.passes.length,
      incomplete: res.incomplete.length,
    };
  });
  const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of r.violations) if (v.impact && v.impact in byImpact) byImpact[v.impact as keyof typeof byImpact] += v.nodes;
  return { screen, violations: r.violations, byImpact, passes: r.passes, incomplete: r.incomplete };
}

/** The serious and critical violations of some figures, as lines for an assertion message. */
export function blocking(f: AxeFigures): string[] {
  return f.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${f.screen}: ${v.impact} ${v.id} (${v.nodes}×) ${v.help}\n    ${v.targets.join('\n    ')}`);
}
