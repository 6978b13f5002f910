/**
 * Whether the amended order's list of units (§ 2, `W skład … wchodzą`) and its subordination (§ 3, `… podlegają`)
 * still agree after the amendments (issue 17: "a change that misses § 3 when § 2 was changed"): every unit (by its
 * symbol) named in one and not in the other, and every unit named differently in the two, that the amendments made
 * so (a disagreement the order already had is not the amending order's doing and is not reported). The paragrafy
 * are found by the role the importer gave them in the amended order's model (`units`, `subordination`); an entry is
 * a line that ends with a unit's symbol (`Biuro Prasowe – KS-02;`). Pure.
 */
import { SYMBOL_SOURCE } from '../lexicon/index.js';
import type { Order } from '../model/order.js';
import type { EUnit } from './tree.js';

/** One disagreement between § 2 and § 3, in Polish, with the paragrafy's labels. */
export interface UnitListProblem {
  symbol: string;
  message: string;
  /** Labels of the two paragrafy (`['2', '3']`). */
  paragrafs: [string, string];
}

/** A superior and the verb before a unit named in running text (`Zastępcy Dyrektora podlega bezpośrednio `). */
const SUPERIOR_BEFORE = /^.*?\bpodlega(?:ją)?\s+(?:bezpośrednio\s+)?/u;

const ENTRY = new RegExp(`^(.*?)\\s*[–-]\\s*(${SYMBOL_SOURCE})\\s*[;.:,]?$`, 'u');

/** Symbol → name of the entries under a paragraf; `top`: only its points (not the letters of sub-units). */
function entries(p: EUnit | undefined, top = false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (u: EUnit, depth: number): void => {
    const m = ENTRY.exec(u.text.replace(/\s+/g, ' ').trim());
    // `I Zastępcy Dyrektora podlega bezpośrednio Biuro … – KP-03`: the unit is what follows the verb
    if (m && !u.repealed && (!top || depth <= 1)) out.set(m[2]!, m[1]!.replace(SUPERIOR_BEFORE, '').trim());
    u.children.forEach((c) => walk(c, c.kind === 'ustep' || c.kind === 'line' ? depth : depth + 1));
  };
  if (p) p.children.forEach((c) => walk(c, c.kind === 'ustep' || c.kind === 'line' ? 0 : 1));
  return out;
}

/** The problems of one tree: units in one list and not the other, units named differently. */
function problems(tree: EUnit[], unitsLabel: string, subLabel: string): UnitListProblem[] {
  const paragraf = (label: string) => tree.find((u) => u.kind === 'paragraf' && u.label === label);
  // a sub-unit (a letter under its unit in § 2) stands in § 3 through its unit: only the units themselves are expected there
  const a = entries(paragraf(unitsLabel), true);
  const all = entries(paragraf(unitsLabel));
  const b = entries(paragraf(subLabel));
  const out: UnitListProblem[] = [];
  for (const [symbol, name] of a) {
    if (!b.has(symbol)) out.push({ symbol, paragrafs: [unitsLabel, subLabel], message: `komórka ${name} (${symbol}) jest w § ${unitsLabel}, a w § ${subLabel} jej nie ma` });
    else if (b.get(symbol) !== name) out.push({ symbol, paragrafs: [unitsLabel, subLabel], message: `komórka ${symbol} ma w § ${unitsLabel} nazwę „${name}”, a w § ${subLabel} „${b.get(symbol)}”` });
  }
  for (const [symbol, name] of b) if (!all.has(symbol)) out.push({ symbol, paragrafs: [unitsLabel, subLabel], message: `komórka ${name} (${symbol}) jest w § ${subLabel}, a w § ${unitsLabel} jej nie ma` });
  return out;
}

/**
 * The disagreements between § 2 and § 3 of `amended` that the amendments brought in: those of `after` (the text in
 * force with the amendments applied) that `before` (the text in force without them) did not have. In: the amended
 * order (for the roles of its paragrafy) and the two trees. Out: [] when the order has no such pair of paragrafy or
 * they agree as before. Never throws.
 */
export function unitListProblems(amended: Order, before: EUnit[], after: EUnit[]): UnitListProblem[] {
  const label = (role: string): string | null => {
    const id = amended.paragraphs.find((p) => p.role === role)?.id;
    return before.find((u) => u.kind === 'paragraf' && u.key === id)?.label ?? null;
  };
  const u = label('units');
  const s = label('subordination');
  if (!u || !s) return [];
  const had = new Set(problems(before, u, s).map((p) => p.message));
  return problems(after, u, s).filter((p) => !had.has(p.message));
}
