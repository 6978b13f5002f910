/**
 * Editing the unit register as pure operations on the model: each takes an order and returns a new order that is
 * consistent again — § 2 (the register), § 3 (reportsTo), the scope paragrafy (one per unit, in the order of
 * § 2) and the common duties follow, because they are all derived from the register when rendered.
 *
 * Errors the user can cause (an unknown unit, a cycle of subordination, a duplicate symbol) come back as values
 * with a Polish message; the order passed in is never mutated.
 */
import { unitKindOf } from '../language/index.js';
import { detachMentions, mentionsOfUnit } from '../mentions/rewrite.js';
import type { Deputy, Item, Order, Paragraph, SuperiorRef, Unit } from '../model/order.js';
import { newId } from './ids.js';

/** Result of a register operation. */
export type EditResult = { ok: true; order: Order } | { ok: false; message: string };

function clone(order: Order): Order {
  return structuredClone(order);
}

function unitIndex(order: Order, id: string): number {
  return order.units.findIndex((u) => u.id === id);
}

/** Descendants of a unit (sub-units, their sub-units…). */
function descendants(order: Order, id: string): string[] {
  const out: string[] = [];
  const walk = (pid: string): void => {
    for (const u of order.units) if (u.parentId === pid) {
      out.push(u.id);
      walk(u.id);
    }
  };
  walk(id);
  return out;
}

/** Puts the scope paragrafy in the order of § 2 and gives every unit one (a new unit gets an empty list). */
export function syncScopeParagraphs(order: Order): Order {
  const scopes = order.paragraphs.filter((p) => p.role === 'scope');
  const covered = new Set(scopes.flatMap((p) => p.unitIds ?? []));
  const alive = new Set(order.units.map((u) => u.id));
  // drop units that no longer exist; drop emptied paragrafy
  for (const p of scopes) p.unitIds = (p.unitIds ?? []).filter((id) => alive.has(id));
  const kept = scopes.filter((p) => (p.unitIds ?? []).length > 0);
  for (const u of order.units) if (!covered.has(u.id)) kept.push({ id: newId('par'), role: 'scope', unitIds: [u.id] });
  const pos = (p: Paragraph): number => Math.min(...(p.unitIds ?? []).map((id) => unitIndex(order, id)));
  kept.sort((a, b) => pos(a) - pos(b));
  const first = order.paragraphs.findIndex((p) => p.role === 'scope');
  const others = order.paragraphs.filter((p) => p.role !== 'scope');
  let at = first >= 0 ? order.paragraphs.slice(0, first).filter((p) => p.role !== 'scope').length : others.findIndex((p) => p.role === 'commonDuties' || p.role === 'annex' || p.role === 'execution' || p.role === 'repeal' || p.role === 'entryIntoForce');
  if (at < 0) at = others.length;
  order.paragraphs = [...others.slice(0, at), ...kept, ...others.slice(at)];
  return order;
}

/** Would `unitId` reporting to `ref` make a cycle? */
function makesCycle(order: Order, unitId: string, ref: SuperiorRef): boolean {
  let cur: SuperiorRef | undefined = ref;
  const seen = new Set<string>();
  while (cur && cur.kind === 'unit') {
    if (cur.id === unitId || seen.has(cur.id)) return true;
    seen.add(cur.id);
    cur = order.units.find((u) => u.id === (cur as { id: string }).id)?.reportsTo;
  }
  return false;
}

function exists(order: Order, ref: SuperiorRef): boolean {
  if (ref.kind === 'unit') return order.units.some((u) => u.id === ref.id);
  if (ref.kind === 'deputy') return (order.leadership?.deputies ?? []).some((d) => d.id === ref.id);
  return true;
}

/** Options of a new unit. */
export interface NewUnit {
  name: string;
  symbol?: string;
  parentId?: string | null;
  reportsTo?: SuperiorRef;
  /** Insert after this unit (and its sub-units); default: at the end of the register. */
  afterId?: string;
}

/**
 * Adds a unit to the register with an empty scope (and its scope paragraf).
 * Out: the new order and the new unit's id (`order.units` holds it), or a Polish message when the parent or the
 * superior does not exist or the symbol is taken.
 */
