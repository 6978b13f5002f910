/**
 * Checks of an amending order: the one `amend` writes has no finding; each defect written by hand is found with its
 * point: a wrong cited number, a quotation without its label, a renumbered insertion, a unit that is not there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amend, applyAmendFix, checkAmendingOrder, consolidate, orderTree, type EUnit } from '../../../core/amend/index.js';
import { importText } from '../../../core/import/index.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { fixturePath, importedFixture } from '../fixtures.js';

const load = (): Order => importedFixture('3468');

/** OLD, NEW with a task inserted after the third of the unit with most tasks and the first task reworded. */
function pair(): { old: Order; zm: Order } {
  const old = load();
  const next = structuredClone(old);
  const u = next.units.filter((x) => x.scope.kind === 'tasks').sort((a, b) => (b.scope as { tasks: Item[] }).tasks.length - (a.scope as { tasks: Item[] }).tasks.length)[0]!;
  const tasks = (u.scope as { tasks: Item[] }).tasks;
  tasks.splice(3, 0, { id: 'n1', text: ['prowadzenie nowych spraw'], children: [] });
  tasks[0]!.text = ['zmienione pierwsze zadanie'];
  return { old, zm: amend(old, next).order };
}

const points = (zm: Order): Item[] => zm.paragraphs[0]!.content![0]!.items;

describe('checks of an amending order', () => {
  it('finds nothing in the amending order the app writes', () => {
    const { old, zm } = pair();
    expect(checkAmendingOrder(zm, old)).toEqual([]);
  });

  it('finds a wrong number of the amended order in the introductory sentence', () => {
    const { old, zm } = pair();
    const u = zm.paragraphs[0]!.content![0]!;
    u.text = RichText.mapRuns(u.text, (run) => run.replace('nr 3468/2024', 'nr 3486/2024'));
    expect(checkAmendingOrder(zm, old)).toContainEqual(expect.objectContaining({ point: 0, code: 'amend.intro', message: 'Zdanie wstępne cytuje zarządzenie nr 3486/2024, a zmieniane ma nr 3468/2024.' }));
  });

  it('finds a quotation without its label and a renumbered insertion', () => {
    const { old, zm } = pair();
    const [first, second] = points(zm);
    first!.children[0]!.fixedLabel = '„';
    second!.children[0]!.fixedLabel = '„4)';
    second!.text = RichText.mapRuns(second!.text, (run) => run.replace(/pkt 3a/, 'pkt 4'));
    const f = checkAmendingOrder(zm, old);
    expect(f.map((x) => x.point)).toEqual([1, 2]);
    expect(f[0]!.message).toMatch(/^pkt 1: nowe brzmienie pkt 1 jest cytowane bez swojego oznaczenia/);
    expect(f[1]!.message).toMatch(/^pkt 2: dodawana jednostka ma oznaczenie jednostki, która już jest \(4\)/);
  });

  it('finds a unit added after the last one with the full stop left in place, and its fix writes „kropkę zastępuje się średnikiem”', () => {
    const old = load();
    const next = structuredClone(old);
    const u = next.units.find((x) => x.scope.kind === 'tasks')!;
    const tasks = (u.scope as { tasks: Item[] }).tasks;
    tasks.push({ id: 'end', text: ['prowadzenie spraw na końcu'], children: [] });
    const zm = amend(old, next).order;
    expect(checkAmendingOrder(zm, old)).toEqual([]);
    const p = points(zm)[0]!;
    const written = RichText.plain(p.text, RichText.context(zm));
    const m = /^w (.+) w pkt (\d+) kropkę zastępuje się średnikiem i dodaje się pkt (\d+) w brzmieniu:$/.exec(written)!;
    expect(m).not.toBeNull();
    // as written by hand: `po pkt N dodaje się pkt N+1`, the last unit left closing with its full stop
    p.text = RichText.of(`w ${m[1]} po pkt ${m[2]} dodaje się pkt ${m[3]} w brzmieniu:`);
    const f = checkAmendingOrder(zm, old);
    expect(f).toEqual([expect.objectContaining({ point: 1, code: 'amend.insert', message: expect.stringContaining('kropkę zastępuje się średnikiem') })]);
    const fixed = applyAmendFix(zm, f[0]!.fix!);
    expect(fixed.ok && RichText.plain(points(fixed.order)[0]!.text, RichText.context(fixed.order))).toBe(written);
  });

  it('finds a change naming a unit that is not there', () => {
    const { old, zm } = pair();
    const p = points(zm)[0]!;
    p.text = RichText.mapRuns(p.text, (run) => run.replace(/pkt 1 otrzymuje/, 'pkt 91 otrzymuje'));
    p.children[0]!.fixedLabel = '„91)';
    expect(checkAmendingOrder(zm, old).map((x) => x.message)).toContainEqual(expect.stringMatching(/^pkt 1: w zmienianym zarządzeniu nie ma jednostki § \d+ pkt 91\.$/));
  });
});

