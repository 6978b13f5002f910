/**
 * The journal citations (metryczki) the app knows, kept current: the entries shipped with the app
 * (`templates/journal-citations.json`, each confirmed from an order), the entries the user added on the settings
 * page and the entries the registry learned from the signed orders it imported, merged into one book of the same
 * shape as the shipped data (`JournalCitations`), which the checks and the drafting read. Pure: the registry
 * stores the user's and the learned entries as one shared setting (see {@link STORED_CITATIONS_KEY}).
 *
 * Which of two citations of one act is newer is read from the journal itself: Dziennik Ustaw numbers its
 * positions in the order of publication within a year, so a later year, or the same year with a higher last
 * position, is a later publication (`Dz. U. z 2024 r. poz. 1465, 1572` is newer than `… poz. 609`).
 */
import { z } from 'zod';
import { MONTHS } from '../lexicon/index.js';
import { JournalCitationSchema, type JournalCitation, type Order } from '../model/order.js';
import type { CitationEntry, JournalAct, JournalCitations } from '../templates/schemas.js';
import { formatJournalCitation, sameJournalCitation } from '../templates/citations.js';
import { hostedTexts } from '../mentions/provisions.js';
import { actCitationsIn } from './act-citations.js';

/** Key of the shared setting (registry table `shared_setting`) holding {@link StoredCitations}. */
export const STORED_CITATIONS_KEY = 'journal-citations';

/** One entry the registry stores: a citation of an act, current from a date, added by the user or learned. */
export const StoredCitationSchema = JournalCitationSchema.extend({
  /** Key of the act (`templates/journal-citations.json`). */
  actKey: z.string().min(1),
  /** First day the citation is the one to write (ISO). */
  currentFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Polish: who or what gave it (`zarządzenie nr 3468/2024 z dnia 30 grudnia 2024 r.`, `wpis użytkownika Jan Kowalski`). */
  source: z.string().min(1),
  /** `user`: added on the settings page; `learned`: read from a signed order the registry imported. */
  origin: z.enum(['user', 'learned']),
});
export type StoredCitation = z.infer<typeof StoredCitationSchema>;

/** The value of the shared setting {@link STORED_CITATIONS_KEY}. */
export const StoredCitationsSchema = z.object({ entries: z.array(StoredCitationSchema) });
export type StoredCitations = z.infer<typeof StoredCitationsSchema>;

/** The stored entries read from whatever the setting holds; anything unreadable counts as none (never throws). */
export function readStoredCitations(value: unknown): StoredCitations {
  const r = StoredCitationsSchema.safeParse(value);
  return r.success ? r.data : { entries: [] };
}

/** The last position of a citation (the latest publication it lists). */
function lastPosition(c: JournalCitation): number {
  return Math.max(...c.positions);
}

/**
 * Compares two citations of one act by publication: negative when `a` is older than `b`, 0 when they are the same
 * publication (same year and last position), positive when `a` is newer.
 */
export function compareJournalCitations(a: JournalCitation, b: JournalCitation): number {
  return a.year !== b.year ? a.year - b.year : lastPosition(a) - lastPosition(b);
}

/** The newer of two citations (`a` when they are the same publication); null only when both are null. */
export function newerCitation(a: JournalCitation | null, b: JournalCitation | null): JournalCitation | null {
  if (!a) return b;
  if (!b) return a;
  return compareJournalCitations(b, a) > 0 ? b : a;
}

function citationOf(e: CitationEntry | StoredCitation): JournalCitation {
  return { year: e.year, positions: [...e.positions], ...(e.issue !== undefined ? { issue: e.issue } : {}) };
}

/**
 * The book of citations: the shipped data with the stored entries added to their acts (an entry whose citation an
 * act already has keeps the earlier date), every act's entries by date. In: the shipped data, the stored entries.
 * Out: a new book in the shipped data's shape. Entries of acts the shipped data does not know are left out.
 */
