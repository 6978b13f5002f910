/**
 * What the full-text search indexes of an order and how a user's words become an FTS5 query. Pure functions.
 *
 * Polish text is matched without diacritics: the FTS5 tokenizer `unicode61 remove_diacritics 2` removes the
 * combining marks (ą → a, ś → s …) but `ł` has no decomposition in Unicode, so it is folded here (ł → l) both in
 * the indexed text and in the query.
 */
import { Citation, locateItems, paragrafOf, type Order } from '../../../core/model/index.js';

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
  for (const loc of locateItems(order).values()) {
    if (loc.unitId === null) continue;
    const unit = units.get(loc.unitId);
    if (!unit) continue;
    const position = loc.positionId && unit.scope.kind === 'tasks' ? unit.scope.positions.find((p) => p.id === loc.positionId) : undefined;
    const text = [loc.item.text, loc.item.wspolna].filter((s) => s && s.trim()).join(' ');
    if (!text.trim()) continue;
    rows.push({ text, unit: position ? `${unit.name}, ${position.name}` : unit.name, symbol: unit.symbol, where: Citation.format(loc.citation) });
  }
  for (const unit of order.units) {
    if (unit.scope.kind !== 'prose' || !unit.scope.text.trim()) continue;
    const paragraf = paragrafOf(order, 'scope', unit.id);
    if (paragraf === null) continue;
    rows.push({ text: unit.scope.text, unit: unit.name, symbol: unit.symbol, where: Citation.format({ paragraf }) });
  }
  return rows;
}

/**
 * Turns what the user typed into an FTS5 query: every word of two or more letters or digits, folded, quoted
 * and matched as a prefix (so `odznak` finds `odznaki`), all words required. Returns null when nothing is left
 * to search for. Operators typed by the user are not interpreted (no syntax errors possible).
 */
export function matchQuery(userText: string): string | null {
  const words = foldForSearch(userText.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
  if (!words.length) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
