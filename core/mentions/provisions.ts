/**
 * Provision references: finds places of the order cited inside its own texts (`o którym mowa w § 1 ust. 2`,
 * `w § 4 ust. 1 pkt 2`) and turns the words into inline provision references (`core/model/inline.ts`) to the
 * paragraf, ustęp or item they name, using the numbering as written, so that they follow renumbering.
 * References to other acts (`§ 3 rozporządzenia …`) are left as text when they name a place this order does
 * not have; a reference to a place that does not exist stays plain text.
 */
import { Citation } from '../model/citation.js';
import type { Inline, ProvisionRef } from '../model/inline.js';
import { locateAll } from '../model/locate.js';
import type { Item, Order, Ustep } from '../model/order.js';
import { RichText } from '../model/rich-text.js';

const REF = /§\s*\d+(?:\s+ust\.\s*\d+)?(?:\s+pkt\s*\d+)?(?:\s+lit\.\s*[a-z]{1,2})?/g;

/** Splits one plain run around the citations it holds that name a place of the order other than `selfId`. */
function splitRun(run: string, byCitation: Map<string, string>, selfId: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of run.matchAll(REF)) {
    const c = Citation.parse(m[0].replace(/\s+/g, ' '));
    if (!c) continue;
    const id = byCitation.get(Citation.format(c));
    if (!id || id === selfId) continue;
    out.push(run.slice(at, m.index));
    const ref: ProvisionRef = { kind: 'provision', targetId: id, form: 'paragraf', written: m[0] };
    out.push(ref);
    at = m.index + m[0].length;
  }
  out.push(run.slice(at));
  return out;
}

/**
 * Turns the citations of places of the same order inside the texts of items and ustępy into provision
 * references. In: an order whose numbering is as written. Mutates the order's texts and returns it.
 */
export function linkProvisionRefs(order: Order): Order {
  const byCitation = new Map<string, string>();
  for (const [id, c] of locateAll(order)) byCitation.set(Citation.format(c), id);
  const link = (t: Inline[], selfId: string): Inline[] => RichText.mapRuns(t, (run) => splitRun(run, byCitation, selfId));
  const visitItems = (items: Item[]): void => {
    for (const it of items) {
      it.text = link(it.text, it.id);
      visitItems(it.children);
    }
  };
  const visitUstep = (u: Ustep): void => {
    u.text = link(u.text, u.id);
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
