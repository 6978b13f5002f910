/**
 * The closing point of a scope, „wykonywanie innych zadań zleconych przez …”: every unit's list of tasks in the
 * orders of the city hall ends with one such point (1630/2007, 3468/2024), and only one. Merging two units, or
 * moving the tasks of a removed unit, appends the other unit's list with its own closing point, so the surviving
 * unit's scope has two or three of them in the middle of its list, which the printed order must not keep.
 * - `structure.other-tasks`: a list of a unit (or of a position in it) with more than one closing point; the fix
 *   keeps the first (the surviving unit's own: a merge appends the other's tasks after it) and puts it last.
 * Source: practice of Urząd Miasta Krakowa (every scope of 1630/2007 and 3468/2024 ends with one such point);
 * § 6 ZTP (one provision says a thing once).
 */
import type { Item, Order } from '../../model/order.js';
import type { CheckContext } from '../context.js';
import { cloneOrder } from '../edit.js';
import type { RawFinding, Rule } from '../types.js';

/** A point handing the unit whatever else it is given: „wykonywanie innych zadań zleconych…”, „realizacja pozostałych zadań…”. */
const OTHER_TASKS = /^\s*(?:(?:wykonywanie|wykonanie|realizacja|realizowanie|prowadzenie)\s+(?:innych|pozostałych)\s+(?:zadań|spraw)|inne\s+zadania\s+zlecone)/iu;

/** True when the words of a point are the closing point „wykonywanie innych zadań zleconych…”. In: the point's words. */
export function isOtherTasksPoint(words: string): boolean {
  return OTHER_TASKS.test(words);
}

/** Polish list of citations: `pkt 17, 40 i 50` from [`§ 6 pkt 17`, …] (the paragraf said once, by the caller). */
function pointList(wheres: string[]): string {
  const pts = wheres.map((w) => /pkt\s+(\S+)$/.exec(w)?.[1] ?? w);
  return pts.length < 2 ? pts.join('') : `${pts.slice(0, -1).join(', ')} i ${pts[pts.length - 1]}`;
}

export const otherTasksOnce: Rule<CheckContext> = {
  code: 'structure.other-tasks',
  severity: 'warning',
  title: 'Zakres działania komórki kończy jeden punkt o innych zadaniach zleconych',
  source: { kind: 'practice', ref: 'praktyka UMK: każdy zakres działania w 1630/2007 i 3468/2024 kończy jeden punkt „wykonywanie innych zadań zleconych…”; § 6 ZTP' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const e of ctx.enumerations) {
      if (e.role !== 'scope' || e.depth !== 0 || !e.unitId) continue;
      const at = e.items.flatMap((it, i) => (isOtherTasksPoint(ctx.plain(it.text)) ? [i] : []));
      if (at.length < 2) continue;
      const u = ctx.unitById.get(e.unitId);
      const who = u ? `komórki ${u.name}${u.symbol ? ` (${u.symbol})` : ''}` : 'komórki';
      const wheres = at.map((i) => e.itemWhere[i]!);
      out.push({
        where: wheres[1]!,
        targetId: e.items[at[1]!]!.id,
        message: `Zakres działania ${who} ma ${at.length} punkty „wykonywanie innych zadań zleconych…” (pkt ${pointList(wheres)}), zwykle po połączeniu komórek albo przeniesieniu zadań: zostaw jeden, na końcu listy.`,
        fix: { label: 'Zostaw pierwszy z nich, na końcu listy', target: e.ownerId },
      });
    }
    return out;
  },
  fix(order: Order, fix) {
    const o = cloneOrder(order);
    const lists: Item[][] = [];
    for (const u of o.units) {
      if (u.scope.kind !== 'tasks') continue;
      if (u.id === fix.target) lists.push(u.scope.tasks);
      for (const p of u.scope.positions) if (p.id === fix.target) lists.push(p.tasks);
    }
    const list = lists[0];
    if (!list) return order;
    const words = (it: Item) => it.text.map((r) => (typeof r === 'string' ? r : ' ')).join('');
    const closing = list.filter((it) => isOtherTasksPoint(words(it)));
    if (closing.length < 2) return order;
    const kept = closing[0]!;
    const rest = list.filter((it) => !closing.includes(it));
    list.splice(0, list.length, ...rest, kept);
    return o;
  },
};

export const OTHER_TASKS_RULES = [otherTasksOnce];
