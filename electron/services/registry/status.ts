/**
 * The status of an order in the registry, derived (never stored): an order is in force (`inForce`) when it is
 * signed, its entry into force has been reached and it has not been repealed; `signed` while its entry into force
 * is still ahead; `repealed` once a signed order that repeals it (by number, in its § „traci moc”) has entered
 * into force, or once a later signed organisational order for the same department (subject) has entered into force
 * — a department has one organisational order at a time, so the later one supersedes it even when the act that
 * repealed it in between is not in the registry (issue 6) — or when the registry records it as repealed history.
 * A signed order whose entry into force counts from a publication not yet entered has no date (`entryIntoForce`
 * null): it stays `signed` until the day is entered and reached. Pure functions, no database.
 */
import { countsFromPublication, inForceFromPublication, plusDays } from '../../../core/amend/publication.js';
import type { EntryIntoForce, Order } from '../../../core/model/index.js';

/** Status of an order in the registry (glossary: obowiązujące / uchylone). */
import type { RegistryStatus } from './shapes.js';

export type { RegistryStatus };

/** Adds `days` calendar days to an ISO date `YYYY-MM-DD` (the core's own, under the registry's name). */
export { plusDays as addDays } from '../../../core/amend/publication.js';

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Today's date in local time, ISO `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The date an order enters into force, from its entry-into-force clause and its signing date:
 * `signing` → the signing date; `date` → that date (the signing date when the text gives none or gives an
 * earlier one); `afterDays` N → the signing date + N + 1 days, because `po upływie N dni od dnia podpisania`
 * counts N days from the day after signing (art. 111 § 2 Kodeksu cywilnego) and the order enters into force the
 * day after they lapse; no clause → the signing date.
 * In: the clause (or null) and the ISO signing date. Out: ISO date.
 */
export function entryIntoForceDate(clause: EntryIntoForce | null, signedOn: string): string {
  if (!clause || clause.kind === 'signing') return signedOn;
  if (clause.kind === 'date') return clause.date && clause.date > signedOn ? clause.date : signedOn;
  return plusDays(signedOn, clause.days + 1);
}

/**
 * The date a signed order enters into force, as the registry stores it: {@link entryIntoForceDate} from the clause,
 * except for a clause counted from publication (`po upływie 14 dni od dnia ogłoszenia`, `z dniem ogłoszenia`), which
 * counts from the day of publication entered in the registry (`meta.publishedOn`) and is null (unknown: the order is
 * signed and not applied anywhere) until it is (`core/amend/consolidate.ts`, `entryIntoForceOf`; issue 17).
 * In: the order and the ISO signing date. Out: ISO date or null.
 */
export function signedEntryIntoForce(order: Order, signedOn: string): string | null {
  if (!countsFromPublication(order)) return entryIntoForceDate(order.entryIntoForce, signedOn);
  return inForceFromPublication(order);
}

/**
 * What the registry's `entry_into_force` column holds for a signed order whose date of entry into force is unknown
 * (counted from a publication not yet entered): the column may not be empty for a signed order (migration 0001's
 * CHECK), and a day no order reaches keeps such an order `signed` in any query of the column. Read back as null
 * ({@link entryIntoForceFromColumn}); never shown.
 */
export const UNKNOWN_ENTRY_INTO_FORCE = '9999-12-31';

/** The column's value for an entry into force (`null`, unknown → {@link UNKNOWN_ENTRY_INTO_FORCE}). */
export function entryIntoForceColumn(date: string | null): string {
  return date ?? UNKNOWN_ENTRY_INTO_FORCE;
}

/** The entry into force a column value stands for: null for a draft's empty column and for {@link UNKNOWN_ENTRY_INTO_FORCE}. */
export function entryIntoForceFromColumn(value: string | null): string | null {
  return value === UNKNOWN_ENTRY_INTO_FORCE ? null : value;
}

