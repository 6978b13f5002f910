/**
 * One failing and one passing case for every rule of the catalogue: the passing case is a small valid order
 * (test/fixtures/checks/base-order.txt, which must give no finding at all); each failing case changes one thing
 * in its text or model and must give a finding of that rule at the changed place. Where the rule has a fix,
 * applying it must make the finding go away.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFix, catalogue, checkOrder, RULES, type Finding } from '../../../core/checks/index.js';
import { draftReplacing, removeUnit, setSymbol } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { amend, orderTree, type AmendedFacts } from '../../../core/amend/index.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { OWN } from '../fixtures.js';

const BASE = readFileSync(join(OWN, 'checks', 'base-order.txt'), 'utf8');

function imported(text: string): Order {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

function edit(text: string, from: string, to: string): string {
  expect(text.includes(from), `base text has „${from}”`).toBe(true);
  return text.replace(from, to);
}

const base = imported(BASE);

interface Case {
  code: string;
  where: string;
  make: () => { order: Order; against?: Order; today?: string; amended?: AmendedFacts };
  /** The fix must clear the finding (rules with a safe fix). */
  fixes?: boolean;
}

const text = (from: string, to: string) => () => ({ order: imported(edit(BASE, from, to)) });
const model = (fn: (o: Order) => void) => () => {
  const o = structuredClone(base);
  fn(o);
  return { order: o };
};

/**
 * An amending order of the base order (issue 17: a unit renamed in § 2 and § 3, a task inserted and one reworded),
 * after `fn` spoils it, with the registry's facts of the base order (`status`: in force unless said).
 */
const amending = (fn: (zm: Order, points: Item[]) => void, status: 'inForce' | 'repealed' = 'inForce') => () => {
  const next = structuredClone(base);
  const u = next.units[2]!;
  u.name = 'Biuro Prasowe i Promocji';
  delete u.forms;
  const tasks = (next.units[1]!.scope as { tasks: Item[] }).tasks;
  tasks.splice(1, 0, { id: 'n1', text: ['prowadzenie audytu'], children: [] });
  tasks[2]!.text = ['prowadzenie kontroli doraźnych'];
  const order = amend(base, next).order;
  fn(order, order.paragraphs[0]!.content![0]!.items);
  return { order, amended: { number: base.meta.number!, order: { status, base, tree: orderTree(base), earlier: [] } } satisfies AmendedFacts };
};
/** The words of a point of an amending order with `from` replaced by `to`. */
const reword = (it: { text: Item['text'] }, from: RegExp | string, to: string) => (it.text = RichText.mapRuns(it.text, (run) => run.replace(from, to)));

