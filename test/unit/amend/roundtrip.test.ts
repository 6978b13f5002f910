/**
 * amend → consolidate round trip on every real order under random changes of every kind (rename a unit,
 * add / drop / reword tasks, add a unit, move a task): the text in force made from OLD and the amending order
 * equals NEW's text unit by unit (labels aside: inserted units carry letters, repealed ones stay `(uchylony)`), both
 * for the amending order as written and as read back from its text by the importer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amend, consolidate, consolidatedOrder, orderTree, type EUnit } from '../../../core/amend/index.js';
import { importText } from '../../../core/import/index.js';
import type { Item, Order } from '../../../core/model/order.js';
import { OrderSchema } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { Inline } from '../../../core/model/inline.js';
import { forEachOrderText } from '../../../core/mentions/texts.js';
import { renderText } from '../../../core/render/text.js';
import { fixtureOrders } from '../fixtures.js';

/** A small deterministic random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function load(path: string): Order {
  const r = importText(readFileSync(path, 'utf8'), path.endsWith('.md') ? 'md' : 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

type Change = 'rename' | 'addTask' | 'dropTask' | 'rewordTask' | 'addUnit' | 'moveTask' | 'rewordClause' | 'addParagraf' | 'dropParagraf';
const KINDS: Change[] = ['rename', 'addTask', 'dropTask', 'rewordTask', 'addUnit', 'moveTask', 'rewordClause', 'addParagraf', 'dropParagraf'];

/** Applies `count` random changes to a copy of `order`; returns the copy and what was done. */
function mutate(order: Order, seed: number, count: number): { order: Order; done: Change[] } {
  const o: Order = structuredClone(order);
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const done: Change[] = [];
  let n = 0;
  const general = (): NonNullable<Order['paragraphs'][number]['content']> => o.paragraphs.filter((p) => p.role === 'general').flatMap((p) => p.content ?? []);
  const lists = (): Item[][] =>
    [...o.units.flatMap((u) => (u.scope.kind === 'tasks' ? [u.scope.tasks, ...u.scope.positions.map((p) => p.tasks)] : [])), ...general().map((u) => u.items)].filter((l) => l.length > 0);
  for (let k = 0; k < count * 4 && done.length < count; k++) {
    const kind = pick(KINDS);
    const ls = lists();
    if (kind === 'rename' && o.units.length) {
      const u = pick(o.units);
      u.name = `${u.name} i Analiz`;
      delete u.forms;
    } else if (kind === 'addTask' && ls.length) {
      const l = pick(ls);
      l.splice(Math.floor(r() * (l.length + 1)), 0, { id: `new-${seed}-${++n}`, text: [`prowadzenie nowych spraw numer ${seed}-${n}`], children: [] });
    } else if (kind === 'dropTask' && ls.length) {
      const l = pick(ls);
      if (l.length < 2) continue;
      l.splice(Math.floor(r() * l.length), 1);
    } else if (kind === 'rewordTask' && ls.length) {
      const it = pick(pick(ls));
      it.text = RichText.editEnd(it.text, (run) => `${run.replace(/[;,.:]$/, '')} oraz sprawozdawczość w tym zakresie`);
    } else if (kind === 'addUnit' && o.meta.kind === 'organizational' && o.units.length) {
      const id = `unit-new-${seed}-${++n}`;
      o.units.push({ id, symbol: `XN-${n}`, name: `Referat Nowych Zadań ${n}`, kind: 'referat', parentId: null, reportsTo: { kind: 'head' },
        scope: { kind: 'tasks', lead: 'należą sprawy', tasks: [{ id: `${id}-t1`, text: ['prowadzenie spraw nowego referatu'], children: [] }], positions: [] } });
    } else if (kind === 'moveTask' && ls.length >= 2) {
      const from = pick(ls), to = pick(ls);
      if (from === to || from.length < 2) continue;
      const [it] = from.splice(Math.floor(r() * from.length), 1);
      to.splice(Math.floor(r() * (to.length + 1)), 0, it!);
    } else if (kind === 'rewordClause' && general().length) {
      const u = pick(general());
      u.text = RichText.editEnd(u.text, (run) => `${run.replace(/[;,.:]$/, '')} w zakresie ustalonym przez Sekretarza Miasta`);
    } else if (kind === 'addParagraf' && o.paragraphs.length > 2) {
      const at = 1 + Math.floor(r() * (o.paragraphs.length - 1));
      o.paragraphs.splice(at, 0, { id: `par-new-${seed}-${++n}`, role: 'general', content: [{ id: `ust-new-${seed}-${n}`, text: [`Nowy przepis numer ${seed}-${n} stosuje się odpowiednio`], items: [] }] });
    } else if (kind === 'dropParagraf' && o.paragraphs.filter((p) => p.role === 'general').length > 1) {
      const p = pick(o.paragraphs.filter((x) => x.role === 'general'));
      o.paragraphs.splice(o.paragraphs.indexOf(p), 1);
    } else continue;
    done.push(kind);
  }
  return { order: OrderSchema.parse(o), done };
}