/** Folds a subject (department name) for comparison: lower case, single spaces, trimmed; null stays null. */
export function subjectKey(subject: string | null): string | null {
  if (!subject) return null;
  const k = subject.toLocaleLowerCase('pl').replace(/\s+/g, ' ').trim();
  return k || null;
}

/** What the derivation needs of a registry row. */
export interface StatusRow {
  id: number;
  state: 'draft' | 'signed';
  kind: 'organizational' | 'general';
  number: string | null;
  date: string | null;
  subjectKey: string | null;
  entryIntoForce: string | null;
  repealedRecorded: boolean;
  repealedOn: string | null;
}

/** A repeal clause of a signed order: `orderId` repeals the order numbered `repealedNumber`. */
export interface RepealLink {
  orderId: number;
  repealedNumber: string;
}

/** The derived status of one order and, when repealed (or due to be), when and by what. */
export interface DerivedStatus {
  status: RegistryStatus;
  /** ISO date the order stops (or stopped) being in force, when known. */
  repealedOn: string | null;
  /** Number of the order that repeals or supersedes it, when known. */
  repealedBy: string | null;
}

/** Sort key of an order number `N/YYYY`: year then number; unparsable numbers sort first. */
function numberKey(n: string | null): [number, number] {
  const m = /^(\d+)\/(\d{4})$/.exec(n ?? '');
  return m ? [Number(m[2]), Number(m[1])] : [0, 0];
}

/** True when `a` was signed after `b` (by date, then by number within the year). */
function later(a: StatusRow, b: StatusRow): boolean {
  if ((a.date ?? '') !== (b.date ?? '')) return (a.date ?? '') > (b.date ?? '');
  const [ay, an] = numberKey(a.number);
  const [by, bn] = numberKey(b.number);
  return ay !== by ? ay > by : an > bn;
}

/**
 * Derives the status of every row on `today` (ISO date), by the rule in the module comment.
 * In: all rows (drafts included), the repeal links of the registry, today's date. Out: a map id → status.
 */
export function deriveStatuses(rows: StatusRow[], repeals: RepealLink[], today: string): Map<number, DerivedStatus> {
  const out = new Map<number, DerivedStatus>();
  const signed = rows.filter((r) => r.state === 'signed' && r.entryIntoForce);
  const byId = new Map(signed.map((r) => [r.id, r]));
  const bySubject = new Map<string, StatusRow[]>();
  for (const r of signed) {
    if (r.kind !== 'organizational' || !r.subjectKey) continue;
    const list = bySubject.get(r.subjectKey) ?? [];
    list.push(r);
    bySubject.set(r.subjectKey, list);
  }
  const repealersOf = new Map<string, StatusRow[]>();
  for (const l of repeals) {
    const r = byId.get(l.orderId);
    if (!r) continue;
    const list = repealersOf.get(l.repealedNumber) ?? [];
    list.push(r);
    repealersOf.set(l.repealedNumber, list);
  }
  for (const row of rows) {
    // a signed order with no date of entry into force counts it from a publication not yet entered: signed, not in force
    if (row.state === 'draft') {
      out.set(row.id, { status: 'draft', repealedOn: null, repealedBy: null });
      continue;
    }
    let repealedOn: string | null = row.repealedOn;
    let repealedBy: string | null = null;
    const consider = (by: StatusRow) => {
      if (repealedOn === null || by.entryIntoForce! < repealedOn) {
        repealedOn = by.entryIntoForce!;
        repealedBy = by.number;
      }
    };
    for (const r of repealersOf.get(row.number ?? '') ?? []) if (r.id !== row.id) consider(r);
    if (row.kind === 'organizational' && row.subjectKey) {
      for (const s of bySubject.get(row.subjectKey) ?? []) if (s.id !== row.id && later(s, row)) consider(s);
    }
    const isRepealed = row.repealedRecorded || (repealedOn !== null && repealedOn <= today);
    const status: RegistryStatus = isRepealed ? 'repealed' : !row.entryIntoForce || row.entryIntoForce > today ? 'signed' : 'inForce';
    out.set(row.id, { status, repealedOn, repealedBy });
  }
  return out;
}