export function addUnit(order: Order, spec: NewUnit): EditResult & { unitId?: string } {
  const o = clone(order);
  if (!spec.name.trim()) return { ok: false, message: 'Podaj nazwę komórki.' };
  const holder = spec.symbol ? o.units.find((u) => u.symbol === spec.symbol) : undefined;
  if (holder) return { ok: false, message: `Symbol ${spec.symbol} nosi już komórka „${holder.name}”.` };
  if (spec.parentId && !o.units.some((u) => u.id === spec.parentId)) return { ok: false, message: 'Nie ma komórki nadrzędnej o tym identyfikatorze.' };
  const reportsTo: SuperiorRef = spec.reportsTo ?? (spec.parentId ? { kind: 'unit', id: spec.parentId } : { kind: 'head' });
  if (!exists(o, reportsTo)) return { ok: false, message: 'Wskazany przełożony nie istnieje.' };
  const unit: Unit = {
    id: newId('u'),
    symbol: spec.symbol ?? '',
    name: spec.name.trim(),
    kind: unitKindOf(spec.name),
    parentId: spec.parentId ?? null,
    reportsTo,
    scope: { kind: 'tasks', lead: 'należą sprawy', tasks: [], positions: [] },
  };
  let at = o.units.length;
  const after = spec.afterId ?? spec.parentId ?? undefined;
  if (after) {
    const i = unitIndex(o, after);
    if (i >= 0) {
      const sub = new Set(descendants(o, after));
      at = i + 1;
      while (at < o.units.length && sub.has(o.units[at]!.id)) at++;
    }
  }
  o.units.splice(at, 0, unit);
  return { ok: true, order: syncScopeParagraphs(o), unitId: unit.id };
}

/**
 * Removes a unit. Its sub-units move up to its parent; units and deputies that reported to it report to its
 * superior; its scope paragraf goes (the comparison then reports its tasks as dropped until they are moved).
 * Its mentions in the text (and those of its positions) keep the words they read as and become dangling
 * references, which the check `wzmianka-usunieta` reports with fixes.
 */
export function removeUnit(order: Order, unitId: string): EditResult {
  const o = clone(order);
  const u = o.units.find((x) => x.id === unitId);
  if (!u) return { ok: false, message: 'Nie ma takiej komórki.' };
  detachMentions(o, mentionsOfUnit(o, unitId));
  for (const x of o.units) {
    if (x.parentId === unitId) x.parentId = u.parentId;
    if (x.reportsTo.kind === 'unit' && x.reportsTo.id === unitId) x.reportsTo = u.reportsTo;
  }
  for (const d of o.leadership?.deputies ?? []) if (d.reportsTo.kind === 'unit' && d.reportsTo.id === unitId) d.reportsTo = u.reportsTo;
  o.units = o.units.filter((x) => x.id !== unitId);
  return { ok: true, order: syncScopeParagraphs(o) };
}

/** Renames a unit (nominative). Forms fixed by hand are dropped, since they belonged to the old name. */
export function renameUnit(order: Order, unitId: string, name: string): EditResult {
  if (!name.trim()) return { ok: false, message: 'Nazwa komórki nie może być pusta.' };
  const o = clone(order);
  const u = o.units.find((x) => x.id === unitId);
  if (!u) return { ok: false, message: 'Nie ma takiej komórki.' };
  u.name = name.trim();
  u.kind = unitKindOf(u.name);
  delete u.forms;
  return { ok: true, order: o };
}

/** Sets the symbol of a unit; refuses a symbol another unit has. */
export function setSymbol(order: Order, unitId: string, symbol: string): EditResult {
  const o = clone(order);
  const u = o.units.find((x) => x.id === unitId);
  if (!u) return { ok: false, message: 'Nie ma takiej komórki.' };
  const holder = symbol ? o.units.find((x) => x.id !== unitId && x.symbol === symbol) : undefined;
  if (holder) return { ok: false, message: `Symbol ${symbol} nosi już komórka „${holder.name}”.` };
  u.symbol = symbol.trim();
  return { ok: true, order: o };
}

/**
 * Moves a unit (with its sub-units) to another place in § 2: before the unit `beforeId`, or to the end (null).
 * Scope paragrafy follow the new order.
 */