export function citationBook(shipped: JournalCitations, stored: readonly StoredCitation[]): JournalCitations {
  const acts: JournalAct[] = shipped.acts.map((a) => {
    const entries: CitationEntry[] = a.citations.map((c) => ({ ...c, positions: [...c.positions] }));
    for (const s of stored) {
      if (s.actKey !== a.key) continue;
      const same = entries.find((e) => sameJournalCitation(citationOf(e), s));
      if (same) {
        if (s.currentFrom < same.currentFrom) same.currentFrom = s.currentFrom;
        continue;
      }
      entries.push({ ...citationOf(s), currentFrom: s.currentFrom, kind: 'amendments', source: s.source, note: s.origin === 'user' ? 'wpis użytkownika' : 'z podpisanego zarządzenia w rejestrze' });
    }
    entries.sort((x, y) => (x.currentFrom === y.currentFrom ? compareJournalCitations(citationOf(x), citationOf(y)) : x.currentFrom < y.currentFrom ? -1 : 1));
    return { ...a, citations: entries };
  });
  return { ...shipped, acts };
}

/** The newest entry of an act current on `onDate` (ISO; none given: any date), by publication; null when none. */
export function newestKnown(book: JournalCitations, actKey: string, onDate?: string | null): { citation: JournalCitation; entry: CitationEntry } | null {
  const act = book.acts.find((a) => a.key === actKey);
  let best: CitationEntry | null = null;
  for (const e of act?.citations ?? []) {
    if (onDate && e.currentFrom > onDate) continue;
    if (!best || compareJournalCitations(citationOf(e), citationOf(best)) > 0) best = e;
  }
  return best ? { citation: citationOf(best), entry: best } : null;
}

/** Polish date `30 grudnia 2024 r.` of an ISO date. */
export function polishDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y} r.`;
}

/**
 * What a signed order teaches about the citations: the journal citation of its legal basis's act (when the act is
 * known) and of every act the book knows cited inside its text, each current from the order's date, with the order
 * as its source. In: an order, the book (for the acts' names). Out: learned entries (empty for a draft).
 */
export function learnFromOrder(order: Order, book: JournalCitations): StoredCitation[] {
  const { number, date } = order.meta;
  if (!number || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
  const source = `zarządzenie nr ${number} z dnia ${polishDay(date)}`;
  const out: StoredCitation[] = [];
  const add = (actKey: string, c: JournalCitation): void => {
    if (!book.acts.some((a) => a.key === actKey) || !c.positions.length) return;
    if (out.some((o) => o.actKey === actKey && sameJournalCitation(o, c))) return;
    out.push({ actKey, ...c, positions: [...c.positions], currentFrom: date, source, origin: 'learned' });
  };
  const lb = order.legalBasis;
  if (lb?.actKey && lb.citation) add(lb.actKey, lb.citation);
  for (const h of hostedTexts(order)) {
    for (const run of h.text) if (typeof run === 'string') for (const c of actCitationsIn(run, book)) add(c.actKey, c.citation);
  }
  return out;
}

/**
 * The stored entries with `learned` added where they teach something new: a citation the book does not have, or
 * one it has from a later date. In: the stored entries, the book they belong to (shipped + stored), the new ones.
 * Out: `{ entries, changed }` (`changed` false: nothing to write).
 */
export function mergeLearned(stored: StoredCitations, book: JournalCitations, learned: readonly StoredCitation[]): { entries: StoredCitation[]; changed: boolean } {
  const entries = stored.entries.map((e) => ({ ...e, positions: [...e.positions] }));
  let changed = false;
  for (const l of learned) {
    const act = book.acts.find((a) => a.key === l.actKey);
    const known = act?.citations.find((e) => sameJournalCitation(citationOf(e), l));
    if (known && known.currentFrom <= l.currentFrom) continue;
    const mine = entries.find((e) => e.actKey === l.actKey && sameJournalCitation(e, l));
    if (mine) {
      if (l.currentFrom < mine.currentFrom) {
        mine.currentFrom = l.currentFrom;
        mine.source = l.source;
        changed = true;
      }
      continue;
    }
    entries.push(l);
    changed = true;
  }
  return { entries, changed };
}

/** Polish one-line description of a citation entry for messages and lists: `Dz. U. z 2024 r. poz. 1465 i 1572 (od 30 grudnia 2024 r.)`. */
export function describeEntry(e: { year: number; issue?: number; positions: number[]; currentFrom: string }): string {
  return `${formatJournalCitation(e)} (od ${polishDay(e.currentFrom)})`;
}
