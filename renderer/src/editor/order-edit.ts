/**
 * Edits of the draft's model made by the editor. The register operations are core/draft's (add, remove,
 * rename, symbols, superiors, deputies, moving tasks: each keeps § 2, § 3 and the scope paragrafy consistent and
 * returns a Polish message when it cannot be done); this file adds the few the editor needs on top: replacing a
 * scope's task list as typed, the kind and name forms of a unit, and moving a unit one place up or down.
 * Pure functions: each takes an order and returns a new one.
 */
import { newId } from '../../../core/draft/ids.js';
import { moveUnit, reparentUnit, type EditResult } from '../../../core/draft/register.js';
import type { Item, NameForms, Order, Position, Scope, Unit, UnitKind } from '../../../core/model/order.js';
import { editText, recognizeItems, recognizeMentions, sharedMentionIndex } from '../../../core/mentions/index.js';
import { withProvisionRefs } from '../../../core/mentions/provisions.js';
import { RichText } from '../../../core/model/rich-text.js';

export { newId as freshId } from '../../../core/draft/ids.js';
export type { EditResult };

/** Replaces the task list of a unit's scope (a scope of another kind becomes a list). */
export function setUnitTasks(order: Order, unitId: string, tasks: Item[]): Order {
  return {
    ...order,
    units: order.units.map((u) => {
      if (u.id !== unitId) return u;
      if (u.scope.kind === 'tasks') return { ...u, scope: { ...u.scope, tasks } };
      return { ...u, scope: { kind: 'tasks', lead: 'należą sprawy', tasks, positions: [] } };
    }),
  };
}

/** Sets the kind of a unit (the lexicon guesses it from the name; the user may correct it). */
export function setUnitKind(order: Order, unitId: string, kind: UnitKind): Order {
  return { ...order, units: order.units.map((u) => (u.id === unitId ? { ...u, kind } : u)) };
}

/** The forms without their empty fields, or undefined when none is left (the generated forms apply again). */
function cleanForms(forms: NameForms): NameForms | undefined {
  const clean = Object.fromEntries(Object.entries(forms).filter(([, v]) => v)) as NameForms;
  return Object.keys(clean).length ? clean : undefined;
}

/** Sets the name forms fixed by hand (empty fields fall back to the generated forms). */
export function setUnitForms(order: Order, unitId: string, forms: NameForms): Order {
  return { ...order, units: order.units.map((u) => (u.id === unitId ? { ...u, forms: cleanForms(forms) } : u)) };
}

/** Sets the forms of a deputy's name fixed by hand (§ 1, § 3 „podlega … Zastępcy”, mentions); empty fields fall back. */
export function setDeputyForms(order: Order, deputyId: string, forms: NameForms): Order {
  const l = order.leadership;
  if (!l) return order;
  return { ...order, leadership: { ...l, deputies: l.deputies.map((d) => (d.id === deputyId ? { ...d, forms: cleanForms(forms) } : d)) } };
}

/** Sets the forms of the department's name fixed by hand (title, § 1, mentions of the department); empty fields fall back. */
export function setSubjectForms(order: Order, forms: NameForms): Order {
  return { ...order, meta: { ...order.meta, subjectForms: cleanForms(forms) } };
}

/** Renames the department; forms fixed by hand for the old name are dropped (as a unit's are on rename, core/draft). */
export function setSubject(order: Order, subject: string | null): Order {
  if (subject === order.meta.subject) return order;
  const meta = { ...order.meta, subject };
  delete meta.subjectForms;
  return { ...order, meta };
}

/**
 * Moves a unit (with its sub-units) one place up (`-1`) or down (`+1`) among its siblings: the top-level units, or
 * the sub-units of the same parent. At either end the order is returned unchanged.
 */
export function moveUnitBy(order: Order, unitId: string, delta: -1 | 1): EditResult {
  const unit = order.units.find((u) => u.id === unitId);
  if (!unit) return { ok: false, message: 'Nie ma takiej komórki.' };
  const siblings = order.units.filter((u) => u.parentId === unit.parentId).map((u) => u.id);
  const i = siblings.indexOf(unitId);
  const j = i + delta;
  if (j < 0 || j >= siblings.length) return { ok: true, order };
  if (delta < 0) return moveUnit(order, unitId, siblings[j]!);
  // down: after the next sibling and its own sub-units
  const block = blockOf(order, siblings[j]!);
  const at = order.units.findIndex((u) => u.id === siblings[j]);
  let k = at + 1;
  while (k < order.units.length && block.has(order.units[k]!.id)) k++;
  return moveUnit(order, unitId, order.units[k]?.id ?? null);
}

