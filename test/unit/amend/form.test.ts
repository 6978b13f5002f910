/**
 * The form of amendments (ZTP § 83–§ 94): insertion letters, repeal without renumbering, quoted wordings with their
 * labels, the introductory sentence, whole new wording of a paragraf with many changes, a change that cannot be
 * applied reported with its place and nothing of that amending order applied.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  amend, applyAmendments, consolidate, diffTrees, insertionLabels, introSentence, orderTree, readAmendments, MANY_CHANGES, type Amendment, type EUnit,
} from '../../../core/amend/index.js';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText as render } from '../../../core/render/text.js';

/** The rendered text with ordinary spaces (rendering puts non-breaking ones after `§`, `nr`, …). */
const renderText = (o: Order): string => render(o).replace(/\u00a0/g, ' ');
import { fixturePath, importedFixture } from '../fixtures.js';

const load = (): Order => importedFixture('3468');

/** Tasks of the unit with the most tasks (a list long enough to insert into). */
function longest(o: Order): { unit: number; tasks: import('../../../core/model/order.js').Item[] } {
  let best = { unit: 0, tasks: [] as import('../../../core/model/order.js').Item[] };
  o.units.forEach((u, i) => { if (u.scope.kind === 'tasks' && u.scope.tasks.length > best.tasks.length) best = { unit: i, tasks: u.scope.tasks }; });
  return best;
}

const pt = (label: string, text: string): EUnit => ({ kind: 'punkt', label, key: null, text, children: [] });
const par = (label: string, text: string, children: EUnit[]): EUnit => ({ kind: 'paragraf', label, key: `p${label}`, text, children });

describe('insertion labels', () => {
  it('adds letters between existing units and continues the numbering at the end', () => {
    expect(insertionLabels('punkt', '5', ['1', '2', '3', '4', '5', '6'], 2)).toEqual(['5a', '5b']);
    expect(insertionLabels('punkt', '6', ['1', '2', '3', '4', '5', '6'], 2)).toEqual(['7', '8']);
    expect(insertionLabels('paragraf', '7', ['6', '7', '8'], 1)).toEqual(['7a']);
    expect(insertionLabels('punkt', '5a', ['5', '5a', '6'], 1)).toEqual(['5b']);
    expect(insertionLabels('punkt', '5a', ['5', '5a', '5b', '6'], 1)).toEqual(['5aa']);
    expect(insertionLabels('litera', 'b', ['a', 'b', 'c'], 1)).toEqual(['ba']);
    expect(insertionLabels('litera', 'c', ['a', 'b', 'c'], 1)).toEqual(['d']);
  });
});

