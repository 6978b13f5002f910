/**
 * Unit mentions (core/mentions/units.ts) and what register operations do to them (core/draft): a name in each
 * case, with and without its symbol, a symbol alone, the department and a deputy become references that follow
 * renaming, re-symbolling and merging, and keep their words when the unit is removed. Recognition never changes
 * the words (every fixture renders byte-identically with and without it), and words that run on into a longer
 * name or carry another unit's symbol stay text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReplacing, mergeUnits, removeUnit, renameDeputy, renameUnit, setSymbol, type EditResult } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { editText, forEachOrderText, linkUnitMentions, mapOrderTexts, mentionIndex, recognizeItems, recognizeMentions } from '../../../core/mentions/index.js';
import { Inline, type Reference } from '../../../core/model/inline.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText } from '../../../core/render/text.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders, OWN } from '../fixtures.js';

const BASE = readFileSync(join(OWN, 'checks', 'base-order.txt'), 'utf8');
/** § 6 of the base order with tasks naming the other units in every case, a symbol alone and a deputy. */
const TASKS = [
  '1) obsługa dziennikarzy;',
  '2) przygotowanie komunikatów prasowych we współpracy z Referatem Kontroli (TW-02);',
  '3) przekazywanie informacji Referatowi Organizacyjnemu;',
  '4) udostępnianie danych do zakresu Referatu Kontroli;',
  '5) informowanie, że Referat Organizacyjny prowadzi sekretariat;',
  '6) kontakt z TW-01 w sprawach pilnych;',
  '7) obsługa spraw Zastępcy Dyrektora ds. Kontroli;',
  '8) współpraca z Referatem Kontroli Finansowej;',
  '9) opinie Referatu Kontroli (TW-03).',
].join('\n');