/** Kinds of scope the editor offers (model: `Scope['kind']`). */
export type ScopeKind = Scope['kind'];

/** The usual lead of each kind of scope: what follows the heading `Do zakresu działania …`. */
export const DEFAULT_LEAD: Record<ScopeKind, string> = {
  tasks: 'należą sprawy',
  prose: 'należy',
  separateOrder: 'należą sprawy określone odrębnym zarządzeniem',
  subunits: 'należą sprawy realizowane przez',
};

function updateUnit(order: Order, unitId: string, fn: (u: Unit) => Unit): Order {
  return { ...order, units: order.units.map((u) => (u.id === unitId ? fn(u) : u)) };
}

function updateTaskScope(order: Order, unitId: string, fn: (s: Extract<Scope, { kind: 'tasks' }>) => Extract<Scope, { kind: 'tasks' }>): Order {
  return updateUnit(order, unitId, (u) => (u.scope.kind === 'tasks' ? { ...u, scope: fn(u.scope) } : u));
}

/**
 * Changes the kind of a unit's scope. A list keeps its tasks and positions only while it stays a list (undo brings
 * them back); a sentence starts from the list's tasks joined, so nothing typed is lost from view; each kind gets its
 * usual lead unless the lead was already one of its own.
 */
export function setScopeKind(order: Order, unitId: string, kind: ScopeKind): Order {
  return updateUnit(order, unitId, (u) => {
    if (u.scope.kind === kind) return u;
    const lead = DEFAULT_LEAD[kind];
    switch (kind) {
      case 'tasks':
        return { ...u, scope: { kind, lead, tasks: [], positions: [] } };
      case 'prose': {
        const text = u.scope.kind === 'tasks' ? RichText.concat(...u.scope.tasks.flatMap((t, i) => (i ? [RichText.of('; '), t.text] : [t.text]))) : [];
        return { ...u, scope: { kind, lead, text } };
      }
      default:
        return { ...u, scope: { kind, lead } };
    }
  });
}

/** Sets the lead of a unit's scope (`należą sprawy`, `należy w szczególności`, `należą sprawy określone odrębnym zarządzeniem …`). */
export function setScopeLead(order: Order, unitId: string, lead: string): Order {
  return updateUnit(order, unitId, (u) => ({ ...u, scope: { ...u.scope, lead } }));
}

/**
 * Sets the sentence of a scope written as one sentence (`prose`) from its words as typed: references whose words
 * stay are kept and names of units typed in become mentions (`core/mentions`).
 */
export function setProseText(order: Order, unitId: string, text: string): Order {
  return updateUnit(order, unitId, (u) => (u.scope.kind === 'prose' ? { ...u, scope: { ...u.scope, text: editText(u.scope.text, text, order) } } : u));
}

/** Sets the sentence of a scope written as one sentence (`prose`) as its rich-text field holds it (runs and references). */
export function setProseRichText(order: Order, unitId: string, text: RichText): Order {
  return updateUnit(order, unitId, (u) => (u.scope.kind === 'prose' ? { ...u, scope: { ...u.scope, text } } : u));
}

/**
 * Recognises the names of units, the department, deputies and positions typed into one text of the order (a
 * common duty, a scope in one sentence) when the user leaves its field, and the citations of places of the draft
 * typed anywhere (`withProvisionRefs`). In: the order, the text as it is now (undefined when it is gone), and how
 * to put the recognised text into the order. Out: the same order when nothing was recognised; the words never change.
 */
export function recognizeTextMentions(order: Order, text: RichText | undefined, set: (text: RichText) => Order): Order {
  if (!text) return withProvisionRefs(order);
  const next = recognizeMentions(text, sharedMentionIndex(order));
  return withProvisionRefs(RichText.equals(next, text) ? order : set(next));
}

/**
 * Adds a position inside a unit whose scope is a list (`W strukturze Biura … funkcjonuje Stanowisko ds. …, do zakresu
 * działania którego należy …`), with an empty list of tasks. Out: the new order and the position's id (empty when the
 * unit's scope is not a list).
 */
export function addPosition(order: Order, unitId: string, name = 'Stanowisko ds. '): { order: Order; positionId: string } {
  const position: Position = { id: newId('pos'), name, lead: 'w szczególności', tasks: [] };
  const u = order.units.find((x) => x.id === unitId);
  if (!u || u.scope.kind !== 'tasks') return { order, positionId: '' };
  return { order: updateTaskScope(order, unitId, (s) => ({ ...s, positions: [...s.positions, position] })), positionId: position.id };
}