const sp = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** The text of a tree unit by unit with its punctuation, labels and repealed units left out. */
function flat(tree: EUnit[]): string[] {
  const out: string[] = [];
  const walk = (u: EUnit, d: number): void => {
    if (u.repealed) return;
    out.push(`${d}:${u.kind}:${sp(u.text)}${u.tail ? ` | ${sp(u.tail)}` : ''}`);
    u.children.forEach((c) => walk(c, d + 1));
  };
  tree.forEach((u) => walk(u, 0));
  return out;
}

/** References (mentions, provision references) whose target is not in the order and that carry no words of their own. */
function danglingRefs(o: Order): string[] {
  const ids = new Set([...JSON.stringify(o).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!));
  const out: string[] = [];
  forEachOrderText(o, (t) => {
    for (const r of Inline.refs(t)) {
      const id = r.kind === 'unit' ? r.unitId : r.kind === 'deputy' ? r.deputyId : r.kind === 'position' ? r.positionId : r.kind === 'provision' ? r.targetId : null;
      if (id !== null && !ids.has(id) && !r.written) out.push(`${r.kind} ${id}`);
    }
  });
  return out;
}

/** Ids used more than once in an order. */
function twice(o: Order): string[] {
  const all = [...JSON.stringify(o).matchAll(/"id":"([^"]+)"/g)].map((x) => x[1]!);
  return all.filter((id, i) => all.indexOf(id) !== i);
}

const fixtures = fixtureOrders();
let importedChecked = 0;

