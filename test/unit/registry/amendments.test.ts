/**
 * Amending orders in the registry on both engines (issue 17): an amending order is linked to the order it amends by
 * the number its introductory sentence cites (imported, created as a draft, saved, signed; the amended order may come
 * later), and the text in force of an order at two dates applies the amending orders in force by each date.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amend, orderTree, treeLines } from '../../../core/amend/index.js';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/index.js';
import { importFileIntoRegistry, orderInForce, textInForce, type Registry } from '../../../electron/services/registry/index.js';
import { renderText } from '../../../core/render/text.js';
import { RichText } from '../../../core/model/rich-text.js';
import { fixturePath } from '../fixtures.js';
import { registryEngines, sqlOf } from './engines.js';
import { recountEntryIntoForce } from '../../../electron/services/registry/recount-entry.js';

function load(path: string): Order {
  const r = importText(readFileSync(path, 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

const signedAs = (o: Order, number: string, date: string): Order => ({ ...o, meta: { ...o.meta, number, date, status: 'signed' } });

/** The base order, a first change (a unit renamed) and a second one made from the first (a task added). */
function chain() {
  const base = load(fixturePath('3468'));
  const first = structuredClone(base);
  first.units[1]!.name += ' i Analiz';
  delete first.units[1]!.forms;
  const z1 = signedAs(amend(base, first).order, '100/2025', '2025-02-03');
  const second = structuredClone(first);
  const tasks = second.units.find((u) => u.scope.kind === 'tasks')!.scope;
  if (tasks.kind === 'tasks') tasks.tasks.push({ id: 'nowe', text: ['prowadzenie spraw nowego programu miejskiego'], children: [] });
  const z2 = signedAs(amend(first, second).order, '200/2025', '2025-06-10');
  return { base, first, second, z1, z2 };
}