/** Changes a position's name or lead. */
export function setPosition(order: Order, unitId: string, positionId: string, patch: Partial<Pick<Position, 'name' | 'lead'>>): Order {
  return updateTaskScope(order, unitId, (s) => ({ ...s, positions: s.positions.map((p) => (p.id === positionId ? { ...p, ...patch } : p)) }));
}

/** Replaces the task list of a position as typed. */
export function setPositionTasks(order: Order, unitId: string, positionId: string, tasks: Item[]): Order {
  return updateTaskScope(order, unitId, (s) => ({ ...s, positions: s.positions.map((p) => (p.id === positionId ? { ...p, tasks } : p)) }));
}

/** Removes a position (its tasks go with it: the comparison then lists them as dropped). */
export function removePosition(order: Order, unitId: string, positionId: string): Order {
  return updateTaskScope(order, unitId, (s) => ({ ...s, positions: s.positions.filter((p) => p.id !== positionId) }));
}

/**
 * The key of a task list in the editor: a unit's own list (`unitId`) or a position's (`unitId/positionId`), and
 * back. Ids never contain `/` (core/draft/ids.ts, importer ids).
 */
export function listKey(unitId: string, positionId?: string): string {
  return positionId ? `${unitId}/${positionId}` : unitId;
}

/** Replaces the task list a {@link listKey} names. */
export function setListTasks(order: Order, key: string, tasks: Item[]): Order {
  const [unitId, positionId] = key.split('/') as [string, string | undefined];
  return positionId ? setPositionTasks(order, unitId, positionId, tasks) : setUnitTasks(order, unitId, tasks);
}

/**
 * Recognises the mentions of units, the department, deputies and positions typed into one task list (`key` as for
 * {@link setListTasks}), when the user leaves its editor, and the citations of places of the draft typed anywhere (`withProvisionRefs`). Out: the same order when nothing was recognised.
 */
export function recognizeListMentions(order: Order, key: string): Order {
  const [unitId, positionId] = key.split('/') as [string, string | undefined];
  const scope = order.units.find((u) => u.id === unitId)?.scope;
  if (scope?.kind !== 'tasks') return order;
  const items = positionId ? scope.positions.find((p) => p.id === positionId)?.tasks : scope.tasks;
  if (!items) return order;
  const next = recognizeItems(items, sharedMentionIndex(order));
  // citations of places of the draft typed in (`§ 4 pkt 2`, `pkt 3`) become live references too
  return withProvisionRefs(next === items ? order : setListTasks(order, key, next));
}

/** A unit's block in § 2: the unit and every unit below it (sub-units, their sub-units…). */
function blockOf(order: Order, unitId: string): Set<string> {
  const out = new Set([unitId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of order.units) if (u.parentId && out.has(u.parentId) && !out.has(u.id)) (out.add(u.id), (grew = true));
  }
  return out;
}

/**
 * Drops a unit dragged in the § 2 table onto another unit's row: before it (`after` false) or after it and its
 * sub-units (`after` true). The dragged unit (with its sub-units) takes the target's place in the hierarchy: it
 * becomes a sub-unit of the target's parent (or a top-level unit) when it was not one already, and reports to
 * that parent as core/draft's `reparentUnit` does. Refused (Polish message) onto its own sub-unit.
 */
export function dropUnit(order: Order, unitId: string, targetId: string, after: boolean): EditResult {
  if (unitId === targetId) return { ok: true, order };
  const target = order.units.find((u) => u.id === targetId);
  const moving = order.units.find((u) => u.id === unitId);
  if (!target || !moving) return { ok: false, message: 'Nie ma takiej komórki.' };
  if (blockOf(order, unitId).has(targetId)) return { ok: false, message: 'Komórki nie można przenieść do jej własnej podkomórki.' };
  let o = order;
  if (moving.parentId !== target.parentId) {
    const r = reparentUnit(o, unitId, target.parentId);
    if (!r.ok) return r;
    o = r.order;
  }
  let before: string | null = targetId;
  if (after) {
    const block = blockOf(o, targetId);
    const own = blockOf(o, unitId);
    const i = o.units.findIndex((u) => u.id === targetId);
    let j = i + 1;
    while (j < o.units.length && (block.has(o.units[j]!.id) || own.has(o.units[j]!.id))) j++;
    before = o.units[j]?.id ?? null;
  }
  return moveUnit(o, unitId, before);
}
