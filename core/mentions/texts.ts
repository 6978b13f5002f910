/**
 * The rich texts of an order, visited in document order: every text that can name a unit, the department, a deputy,
 * a position or a provision (tasks and their części wspólne, positions' tasks, prose scopes, the common duties, the
 * ustępy of generic paragrafy and the further provisions of § 1). What § 1's head sentence, § 2 and § 3 wrote is
 * kept for checks only and is not visited (render derives those from the register).
 */
import type { Inline } from '../model/inline.js';
import type { Item, Order, Ustep } from '../model/order.js';

/** Where a visited text stands: the unit whose scope holds it (null outside the scopes), and its kind. */
export interface TextOwner {
  /** Id of the unit whose scope holds the text, or null (common duties, generic paragrafy, § 1). */
  unitId: string | null;
  /** Id of the item or ustęp the text belongs to; for a prose scope, the unit's id. */
  id: string;
  /** `text` of an item or ustęp, its `wspolna`, or a prose scope's text. */
  field: 'text' | 'wspolna' | 'prose';
}

/** A function that gives the new text of a visited text (or the same array when nothing changes). */
export type TextMapper = (text: Inline[], owner: TextOwner) => Inline[];

/** Visits the texts; `set` is called only when the mapper returned another array (so a read-only walk writes nothing). */
function walk(order: Order, fn: TextMapper): void {
  const apply = (t: Inline[], owner: TextOwner, set: (t: Inline[]) => void): void => {
    const next = fn(t, owner);
    if (next !== t) set(next);
  };
  const items = (list: Item[], unitId: string | null): void => {
    for (const it of list) {
      apply(it.text, { unitId, id: it.id, field: 'text' }, (t) => (it.text = t));
      if (it.wspolna) apply(it.wspolna, { unitId, id: it.id, field: 'wspolna' }, (t) => (it.wspolna = t));
      items(it.children, unitId);
    }
  };
  const ustep = (u: Ustep): void => {
    apply(u.text, { unitId: null, id: u.id, field: 'text' }, (t) => (u.text = t));
    if (u.wspolna) apply(u.wspolna, { unitId: null, id: u.id, field: 'wspolna' }, (t) => (u.wspolna = t));
    items(u.items, null);
  };
  for (const u of order.units) {
    const s = u.scope;
    if (s.kind === 'tasks') {
      items(s.tasks, u.id);
      if (s.wspolna) apply(s.wspolna, { unitId: u.id, id: u.id, field: 'wspolna' }, (t) => (s.wspolna = t));
      for (const p of s.positions) {
        items(p.tasks, u.id);
        if (p.wspolna) apply(p.wspolna, { unitId: u.id, id: p.id, field: 'wspolna' }, (t) => (p.wspolna = t));
      }
    } else if (s.kind === 'prose') apply(s.text, { unitId: u.id, id: u.id, field: 'prose' }, (t) => (s.text = t));
  }
  if (order.commonDuties) items(order.commonDuties, null);
  for (const p of order.paragraphs) {
    if (p.role === 'general') for (const u of p.content ?? []) ustep(u);
    else if (p.role === 'leadership') for (const u of (p.content ?? []).slice(1)) ustep(u);
    // the list's ustęp is `order.commonDuties` (ust. 1, or `listAt`); the others are kept as written
    else if (p.role === 'commonDuties') (p.content ?? []).forEach((u, k) => {
      if (k !== (p.listAt ?? 0)) ustep(u);
    });
  }
}

/**
 * Replaces every visited text of `order` by what `fn` returns for it. MUTATES the order (callers clone first) and
 * returns it. Never throws for a schema-valid order.
 */
export function mapOrderTexts(order: Order, fn: TextMapper): Order {
  walk(order, fn);
  return order;
}

/** Calls `fn` for every visited text of `order`, in document order. Writes nothing. */
export function forEachOrderText(order: Order, fn: (text: Inline[], owner: TextOwner) => void): void {
  walk(order, (t, o) => {
    fn(t, o);
    return t;
  });
}