const CASES: Case[] = [
  // an imported text is cited by its written labels: the paragraf written `§ 7` a second time is `§ 7 (pierwszy)`
  { code: 'numbering.paragraf', where: '§ 7 (pierwszy)', make: text('§ 6. Do zakresu działania Biura', '§ 7. Do zakresu działania Biura'), fixes: true },
  { code: 'numbering.ustep', where: '§ 1', make: text('§ 1. Wydziałem', '§ 1. 1. Wydziałem'), fixes: true },
  { code: 'numbering.items', where: '§ 5 pkt 4', make: text('2) prowadzenie kontroli', '4) prowadzenie kontroli'), fixes: true },
  { code: 'punctuation.items', where: '§ 6 pkt 1', make: text('1) obsługa dziennikarzy;', '1) obsługa dziennikarzy.'), fixes: true },
  { code: 'punctuation.ustep', where: '§ 8', make: text('stanowi załącznik do zarządzenia.', 'stanowi załącznik do zarządzenia'), fixes: true },
  { code: 'punctuation.capital', where: '§ 5 pkt 1', make: text('1) planowanie kontroli;', '1) Planowanie kontroli;'), fixes: true },
  { code: 'structure.scope', where: '§ 2 pkt 3', make: model((o) => (o.paragraphs.find((p) => p.unitIds?.includes(o.units[2]!.id))!.unitIds = [])) },
  { code: 'structure.superior', where: '§ 2 pkt 2', make: model((o) => (o.units[1]!.reportsTo = { kind: 'deputy', id: 'brak' })) },
  { code: 'structure.parent', where: '§ 2 pkt 3', make: model((o) => (o.units[2]!.parentId = 'brak')) },
  { code: 'structure.subordination', where: '§ 3 ust. 2', make: text('3) Biuro Prasowe – TW-03.\n2.', '3) Biuro Prasowe – TW-03;\n4) Referat Kontroli – TW-02.\n2.') },
  { code: 'structure.deputies', where: '§ 1', make: text('przy pomocy Zastępcy.', 'przy pomocy dwóch Zastępców.') },
  { code: 'structure.unit-name', where: '§ 3 ust. 1 pkt 3', make: text('3) Biuro Prasowe – TW-03.\n2.', '3) Biuro Prasowy – TW-03.\n2.') },
  { code: 'structure.subject-name', where: '§ 4 pkt 3', make: text('gospodarowanie mieniem Wydziału.', 'gospodarowanie mieniem Biura.'), fixes: true },
  { code: 'leadership.deputy-duplicate', where: '§ 1', make: model((o) => o.leadership!.deputies.push({ ...o.leadership!.deputies[0]!, id: 'd-kopia' })) },
  { code: 'leadership.deputy-unnumbered', where: '§ 1', make: model((o) => o.leadership!.deputies.push({ id: 'd-2', name: 'Zastępca Dyrektora', reportsTo: { kind: 'head' } })), fixes: true },
  // units merged or removed: the deputy they reported to is left in § 1 with nothing under them
  { code: 'leadership.deputy-idle', where: '§ 1', make: model((o) => o.units.forEach((u) => u.reportsTo.kind === 'deputy' && (u.reportsTo = { kind: 'head' }))) },
  { code: 'structure.scope-empty', where: '§ 6', make: model((o) => o.units[2]!.scope.kind === 'tasks' && (o.units[2]!.scope.tasks = [])) },
  {
    code: 'structure.span-of-control',
    where: '§ 3',
    make: model((o) => {
      for (let i = 0; i < 7; i++) o.units.push({ ...structuredClone(o.units[0]!), id: `u-extra-${i}`, symbol: '', name: `Referat Dodatkowy ${i + 1}`, reportsTo: { kind: 'head' } });
    }),
  },
  { code: 'symbols.pattern', where: '§ 2 pkt 3', make: model((o) => (o.units[2]!.symbol = 'XY-03')) },
  { code: 'symbols.unique', where: '§ 2 pkt 3', make: model((o) => (o.units[2]!.symbol = 'TW-02')) },
  { code: 'symbols.sequence', where: '§ 2 pkt 3', make: model((o) => (o.units[2]!.symbol = 'TW-05')), fixes: true },
  // two units merged: the surviving scope has the other's closing point too, in the middle of its list
  { code: 'structure.other-tasks', where: '§ 6 pkt 4', make: text('1) obsługa dziennikarzy;\n2) przygotowanie komunikatów prasowych.', '1) obsługa dziennikarzy;\n2) wykonywanie innych zadań zleconych przez Dyrektora;\n3) przygotowanie komunikatów prasowych;\n4) wykonywanie innych zadań zleconych przez Zastępcę Dyrektora.'), fixes: true },
  { code: 'language.heading-genitive', where: '§ 6', make: text('działania Biura Prasowego (TW-03)', 'działania Biuro Prasowe (TW-03)'), fixes: true },
  { code: 'language.subordination', where: '§ 3 ust. 1', make: text('Dyrektorowi Wydziału podlegają bezpośrednio', 'Dyrektorowi Wydziału podlega bezpośrednio') },
  { code: 'language.execution', where: '§ 9', make: model((o) => (o.execution = { addressee: 'Dyrektor Wydziału' })) },
  { code: 'references.target', where: '§ 5 pkt 2', make: text('o których mowa w § 4 pkt 2', 'o których mowa w § 4 pkt 9') },
  // § 5 pkt 2 cites § 4 pkt 2 as a live reference: removing the target leaves it dangling
  { code: 'references.provision-removed', where: '§ 5 pkt 2', make: model((o) => o.units[0]!.scope.kind === 'tasks' && o.units[0]!.scope.tasks.splice(1, 1)), fixes: true },
  // the same reference written relatively (`pkt 2`) would name § 5 pkt 2, not § 4 pkt 2
  { code: 'references.relative-outside', where: '§ 5 pkt 2', make: model((o) => {
    const t = o.units[1]!.scope.kind === 'tasks' ? o.units[1]!.scope.tasks[1]! : null;
    t!.text = t!.text.map((i) => (typeof i !== 'string' && i.kind === 'provision' ? { ...i, form: 'punkt' as const } : i));
  }), fixes: true },
  { code: 'final.repeal', where: '§ 10', make: () => ({ order: base, against: { ...structuredClone(base), meta: { ...base.meta, number: '60/2020', date: '2020-02-03' } } }), fixes: true },
  { code: 'final.entry-into-force', where: '§ 11', make: text('wchodzi w życie z dniem podpisania.', 'wchodzi w życie z dniem 1 stycznia 2020 r.'), fixes: true },
  // the clause is missing before the paragraf the text numbers § 9
  { code: 'final.annex', where: '§ 9', make: model((o) => {
    o.annex = { present: false };
    o.paragraphs = o.paragraphs.filter((p) => p.role !== 'annex');
  }), fixes: true },
  { code: 'import.unplaced', where: 'tekst nieprzypisany', make: model((o) => (o.unplaced = [{ text: 'zdanie bez miejsca', where: 'wiersz 9: próba' }])) },
  // an act cited inside a task with an older journal citation than the newest known (the shipped data)
  { code: 'references.act-citation', where: '§ 7 pkt 2', make: text('2) przestrzeganie dyscypliny pracy.', '2) przestrzeganie dyscypliny pracy i ustawy o samorządzie gminnym (Dz. U. z 2020 r. poz. 713).'), fixes: true },
  { code: 'final.journal-citation', where: 'podstawa prawna', make: text('(Dz. U. z 2024 r. poz. 1465, 1572, 1907, 1940)', '(Dz. U. z 2020 r. poz. 713)'), fixes: true },
  // units named inside the text (rules/mentions.ts; more cases in mentions.test.ts)
  { code: 'mentions.unknown-unit', where: '§ 6 pkt 1', make: text('1) obsługa dziennikarzy;', '1) obsługa dziennikarzy z Referatem Kontrolli;'), fixes: true },
  { code: 'mentions.symbol-mismatch', where: '§ 6 pkt 1', make: text('1) obsługa dziennikarzy;', '1) obsługa dziennikarzy z Referatem Kontroli (TW-01);'), fixes: true },
  { code: 'mentions.removed', where: '§ 6 pkt 1', make: () => {
    const o = imported(edit(BASE, '1) obsługa dziennikarzy;', '1) obsługa dziennikarzy z Referatem Kontroli;'));
    const r = removeUnit(o, o.units[1]!.id);
    return { order: r.ok ? r.order : o };
  }, fixes: true },
  { code: 'mentions.self', where: '§ 6 pkt 1', make: text('1) obsługa dziennikarzy;', '1) obsługa dziennikarzy Biura Prasowego;') },
  { code: 'mentions.duplicate-name', where: '§ 2 pkt 3', make: model((o) => (o.units[2]!.name = o.units[1]!.name)) },
  { code: 'mentions.symbol-reused', where: '§ 2 pkt 3', make: () => {
    const d = draftReplacing(base, { today: '2026-02-01' });
    const a = setSymbol(d, d.units[1]!.id, 'TW-09');
    const b = a.ok ? setSymbol(a.order, d.units[2]!.id, 'TW-02') : a;
    return { order: b.ok ? b.order : d, against: base };
  } },
  // the amending order's own checks (points: 1 § 2 pkt 3, 2 § 3 ust. 1 pkt 3, 3 § 5 po pkt 1, 4 § 5 pkt 2, 5 § 6, 6 annex)
  { code: 'amend.cited', where: '§ 1', make: amending(() => {}, 'repealed') },
  { code: 'amend.form', where: '§ 1 pkt 1', make: amending((_o, p) => (p[0]!.text = ['w § 2 coś się zmienia'])) },
  { code: 'amend.intro', where: '§ 1', make: amending((o) => reword(o.paragraphs[0]!.content![0]!, 'nr 100/2025', 'nr 10/2025')), fixes: true },
  { code: 'amend.quote', where: '§ 1 pkt 1', make: amending((_o, p) => (p[0]!.children[0]!.fixedLabel = '„')), fixes: true },
  { code: 'amend.insert', where: '§ 1 pkt 3', make: amending((_o, p) => ((p[2]!.children[0]!.fixedLabel = '„2)'), reword(p[2]!, 'pkt 1a', 'pkt 2'))), fixes: true },
  { code: 'amend.apply', where: '§ 1 pkt 4', make: amending((_o, p) => ((p[3]!.children[0]!.fixedLabel = '„9)'), reword(p[3]!, 'pkt 2 otrzymuje', 'pkt 9 otrzymuje'))) },
  { code: 'amend.order', where: '§ 1 pkt 2', make: amending((_o, p) => void p.splice(0, 2, p[1]!, p[0]!)), fixes: true },
  { code: 'amend.units', where: '§ 1 pkt 1', make: amending((_o, p) => void p.splice(0, 1)) },
  {
    code: 'coverage.unanswered',
    where: '§ 6 pkt 2',
    make: () => {
      const o = structuredClone(base);
      const u = o.units[2]!;
      if (u.scope.kind === 'tasks') u.scope.tasks.pop();
      o.repeals = [{ number: base.meta.number!, date: base.meta.date, title: base.meta.title }];
      return { order: o, against: base };
    },
  },
];

