/**
 * The handlers of amending orders over a real registry with the sample orders (issue 17): "amend instead of replace"
 * from a draft replacing an order (the measure, the amending order written as a new draft linked to the amended
 * order, the chart annex when the structure changed), the order as amended with the amending order's findings, and
 * the text in force at two dates once the amending order is signed; a later draft starts from the text in force.
 * The amending order's own checks through `check:run` with the registry's facts of the cited order (`amend:facts`):
 * each finding at its point of § 1 with the point's id, its fix through `check:fix` without the registry, and facts
 * asked again after an amendment is signed telling an older amending draft to cite it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AmendedFacts } from '../../../core/amend/check.js';
import type { Order } from '../../../core/model/order.js';
import type { ApiResult, HandlerTable } from '../../../electron/contract/api.js';
import { createAppHandlers, type AppHandlers } from '../../../electron/services/handlers/app.js';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;
let app: AppHandlers;

function value<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const h = <C extends keyof HandlerTable>(c: C) => app.table[c]!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zo-amend-'));
  app = createAppHandlers({ dataDir: dir, author: 'jkowalski', sampleDir: join(root, 'resources', 'sample'), dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null } });
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A draft replacing 3468/2024 with KS-02 renamed (a change of § 2, § 3, its scope heading and the chart). */
async function renameDraft() {
  const old = value(await h('registry:list')(undefined)).find((e) => e.number === '3468/2024')!;
  const draft = value(await h('draft:create')({ replacingId: old.id }));
  const changed = structuredClone(draft.order);
  const ks02 = changed.units.find((u) => u.symbol === 'KS-02')!;
  ks02.name = 'Biuro Prasowe i Komunikacji';
  delete ks02.forms;
  return { old, draft, changed };
}

