/**
 * Presentation helpers of the renderer: Polish dates, status names, superiors and labels of editorial units.
 * Pure functions over the order model.
 */
import { formatNumericDate, formatNumericDateTime, MONTHS } from '../../core/lexicon/dates.js';
import { Citation } from '../../core/model/citation.js';
import { superiorLabel as outlineSuperior } from '../../core/outline/outline.js';
import type { JournalCitation, LegalBasis, Order, Scope, SuperiorRef, Unit } from '../../core/model/order.js';
import { scopePoints } from '../../core/report/points.js';

/** Months in the genitive, as dates are written (the lexicon's). */
const MONTHS_GENITIVE = MONTHS;

/** `2024-12-30` → `30 grudnia 2024 r.`; anything that is not an ISO date is returned unchanged. */
export function formatDatePl(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS_GENITIVE[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]} r.` : iso;
}

/** Polish name of a registry status. */
export const STATUS_LABEL: Record<Order['meta']['status'], string> = {
  draft: 'projekt',
  signed: 'podpisane',
  inForce: 'obowiązujące',
  repealed: 'uchylone',
};

/** The heading line of an order: `Zarządzenie nr 3468/2024 Prezydenta Miasta Krakowa z dnia 30 grudnia 2024 r.` */
export function orderHeading(order: Order): string {
  const nr = order.meta.number ? `nr ${order.meta.number}` : 'nr ……';
  const date = order.meta.date ? formatDatePl(order.meta.date) : '……';
  return `Zarządzenie ${nr} Prezydenta Miasta Krakowa z dnia ${date}`;
}

/**
 * A superior as the register shows it: a unit by name and symbol (`Biuro Prasowe (KS-02)`), anyone else as the
 * outline writes them (`Dyrektor`, a deputy's name, `Prezydent Miasta Krakowa`).
 */
export function superiorLabel(order: Order, ref: SuperiorRef): string {
  if (ref.kind === 'unit') {
    const u = order.units.find((x) => x.id === ref.id);
    return u ? unitLabel(u) : 'nieznana komórka';
  }
  return outlineSuperior(order, ref);
}

/** `Biuro Prasowe (KS-02)`, or the bare name for a unit without a symbol. */
export function unitLabel(u: Unit): string {
  return u.symbol ? `${u.name} (${u.symbol})` : u.name;
}

/**
 * The number of tasks shown in the register: the points of the unit's scope, its positions' points included, as the
 * change report counts them (core/report/points.ts); null where the scope is set by a separate order.
 */
export function taskCount(scope: Scope): number | null {
  return scopePoints(scope);
}

/** Label of an item at `depth` (0 punkt, 1 litera, 2+ tiret) and 0-based `index`: `1)`, `a)`, `–`. */
export function itemLabel(depth: number, index: number): string {
  if (depth === 0) return `${index + 1})`;
  if (depth === 1) return `${Citation.letterLabel(index + 1)})`;
  return '–';
}

/** Depth of a unit in the register (0 for a top-level unit), following `parentId`; cycles stop the walk. */
export function unitDepth(order: Order, unit: Unit): number {
  const byId = new Map(order.units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let depth = 0;
  let cur = unit.parentId ? byId.get(unit.parentId) : undefined;
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    depth++;
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return depth;
}

/** A journal citation in its usual form: `Dz. U. z 2024 r. poz. 1465, 1572` (`Dz. U. z 2001 r. Nr 142, poz. 1591`). */
export function journalCitationLabel(c: JournalCitation): string {
  const issue = c.issue !== undefined ? ` Nr ${c.issue},` : '';
  return `Dz. U. z ${c.year} r.${issue} poz. ${c.positions.join(', ')}`;
}

/** The legal basis without the formula around it: `art. 33 ust. 3 ustawy … (Dz. U. z 2024 r. poz. 1465)`. */
export function legalBasisLabel(b: LegalBasis): string {
  const core = `${b.provision} ${b.act}`.trim();
  return b.citation ? `${core} (${journalCitationLabel(b.citation)})` : core;
}

/**
 * Local date and time of an ISO timestamp as Polish users write it in lists: `05.05.2026, 14:05` (dd.mm.rrrr, the
 * 24-hour clock; the registry stores UTC, the user reads their own time zone). Anything that is not a timestamp is
 * returned unchanged. (core/lexicon `formatNumericDateTime`.)
 */
export const formatDateTimePl: (iso: string) => string = formatNumericDateTime;

/** `2027-01-05` → `05.01.2027` (dd.mm.rrrr, the way Polish users write dates); anything else unchanged. */
export const formatDateNumericPl: (iso: string) => string = formatNumericDate;

/**
 * A date typed as a Polish user writes it — `5.01.2027`, `05.01.2027 r.`, `5-1-2027`, `5/01/2027` (day first) —
 * or pasted as ISO `2027-01-05`, to ISO `YYYY-MM-DD`. Out: null when it is not a real date (31.02.2027) or not a date.
 */
export function parseDatePl(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const pl = /^(\d{1,2})\s*[.\-/ ]\s*(\d{1,2})\s*[.\-/ ]\s*(\d{4})(?:\s*r\.?)?$/.exec(t);
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : pl ? [Number(pl[3]), Number(pl[2]), Number(pl[1])] : [0, 0, 0];
  if (!y) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(m)}-${p(d)}`;
}

/**
 * The Polish form of a noun after the number `n` (a whole number ≥ 0): `one` for 1, `few` for 2–4, 22–24, 32–34…
 * (not 12–14), `many` for the rest (0, 5–21, 25–31…). E.g. `countPl(3, 'punkt', 'punkty', 'punktów')` → `punkty`.
 * Source: the Polish rule of agreement of nouns with numerals (Wielki słownik języka polskiego, liczebnik główny).
 */
export function countPl(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const last = n % 10;
  const lastTwo = n % 100;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}
