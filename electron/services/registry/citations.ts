/**
 * The journal citations the registry keeps for the office (issue 11 item 4): the entries the user added on the
 * settings page and the ones learned from the signed orders the registry imported or recorded, stored as one shared
 * setting (`shared_setting`, key `journal-citations`, migration 0002) and merged with the shipped data into the book
 * the checks and the drafting read (`core/legal-basis`). The same on both engines.
 *
 * Learning runs inside the transaction that adds or signs the order, so an order and what it taught are written
 * together. The user's edits are a read and a write of the setting: two people editing the list at the same moment
 * keep the last one's list (the settings page reloads the list after each change).
 */
import {
  citationBook, learnFromOrder, mergeLearned, parseJournalCitation, readStoredCitations, STORED_CITATIONS_KEY,
  type StoredCitation, type StoredCitations,
} from '../../../core/legal-basis/index.js';
import type { Order } from '../../../core/model/order.js';
import { loadJournalCitations, sameJournalCitation, type JournalCitations } from '../../../core/templates/index.js';
import type { SqlQueryable } from '../db/sql.js';
import type { Registry } from './repository.js';
import type { RegistryErrorCode } from './types.js';

/** A change of the list of citations, or why it was not made (Polish message). */
export type CitationResult<T> = ({ ok: true } & T) | { ok: false; error: { code: 'unknownAct' | 'invalidCitation' | 'exists' | RegistryErrorCode; message: string } };

/** The stored entries and the book they make with the shipped data. */
export interface RegistryCitations {
  stored: StoredCitations;
  book: JournalCitations;
}

/** The registry's citations (no stored value: the shipped data alone). Reads may throw as every registry read. */
export async function readCitations(reg: Pick<Registry, 'getSetting'>): Promise<RegistryCitations> {
  const stored = readStoredCitations(await reg.getSetting(STORED_CITATIONS_KEY));
  return { stored, book: citationBook(loadJournalCitations(), stored.entries) };
}

/**
 * Records what a signed order teaches (its legal basis and the act citations in its text, see
 * `learnFromOrder`), inside the caller's transaction `tx`. Writes only when something is new. In: the
 * transaction, the order (with number and date), the time stamp. Throws what the engine throws (the caller's
 * transaction rolls back).
 */
export async function learnCitations(tx: SqlQueryable, order: Order, at: string): Promise<void> {
  if (!order.meta.number || !order.meta.date) return;
  const row = await tx.get<{ value: string }>('SELECT value FROM shared_setting WHERE key = ?', [STORED_CITATIONS_KEY]);
  const stored = readStoredCitations(row ? (JSON.parse(row.value) as unknown) : null);
  const book = citationBook(loadJournalCitations(), stored.entries);
  const merged = mergeLearned(stored, book, learnFromOrder(order, book));
  if (!merged.changed) return;
  await tx.run('INSERT INTO shared_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    [STORED_CITATIONS_KEY, JSON.stringify({ entries: merged.entries } satisfies StoredCitations), at]);
}

/** Input of {@link addUserCitation}: the act, the citation as the user typed it, the date it is current from. */
export interface UserCitationInput {
  actKey: string;
  /** `Dz. U. z 2025 r. poz. 1153` (the words `Dz. U.` may be left out: `2025 r. poz. 1153`). */
  text: string;
  /** ISO `YYYY-MM-DD`. */
  currentFrom: string;
  /** Who adds it (recorded as the entry's source). */
  author: string;
}

/**
 * Adds the user's citation of an act. Errors (Polish): `unknownAct`, `invalidCitation` (the text is no journal
 * citation), `invalidDate`, `exists` (the act has this citation already), write errors of the registry.
 */
export async function addUserCitation(reg: Pick<Registry, 'getSetting' | 'setSetting'>, input: UserCitationInput): Promise<CitationResult<{ entry: StoredCitation }>> {
  const { stored, book } = await readCitations(reg);
  const act = book.acts.find((a) => a.key === input.actKey);
  if (!act) return { ok: false, error: { code: 'unknownAct', message: `Nieznany akt „${input.actKey}”.` } };
  const typed = input.text.trim();
  const parsed = parseJournalCitation(/^Dz\./.test(typed) ? typed : `Dz. U. z ${typed.replace(/^z\s+/, '')}`);
  if (!parsed) return { ok: false, error: { code: 'invalidCitation', message: `„${typed}” nie jest metryczką; wpisz np. „Dz. U. z 2025 r. poz. 1153” albo „Dz. U. z 2024 r. poz. 1465, 1572”.` } };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.currentFrom) || Number.isNaN(Date.parse(input.currentFrom))) {
    return { ok: false, error: { code: 'invalidDate', message: `Data „${input.currentFrom}” nie jest poprawną datą.` } };
  }
  if (act.citations.some((e) => sameJournalCitation(e, parsed.citation))) {
    return { ok: false, error: { code: 'exists', message: `Metryczka ${typed} jest już w wykazie tego aktu.` } };
  }
  const entry: StoredCitation = { actKey: act.key, ...parsed.citation, currentFrom: input.currentFrom, source: `wpis użytkownika ${input.author}`, origin: 'user' };
  const saved = await reg.setSetting(STORED_CITATIONS_KEY, { entries: [...stored.entries, entry] } satisfies StoredCitations);
  return saved.ok ? { ok: true, entry } : saved;
}

/**
 * Removes a stored entry (the user's, or one learned from an order); the shipped entries cannot be removed.
 * Errors: `notFound` (no such stored entry), write errors.
 */
export async function removeStoredCitation(reg: Pick<Registry, 'getSetting' | 'setSetting'>, which: Pick<StoredCitation, 'actKey' | 'year' | 'positions' | 'currentFrom'> & { issue?: number }): Promise<CitationResult<object>> {
  const { stored } = await readCitations(reg);
  const keep = stored.entries.filter((e) => !(e.actKey === which.actKey && e.currentFrom === which.currentFrom && sameJournalCitation(e, which)));
  if (keep.length === stored.entries.length) return { ok: false, error: { code: 'notFound', message: 'Tego wpisu nie ma już w wykazie metryczek (może usunął go ktoś inny).' } };
  return reg.setSetting(STORED_CITATIONS_KEY, { entries: keep } satisfies StoredCitations);
}
