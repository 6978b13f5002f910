/**
 * Checks of an order or draft (kontrola): a catalogue of rules with stable codes, severities, Polish messages,
 * locations in citation form, the source of each rule and, where safe, a fix. Pure and fast enough to run on
 * every keystroke (see test/bench/suites/checks.ts); results are plain data.
 *
 * Usage: `checkOrder(order, { against, today })` → `Finding[]`; `applyFix(order, finding, { against })` → the
 * order with the finding's fix applied (a new object; the input is not mutated).
 */
import type { Order } from '../model/order.js';
import { buildContext, type CheckContext } from './context.js';
import { ACT_CITATION_RULES } from './rules/act-citations.js';
import { AMENDING_RULES } from './rules/amending.js';
import { COVERAGE_RULES } from './rules/coverage.js';
import { ENUMERATION_RULES } from './rules/enumerations.js';
import { FINAL_RULES, fixRepeal } from './rules/final.js';
import { LANGUAGE_RULES } from './rules/language.js';
import { MENTION_RULES } from './rules/mentions.js';
import { ORGANISATION_RULES } from './rules/organisation.js';
import { OTHER_TASKS_RULES } from './rules/other-tasks.js';
import { PROVISION_REF_RULES } from './rules/provision-refs.js';
import { REFERENCE_RULES } from './rules/references.js';
import { STRUCTURE_RULES } from './rules/structure.js';
import { SYMBOL_RULES } from './rules/symbols.js';
import { UNPLACED_RULES } from './rules/unplaced.js';
import type { CheckOptions, Finding, Rule, RuleSource, Severity } from './types.js';
import { writtenLocator } from './written-location.js';

export type { CheckOptions, Finding, FixRef, RuleSource, Severity } from './types.js';
export { comparisonFor } from './rules/coverage.js';

/** Every rule, in the order findings are listed. */
export const RULES: Rule<CheckContext>[] = [
  ...ENUMERATION_RULES,
  ...STRUCTURE_RULES,
  ...ORGANISATION_RULES,
  ...OTHER_TASKS_RULES,
  ...SYMBOL_RULES,
  ...LANGUAGE_RULES,
  ...REFERENCE_RULES,
  ...PROVISION_REF_RULES,
  ...ACT_CITATION_RULES,
  ...MENTION_RULES,
  ...FINAL_RULES,
  ...COVERAGE_RULES,
  ...UNPLACED_RULES,
  ...AMENDING_RULES,
];

/** The catalogue as plain data (for the UI and the docs): code, severity, Polish title, source, whether it can fix. */
export interface CatalogueEntry {
  code: string;
  severity: Severity;
  title: string;
  source: RuleSource;
  fixable: boolean;
}

/** The catalogue of rules. */
export function catalogue(): CatalogueEntry[] {
  return RULES.map((r) => ({ code: r.code, severity: r.severity, title: r.title, source: r.source, fixable: !!r.fix }));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks an order. In: the order (imported or a draft) and options (`against`: the order it replaces, enabling
 * the repeal match and the coverage ledger; `today`: ISO date for drafts without a date). Out: findings in rule
 * order, each with code, severity, `where` (citation), Polish message, and a fix reference when one is safe.
 * Never throws on a valid model: a rule that fails reports an `internal` info finding instead of breaking the
 * editor.
 */
export function checkOrder(order: Order, options: CheckOptions = {}): Finding[] {
  const ctx = buildContext(order, options);
  const out: Finding[] = [];
  for (const rule of RULES) {
    try {
      for (const f of rule.check(ctx)) {
        const { severity, ...rest } = f;
        out.push({ code: rule.code, severity: severity ?? rule.severity, ...rest });
      }
    } catch (e) {
      out.push({ code: 'internal', severity: 'info', where: '§ 1', message: `Reguła ${rule.code} nie mogła sprawdzić zarządzenia (${e instanceof Error ? e.message : String(e)}).` });
    }
  }
  // an imported text whose own labels differ from the positions is cited by its written labels (`§ 10 (drugi)`)
  const own = writtenLocator(order, ctx.locations);
  const against = options.against ? writtenLocator(options.against) : null;
  if (own || against) {
    for (const f of out) {
      const locate = f.document === 'against' ? against : own;
      if (locate) f.where = locate(f.where);
    }
  }
  return out;
}

/** Findings sorted for display: errors first, then by document position. */
export function sortFindings(findings: Finding[]): Finding[] {
  const pos = (w: string): number[] => (w.match(/\d+|[a-z]+$/g) ?? []).map((x) => (/\d/.test(x) ? Number(x) : x.charCodeAt(0)));
  return [...findings].sort((a, b) => {
    const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (s) return s;
    const pa = pos(a.where);
    const pb = pos(b.where);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] ?? -1) - (pb[i] ?? -1);
      if (d) return d;
    }
    return 0;
  });
}

/**
 * Applies the fix of a finding. In: the order the finding was computed on, the finding (with `fix`), and the
 * same options. Out: a new order, or the same order when the finding has no fix or its rule is unknown.
 */
export function applyFix(order: Order, finding: Finding, options: CheckOptions = {}): Order {
  if (!finding.fix) return order;
  if (finding.code === 'final.repeal') return options.against ? fixRepeal(order, options.against) : order;
  const rule = RULES.find((r) => r.code === finding.code);
  return rule?.fix ? rule.fix(order, finding.fix) : order;
}
