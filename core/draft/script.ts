/**
 * A restructuring written as a list of register operations (issue 11 item 6, issue 12): the same pure operations the
 * editor uses (`register.ts`, `restructure.ts`), naming units by symbol and tasks by citation, so that a
 * restructuring can be scripted (`draft edit` on the command line) and checked. The operations apply in the order
 * given, each to the result of the previous one; the script is all or nothing: when one fails, the order passed in
 * is returned unchanged with that operation's Polish message.
 */
import { Citation } from '../model/citation.js';
import { locateItems } from '../model/locate.js';
import type { Order, SuperiorRef, Unit } from '../model/order.js';
import { moveTask, removeUnit, renameUnit, setSuperior, setSymbol, type EditResult } from './register.js';
import { mergeUnits, splitUnit } from './restructure.js';

/** One operation of a script. Units are named by symbol; tasks by citation in the order as it stands at that step. */
export type EditOp =
  | { op: 'rename'; symbol: string; name: string }
  | { op: 'symbol'; from: string; to: string }
  /** `superior`: a unit's symbol, `dyrektor`, `prezydent`, `sekretarz`, or a deputy's name as § 1 gives it. */
  | { op: 'superior'; symbol: string; superior: string }
  | { op: 'merge'; from: string; into: string }
  | { op: 'move-task'; where: string; symbol: string }
  | { op: 'remove'; symbol: string }
  /** `tasks`: citations separated by commas; after the first, a bare number continues its last level (`§ 6 pkt 2,3`, `pkt 2-4`). */
  | { op: 'split'; symbol: string; newSymbol: string; name: string; tasks: string };

/** Result of a script: the new order, or the message of the operation that failed and its position (0-based). */
export type ScriptResult = { ok: true; order: Order } | { ok: false; message: string; index: number };

function unitBySymbol(order: Order, symbol: string): Unit | { message: string } {
  const u = order.units.find((x) => x.symbol === symbol.trim());
  return u ?? { message: `Nie ma komórki o symbolu „${symbol}”.` };
}

function superiorRef(order: Order, s: string): SuperiorRef | { message: string } {
  const w = s.trim();
  const low = w.toLowerCase();
  if (low === 'dyrektor' || low === (order.leadership?.head ?? 'Dyrektor').toLowerCase()) return { kind: 'head' };
  if (low === 'prezydent' || low === 'prezydent miasta krakowa') return { kind: 'prezydent' };
  if (low === 'sekretarz' || low === 'sekretarz miasta krakowa') return { kind: 'sekretarz' };
  const u = order.units.find((x) => x.symbol === w);
  if (u) return { kind: 'unit', id: u.id };
  const d = order.leadership?.deputies.find((x) => x.name.toLowerCase() === low);
  if (d) return { kind: 'deputy', id: d.id };
  return { message: `Nie ma przełożonego „${s}”: podaj symbol komórki, „Dyrektor”, „Prezydent”, „Sekretarz” albo nazwę zastępcy z § 1.` };
}

/**
 * The citations a task list names: `§ 6 pkt 2, 3`, `§ 6 pkt 2-4`, `§ 6 pkt 2, § 7 pkt 1`. Out: formatted citations,
 * or null when the first is not a citation.
 */
export function expandCitations(spec: string): string[] | null {
  const parts = spec.split(/\s*,\s*/).filter(Boolean);
  const first = parts[0] ? Citation.parse(parts[0].replace(/\s*[-–]\s*\d+$/u, '')) : null;
  if (!first) return null;
  const out: string[] = [];
  let base = parts[0]!;
  for (const part of parts) {
    const full = /^§/u.test(part) ? part : base.replace(/(\S+)$/u, part);
    base = full;
    const range = /^(.*\s)(\d+)\s*[-–]\s*(\d+)$/u.exec(full);
    if (range) {
      for (let n = Number(range[2]); n <= Number(range[3]); n++) out.push(`${range[1]}${n}`);
    } else out.push(full);
  }
  const cited = out.map((c) => Citation.parse(c));
  return cited.every((c) => c) ? cited.map((c) => Citation.format(c!)) : null;
}

/** Ids of the tasks cited, or a message naming the first citation that names no task. */
function tasksAt(order: Order, spec: string): string[] | { message: string } {
  const cited = expandCitations(spec);
  if (!cited) return { message: `„${spec}” nie jest przepisem (np. „§ 6 pkt 2” albo „§ 6 pkt 2, 3”).` };
  const byCitation = new Map<string, string>();
  for (const [id, l] of locateItems(order)) byCitation.set(Citation.format(l.citation), id);
  const ids: string[] = [];
  for (const c of cited) {
    const id = byCitation.get(c);
    if (!id) return { message: `W projekcie nie ma zadania „${c}”.` };
    ids.push(id);
  }
  return ids;
}

/** Applies one operation. Out: the register operation's result (a Polish message when it cannot be done). */
export function applyOp(order: Order, op: EditOp): EditResult {
  const fail = (x: { message: string }): EditResult => ({ ok: false, message: x.message });
  switch (op.op) {
    case 'rename': {
      const u = unitBySymbol(order, op.symbol);
      return 'message' in u ? fail(u) : renameUnit(order, u.id, op.name);
    }
    case 'symbol': {
      const u = unitBySymbol(order, op.from);
      return 'message' in u ? fail(u) : setSymbol(order, u.id, op.to.trim());
    }
    case 'superior': {
      const u = unitBySymbol(order, op.symbol);
      if ('message' in u) return fail(u);
      const ref = superiorRef(order, op.superior);
      return 'message' in ref ? fail(ref) : setSuperior(order, u.id, ref);
    }
    case 'merge': {
      const from = unitBySymbol(order, op.from);
      const into = unitBySymbol(order, op.into);
      if ('message' in from) return fail(from);
      if ('message' in into) return fail(into);
      if (from.id === into.id) return { ok: false, message: 'Komórki nie można połączyć z nią samą.' };
      return mergeUnits(order, { sourceIds: [from.id], targetId: into.id });
    }
    case 'move-task': {
      const to = unitBySymbol(order, op.symbol);
      if ('message' in to) return fail(to);
      const ids = tasksAt(order, op.where);
      if ('message' in ids) return fail(ids);
      if (ids.length !== 1) return { ok: false, message: 'Podaj jedno zadanie do przeniesienia.' };
      return moveTask(order, ids[0]!, to.id);
    }
    case 'remove': {
      const u = unitBySymbol(order, op.symbol);
      return 'message' in u ? fail(u) : removeUnit(order, u.id);
    }
    case 'split': {
      const u = unitBySymbol(order, op.symbol);
      if ('message' in u) return fail(u);
      const ids = tasksAt(order, op.tasks);
      if ('message' in ids) return fail(ids);
      return splitUnit(order, { unitId: u.id, taskIds: ids, name: op.name, symbol: op.newSymbol });
    }
  }
}

/**
 * Applies the operations in order, all or nothing. In: an order (not mutated) and the operations. Out: the new
 * order, or the first failure with its Polish message and position.
 */
export function applyScript(order: Order, ops: readonly EditOp[]): ScriptResult {
  let o = order;
  for (let i = 0; i < ops.length; i++) {
    const r = applyOp(o, ops[i]!);
    if (!r.ok) return { ok: false, message: r.message, index: i };
    o = r.order;
  }
  return { ok: true, order: o };
}
