/**
 * What the full-text search indexes of an order and how a user's words become a query. Pure functions.
 *
 * Both engines split text into the same words: runs of letters and digits, as SQLite's FTS5 tokenizer
 * `unicode61` does. SQLite indexes the text itself (the tokenizer, with `remove_diacritics 2`, removes the
 * combining marks ą → a, ś → s …; `ł` has no decomposition in Unicode, so it is folded here, ł → l, both in the
 * indexed text and in the query). PostgreSQL indexes the words {@link searchWords} gives, joined by spaces, with
 * its own full-text search (`to_tsvector` over a configuration that folds with `unaccent`), so that its parser's
 * own ideas of a word (host names, `1.5`, `e-mail` as one token) cannot make the two engines answer differently.
 */
import { Citation, locateItems, paragrafOf, RichText, type Order } from '../../../core/model/index.js';

/** One indexed task: the text and where it stands. */
export interface TaskRow {
  /** The task's text as the order has it (label and closing punctuation are not part of the model). */
  text: string;
  /** The unit whose scope holds it, nominative; for a position inside a unit: `unit, position`. */
  unit: string;
  /** The unit's symbol (`KP-01`); empty when the unit has none yet. */
  symbol: string;
  /** Citation form (`§ 4 ust. 1 pkt 11`), computed with `locateItems` and `Citation.format`. */
  where: string;
}

/** Folds text for the index and for queries: `ł`/`Ł` → `l`/`L` (the tokenizer does the rest). */
export function foldForSearch(text: string): string {
  return text.replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/**
 * The tasks of every unit of `order` (scope points at any depth, position lists, prose scopes), in document
 * order. Common duties and the points of general paragrafy are not tasks of a unit and are not returned.
 */
export function taskRowsOf(order: Order): TaskRow[] {
  const units = new Map(order.units.map((u) => [u.id, u]));
  const rows: TaskRow[] = [];
  const ctx = RichText.context(order);
  for (const loc of locateItems(order).values()) {
    if (loc.unitId === null) continue;
    const unit = units.get(loc.unitId);
    if (!unit) continue;
    const position = loc.positionId && unit.scope.kind === 'tasks' ? unit.scope.positions.find((p) => p.id === loc.positionId) : undefined;
    const text = [RichText.plain(loc.item.text, ctx), RichText.plain(loc.item.wspolna, ctx)].filter((s) => s.trim()).join(' ');
    if (!text.trim()) continue;
    rows.push({ text, unit: position ? `${unit.name}, ${position.name}` : unit.name, symbol: unit.symbol, where: Citation.format(loc.citation) });
  }
  for (const unit of order.units) {
    if (unit.scope.kind !== 'prose') continue;
    const text = RichText.plain(unit.scope.text, ctx);
    if (!text.trim()) continue;
    const paragraf = paragrafOf(order, 'scope', unit.id);
    if (paragraf === null) continue;
    rows.push({ text, unit: unit.name, symbol: unit.symbol, where: Citation.format({ paragraf }) });
  }
  return rows;
}

/** The words of `text`: runs of letters and digits (NFC), lower case, in order; `ł` folded to `l`. */
export function searchWords(text: string): string[] {
  return foldForSearch(text.normalize('NFC').toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The words of a user's query: every word of two or more letters or digits (shorter ones would match nearly
 * everything as a prefix). Empty when nothing is left to search for.
 */
export function queryWords(userText: string): string[] {
  return searchWords(userText).filter((w) => w.length >= 2);
}

/**
 * Turns what the user typed into an FTS5 query: every word of {@link queryWords}, quoted and matched as a
 * prefix (so `odznak` finds `odznaki`), all words required. Returns null when nothing is left to search for.
 * Operators typed by the user are not interpreted (no syntax errors possible).
 */
export function matchQuery(userText: string): string | null {
  const words = queryWords(userText);
  if (!words.length) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/**
 * The same query for PostgreSQL's `to_tsquery`: `word:* & word:*`. Words hold only letters and digits, so
 * nothing the user typed is read as an operator. Null when nothing is left to search for.
 */
export function tsQuery(userText: string): string | null {
  const words = queryWords(userText);
  if (!words.length) return null;
  return words.map((w) => `${w}:*`).join(' & ');
}