export function moveUnit(order: Order, unitId: string, beforeId: string | null): EditResult {
  const o = clone(order);
  if (!o.units.some((u) => u.id === unitId)) return { ok: false, message: 'Nie ma takiej komórki.' };
  const block = new Set([unitId, ...descendants(o, unitId)]);
  if (beforeId && block.has(beforeId)) return { ok: true, order: o };
  const moving = o.units.filter((u) => block.has(u.id));
  const rest = o.units.filter((u) => !block.has(u.id));
  const at = beforeId ? rest.findIndex((u) => u.id === beforeId) : rest.length;
  rest.splice(at < 0 ? rest.length : at, 0, ...moving);
  o.units = rest;
  return { ok: true, order: syncScopeParagraphs(o) };
}

/**
 * Makes a unit a sub-unit of another (or a top-level unit with null). A sub-unit reports to its new parent unless
 * it reported elsewhere on purpose. Refuses a parent inside the unit's own subtree.
 */
export function reparentUnit(order: Order, unitId: string, parentId: string | null): EditResult {
  const o = clone(order);
  const u = o.units.find((x) => x.id === unitId);
  if (!u) return { ok: false, message: 'Nie ma takiej komórki.' };
  if (parentId && (parentId === unitId || descendants(o, unitId).includes(parentId))) return { ok: false, message: 'Komórka nie może być podkomórką samej siebie ani swojej podkomórki.' };
  if (parentId && !o.units.some((x) => x.id === parentId)) return { ok: false, message: 'Nie ma takiej komórki nadrzędnej.' };
  const wasUnderParent = u.parentId && u.reportsTo.kind === 'unit' && u.reportsTo.id === u.parentId;
  u.parentId = parentId;
  if (parentId) u.reportsTo = { kind: 'unit', id: parentId };
  else if (wasUnderParent) u.reportsTo = { kind: 'head' };
  // keep the unit right after its new parent's block
  const moved = parentId ? moveUnit(o, unitId, nextAfterBlock(o, parentId, unitId)) : { ok: true as const, order: o };
  return moved.ok ? { ok: true, order: syncScopeParagraphs(moved.order) } : moved;
}

function nextAfterBlock(o: Order, parentId: string, except: string): string | null {
  const block = new Set([parentId, ...descendants(o, parentId)]);
  block.delete(except);
  const i = o.units.findIndex((u) => u.id === parentId);
  let j = i + 1;
  while (j < o.units.length && (block.has(o.units[j]!.id) || o.units[j]!.id === except)) j++;
  return o.units[j]?.id ?? null;
}

/** Sets who a unit or a deputy answers to (§ 3). Refuses an unknown superior and a cycle. */
export function setSuperior(order: Order, id: string, ref: SuperiorRef): EditResult {
  const o = clone(order);
  if (!exists(o, ref)) return { ok: false, message: 'Wskazany przełożony nie istnieje.' };
  const u = o.units.find((x) => x.id === id);
  if (u) {
    if (makesCycle(o, id, ref)) return { ok: false, message: 'Taka podległość tworzyłaby cykl: komórka podlegałaby sama sobie.' };
    u.reportsTo = ref;
    return { ok: true, order: o };
  }
  const d = o.leadership?.deputies.find((x) => x.id === id);
  if (!d) return { ok: false, message: 'Nie ma takiej komórki ani zastępcy.' };
  if (ref.kind === 'deputy' && ref.id === id) return { ok: false, message: 'Zastępca nie może podlegać sam sobie.' };
  d.reportsTo = ref;
  return { ok: true, order: o };
}

/**
 * Renumbers the symbols in the order of § 2: `PREFIX-01`, `PREFIX-02` … for top-level units and
 * `PREFIX-02-1` … for sub-units (the pattern of 1630/2007 and 3468/2024). Units whose symbol has no number
 * (`PO`, `PP`: positions with their own letters) keep it, as do their sub-units' prefixes. The prefix is the
 * most common one in the register unless given.
 */