describe('amend → consolidate round trip', () => {
  it('has real orders to work on', () => expect(fixtures.length).toBeGreaterThan(0));
  for (const f of fixtures) {
    const old = load(f.path);
    for (let seed = 1; seed <= 10; seed++) {
      it(`${f.stem}, random changes #${seed}`, () => {
        const { order: next, done } = mutate(old, seed * 7919 + f.stem.length, 1 + (seed % 5));
        expect(done.length).toBeGreaterThan(0);
        const { order: zm, plan } = amend(old, next);
        expect(plan.amendments.length).toBeGreaterThan(0);
        // the amending order is a valid order that renders
        expect(OrderSchema.safeParse(zm).success).toBe(true);
        expect(renderText(zm)).toContain('wprowadza się następujące zmiany:');
        const c = consolidate(old, [zm]);
        expect(c.skipped).toEqual([]);
        expect(flat(c.tree)).toEqual(flat(orderTree(next)));
        // the same amending order read from its text by the importer (quotations inline, whole paragrafy included)
        // is applied the same way; the importer recognises it as an amending order of OLD and keeps its own number
        const imported = importText(renderText({ ...zm, meta: { ...zm.meta, number: '900/2030', date: '2030-01-02' } }), 'txt');
        expect(imported.ok).toBe(true);
        if (imported.ok) {
          importedChecked++;
          expect(imported.order.meta.number).toBe('900/2030');
          expect(imported.order.meta.amends?.number).toBe(old.meta.number);
          const ci = consolidate(old, [imported.order]);
          expect(ci.skipped).toEqual([]);
          expect(flat(ci.tree)).toEqual(flat(orderTree(next)));
        }
        // the text in force as a model keeps what the amendment did not touch: units, their ids and name forms, and
        // the tasks left as they were in their unit keep their ids and their texts (mentions included)
        const m = consolidatedOrder(c, old);
        expect(m.ok).toBe(true);
        if (m.ok) {
          expect(OrderSchema.safeParse(m.order).success).toBe(true);
          expect(danglingRefs(m.order)).toEqual([]);
          // no new id is used twice (a part kept from OLD and a part read anew never share one; the importer's own
          // reading of OLD may repeat some)
          const before = new Set(twice(old));
          expect(twice(m.order).filter((id) => !before.has(id))).toEqual([]);
          expect(flat(orderTree(m.order))).toEqual(flat(orderTree(next)));
          for (const u of next.units) {
            const b = old.units.find((x) => x.id === u.id && x.name === u.name && x.symbol === u.symbol);
            if (!b || !u.symbol) continue;
            const got = m.order.units.find((x) => x.symbol === u.symbol && x.name === u.name);
            expect(got?.id, `${f.stem} ${u.symbol}`).toBe(b.id);
            expect(got?.forms).toEqual(b.forms);
            if (u.scope.kind !== 'tasks' || b.scope.kind !== 'tasks' || got?.scope.kind !== 'tasks') continue;
            const kept = new Map(got.scope.tasks.map((t) => [t.id, t]));
            for (const t of u.scope.tasks) {
              const was = b.scope.tasks.find((x) => x.id === t.id);
              if (was && JSON.stringify(was) === JSON.stringify(t)) expect(kept.get(t.id)?.text, `${f.stem} ${u.symbol} ${t.id}`).toEqual(was.text);
            }
          }
        }
      });
    }
  }

  it('read every amending order back through the importer', () => expect(importedChecked).toBe(fixtures.length * 10));

  it('the text in force read as an order has the new units and their names', () => {
    const old = load(fixtures.find((f) => f.stem.includes('3468'))!.path);
    const next = structuredClone(old);
    next.units[0]!.name = `${next.units[0]!.name} i Analiz`;
    const c = consolidate(old, [amend(old, next).order]);
    const r = consolidatedOrder(c, old);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.order.units.map((u) => u.name)).toEqual(next.units.map((u) => u.name));
  });

  it('the text in force as an order keeps the base model where the amendment did not touch it: name forms, ids, mentions', () => {
    const old = load(fixtures.find((f) => f.stem.includes('3468'))!.path);
    // forms fixed by hand (the generated ones would differ) and a mention of a unit in a task of another unit
    old.units[2]!.forms = { genitive: 'Referatu Forma Ręczna', dative: 'Referatowi Forma Ręczna' };
    old.meta.subjectForms = { genitive: 'Wydziału Forma Ręczna' };
    const other = old.units.find((u, i) => i > 2 && u.scope.kind === 'tasks' && u.scope.tasks.length > 1)!;
    if (other.scope.kind !== 'tasks') throw new Error('tasks');
    other.scope.tasks[0]!.text = ['współpraca z ', { kind: 'unit', unitId: old.units[2]!.id, case: 'instrumental', symbol: true }, ' w sprawach wspólnych'];
    const next = structuredClone(old);
    next.units[0]!.name = `${next.units[0]!.name} i Analiz`;
    delete next.units[0]!.forms;
    const t = next.units.find((u) => u.id === other.id)!.scope;
    if (t.kind === 'tasks') t.tasks[1]!.text = ['prowadzenie spraw przepisanych na nowo'];
    const c = consolidate(old, [amend(old, next).order]);
    expect(c.applied).toHaveLength(1);
    const r = consolidatedOrder(c, old);
    if (!r.ok) throw new Error(r.message);
    const o = r.order;
    expect(o.meta).toEqual(old.meta);
    expect(o.units.map((u) => u.id)).toEqual(old.units.map((u) => u.id));
    expect(o.units.map((u) => u.name)).toEqual(next.units.map((u) => u.name));
    expect(o.units[2]!.forms).toEqual(old.units[2]!.forms);
    expect(o.leadership?.deputies.map((d) => [d.id, d.forms])).toEqual(old.leadership?.deputies.map((d) => [d.id, d.forms]));
    const got = o.units.find((u) => u.id === other.id)!.scope;
    if (got.kind !== 'tasks' || other.scope.kind !== 'tasks') throw new Error('tasks');
    // the task with the mention is the base's own (the mention node, not words read again); the reworded one is new
    expect(got.tasks[0]).toEqual(other.scope.tasks[0]);
    expect(RichText.plain(got.tasks[1]!.text, o)).toBe('prowadzenie spraw przepisanych na nowo');
    expect(got.tasks.slice(2).map((x) => x.id)).toEqual(other.scope.tasks.slice(2).map((x) => x.id));
    expect(OrderSchema.safeParse(o).success).toBe(true);
    // every reference of the result points to a part of it
    expect(danglingRefs(o)).toEqual([]);
  });
});