describe('§ 2 and § 3 of the amended order after the changes', () => {
  /** OLD and the amending order for a unit of § 3 renamed (the register renames it in § 2, § 3 and its heading). */
  function renamed(): { old: Order; zm: Order; symbol: string } {
    const old = load();
    const next = structuredClone(old);
    const u = next.units[1]!;
    u.name += ' i Analiz';
    delete u.forms;
    return { old, zm: amend(old, next).order, symbol: u.symbol };
  }
  const cites = (it: Item, zm: Order): string => RichText.plain(it.text, RichText.context(zm));

  it('accepts a rename made in both', () => {
    const { old, zm } = renamed();
    expect(checkAmendingOrder(zm, old)).toEqual([]);
  });

  it('finds a rename made in § 2 only, at the point that changes § 2', () => {
    const { old, zm, symbol } = renamed();
    const items = points(zm);
    const at3 = items.findIndex((it) => /^w § 3 /.test(cites(it, zm)));
    expect(at3).toBeGreaterThan(0);
    items.splice(at3, 1);
    const f = checkAmendingOrder(zm, old);
    expect(f).toHaveLength(1);
    expect(f[0]!.point).toBe(items.findIndex((it) => /^w § 2 /.test(cites(it, zm))) + 1);
    expect(f[0]!.message).toContain(`komórka ${symbol} ma w § 2 nazwę`);
    expect(f[0]!.message).toContain('§ 3');
  });

  it('finds a unit repealed in § 2 and left in § 3', () => {
    const old = load();
    const tree = orderTree(old);
    const sub = tree.find((u) => u.label === '3')!;
    const inSub = sub.children.flatMap((c) => c.children).find((c) => /– [A-Z]+-\d+[.;]$/.test(c.text))!;
    const symbol = /([A-Z]+-\d+)[.;]$/.exec(inSub.text)![1]!;
    const inUnits = tree.find((u) => u.label === '2')!.children.find((c) => c.text.includes(symbol))!;
    const zm = renamed().zm;
    const items = points(zm);
    items.length = 0;
    items.push({ id: 'r1', text: RichText.of(`w § 2 uchyla się pkt ${inUnits.label}.`), children: [] });
    const f = checkAmendingOrder(zm, old);
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(new RegExp(`\\(${symbol}\\) jest w § 3, a w § 2 jej nie ma`))]);
    expect(f[0]!.point).toBe(1);
  });
});

describe('the text in force at two dates', () => {
  it('applies only the amending orders in force by each date', () => {
    const old = load();
    const v2 = structuredClone(old);
    v2.units[0]!.name += ' i Analiz';
    const first = amend(old, v2).order;
    Object.assign(first.meta, { number: '100/2025', date: '2025-02-01', status: 'signed' });
    // the second amends the text in force after the first
    const v3 = structuredClone(v2);
    v3.units[1]!.name += ' Miejskich';
    const second = amend(v2, v3).order;
    Object.assign(second.meta, { number: '200/2025', date: '2025-06-01', status: 'signed' });
    const names = (t: EUnit[]): string => t.find((p) => p.label === '2')!.children.map((c) => c.text).join(' ');
    const march = consolidate(old, [second, first], { date: '2025-03-01' });
    expect(march.applied).toHaveLength(1);
    expect(names(march.tree)).toBe(names(orderTree(v2)));
    const july = consolidate(old, [second, first], { date: '2025-07-01' });
    expect(july.applied).toHaveLength(2);
    expect(names(july.tree)).toBe(names(orderTree(v3)));
  });

  it('reads a unit named after its superior in running text (`I Zastępcy … podlega bezpośrednio Biuro … – KP-03`): a renamed deputy is no disagreement', () => {
    const old = importedFixture('2006-2020');
    const next = structuredClone(old);
    const deputy = next.leadership!.deputies[0]!;
    deputy.name += ' i Komunikacji';
    delete deputy.forms;
    const zm = amend(old, next).order;
    expect(RichText.plain(zm.paragraphs[0]!.content![0]!.items.map((it) => it.children[0]?.text ?? []).flat(), RichText.context(zm))).toMatch(/podlega bezpośrednio/);
    expect(checkAmendingOrder(zm, old)).toEqual([]);
  });
});
