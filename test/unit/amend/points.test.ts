/**
 * Points of an amending order added and changed by the lawyer (issue 17, `core/amend/points.ts`): the kind and the
 * unit are picked from the amended order's text in force, the instruction is written from them in the ZTP forms and
 * follows a change of the unit or of the kind; the points keep the order of the text; the checks (amend.*) run on
 * the points so made; the text in force applies them.
 */
import { describe, expect, it } from 'vitest';
import {
  addPoint, amend, checkAmendingOrder, consolidate, findUnit, orderTree, pointChoice, readAmendments, setPoint, setQuotedLine, targetOptions, type EUnit, type PointChoice,
} from '../../../core/amend/index.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText } from '../../../core/render/text.js';
import { importedFixture } from '../fixtures.js';

/** 3468/2024, its tree, and an amending order of it with one change (a unit renamed). */
function base(): { old: Order; tree: EUnit[]; zm: Order } {
  const old = importedFixture('3468');
  const next = structuredClone(old);
  next.units[1]!.name += ' i Analiz';
  delete next.units[1]!.forms;
  const zm = amend(old, next).order;
  return { old, tree: orderTree(old), zm };
}
const points = (o: Order): Item[] => o.paragraphs[0]!.content![0]!.items;
const words = (o: Order, it: { text: Item['text'] }): string => RichText.plain(it.text, RichText.context(o)).replace(/\u00a0/g, ' ');
const ok = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error((r as unknown as { message: string }).message);
  return r as Extract<T, { ok: true }>;
};

/** The longest list of punkty in the tree: its parent's path and its units. */
function longestList(tree: EUnit[]): { parent: EUnit[]; path: { kind: EUnit['kind']; label: string }[]; list: EUnit[] } {
  let best = { parent: [] as EUnit[], path: [] as { kind: EUnit['kind']; label: string }[], list: [] as EUnit[] };
  const walk = (units: EUnit[], path: { kind: EUnit['kind']; label: string }[]) => {
    for (const u of units) {
      const p = [...path, { kind: u.kind, label: u.label }];
      const pts = u.children.filter((c) => c.kind === 'punkt');
      if (pts.length > best.list.length && pts.length === u.children.length) best = { parent: [u], path: p, list: pts };
      walk(u.children, p);
    }
  };
  walk(tree, []);
  return best;
}

describe('the units a point may name', () => {
  it('lists every paragraf, ustęp, punkt and litera in force in the order of the text, with its citation', () => {
    const { tree } = base();
    const opts = targetOptions(tree);
    expect(opts[0]).toMatchObject({ cite: '§ 1', depth: 0 });
    expect(opts.filter((o) => o.depth === 0).map((o) => o.cite)).toEqual(tree.map((u) => `§ ${u.label}`));
    for (const o of opts) expect(findUnit(tree, o.path)).not.toBeNull();
    expect(opts.some((o) => /^§ \d+ pkt \d+$/.test(o.cite))).toBe(true);
  });
});