export function renumberSymbols(order: Order, prefix?: string): EditResult {
  const o = clone(order);
  const counts = new Map<string, number>();
  for (const u of o.units) {
    const m = /^([A-ZĄĆĘŁŃÓŚŹŻ]+)-\d/.exec(u.symbol);
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const p = prefix ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!p) return { ok: false, message: 'Podaj prefiks symboli (np. KS).' };
  let top = 0;
  const sub = new Map<string, number>();
  const byId = new Map(o.units.map((u) => [u.id, u]));
  for (const u of o.units) {
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    if (/^[A-ZĄĆĘŁŃÓŚŹŻ]+$/.test(u.symbol) && u.symbol !== '') continue; // `PO`, `PP`
    if (parent && /-\d+$/.test(parent.symbol)) {
      const k = (sub.get(parent.id) ?? 0) + 1;
      sub.set(parent.id, k);
      u.symbol = `${parent.symbol}-${k}`;
    } else {
      top++;
      u.symbol = `${p}-${String(top).padStart(2, '0')}`;
    }
  }
  return { ok: true, order: o };
}

/** Adds a deputy (named `I Zastępca Dyrektora` or `Zastępca Dyrektora ds. …`) reporting to the head. */
export function addDeputy(order: Order, name: string): EditResult & { deputyId?: string } {
  const o = clone(order);
  if (!o.leadership) return { ok: false, message: 'To zarządzenie nie ma kierownictwa (§ 1).' };
  if (!name.trim()) return { ok: false, message: 'Podaj nazwę zastępcy.' };
  const d: Deputy = { id: newId('d'), name: name.trim(), reportsTo: { kind: 'head' } };
  o.leadership.deputies.push(d);
  return { ok: true, order: o, deputyId: d.id };
}

/**
 * Removes a deputy; whatever reported to the deputy reports to the deputy's superior. The deputy's mentions in the
 * text keep the words they read as (dangling references).
 */
export function removeDeputy(order: Order, deputyId: string): EditResult {
  const o = clone(order);
  const d = o.leadership?.deputies.find((x) => x.id === deputyId);
  if (!o.leadership || !d) return { ok: false, message: 'Nie ma takiego zastępcy.' };
  detachMentions(o, (r) => r.kind === 'deputy' && r.deputyId === deputyId);
  for (const u of o.units) if (u.reportsTo.kind === 'deputy' && u.reportsTo.id === deputyId) u.reportsTo = d.reportsTo;
  o.leadership.deputies = o.leadership.deputies.filter((x) => x.id !== deputyId);
  return { ok: true, order: o };
}

/** Renames a deputy. */
export function renameDeputy(order: Order, deputyId: string, name: string): EditResult {
  const o = clone(order);
  const d = o.leadership?.deputies.find((x) => x.id === deputyId);
  if (!d || !name.trim()) return { ok: false, message: 'Nie ma takiego zastępcy albo nazwa jest pusta.' };
  d.name = name.trim();
  delete d.forms;
  return { ok: true, order: o };
}

function findTask(items: Item[], id: string): { list: Item[]; index: number } | null {
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.id === id) return { list: items, index: i };
    const inner = findTask(items[i]!.children, id);
    if (inner) return inner;
  }
  return null;
}

function taskListsOf(u: Unit): Item[][] {
  return u.scope.kind === 'tasks' ? [u.scope.tasks, ...u.scope.positions.map((p) => p.tasks)] : [];
}

/**
 * Moves a task (with its letters) from wherever it is to the end of another unit's list (or at `index`).
 * A unit whose scope was not a list gets one.
 */
export function moveTask(order: Order, taskId: string, toUnitId: string, index?: number): EditResult {
  const o = clone(order);
  const target = o.units.find((u) => u.id === toUnitId);
  if (!target) return { ok: false, message: 'Nie ma komórki docelowej.' };
  let found: { list: Item[]; index: number } | null = null;
  for (const u of o.units) {
    for (const list of taskListsOf(u)) {
      found = findTask(list, taskId);
      if (found) break;
    }
    if (found) break;
  }
  if (!found) return { ok: false, message: 'Nie ma takiego zadania.' };
  const [task] = found.list.splice(found.index, 1);
  if (target.scope.kind !== 'tasks') target.scope = { kind: 'tasks', lead: 'należą sprawy', tasks: [], positions: [] };
  const list = target.scope.tasks;
  list.splice(index === undefined ? list.length : Math.max(0, Math.min(index, list.length)), 0, task!);
  return { ok: true, order: o };
}
