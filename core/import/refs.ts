/**
 * Finds cross-references to the order itself in its texts (`o którym mowa w § 1 ust. 2`, `w § 4 ust. 1 pkt 2`)
 * and records them as {@link CrossRef}s pointing at the paragraf, ustęp or item they name, using the numbering
 * as written. References to other acts (`§ 3 rozporządzenia …`) are not recognised as such only when they name
 * a place this order does not have; a reference to a place that does not exist stays plain text.
 */
import { Citation } from '../model/citation.js';
import { locateAll } from '../model/locate.js';
import type { CrossRef, Item, Order, Ustep } from '../model/order.js';

const REF = /§\s*\d+(?:\s+ust\.\s*\d+)?(?:\s+pkt\s*\d+)?(?:\s+lit\.\s*[a-z]{1,2})?/g;

function refsIn(text: string, byCitation: Map<string, string>, selfId: string): CrossRef[] {
  const out: CrossRef[] = [];
  for (const m of text.matchAll(REF)) {
    const c = Citation.parse(m[0].replace(/\s+/g, ' '));
    if (!c) continue;
    const id = byCitation.get(Citation.format(c));
    if (id && id !== selfId) out.push({ text: m[0], targetId: id });
  }
  return out;
}

/** Adds `refs` to every item and ustęp whose text cites a place of the same order. Mutates and returns the order. */
export function linkCrossRefs(order: Order): Order {
  const byCitation = new Map<string, string>();
  for (const [id, c] of locateAll(order)) byCitation.set(Citation.format(c), id);
  const visitItems = (items: Item[]): void => {
    for (const it of items) {
      const refs = refsIn(it.text, byCitation, it.id);
      if (refs.length) it.refs = refs;
      visitItems(it.children);
    }
  };
  const visitUstep = (u: Ustep): void => {
    const refs = refsIn(u.text, byCitation, u.id);
    if (refs.length) u.refs = refs;
    visitItems(u.items);
  };
  for (const p of order.paragraphs) for (const u of p.content ?? []) visitUstep(u);
  for (const u of order.units) {
    if (u.scope.kind === 'tasks') {
      visitItems(u.scope.tasks);
      for (const pos of u.scope.positions) visitItems(pos.tasks);
    }
  }
  if (order.commonDuties) visitItems(order.commonDuties);
  return order;
}