describe('a point added by the lawyer', () => {
  it('a new wording: the instruction names the unit and the quotation starts as its wording in force, labelled', () => {
    const { tree, zm } = base();
    const { path, list } = longestList(tree);
    const target = [...path, { kind: 'punkt' as const, label: list[2]!.label }];
    const r = ok(addPoint(zm, { kind: 'replace', target }, tree));
    const it = points(r.order).find((p) => p.id === r.pointId)!;
    expect(words(r.order, it)).toMatch(new RegExp(`^w § ${path[0]!.label} .*pkt ${list[2]!.label} otrzymuje brzmienie:$`));
    expect(it.children[0]!.fixedLabel).toBe(`„${list[2]!.label})`);
    expect(words(r.order, it.children[0]!).replace(/”[;.]$/, '')).toBe(list[2]!.text);
    expect(pointChoice(r.order, points(r.order).indexOf(it) + 1)).toEqual({ kind: 'replace', target });
  });

  it('an added unit between two: a letter, an empty wording found by the checks until it is typed, then applied', () => {
    const { old, tree, zm } = base();
    const { path, list } = longestList(tree);
    const r = ok(addPoint(zm, { kind: 'insert', target: [...path, { kind: 'punkt', label: list[3]!.label }] }, tree));
    const n = points(r.order).findIndex((p) => p.id === r.pointId) + 1;
    const it = points(r.order)[n - 1]!;
    expect(words(r.order, it)).toMatch(new RegExp(`po pkt ${list[3]!.label} dodaje się pkt ${list[3]!.label}a w brzmieniu:$`));
    const found = checkAmendingOrder(r.order, old, tree);
    expect(found).toEqual([expect.objectContaining({ point: n, code: 'amend.quote', message: expect.stringContaining('jest puste') })]);
    const typed = ok(setQuotedLine(r.order, it.children[0]!.id, { text: 'prowadzenie spraw dodanych przez prawnika;' }));
    expect(checkAmendingOrder(typed.order, old, tree)).toEqual([]);
    const c = consolidate(old, [typed.order]);
    expect(c.skipped).toEqual([]);
    expect(c.text).toContain(`${list[3]!.label}a) prowadzenie spraw dodanych przez prawnika;`);
  });

  it('an added unit after the last one: „kropkę zastępuje się średnikiem”, and the text in force has the semicolon', () => {
    const { old, tree, zm } = base();
    const { path, list } = longestList(tree);
    const last = list[list.length - 1]!;
    expect(last.text.endsWith('.')).toBe(true);
    const r = ok(addPoint(zm, { kind: 'insert', target: [...path, { kind: 'punkt', label: last.label }] }, tree));
    const it = points(r.order).find((p) => p.id === r.pointId)!;
    const next = String(Number(last.label) + 1);
    expect(words(r.order, it)).toMatch(new RegExp(`w pkt ${last.label} kropkę zastępuje się średnikiem i dodaje się pkt ${next} w brzmieniu:$`));
    const typed = ok(setQuotedLine(r.order, it.children[0]!.id, { text: 'prowadzenie spraw na końcu wyliczenia.' }));
    expect(checkAmendingOrder(typed.order, old, tree)).toEqual([]);
    const lines = consolidate(old, [typed.order]).text.split('\n');
    const at = lines.indexOf(`${next}) prowadzenie spraw na końcu wyliczenia.`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toBe(`${last.label}) ${last.text.replace(/\.$/, ';')}`);
  });

  it('a repeal: the instruction only, nothing quoted; two units added after the same one take 4a and 4b', () => {
    const { old, tree, zm } = base();
    const { path, list } = longestList(tree);
    const target = [...path, { kind: 'punkt' as const, label: list[1]!.label }];
    const rep = ok(addPoint(zm, { kind: 'repeal', target }, tree));
    const it = points(rep.order).find((p) => p.id === rep.pointId)!;
    expect(words(rep.order, it)).toMatch(new RegExp(`uchyla się pkt ${list[1]!.label}$`));
    expect(it.children).toEqual([]);
    const after: PointChoice = { kind: 'insert', target: [...path, { kind: 'punkt', label: list[3]!.label }] };
    const one = ok(addPoint(rep.order, after, tree));
    const two = ok(addPoint(one.order, after, tree));
    const added = [one.pointId, two.pointId].map((id) => points(two.order).find((p) => p.id === id)!);
    expect(added.map((p) => p.children[0]!.fixedLabel)).toEqual([`„${list[3]!.label}a)`, `„${list[3]!.label}b)`]);
    let filled = two.order;
    for (const p of added) filled = ok(setQuotedLine(filled, p.children[0]!.id, { text: 'zadanie dodane;' })).order;
    expect(checkAmendingOrder(filled, old, tree)).toEqual([]);
  });

  it('keeps the points in the order of the text, the last closing with ”.', () => {
    const { tree, zm } = base();
    const first = targetOptions(tree).find((o) => o.cite === '§ 1')!;
    const r = ok(addPoint(zm, { kind: 'replace', target: first.path }, tree));
    const ps = points(r.order);
    expect(ps[0]!.id).toBe(r.pointId);
    expect(words(r.order, ps[0]!)).toBe('§ 1 otrzymuje brzmienie:');
    const closing = (p: Item): string => {
      let l = p.children[p.children.length - 1];
      while (l && !l.wspolna?.length && l.children.length) l = l.children[l.children.length - 1];
      return l ? /”[;.]$/.exec(words(r.order, l.wspolna?.length ? { text: l.wspolna } : l))?.[0] ?? '' : '';
    };
    const quoted = ps.filter((p) => p.children.length);
    expect(quoted.slice(0, -1).map(closing).every((c) => c === '”;')).toBe(true);
    expect(closing(ps[ps.length - 1]!)).toBe(ps[ps.length - 1]!.children.length ? '”.' : '');
    expect(readAmendments(r.order)!.problems).toEqual([]);
  });

  it('refuses a unit that is not in the text in force', () => {
    const { tree, zm } = base();
    const r = addPoint(zm, { kind: 'replace', target: [{ kind: 'paragraf', label: '99' }] }, tree);
    expect(r).toEqual({ ok: false, message: 'W tekście obowiązującym zmienianego zarządzenia nie ma jednostki § 99.' });
  });
});

describe('a point changed by the lawyer', () => {
  it('follows a new target and a new kind: the instruction and the quotation name the chosen unit; an added unit keeps its wording', () => {
    const { old, tree, zm } = base();
    const { path, list } = longestList(tree);
    const at = (i: number) => [...path, { kind: 'punkt' as const, label: list[i]!.label }];
    const r = ok(addPoint(zm, { kind: 'insert', target: at(1) }, tree));
    const n = () => points(cur).findIndex((p) => p.id === r.pointId) + 1;
    let cur = ok(setQuotedLine(r.order, points(r.order).find((p) => p.id === r.pointId)!.children[0]!.id, { text: 'zadanie wpisane;' })).order;
    // moved to after another unit: new label, new instruction, the wording typed stays
    cur = ok(setPoint(cur, n(), { kind: 'insert', target: at(4) }, tree)).order;
    let it = points(cur)[n() - 1]!;
    expect(words(cur, it)).toMatch(new RegExp(`po pkt ${list[4]!.label} dodaje się pkt ${list[4]!.label}a w brzmieniu:$`));
    expect(it.children[0]!.fixedLabel).toBe(`„${list[4]!.label}a)`);
    expect(words(cur, it.children[0]!)).toMatch(/^zadanie wpisane;”[;.]$/);
    expect(checkAmendingOrder(cur, old, tree)).toEqual([]);
    // a new wording of that unit: the quotation is its wording in force
    cur = ok(setPoint(cur, n(), { kind: 'replace', target: at(4) }, tree)).order;
    it = points(cur)[n() - 1]!;
    expect(words(cur, it)).toMatch(new RegExp(`pkt ${list[4]!.label} otrzymuje brzmienie:$`));
    expect(words(cur, it.children[0]!).replace(/”[;.]$/, '')).toBe(list[4]!.text);
    // repealed instead
    cur = ok(setPoint(cur, n(), { kind: 'repeal', target: at(4) }, tree)).order;
    it = points(cur)[n() - 1]!;
    expect(words(cur, it)).toMatch(new RegExp(`uchyla się pkt ${list[4]!.label}$`));
    expect(it.children).toEqual([]);
    expect(pointChoice(cur, n())).toEqual({ kind: 'repeal', target: at(4) });
    expect(checkAmendingOrder(cur, old, tree)).toEqual([]);
    const c = consolidate(old, [cur]);
    expect(c.text.split('\n')).toContain(`${list[4]!.label}) (uchylony)`);
  });

  it('writes the amending order the renderer prints: the new point in the text of § 1', () => {
    const { tree, zm } = base();
    const { path, list } = longestList(tree);
    const r = ok(addPoint(zm, { kind: 'repeal', target: [...path, { kind: 'punkt', label: list[0]!.label }] }, tree));
    expect(renderText(r.order).replace(/\u00a0/g, ' ')).toContain(`uchyla się pkt ${list[0]!.label}`);
  });
});
