/**
 * Drafting: a draft replacing each fixture, drafts from every template, and the register operations keeping
 * § 2, § 3, scope paragrafy and common duties consistent.
 */
import { describe, expect, it } from 'vitest';
import {
  addDeputy, addUnit, draftFromTemplate, draftReplacing, moveTask, moveUnit, removeDeputy, removeUnit, renameUnit, renumberSymbols,
  reparentUnit, setSuperior,
} from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { OrderFile } from '../../../core/model/order-file.js';
import type { Order } from '../../../core/model/order.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { renderText } from '../../../core/render/text.js';
import { listOrderKinds } from '../../../core/templates/index.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders, fixturePath } from '../fixtures.js';

const plain = (s: string): string => s.replace(/\u00a0/g, ' ');
async function load(part: string): Promise<Order> {
  const r = await importFile(fixturePath(part));
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error((r as unknown as { message: string }).message);
  return r as Extract<T, { ok: true }>;
}

describe('draft replacing an order', () => {
  for (const f of fixtureOrders().filter((x) => x.name.includes('krakow-') && !x.name.includes('3842'))) {
    it(`replaces ${f.name}`, async () => {
      const r = await importFile(f.path);
      if (!r.ok) throw new Error(r.error.message);
      const d = draftReplacing(r.order, { today: '2026-11-22' });
      expect(d.meta.number).toBeNull();
      expect(d.meta.date).toBeNull();
      expect(d.meta.status).toBe('draft');
      expect(d.repeals).toEqual([{ number: r.order.meta.number, date: r.order.meta.date, title: r.order.meta.title }]);
      expect(d.entryIntoForce).toEqual({ kind: 'date', date: null });
      expect(d.legalBasis?.citation).toEqual({ year: 2024, positions: [1465, 1572, 1907, 1940] });
      // structure and scopes carried over
      const a = outlineOf(r.order);
      const b = outlineOf(d);
      expect(b.units).toEqual(a.units);
      expect(b.reportsTo).toEqual(a.reportsTo);
      expect(b.scopeItems).toEqual(a.scopeItems);
      const text = plain(renderText(d));
      expect(text).toContain(`Traci moc zarządzenie Prezydenta Miasta Krakowa nr ${r.order.meta.number} z dnia`);
      expect(text).toContain(r.order.meta.title);
      expect(text).toContain('ZARZĄDZENIE NR ……');
      // the file format keeps it whole
      const back = OrderFile.parse(OrderFile.serialize(d));
      expect(back.ok && back.order).toEqual(d);
    });
  }
});

describe('draft from a template', () => {
  for (const kind of listOrderKinds()) {
    it(`${kind.name} renders a complete order`, () => {
      const subject = kind.titleForm === 'office' ? 'Biuro Miejskiego Konserwatora Zabytków' : 'Wydział Kultury i Dziedzictwa Narodowego';
      const d = ok(draftFromTemplate(kind.name, subject, { today: '2026-11-22' })).order;
      const text = plain(renderText(d));
      expect(text).toContain(kind.titleForm === 'office' ? 'w sprawie organizacji i szczegółowego zakresu działania Biura Miejskiego Konserwatora Zabytków' : 'zakresu działania Wydziału Kultury i Dziedzictwa Narodowego');
      expect(text).toMatch(/Wszystkie wewnętrzne komórki organizacyjne \S+( \S+)* są odpowiedzialne za:\n1\) /);
      expect(d.commonDuties?.every((i) => i.templateId?.startsWith('cd-'))).toBe(true);
      // and the importer reads what the template wrote
      const back = importText(renderText(d), 'txt');
      expect(back.ok && outlineOf(back.order).units.map((u) => u.name)).toEqual(['Referat Organizacyjny']);
    });
  }
  it.each([
    ['wydzial', 'Wydział Kultury', 'w Wydziale', 'przez Wydział'],
    ['wydzial', 'Departament Rozwoju Miasta', 'w Departamencie', 'przez Departament'],
    ['kancelaria-biuro', 'Kancelaria Prezydenta', 'w Kancelarii', 'przez Kancelarię'],
    ['kancelaria-biuro', 'Biuro Miejskiego Konserwatora Zabytków', 'w Biurze', 'przez Biuro'],
  ])('%s „%s”: the typical scope names the department in the locative (%s) and the accusative (%s) from the declension', (kind, subject, loc, acc) => {
    const text = plain(renderText(ok(draftFromTemplate(kind, subject, { today: '2026-11-22' })).order));
    expect(text).toContain(`korespondencji pisemnej i elektronicznej ${loc}`);
    expect(text).toContain(`zadań prowadzonych ${acc},`);
  });
  it('§ 1 says where the own tasks are done in the locative of the whole name, adjectives agreeing (w Biurze Prasowym Miasta)', () => {
    const office = plain(renderText(ok(draftFromTemplate('kancelaria-biuro', 'Biuro Prasowe Miasta', { today: '2026-11-22' })).order));
    expect(office).toContain('Wszystkie zadania realizowane w Biurze Prasowym Miasta są zadaniami własnymi gminy.');
    const department = plain(renderText(ok(draftFromTemplate('wydzial', 'Wydział Kultury', { today: '2026-11-22' })).order));
    expect(department).toContain('Wszystkie zadania realizowane w Wydziale są zadaniami własnymi gminy.');
  });
  it('refuses an unknown template and an empty subject', () => {
    expect(draftFromTemplate('nie-ma', 'Wydział X').ok).toBe(false);
    expect(draftFromTemplate('wydzial', '  ').ok).toBe(false);
  });
});