const findingsOf = (c: Case): { found: Finding[]; order: Order; against?: Order; amended?: AmendedFacts } => {
  const { order, against, today, amended } = c.make();
  return { found: checkOrder(order, { against, today, amended }), order, against, amended };
};

describe('check rules', () => {
  it('the base order is clean (the passing case of every rule)', () => {
    expect(checkOrder(base)).toEqual([]);
    const against = { ...structuredClone(base), meta: { ...base.meta, number: '50/2020', date: '2020-01-02' } };
    expect(checkOrder({ ...base, repeals: [{ number: '50/2020', date: '2020-01-02', title: base.meta.title }] }, { against })).toEqual([]);
  });

  it('every rule of the catalogue has a failing case here, and every code is unique', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(CASES.map((c) => c.code).sort()).toEqual([...codes].sort());
    for (const e of catalogue()) {
      expect(e.title.length).toBeGreaterThan(10);
      expect(e.source.ref.length).toBeGreaterThan(3);
    }
  });

  for (const c of CASES) {
    it(`${c.code}: reports the defect at ${c.where}`, () => {
      const { found, order, against, amended } = findingsOf(c);
      const mine = found.filter((f) => f.code === c.code);
      expect(mine.map((f) => f.where)).toContain(c.where);
      for (const f of mine) expect(f.message).toMatch(/[ąćęłńóśźżA-Za-z]/);
      if (c.fixes) {
        const f = mine.find((x) => x.where === c.where)!;
        expect(f.fix, 'the rule offers a fix').toBeDefined();
        const fixed = applyFix(order, f, { against });
        expect(fixed).not.toBe(order);
        const after = checkOrder(fixed, { against, amended }).filter((x) => x.code === c.code && x.where === c.where);
        expect(after).toEqual([]);
      }
    });
  }

  it('answering the coverage question clears the warning; a department is required for a move', () => {
    const c = CASES.find((x) => x.code === 'coverage.unanswered')!;
    const { order, against } = c.make();
    const q = checkOrder(order, { against }).find((f) => f.code === 'coverage.unanswered')!;
    expect(q.document).toBe('against');
    const text = 'przygotowanie komunikatów prasowych';
    const answered = { ...order, coverage: [{ oldWhere: q.where, oldText: text, answer: 'givenUp' as const }] };
    expect(checkOrder(answered, { against }).filter((f) => f.code === 'coverage.unanswered')).toEqual([]);
    const noDept = { ...order, coverage: [{ oldWhere: q.where, oldText: text, answer: 'movedToOtherDepartment' as const }] };
    expect(checkOrder(noDept, { against }).filter((f) => f.code === 'coverage.unanswered').map((f) => f.message).join()).toMatch(/nie wskazano/);
  });

  it('a draft written in the app (no written fields) passes the label and punctuation rules', () => {
    const o = structuredClone(imported(edit(BASE, '1) obsługa dziennikarzy;', '1) obsługa dziennikarzy.')));
    const strip = (items: Order['commonDuties']) => items?.forEach((i) => { delete i.written; strip(i.children); });
    for (const u of o.units) if (u.scope.kind === 'tasks') strip(u.scope.tasks);
    expect(checkOrder(o).filter((f) => f.code === 'punctuation.items')).toEqual([]);
  });

  it('findings are plain data', () => {
    const { found } = findingsOf(CASES[3]!);
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
  });
});