describe('the amendments of a changed order', () => {
  it('inserts with a letter, repeals without renumbering, quotes whole units with their labels', () => {
    const old = load();
    const next = structuredClone(old);
    const { unit, tasks } = longest(next);
    const dropped = RichText.plain(tasks[1]!.text, next);
    tasks.splice(4, 0, { id: 'new-1', text: ['prowadzenie nowych spraw'], children: [] });
    tasks.splice(1, 1);
    const { order, plan } = amend(old, next);
    const text = renderText(order);
    const oldTree = orderTree(old);
    const scopePar = oldTree.find((p) => p.key && old.paragraphs.find((x) => x.id === p.key)?.unitIds?.includes(old.units[unit]!.id))!;
    expect(plan.amendments.map((a) => a.op)).toEqual(['repeal', 'insert']);
    // pkt 2 is repealed in the old numbering; the new task stands after the old pkt 4, so it is pkt 4a
    expect(text).toContain(`w § ${scopePar.label} uchyla się pkt 2;`);
    expect(text).toMatch(new RegExp(`w § ${scopePar.label} po pkt 4 dodaje się pkt 4a w brzmieniu:\\n\\s+„4a\\) prowadzenie nowych spraw;”\\.`));
    // the text in force keeps pkt 2 as repealed and the numbers of the others
    const c = consolidate(old, [order]);
    const lines = c.text.split('\n');
    expect(lines).toContain('2) (uchylony)');
    expect(lines).toContain('4a) prowadzenie nowych spraw;');
    expect(c.text).not.toContain(dropped);
  });

  it('continues the numbering after the last unit and turns its full stop into a semicolon (kropkę zastępuje się średnikiem)', () => {
    const old = load();
    const next = structuredClone(old);
    const { tasks } = longest(next);
    const n = tasks.length;
    const lastWords = RichText.plain(tasks[n - 1]!.text, next);
    tasks.push({ id: 'last', text: ['ostatnie nowe zadanie'], children: [] });
    const { order, plan } = amend(old, next);
    expect(plan.amendments.map((a) => a.op)).toEqual(['insert']);
    expect(plan.amendments[0]).toMatchObject({ semicolon: true, after: { kind: 'punkt', label: String(n) } });
    const text = renderText(order);
    // one point, no new wording of the old last unit
    expect(text).not.toContain(`pkt ${n} otrzymuje brzmienie`);
    expect(text).toMatch(new RegExp(`w § \\d+ w pkt ${n} kropkę zastępuje się średnikiem i dodaje się pkt ${n + 1} w brzmieniu:\n\\s+„${n + 1}\\) ostatnie nowe zadanie\\.”\\.`));
    // read back and applied: the old last point ends with a semicolon in the text in force, the new one follows it
    const r = readAmendments(order)!;
    expect(r.problems).toEqual([]);
    expect(r.amendments).toEqual(plan.amendments.map((a) => ({ ...a, units: (a as { units: EUnit[] }).units.map((u) => ({ ...u, key: null })) })));
    // the same amending order as a file the importer reads (its quoted wording inline) gives the same change
    const imported = importText(renderText(order), 'txt');
    expect(imported.ok && readAmendments(imported.order)!.amendments.map((a) => a.op === 'insert' && [a.semicolon, a.after.label, a.units.map((u) => u.label)])).toEqual([[true, String(n), [String(n + 1)]]]);
    const lines = consolidate(old, [order]).text.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${n + 1}) ostatnie nowe zadanie.`));
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]!.startsWith(`${n}) `)).toBe(true);
    expect(lines[at - 1]!.endsWith(';')).toBe(true);
    expect(lines[at - 1]!.replace(/;$/, '')).toBe(`${n}) ${lastWords.replace(/\.$/, '')}`);
  });

  it('reads a hand-written „kropkę zastępuje się średnikiem” and refuses it where the unit is not the last one or has no full stop', () => {
    const tree = [par('3', 'Do zadań należy:', [pt('1', 'a;'), pt('2', 'b;'), pt('9', 'c.')])];
    const add = (after: string, units = [pt('10', 'd.')]): Amendment => ({ op: 'insert', parent: [{ kind: 'paragraf', label: '3' }], after: { kind: 'punkt', label: after }, units, semicolon: true });
    const ok = applyAmendments(tree, [add('9')]);
    expect(ok.ok && ok.tree[0]!.children.map((u) => `${u.label}) ${u.text}`)).toEqual(['1) a;', '2) b;', '9) c;', '10) d.']);
    expect(tree[0]!.children[2]!.text).toBe('c.');
    const notLast = applyAmendments(tree, [add('2')]);
    expect(notLast.ok ? [] : notLast.problems.map((p) => p.message)).toEqual(['pkt 1: § 3 pkt 2 nie jest ostatnią jednostką wyliczenia, więc jej kropki nie zastępuje się średnikiem']);
    const noStop = applyAmendments([par('3', 'Do zadań należy:', [pt('1', 'a;'), pt('9', 'c,')])], [add('9')]);
    expect(noStop.ok).toBe(false);
    // a point of letters: the full stop stands after its last letter
    const nested = [par('3', 'Do zadań należy:', [pt('1', 'a;'), { ...pt('2', 'sprawy:'), children: [{ kind: 'litera', label: 'a', key: null, text: 'x,', children: [] }, { kind: 'litera', label: 'b', key: null, text: 'y.', children: [] }] }])];
    const n = applyAmendments(nested, [add('2', [pt('3', 'd.')])]);
    expect(n.ok && n.tree[0]!.children[1]!.children[1]!.text).toBe('y;');
  });

  it('opens with the introductory sentence citing the amended order and its earlier amendments', () => {
    const old = load();
    expect(introSentence(old.meta)).toBe(
      `W zarządzeniu nr 3468/2024 Prezydenta Miasta Krakowa z dnia 30 grudnia 2024 r. ${old.meta.title} wprowadza się następujące zmiany`,
    );
    expect(introSentence(old.meta, [{ number: '12/2025', date: '2025-01-10', title: '' }, { number: '40/2025', date: '2025-02-03', title: '' }]))
      .toContain(', zmienionym zarządzeniami nr 12/2025 z dnia 10 stycznia 2025 r. i nr 40/2025 z dnia 3 lutego 2025 r., wprowadza się');
    const next = structuredClone(old);
    next.units[0]!.name += ' i Analiz';
    const text = renderText(amend(old, next).order);
    expect(text).toContain('§ 1. W zarządzeniu nr 3468/2024 Prezydenta Miasta Krakowa z dnia 30 grudnia 2024 r.');
    expect(text).toContain('wprowadza się następujące zmiany:\n1) ');
    // a renamed unit is changed wherever its name stands: § 2, § 3 and the heading of its scope, and the chart
    expect(text).toMatch(/w § 2 pkt 1 otrzymuje brzmienie:/);
    expect(text).toMatch(/wprowadzenie do wyliczenia otrzymuje brzmienie:\n\s+„Do zakresu działania Referatu ds\. Organizacyjnych i Analiz/);
    expect(text).toContain('załącznik do zarządzenia otrzymuje brzmienie określone w załączniku do niniejszego zarządzenia.');
    expect(text).toContain('Zarządzenie wchodzi w życie z dniem podpisania.');
  });

  it('gives a paragraf with many changes a whole new wording and shows the measure of change', () => {
    const oldT = [par('4', 'Do zakresu należą:', ['a', 'b', 'c', 'd', 'e', 'f'].map((t, i) => pt(String(i + 1), `${t};`)))];
    const newT = [par('4', 'Do zakresu należą:', ['A', 'B', 'C', 'D', 'e', 'f'].map((t, i) => pt(String(i + 1), `${t};`)))];
    const plan = diffTrees(oldT, newT);
    expect(MANY_CHANGES).toBeLessThan(4);
    expect(plan.amendments).toHaveLength(1);
    expect(plan.amendments[0]).toMatchObject({ op: 'replace', path: [{ kind: 'paragraf', label: '4' }] });
    expect(plan.measure).toBe(1);
    expect(plan.proposeNewOrder).toBe(true);
    const small = diffTrees(oldT, [par('4', 'Do zakresu należą:', ['a', 'b', 'c', 'd', 'e', 'F'].map((t, i) => pt(String(i + 1), `${t};`)))]);
    expect(small.amendments).toEqual([{ op: 'replace', path: [{ kind: 'paragraf', label: '4' }, { kind: 'punkt', label: '6' }], unit: pt('6', 'F;') }]);
    expect(small.proposeNewOrder).toBe(false);
  });

  it('reads back what it writes', () => {
    const old = load();
    const next = structuredClone(old);
    const { tasks } = longest(next);
    tasks[0]!.text = ['zmienione zadanie'];
    tasks.push({ id: 'n', text: ['nowe zadanie'], children: [] });
    const { order, plan } = amend(old, next);
    const r = readAmendments(order)!;
    expect(r.problems).toEqual([]);
    expect(r.amendedNumber).toBe('3468/2024');
    expect(r.amendments.map((a) => a.op)).toEqual(plan.amendments.map((a) => a.op));
  });
});

describe('a change that cannot be applied', () => {
  it('is reported with its place and nothing of that amending order is applied', () => {
    const tree = [par('1', 'Tekst:', [pt('1', 'a;'), pt('2', 'b.')])];
    const r = applyAmendments(tree, [
      { op: 'repeal', path: [{ kind: 'paragraf', label: '1' }, { kind: 'punkt', label: '1' }] },
      { op: 'repeal', path: [{ kind: 'paragraf', label: '1' }, { kind: 'punkt', label: '9' }] },
    ]);
    expect(r).toEqual({ ok: false, problems: [{ point: 2, message: 'pkt 2: w zmienianym zarządzeniu nie ma jednostki § 1 pkt 9' }] });
    expect(tree[0]!.children[0]!.text).toBe('a;');
  });

  it('skips an amending order citing another order, and one not in force at the date', () => {
    const old = load();
    const next = structuredClone(old);
    next.units[0]!.name += ' i Analiz';
    const zm = amend(old, next).order;
    const other = structuredClone(old);
    other.meta.number = '1/2020';
    expect(consolidate(other, [zm]).skipped[0]!.problems[0]).toContain('zmienia zarządzenie nr 3468/2024, a nie nr 1/2020');
    const empty = structuredClone(zm);
    empty.paragraphs[0]!.content![0]!.items = [];
    expect(consolidate(old, [empty]).skipped[0]!.problems[0]).toMatch(/^nie odczytano z niego żadnej zmiany/);
    const dated = structuredClone(zm);
    dated.meta.date = '2025-03-01';
    expect(consolidate(old, [dated], { date: '2025-02-01' }).applied).toEqual([]);
    expect(consolidate(old, [dated], { date: '2025-03-01' }).applied).toHaveLength(1);
  });
});