describe('amend instead of replace', () => {
  it('measures the change, writes the amending order as a new linked draft with the new chart, and shows the order as amended', async () => {
    const { old, draft, changed } = await renameDraft();
    const plan = value(await h('draft:amendPlan')({ id: draft.id, order: changed }));
    expect(plan.changes).toBeGreaterThan(0);
    expect(plan.measure).toBeLessThan(plan.threshold);
    expect(plan.proposeNewOrder).toBe(false);
    const zm = value(await h('draft:amend')({ id: draft.id, order: changed }));
    expect(zm.id).not.toBe(draft.id);
    expect(zm.replacing).toBeNull();
    expect(zm.order.meta.amends?.number).toBe('3468/2024');
    expect(zm.order.annex.present).toBe(true);
    expect(zm.order.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe i Komunikacji');
    const text = value(await h('render:text')({ order: zm.order })).replace(/\u00a0/g, ' ');
    expect(text).not.toContain('Traci moc');
    expect(text).not.toContain('wchodzi w życie z dniem ……');
    expect(text).toContain('załącznik do zarządzenia otrzymuje brzmienie określone w załączniku do niniejszego zarządzenia');
    const view = value(await h('amend:view')({ order: zm.order }));
    expect(view.amended.id).toBe(old.id);
    expect(view.findings).toEqual([]);
    expect(view.before.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe');
    expect(view.after!.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe i Komunikacji');
    // a point removed by hand: § 3 no longer agrees with § 2
    const broken = structuredClone(zm.order);
    const items = broken.paragraphs[0]!.content![0]!.items;
    items.splice(items.findIndex((it) => JSON.stringify(it.text).includes('w § 3 ')), 1);
    const bad = value(await h('amend:view')({ order: broken }));
    expect(bad.findings.map((f) => f.message).join(' ')).toContain('§ 2 i § 3 zmienianego zarządzenia się nie zgadzają');
  });

  it('proposes a new order when most of the order changes', async () => {
    const { draft, changed } = await renameDraft();
    for (const u of changed.units) if (u.scope.kind === 'tasks') u.scope.tasks.forEach((t, i) => (t.text = [`zadanie przepisane od nowa numer ${i + 1}`]));
    const plan = value(await h('draft:amendPlan')({ id: draft.id, order: changed }));
    expect(plan.measure).toBeGreaterThan(plan.threshold);
    expect(plan.proposeNewOrder).toBe(true);
  });

  it('once signed, the text in force differs at two dates and a new draft starts from it', async () => {
    const { old, draft, changed } = await renameDraft();
    const zm = value(await h('draft:amend')({ id: draft.id, order: changed }));
    value(await h('draft:sign')({ id: zm.id, number: '50/2025', date: '2025-01-10' }));
    const t = value(await h('registry:textInForce')({ id: old.id, from: '2025-01-01', to: '2025-02-01' }));
    expect(t.amendments.map((a) => a.number)).toEqual(['50/2025']);
    expect(t.from.applied).toEqual([]);
    expect(t.to.applied).toEqual([expect.stringMatching(/^nr 50\/2025/)]);
    expect(t.from.text).toContain('Biuro Prasowe – KS-02');
    expect(t.to.text).toContain('Biuro Prasowe i Komunikacji – KS-02');
    const where = t.changes.map((c) => c.where);
    expect(where).toContain('§ 2 pkt 2');
    expect(t.changes.find((c) => c.where === '§ 2 pkt 2')!.parts.filter((p) => p.op === '+').map((p) => p.text.trim())).toEqual(['i Komunikacji']);
    const next = value(await h('draft:create')({ replacingId: old.id }));
    expect(next.order.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe i Komunikacji');
    expect(next.replacing!.order.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe i Komunikacji');
    const refused = await h('registry:textInForce')({ id: old.id, from: '1.01.2025', to: '2025-02-01' });
    expect(refused.ok).toBe(false);
  });

  it('an amendment signed but not yet in force is left out of the text in force today: new drafts, views and amendments start without it', async () => {
    const { old, draft, changed } = await renameDraft();
    const zm = value(await h('draft:amend')({ id: draft.id, order: changed }));
    // signed today, entering into force on a date far ahead
    const later = { ...zm.order, entryIntoForce: { kind: 'date' as const, date: '2099-01-01' } };
    later.paragraphs = later.paragraphs.map((p) => (p.role === 'entryIntoForce' ? { id: p.id, role: p.role } : p));
    value(await h('draft:save')({ id: zm.id, order: later }));
    value(await h('draft:sign')({ id: zm.id, number: '51/2025', date: '2025-01-10' }));
    const t = value(await h('registry:textInForce')({ id: old.id, from: '2025-02-01', to: '2099-01-02' }));
    expect(t.from.applied).toEqual([]);
    expect(t.from.skipped.map((s) => s.reason)).toEqual(['notYetInForce']);
    expect(t.to.applied).toEqual([expect.stringMatching(/^nr 51\/2025/)]);
    // a new draft and its comparison start from the text in force today: the rename is not in it
    const next = value(await h('draft:create')({ replacingId: old.id }));
    expect(next.order.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe');
    expect(next.replacing!.order.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe');
    // an amendment written from it cites no earlier amendment and renames KS-02 again from the text in force today
    const again = structuredClone(next.order);
    again.units.find((u) => u.symbol === 'KS-02')!.name = 'Biuro Prasowe i Promocji';
    delete again.units.find((u) => u.symbol === 'KS-02')!.forms;
    const zm2 = value(await h('draft:amend')({ id: next.id, order: again }));
    const text = value(await h('render:text')({ order: zm2.order })).replace(/\u00a0/g, ' ');
    expect(text).not.toContain('zmienionym zarządzeniem nr 51/2025');
    const view = value(await h('amend:view')({ order: zm2.order }));
    expect(view.findings).toEqual([]);
    expect(view.before.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe');
    expect(view.after!.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe i Promocji');
  });
});

/** An amending draft of 3468/2024 renaming KS-02 (written by `draft:amend`). */
async function amendingDraft(name = 'Biuro Prasowe i Komunikacji') {
  const old = value(await h('registry:list')(undefined)).find((e) => e.number === '3468/2024')!;
  const draft = value(await h('draft:create')({ replacingId: old.id }));
  const changed = structuredClone(draft.order);
  const ks02 = changed.units.find((u) => u.symbol === 'KS-02')!;
  ks02.name = name;
  delete ks02.forms;
  return value(await h('draft:amend')({ id: draft.id, order: changed }));
}

const amendFindings = async (order: Order, amended?: AmendedFacts) =>
  value(await h('check:run')({ order, amended })).filter((f) => f.code.startsWith('amend.'));

describe('the amending order checked with the registry facts', () => {
  it('gives nothing for the amending order the app wrote, and finds and fixes an unlabelled quoted wording', async () => {
    const zm = await amendingDraft();
    const facts = value(await h('amend:facts')({ number: '3468/2024' }));
    expect(facts.order?.status).toBe('inForce');
    expect(facts.order?.earlier).toEqual([]);
    expect(await amendFindings(zm.order, facts)).toEqual([]);
    // without the facts the amending checks do not run at all
    const broken = structuredClone(zm.order);
    const points = broken.paragraphs[0]!.content![0]!.items;
    points[0]!.children[0]!.fixedLabel = '„';
    expect(await amendFindings(broken)).toEqual([]);
    const [f, ...rest] = await amendFindings(broken, facts);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'amend.quote', severity: 'error', where: '§ 1 pkt 1', targetId: points[0]!.id });
    expect(f!.message).toMatch(/^pkt 1: nowe brzmienie pkt 2 jest cytowane bez swojego oznaczenia/);
    const fixed = value(await h('check:fix')({ order: broken, finding: f! }));
    expect(fixed.paragraphs[0]!.content![0]!.items[0]!.children[0]!.fixedLabel).toBe('„2)');
    expect(await amendFindings(fixed, facts)).toEqual([]);
  });

  it('says when the cited order is not in the registry', async () => {
    const zm = await amendingDraft();
    const order = { ...zm.order, meta: { ...zm.order.meta, amends: { ...zm.order.meta.amends!, number: '9999/2024' } } };
    const facts = value(await h('amend:facts')({ number: '9999/2024' }));
    expect(facts).toEqual({ number: '9999/2024', order: null });
    const found = await amendFindings(order, facts);
    expect(found.map((f) => [f.code, f.where])).toEqual([['amend.cited', '§ 1']]);
    expect(found[0]!.message).toContain('nr 9999/2024 nie ma w rejestrze');
  });

  it('after an amendment is signed, an amending draft written before it must cite it: the fix writes it in', async () => {
    const first = await amendingDraft();
    const second = await amendingDraft('Biuro Prasowe i Promocji');
    value(await h('draft:sign')({ id: first.id, number: '50/2025', date: '2025-01-10' }));
    const facts = value(await h('amend:facts')({ number: '3468/2024' }));
    expect(facts.order?.earlier.map((e) => e.number)).toEqual(['50/2025']);
    const found = await amendFindings(second.order, facts);
    const intro = found.find((f) => f.code === 'amend.intro')!;
    expect(intro.message).toContain('nr 50/2025');
    expect(intro.fix?.label).toBe('Wpisz dane zmienianego zarządzenia z rejestru');
    const fixed = value(await h('check:fix')({ order: second.order, finding: intro }));
    const text = value(await h('render:text')({ order: fixed })).replace(/\s+/g, ' ');
    expect(text).toMatch(/w sprawie [^,]+, zmienionym zarządzeniem nr 50\/2025 z dnia 10 stycznia 2025 r\., wprowadza się następujące zmiany/);
    expect((await amendFindings(fixed, facts)).filter((f) => f.code === 'amend.intro')).toEqual([]);
  });
});