describe('register operations keep the order consistent', () => {
  it('adding a unit adds it to § 2, § 3 and gives it a scope paragraf after its neighbour', async () => {
    const o = await load('3468');
    const r = ok(addUnit(o, { name: 'Referat Analiz', symbol: 'KS-08', reportsTo: { kind: 'head' }, afterId: o.units[1]!.id }));
    const text = plain(renderText(r.order));
    expect(text).toContain('3) Referat Analiz – KS-08;');
    expect(text).toMatch(/Dyrektorowi Wydziału podlegają bezpośrednio:\n(?:.*\n){4}5\) Referat Analiz – KS-08\./);
    expect(text).toContain('§ 6. Do zakresu działania Referatu Analiz (KS-08) należą sprawy');
    expect(outlineOf(r.order).paragraphs).toBe(16);
  });

  it('renaming a unit changes § 2, § 3 and its scope heading at once', async () => {
    const o = await load('3468');
    const ks06 = o.units.find((u) => u.symbol === 'KS-06')!;
    const text = plain(renderText(ok(renameUnit(o, ks06.id, 'Samodzielne stanowisko Rzecznika Prezydenta Miasta Krakowa')).order));
    expect(text).toContain('6) Samodzielne stanowisko Rzecznika Prezydenta Miasta Krakowa – KS-06;');
    expect(text).toContain('4. Samodzielne stanowisko Rzecznika Prezydenta Miasta Krakowa podlega bezpośrednio Prezydentowi Miasta Krakowa.');
    expect(text).toContain('Do zakresu działania Samodzielnego stanowiska Rzecznika Prezydenta Miasta Krakowa (KS-06)');
    expect(text).not.toContain('Samodzielnie');
  });

  it('removing a unit hands its subordinates to its superior and drops its scope paragraf', async () => {
    const o = await load('1630');
    const po = o.units.find((u) => u.symbol === 'PO')!;
    const r = ok(removeUnit(o, po.id)).order;
    const out = outlineOf(r);
    expect(out.units.find((u) => u.symbol === 'KP-05')!.parent).toBeNull();
    expect(out.reportsTo['KP-05']).toBe('Prezydent Miasta Krakowa');
    expect(r.paragraphs.filter((p) => p.role === 'scope').every((p) => !(p.unitIds ?? []).includes(po.id))).toBe(true);
  });

  it('reorders, re-parents, sets superiors and refuses cycles', async () => {
    const o = await load('3468');
    const [ks01, ks02, ks03] = o.units;
    const moved = ok(moveUnit(o, ks03!.id, ks01!.id)).order;
    expect(outlineOf(moved).units.map((u) => u.symbol).slice(0, 3)).toEqual(['KS-03', 'KS-01', 'KS-02']);
    // scopes follow § 2
    expect(plain(renderText(moved))).toContain('§ 4. Do zakresu działania Referatu Mediów Miejskich (KS-03)');
    const sub = ok(reparentUnit(o, ks03!.id, ks02!.id)).order;
    expect(outlineOf(sub).units.find((u) => u.symbol === 'KS-03')!.parent).toBe('KS-02');
    expect(setSuperior(sub, ks02!.id, { kind: 'unit', id: ks03!.id }).ok).toBe(false);
    expect(reparentUnit(sub, ks02!.id, ks03!.id).ok).toBe(false);
  });

  it('renumbers symbols in the order of § 2, sub-units under their parent', async () => {
    const o = await load('1630');
    const moved = ok(moveUnit(o, o.units.find((u) => u.symbol === 'KP-04')!.id, o.units[0]!.id)).order;
    const r = ok(renumberSymbols(moved)).order;
    expect(outlineOf(r).units.map((u) => u.symbol)).toEqual(['KP-01', 'KP-02', 'KP-03', 'KP-03-1', 'KP-03-2', 'KP-04', 'PO', 'KP-05', 'KP-06', 'PP', 'KP-07', 'KP-08', 'KP-09']);
  });

  it('deputies: add, remove, and the numeral of § 1 follows', async () => {
    const o = await load('3468');
    const added = ok(addDeputy(o, 'Zastępca Dyrektora ds. Marki'));
    expect(plain(renderText(added.order))).toContain('kieruje Dyrektor przy pomocy trzech Zastępców.');
    const d = o.leadership!.deputies[0]!;
    const removed = ok(removeDeputy(o, d.id)).order;
    expect(plain(renderText(removed))).toContain('kieruje Dyrektor przy pomocy Zastępcy.');
    expect(outlineOf(removed).reportsTo['KS-03']).toBe('Dyrektor');
  });

  it('moves a task to another unit', async () => {
    const o = await load('3468');
    const ks01 = o.units[0]!;
    const ks07 = o.units.find((u) => u.symbol === 'KS-07')!;
    if (ks01.scope.kind !== 'tasks') throw new Error();
    const task = ks01.scope.tasks[15]!; // prowadzenie biblioteki Wydziału
    const r = ok(moveTask(o, task.id, ks07.id)).order;
    const out = outlineOf(r);
    expect(out.scopeItems['KS-01']).toBe(18);
    expect(out.scopeItems['KS-07']).toBe(16);
  });
});

describe('common duties of a replacing draft', () => {
  it('are matched to the template items they came from', async () => {
    const d = draftReplacing(await load('3468'), { today: '2026-11-22' });
    expect(d.commonDuties?.filter((i) => i.templateId?.startsWith('cd-')).length).toBe(24);
  });
});
