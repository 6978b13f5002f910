/**
 * Journal citations (metryczki) of the acts the orders cite, from `templates/journal-citations.json`:
 * which citation is current on a date, whether a written one is, and its text.
 */
import type { JournalCitation } from '../model/order.js';
import type { CitationEntry, JournalCitations } from './schemas.js';

/** `Dz. U. z 2024 r. poz. 1465, 1572` / `Dz. U. z 2001 r. Nr 142, poz. 1591`; `nbsp` puts U+00A0 where typography wants it. */
export function formatJournalCitation(c: JournalCitation, opts: { nbsp?: boolean } = {}): string {
  const s = opts.nbsp ? '\u00a0' : ' ';
  const issue = c.issue !== undefined ? ` Nr${s}${c.issue},` : '';
  const pos = c.positions.length > 1 ? `${c.positions.slice(0, -1).join(', ')} i ${c.positions.at(-1)}` : String(c.positions[0]);
  return `Dz.${s}U. z${s}${c.year}${s}r.${issue} poz.${s}${pos}`;
}

/** Same citation: same year, issue and set of positions (order of positions ignored: 3468/2024 lists `1572, 1465`). */
export function sameJournalCitation(a: JournalCitation, b: JournalCitation): boolean {
  if (a.year !== b.year || (a.issue ?? null) !== (b.issue ?? null)) return false;
  const pa = [...new Set(a.positions)].sort((x, y) => x - y);
  const pb = [...new Set(b.positions)].sort((x, y) => x - y);
  return pa.length === pb.length && pa.every((p, i) => p === pb[i]);
}

/** Result of `currentCitationIn`: the entry current on the date, or why there is none. */
export type CurrentCitationResult =
  | { ok: true; citation: JournalCitation; entry: CitationEntry }
  | { ok: false; error: { code: 'unknownAct' | 'beforeFirstEntry' | 'badDate'; message: string } };

/**
 * The citation current on `onDate` (ISO `YYYY-MM-DD`) for the act `actKey`: the last entry whose `currentFrom`
 * is not after the date. The newest entry stays current for any later date (the data only knows what it was
 * given: see each entry's `source`).
 */
export function currentCitationIn(data: JournalCitations, actKey: string, onDate: string): CurrentCitationResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(onDate)) return { ok: false, error: { code: 'badDate', message: `Nieprawidłowa data „${onDate}” (oczekiwano RRRR-MM-DD).` } };
  const act = data.acts.find((a) => a.key === actKey);
  if (!act) return { ok: false, error: { code: 'unknownAct', message: `Nieznany akt „${actKey}” w wykazie metryczek.` } };
  let found: CitationEntry | undefined;
  for (const e of act.citations) if (e.currentFrom <= onDate) found = e;
  if (!found) return { ok: false, error: { code: 'beforeFirstEntry', message: `Brak metryczki aktu „${actKey}” obowiązującej w dniu ${onDate}.` } };
  const citation: JournalCitation = { year: found.year, positions: [...found.positions], ...(found.issue !== undefined ? { issue: found.issue } : {}) };
  return { ok: true, citation, entry: found };
}

/**
 * Whether `citation` is the one current on `onDate` for `actKey`. False also when the act or date is unknown
 * (the caller reports that separately through `currentCitationIn`).
 */
export function isCitationCurrentIn(data: JournalCitations, citation: JournalCitation, actKey: string, onDate: string): boolean {
  const cur = currentCitationIn(data, actKey, onDate);
  return cur.ok && sameJournalCitation(cur.citation, citation);
}