describe.each(registryEngines())('amending orders in the registry on $name', (engine) => {
  let reg: Registry;
  beforeEach(async () => {
    reg = await engine.open();
  });
  afterEach(async () => {
    await reg.close();
  });

  it('links amending orders to the order they amend, whichever is added first', async () => {
    const { base, z1, z2 } = chain();
    const a1 = await reg.addOrder({ order: z1 });
    const b = await reg.addOrder({ order: base });
    const a2 = await reg.addOrder({ order: z2 });
    if (!a1.ok || !b.ok || !a2.ok) throw new Error('add');
    expect((await reg.amendmentsOf(b.id)).map((o) => o.number)).toEqual(['100/2025', '200/2025']);
    expect(await reg.amendmentsOf(a1.id)).toEqual([]);
  });

  it('an amending order imported from its file is linked and applied like one written by the app', async () => {
    const { base, first, z1 } = chain();
    const dir = mkdtempSync(join(tmpdir(), 'zo-amend-file-'));
    try {
      const file = join(dir, 'zmiana-100-2025.txt');
      writeFileSync(file, renderText(z1));
      const b = await reg.addOrder({ order: base });
      const a = await importFileIntoRegistry(reg, file, async (path) => importText(readFileSync(path, 'utf8'), 'txt'));
      if (!b.ok || !a.ok) throw new Error('add');
      expect(a.number).toBe('100/2025');
      expect((await reg.amendmentsOf(b.id)).map((o) => o.id)).toEqual([a.id]);
      const o = await orderInForce(reg, b.id, '2025-03-01');
      if (!o.ok) throw new Error(o.error.message);
      expect(o.applied).toHaveLength(1);
      expect(o.order.units.map((u) => u.name)).toEqual(first.units.map((u) => u.name));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a draft written as an amendment is linked when created, saved and signed; a save that is no amendment unlinks it', async () => {
    const { base, first } = chain();
    const b = await reg.addOrder({ order: base });
    if (!b.ok) throw new Error('add');
    const d = await reg.createDraft({ order: amend(base, first).order, author: 'Anna' });
    if (!d.ok) throw new Error(d.error.message);
    const linked = await reg.amendmentsOf(b.id);
    expect(linked.map((o) => [o.id, o.status])).toEqual([[d.draftId, 'draft']]);
    const plain = { ...amend(base, first).order };
    plain.meta = { ...plain.meta };
    delete plain.meta.amends;
    expect((await reg.saveDraftVersion(d.draftId, plain, 'Anna')).ok).toBe(true);
    expect(await reg.amendmentsOf(b.id)).toEqual([]);
    expect((await reg.saveDraftVersion(d.draftId, amend(base, first).order, 'Anna')).ok).toBe(true);
    const s = await reg.signDraft(d.draftId, { number: '300/2025', date: '2025-03-01', author: 'Anna' });
    expect(s.ok).toBe(true);
    expect((await reg.amendmentsOf(b.id)).map((o) => o.number)).toEqual(['300/2025']);
  });

  it('gives the text in force at two dates and what differs between them', async () => {
    const { base, first, second, z1, z2 } = chain();
    const b = await reg.addOrder({ order: base });
    await reg.addOrder({ order: z1 });
    await reg.addOrder({ order: z2 });
    if (!b.ok) throw new Error('add');
    const r = await textInForce(reg, b.id, '2025-03-01', '2025-07-01');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.from.applied).toHaveLength(1);
    expect(r.from.applied[0]).toMatch(/^nr 100\/2025/);
    expect(r.from.skipped.map((s) => s.order)).toEqual([expect.stringMatching(/^nr 200\/2025/)]);
    expect(r.to.applied).toHaveLength(2);
    // each text equals the version it stands for, unit by unit
    const body = (t: string) => t.split('\n').filter((l) => /^\s*(§|\d+[a-z]*[.)]|[a-z]+\)|–)/.test(l)).map((l) => l.trim());
    const of = (o: Order) => treeLines(orderTree(o)).filter((l) => /^\s*(§|\d+[a-z]*[.)]|[a-z]+\)|–)/.test(l)).map((l) => l.trim());
    expect(body(r.from.text)).toEqual(of(first));
    expect(body(r.to.text)).toEqual(of(second));
    // the difference is the one task added by the second amendment (and the closing punctuation it moved)
    expect(r.changes.some((c) => c.kind === 'added' && c.after?.includes('nowego programu miejskiego'))).toBe(true);
    expect(r.changes.every((c) => c.kind !== 'repealed')).toBe(true);
    // before the first amendment the text is the base order's
    const early = await textInForce(reg, b.id, '2025-01-01', '2025-02-03');
    if (!early.ok) throw new Error(early.error.message);
    expect(early.from.applied).toEqual([]);
    expect(body(early.from.text)).toEqual(of(base));
    expect(early.changes.map((c) => c.kind)).toContain('changed');
    // the text in force as an order: what a new draft, comparison or check starts from
    const o = await orderInForce(reg, b.id, '2025-07-01');
    if (!o.ok) throw new Error(o.error.message);
    expect(o.order.units.map((u) => u.name)).toEqual(second.units.map((u) => u.name));
    expect((await textInForce(reg, b.id, '2025-13-01', '2025-07-01')).ok).toBe(false);
  });

  it('reports an amending order whose change cannot be applied, with its place, and applies nothing of it', async () => {
    const { base, z1 } = chain();
    const b = await reg.addOrder({ order: base });
    if (!b.ok) throw new Error('add');
    const bad = structuredClone(z1);
    bad.meta.number = '150/2025';
    const items = bad.paragraphs[0]!.content![0]!.items;
    items[0]!.text = ['w § 2 pkt 99 otrzymuje brzmienie:'];
    await reg.addOrder({ order: bad });
    const r = await textInForce(reg, b.id, '2025-03-01', '2025-03-01');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.to.applied).toEqual([]);
    expect(r.to.skipped[0]!.problems.join(' ')).toContain('§ 2 pkt 99');
    expect(r.changes).toEqual([]);
  });

  it('counts only the amendments in force by the date: one in force, one entering into force later, one whose date cannot be told', async () => {
    const { base, first, second, z1, z2 } = chain();
    const b = await reg.addOrder({ order: base });
    if (!b.ok) throw new Error('add');
    await reg.addOrder({ order: z1 });
    // signed before the first one's date is reached, but entering into force on 1 January 2099
    const future = { ...z2, entryIntoForce: { kind: 'date' as const, date: '2099-01-01' }, paragraphs: z2.paragraphs.map((p) => (p.role === 'entryIntoForce' ? { id: p.id, role: p.role } : p)) };
    await reg.addOrder({ order: { ...future, meta: { ...future.meta, date: '2025-01-20' } } });
    const names = (o: Order) => o.units.map((u) => u.name);
    const today = await orderInForce(reg, b.id, '2026-11-23');
    if (!today.ok) throw new Error(today.error.message);
    expect(today.applied).toEqual([expect.stringMatching(/^nr 100\/2025/)]);
    expect(today.skipped.map((s) => [s.order.slice(0, 11), s.reason])).toEqual([['nr 200/2025', 'notYetInForce']]);
    expect(names(today.order)).toEqual(names(first));
    const later = await orderInForce(reg, b.id, '2099-01-01');
    if (!later.ok) throw new Error(later.error.message);
    expect(later.applied).toHaveLength(2);
    expect(names(later.order)).toEqual(names(second));
    const words = (o: Order) => o.units.flatMap((u) => (u.scope.kind === 'tasks' ? u.scope.tasks.map((t) => RichText.plain(t.text, o)) : []));
    expect(words(later.order)).toContain('prowadzenie spraw nowego programu miejskiego');
    expect(words(today.order)).not.toContain('prowadzenie spraw nowego programu miejskiego');
    const t = await textInForce(reg, b.id, '2026-11-23', '2099-01-01');
    if (!t.ok) throw new Error(t.error.message);
    expect(t.changes.some((c) => c.kind === 'added' && c.after?.includes('nowego programu miejskiego'))).toBe(true);
    // an amendment counted from its publication (`po upływie 14 dni od dnia ogłoszenia`) has no date the registry
    // can tell: it is reported and not applied, at any date
    const published = structuredClone(z1);
    published.meta.number = '120/2025';
    published.entryIntoForce = { kind: 'afterDays', days: 14 };
    published.paragraphs = published.paragraphs.map((p) => (p.role === 'entryIntoForce' ? { ...p, content: [{ id: 'e1', text: ['Zarządzenie wchodzi w życie po upływie 14 dni od dnia ogłoszenia w Dzienniku Urzędowym Województwa Małopolskiego.'], items: [] }] } : p));
    await reg.addOrder({ order: published });
    const unknown = await orderInForce(reg, b.id, '2099-01-01');
    if (!unknown.ok) throw new Error(unknown.error.message);
    expect(unknown.applied).toHaveLength(2);
    const s = unknown.skipped.find((x) => x.order.startsWith('nr 120/2025'))!;
    expect(s.reason).toBe('dateUnknown');
    expect(s.problems.join(' ')).toContain('ogłoszeni');
  });

  it('an order counted from its publication: signed with no date of entry into force until the day of publication is entered, then counted from it', async () => {
    const { base, first, z1 } = chain();
    const b = await reg.addOrder({ order: base });
    if (!b.ok) throw new Error('add');
    const published = structuredClone(z1);
    published.entryIntoForce = { kind: 'afterDays', days: 14 };
    published.paragraphs = published.paragraphs.map((p) => (p.role === 'entryIntoForce' ? { ...p, content: [{ id: 'e1', text: ['Zarządzenie wchodzi w życie po upływie 14 dni od dnia ogłoszenia.'], items: [] }] } : p));
    const a = await reg.addOrder({ order: published });
    if (!a.ok) throw new Error('add');
    const entry = async () => (await reg.listOrders({ today: '2026-11-23' })).find((o) => o.id === a.id)!;
    // not counted from signing (2025-02-03 + 15 days): unknown, signed, never applied
    expect(await entry()).toMatchObject({ status: 'signed', entryIntoForce: null });
    const before = await orderInForce(reg, b.id, '2026-11-23');
    if (!before.ok) throw new Error(before.error.message);
    expect(before.applied).toEqual([]);
    expect(before.skipped.map((x) => x.reason)).toEqual(['dateUnknown']);
    // refused: before signing, not a date, an order that does not count from publication
    expect(await reg.setPublicationDate(a.id, '2025-01-01', 'Anna')).toMatchObject({ ok: false, error: { code: 'invalidDate' } });
    expect(await reg.setPublicationDate(b.id, '2025-03-01', 'Anna')).toMatchObject({ ok: false, error: { code: 'invalidDate', message: expect.stringContaining('nie liczy wejścia w życie od ogłoszenia') } });
    // entered: 14 days from the day after publication, in force the day after
    const set = await reg.setPublicationDate(a.id, '2025-03-01', 'Anna');
    expect(set.ok && set.order.meta.publishedOn).toBe('2025-03-01');
    expect(await entry()).toMatchObject({ status: 'inForce', entryIntoForce: '2025-03-16' });
    expect((await reg.listOrders({ today: '2025-03-15' })).find((o) => o.id === a.id)!.status).toBe('signed');
    const names = (o: Order) => o.units.map((u) => u.name);
    const early = await orderInForce(reg, b.id, '2025-03-15');
    const after = await orderInForce(reg, b.id, '2025-03-16');
    if (!early.ok || !after.ok) throw new Error('in force');
    expect(early.applied).toEqual([]);
    expect(names(after.order)).toEqual(names(first));
    expect((await reg.listAudit(a.id)).some((e) => e.detail === 'Data ogłoszenia: 2025-03-01')).toBe(true);
    // cleared: unknown again
    await reg.setPublicationDate(a.id, null, 'Anna');
    expect(await entry()).toMatchObject({ status: 'signed', entryIntoForce: null });
    // a registry of an earlier release stored it counted from signing: recounted once, when the registry opens
    const sql = sqlOf(reg);
    await sql.transaction(async (tx) => {
      await tx.run('UPDATE registry_order SET entry_into_force = ? WHERE id = ?', ['2025-02-19', a.id]);
      await tx.run('DELETE FROM registry_meta WHERE key = ?', ['entryIntoForceRule']);
    });
    expect(await entry()).toMatchObject({ status: 'inForce', entryIntoForce: '2025-02-19' });
    expect(await recountEntryIntoForce(sql)).toBe(1);
    expect(await entry()).toMatchObject({ status: 'signed', entryIntoForce: null });
    expect(await recountEntryIntoForce(sql)).toBe(0);
  });

  it('marks amending and amended orders in the list and in search hits', async () => {
    const { base, first, z1, z2 } = chain();
    const b = await reg.addOrder({ order: base });
    const a1 = await reg.addOrder({ order: z1 });
    // the second one signed, not yet in force on the day asked
    const a2 = await reg.addOrder({ order: { ...z2, entryIntoForce: { kind: 'date', date: '2025-09-01' }, paragraphs: z2.paragraphs.map((p) => (p.role === 'entryIntoForce' ? { id: p.id, role: p.role } : p)) } });
    const d = await reg.createDraft({ order: amend(first, base).order, author: 'Anna' });
    if (!b.ok || !a1.ok || !a2.ok || !d.ok) throw new Error('add');
    const list = await reg.listOrders({ today: '2025-07-01' });
    const of = (id: number) => list.find((o) => o.id === id)!;
    expect(of(b.id).amends).toBeNull();
    expect(of(b.id).amendedBy).toEqual([
      { id: a1.id, number: '100/2025', status: 'inForce', entryIntoForce: '2025-02-03' },
      { id: a2.id, number: '200/2025', status: 'signed', entryIntoForce: '2025-09-01' },
    ]);
    expect([of(a1.id).amends, of(a2.id).amends, of(d.draftId).amends]).toEqual(['3468/2024', '3468/2024', '3468/2024']);
    expect(of(a1.id).amendedBy).toEqual([]);
    // the same marks on the order as read alone
    const got = await reg.getOrder(b.id, { today: '2025-07-01' });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.order.amendedBy.map((a) => a.number)).toEqual(['100/2025', '200/2025']);
    // a hit in the amended order names the amending orders in force that changed it
    const hits = await reg.searchTasks('zadań', { today: '2025-07-01' });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.amendedBy).toEqual(h.number === '3468/2024' ? ['100/2025'] : []);
    expect(hits.some((h) => h.number === '3468/2024')).toBe(true);
  });

  it('an imported amending order naming a unit that is not there is reported with its place and applies nothing, at every date; others still apply', async () => {
    const { base, z1, z2 } = chain();
    const dir = mkdtempSync(join(tmpdir(), 'zo-amend-bad-'));
    try {
      // the first amendment as a lawyer's file, its first point citing a point § 2 does not have
      const text = renderText(z1).replace(/\u00a0/g, ' ');
      expect(text).toContain('w § 2 pkt 2 otrzymuje brzmienie');
      const file = join(dir, 'zmiana-100-2025.txt');
      writeFileSync(file, text.replace('w § 2 pkt 2 otrzymuje brzmienie', 'w § 2 pkt 99 otrzymuje brzmienie'));
      const b = await reg.addOrder({ order: base });
      const a = await importFileIntoRegistry(reg, file, async (path) => importText(readFileSync(path, 'utf8'), 'txt'));
      if (!b.ok || !a.ok) throw new Error('add');
      // the second amendment (a task added) does not depend on the first one's rename
      await reg.addOrder({ order: z2 });
      expect((await reg.amendmentsOf(b.id)).map((o) => o.number)).toEqual(['100/2025', '200/2025']);
      const body = (t: string) => t.split('\n').filter((l) => /^\s*(§|\d+[a-z]*[.)]|[a-z]+\)|–)/.test(l)).map((l) => l.trim());
      // before its date it is only not yet in force; after it, reported with the point and the unit, nothing applied
      const r = await textInForce(reg, b.id, '2025-01-01', '2025-03-01');
      if (!r.ok) throw new Error(r.error.message);
      expect(r.from.skipped.map((x) => x.reason)).toEqual(['notYetInForce', 'notYetInForce']);
      expect(r.to.applied).toEqual([]);
      const bad = r.to.skipped.find((x) => x.order.startsWith('nr 100/2025'))!;
      expect(bad.reason).toBe('notApplicable');
      expect(bad.problems).toEqual(['pkt 1: w zmienianym zarządzeniu nie ma jednostki § 2 pkt 99']);
      expect(r.changes).toEqual([]);
      expect(body(r.to.text)).toEqual(body(r.from.text));
      // later, the second amendment applies alone: the rename of the first (its other, valid points too) is not in the text
      const later = await orderInForce(reg, b.id, '2025-07-01');
      if (!later.ok) throw new Error(later.error.message);
      expect(later.applied).toEqual([expect.stringMatching(/^nr 200\/2025/)]);
      expect(later.skipped.map((x) => [x.order.slice(0, 11), x.reason])).toEqual([['nr 100/2025', 'notApplicable']]);
      expect(later.order.units.map((u) => u.name)).toEqual(base.units.map((u) => u.name));
      const words = (o: Order) => o.units.flatMap((u) => (u.scope.kind === 'tasks' ? u.scope.tasks.map((t) => RichText.plain(t.text, o)) : []));
      const added = 'prowadzenie spraw nowego programu miejskiego';
      expect(words(later.order)).toContain(added);
      expect(words(later.order).filter((w) => w !== added)).toEqual(words(base));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