function imported(text: string): Order {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

const order = imported(BASE.replace('1) obsługa dziennikarzy;\n2) przygotowanie komunikatów prasowych.', TASKS));
const unit = (o: Order, symbol: string) => o.units.find((u) => u.symbol === symbol)!;
const tasks = (o: Order, symbol: string): Item[] => {
  const s = unit(o, symbol).scope;
  return s.kind === 'tasks' ? s.tasks : [];
};
const words = (o: Order, symbol: string, n: number) => RichText.plain(tasks(o, symbol)[n - 1]!.text, o);
const refsOf = (o: Order, symbol: string, n: number) => Inline.refs(tasks(o, symbol)[n - 1]!.text);
function ok(r: EditResult): Order {
  if (!r.ok) throw new Error(r.message);
  return r.order;
}

describe('recognition', () => {
  it('turns a name in each case, with or without its symbol, into a mention of that case', () => {
    const ko = unit(order, 'TW-02').id;
    const org = unit(order, 'TW-01').id;
    expect(refsOf(order, 'TW-03', 2)).toEqual([{ kind: 'unit', unitId: ko, case: 'instrumental', symbol: true, written: 'Referatem Kontroli (TW-02)' }]);
    expect(refsOf(order, 'TW-03', 3)).toEqual([{ kind: 'unit', unitId: org, case: 'dative', symbol: false, written: 'Referatowi Organizacyjnemu' }]);
    expect(refsOf(order, 'TW-03', 4)).toEqual([{ kind: 'unit', unitId: ko, case: 'genitive', symbol: false, written: 'Referatu Kontroli' }]);
    expect(refsOf(order, 'TW-03', 5)).toEqual([{ kind: 'unit', unitId: org, case: 'nominative', symbol: false, written: 'Referat Organizacyjny' }]);
  });

  it('turns a symbol alone, a deputy and the department’s short name into references', () => {
    expect(refsOf(order, 'TW-03', 6)).toMatchObject([{ kind: 'unit', unitId: unit(order, 'TW-01').id, symbolOnly: true }]);
    expect(refsOf(order, 'TW-03', 7)).toMatchObject([{ kind: 'deputy', case: 'genitive' }]);
    expect(refsOf(order, 'TW-01', 1)).toMatchObject([{ kind: 'subject', short: true, case: 'genitive' }]);
  });

  it('leaves text a name that runs on into a longer one, and a name followed by another unit’s symbol', () => {
    expect(refsOf(order, 'TW-03', 8)).toEqual([]);
    expect(refsOf(order, 'TW-03', 9).filter((r) => r.kind === 'unit' && !r.symbolOnly)).toEqual([]);
  });

  it('turns a position inside a unit into a reference', () => {
    const o = structuredClone(order);
    const s = unit(o, 'TW-01').scope;
    if (s.kind === 'tasks') s.positions.push({ id: 'p-kadry', name: 'Stanowisko ds. Kadr', lead: 'w szczególności', tasks: [] });
    const t = recognizeMentions(['obsługa Stanowiska ds. Kadr'], mentionIndex(o));
    expect(Inline.refs(t)).toMatchObject([{ kind: 'position', positionId: 'p-kadry', case: 'genitive' }]);
    expect(RichText.plain(t, o)).toBe('obsługa Stanowiska ds. Kadr');
  });

  it('never recognises words shared by two targets', () => {
    const o = structuredClone(order);
    o.units.push({ ...structuredClone(unit(o, 'TW-02')), id: 'u-twin', symbol: 'TW-04' });
    const t = recognizeMentions(['zadania Referatu Kontroli'], mentionIndex(o));
    expect(t).toEqual(['zadania Referatu Kontroli']);
  });

  it('keeps the words of every fixture: render is byte-identical with and without the mentions', async () => {
    let mentions = 0;
    for (const f of fixtureOrders()) {
      const r = await importFile(f.path);
      if (!r.ok) throw new Error(r.error.message);
      const ctx = RichText.context(r.order);
      const flat = mapOrderTexts(structuredClone(r.order), (t) => Inline.mapRefs(t, (x) => (x.kind === 'provision' ? x : RichText.refText(x, ctx))));
      forEachOrderText(r.order, (t) => (mentions += Inline.refs(t).filter((x) => x.kind !== 'provision').length));
      expect(renderText(linkUnitMentions(structuredClone(flat))), f.name).toBe(renderText(flat));
      expect(renderText(r.order), f.name).toBe(renderText(flat));
      // recognising again finds nothing new (the editor recognises on every leave)
      expect(linkUnitMentions(structuredClone(r.order)), f.name).toEqual(r.order);
    }
    expect(mentions).toBeGreaterThan(20);
  });

  it('a draft of an order stored without mentions (an earlier release) gets them, its text unchanged', async () => {
    const r = await importFile(fixtureOrders().find((f) => f.name.includes('1630'))!.path);
    if (!r.ok) throw new Error(r.error.message);
    const ctx = RichText.context(r.order);
    const stored = mapOrderTexts(structuredClone(r.order), (t) => Inline.mapRefs(t, (x) => (x.kind === 'provision' ? x : RichText.refText(x, ctx))));
    const d = draftReplacing(stored, { today: '2026-02-01' });
    let n = 0;
    forEachOrderText(d, (t) => (n += Inline.refs(t).filter((x) => x.kind === 'unit').length));
    expect(n).toBeGreaterThan(3);
    expect(renderText(d)).toBe(renderText(draftReplacing(r.order, { today: '2026-02-01' })));
  });

  it('recognising a list twice changes nothing the second time (the same array: no new undo step)', () => {
    const items = structuredClone(tasks(order, 'TW-03'));
    const flat = items.map((it) => ({ ...it, text: [RichText.plain(it.text, order)] }));
    const index = mentionIndex(order);
    const once = recognizeItems(flat, index);
    expect(once).not.toBe(flat);
    expect(recognizeItems(once, index)).toBe(once);
  });

  it('recognises a name typed in a plain field, and lets go of one typed on into a longer name', () => {
    const typed = editText([], 'współpraca z Referatem Kontroli', order);
    expect(Inline.refs(typed)).toMatchObject([{ kind: 'unit', case: 'instrumental' }]);
    const longer = editText(typed, 'współpraca z Referatem Kontroli Finansowej', order);
    expect(longer).toEqual(['współpraca z Referatem Kontroli Finansowej']);
  });
});

describe('mentions follow the register', () => {
  // one case each: the task of § 6 naming the unit, and what it reads after the rename
  const byCase = [
    { c: 'nominative', task: 5, symbol: 'TW-01', name: 'Zespół Obsługi', reads: 'informowanie, że Zespół Obsługi prowadzi sekretariat' },
    { c: 'genitive', task: 4, symbol: 'TW-02', name: 'Biuro Kontroli', reads: 'udostępnianie danych do zakresu Biura Kontroli' },
    { c: 'dative', task: 3, symbol: 'TW-01', name: 'Zespół Obsługi', reads: 'przekazywanie informacji Zespołowi Obsługi' },
    { c: 'instrumental', task: 2, symbol: 'TW-02', name: 'Biuro Kontroli', reads: 'przygotowanie komunikatów prasowych we współpracy z Biurem Kontroli (TW-02)' },
  ] as const;
  for (const k of byCase) {
    it(`renaming a unit rewrites a mention in the ${k.c}`, () => {
      expect(refsOf(order, 'TW-03', k.task)).toMatchObject([{ kind: 'unit', case: k.c }]);
      const o = ok(renameUnit(order, unit(order, k.symbol).id, k.name));
      expect(words(o, 'TW-03', k.task)).toBe(k.reads);
    });
  }

  it('renaming the department and a deputy rewrites their mentions', () => {
    const o = structuredClone(order);
    o.leadership!.shortName = 'Biuro';
    expect(words(o, 'TW-01', 1)).toBe('prowadzenie sekretariatu Biura');
    const d = ok(renameDeputy(order, order.leadership!.deputies[0]!.id, 'Zastępca Dyrektora ds. Nadzoru'));
    expect(words(d, 'TW-03', 7)).toBe('obsługa spraw Zastępcy Dyrektora ds. Nadzoru');
  });

  it('changing a symbol rewrites the symbol after a name and the symbol alone', () => {
    let o = ok(setSymbol(order, unit(order, 'TW-02').id, 'TW-12'));
    o = ok(setSymbol(o, unit(o, 'TW-01').id, 'TW-11'));
    expect(words(o, 'TW-03', 2)).toContain('z Referatem Kontroli (TW-12)');
    expect(words(o, 'TW-03', 6)).toBe('kontakt z TW-11 w sprawach pilnych');
  });

  it('merging points the merged unit’s mentions to the unit that survives', () => {
    const o = ok(mergeUnits(order, { sourceIds: [unit(order, 'TW-02').id], targetId: unit(order, 'TW-01').id }));
    expect(words(o, 'TW-03', 2)).toContain('z Referatem Organizacyjnym (TW-01)');
    expect(words(o, 'TW-03', 4)).toBe('udostępnianie danych do zakresu Referatu Organizacyjnego');
  });

  it('removing a unit leaves its mentions dangling with the words they read as, after a rename too', () => {
    const id = unit(order, 'TW-02').id;
    const renamed = ok(renameUnit(order, id, 'Biuro Kontroli'));
    const o = ok(removeUnit(renamed, id));
    expect(words(o, 'TW-03', 2)).toContain('z Biurem Kontroli (TW-02)');
    const dangling = refsOf(o, 'TW-03', 2) as Reference[];
    expect(dangling).toMatchObject([{ kind: 'unit', unitId: id, written: 'Biurem Kontroli (TW-02)' }]);
  });
});