describe('fixes a lawyer meets after restructuring', () => {
  it('structure.other-tasks keeps the first closing point, last in the list, and leaves the other tasks in order', () => {
    const o = imported(edit(BASE, '1) obsługa dziennikarzy;\n2) przygotowanie komunikatów prasowych.', '1) wykonywanie innych zadań zleconych przez Dyrektora;\n2) obsługa dziennikarzy;\n3) realizacja pozostałych zadań zleconych przez Zastępcę;\n4) przygotowanie komunikatów prasowych.'));
    const f = checkOrder(o).find((x) => x.code === 'structure.other-tasks')!;
    expect(f.message).toContain('pkt 1 i 3');
    const fixed = applyFix(o, f);
    const tasks = (fixed.units[2]!.scope as { tasks: Item[] }).tasks.map((t) => RichText.plain(t.text, fixed));
    expect(tasks).toEqual(['obsługa dziennikarzy', 'przygotowanie komunikatów prasowych', 'wykonywanie innych zadań zleconych przez Dyrektora']);
  });

  it('symbols.sequence renumbers the register in its order, and mentions in the text read the new symbols', () => {
    const o = structuredClone(base);
    o.units[1]!.symbol = 'TW-05';
    o.units[2]!.symbol = 'TW-07';
    const f = checkOrder(o).find((x) => x.code === 'symbols.sequence')!;
    expect(applyFix(o, f).units.map((u) => u.symbol)).toEqual(['TW-01', 'TW-02', 'TW-03']);
  });

  it('mentions.unknown-unit does not offer a unit unlike the words as the nearest name', () => {
    const o = imported(edit(BASE, '1) obsługa dziennikarzy;', '1) obsługa dziennikarzy we współpracy z Kancelarią Prezydenta;'));
    const f = checkOrder(o).find((x) => x.code === 'mentions.unknown-unit')!;
    expect(f.severity).toBe('info');
    expect(f.message).not.toMatch(/najbliższa|Biuro Prasowe|Referat/);
    expect(f.message).toContain('„Kancelarią Prezydenta” nie jest komórką z § 2');
  });
});
