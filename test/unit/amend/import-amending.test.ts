/**
 * Amending orders read from a file (issue #17, item 3): the importer recognises an amending order by its title and
 * its introductory sentence (`W zarządzeniu Nr … wprowadza się następujące zmiany:`), keeps its own number (never
 * the cited one), records the amended order in `meta.amends`, and reads points that quote whole paragrafy (`1) § 4 i
 * § 5 otrzymują brzmienie: „§ 4. … § 5. …”`), so the text in force is made from them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amend, consolidate, findUnit, orderTree, readAmendments, treeLines } from '../../../core/amend/index.js';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { formatPolishDate } from '../../../core/lexicon/dates.js';
import { renderText } from '../../../core/render/text.js';
import { fixturePath, OWN } from '../fixtures.js';

function load(path: string): Order {
  const r = importText(readFileSync(path, 'utf8'), path.endsWith('.md') ? 'md' : 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

describe('importing an amending order', () => {
  it('reads a hand-written amending order quoting whole paragrafy as an amending order of the cited one', () => {
    const zm = load(join(OWN, 'orders', 'zmiana-z-cytatem.txt'));
    const cited = /W zarządzeniu Nr (\S+)/.exec(readFileSync(join(OWN, 'orders', 'zmiana-z-cytatem.txt'), 'utf8'))![1];
    expect(zm.meta.number).not.toBe(cited);
    expect(zm.meta.amends?.number).toBe(cited);
    expect(zm.meta.amends?.title).toMatch(/^w sprawie podziału/);
    const r = readAmendments(zm)!;
    expect(r.problems).toEqual([]);
    expect(r.amendments.map((a) => (a.op === 'replace' || a.op === 'repeal' ? `${a.op} ${a.path.map((s) => s.label).join('.')}` : a.op))).toEqual(['replace 4', 'replace 5', 'repeal 7']);
    const p4 = r.amendments[0]!;
    expect(p4.op === 'replace' && p4.unit.children.length).toBe(3);
  });

  it('a draft amending order (no number of its own) keeps no number and cites the amended one', () => {
    const old = load(fixturePath('3468'));
    const next = structuredClone(old);
    next.units[0]!.name += ' i Kadr';
    delete next.units[0]!.forms;
    const { order } = amend(old, next);
    const back = importText(renderText(order), 'txt');
    if (!back.ok) throw new Error(back.error.message);
    expect(back.order.meta.number).toBeNull();
    expect(back.order.meta.date).toBeNull();
    expect(back.order.meta.title).toMatch(/^zmieniające zarządzenie Nr 3468\/2024/);
    expect(back.order.meta.amends).toEqual({ number: old.meta.number, date: old.meta.date, title: old.meta.title });
  });

  it('applies `§ 4 i § 5 otrzymują brzmienie` and `uchyla się § 7` written by hand to the text in force', () => {
    const old = load(fixturePath('3468'));
    const next = structuredClone(old);
    const lists = next.units.flatMap((u) => (u.scope.kind === 'tasks' ? [u.scope.tasks] : []));
    lists[0]![0]!.text = RichText.of('prowadzenie sekretariatu Wydziału i jego archiwum;');
    lists[1]![1]!.text = RichText.of('redagowanie komunikatów prasowych Wydziału;');
    const oldTree = orderTree(old);
    const newTree = orderTree(next);
    const changed = newTree.filter((u, i) => u.text !== oldTree[i]!.text || JSON.stringify(treeLines([u])) !== JSON.stringify(treeLines([oldTree[i]!])));
    expect(changed.length).toBe(2);
    const [a, b] = changed as [typeof changed[0], typeof changed[0]];
    const last = oldTree[oldTree.length - 3]!;
    const quoted = [...treeLines([a]), ...treeLines([b])].filter(Boolean);
    const text = [
      'ZARZĄDZENIE NR 12/2025', 'PREZYDENTA MIASTA KRAKOWA', 'z dnia 3 marca 2025 r.', '',
      `zmieniające zarządzenie Nr ${old.meta.number} Prezydenta Miasta Krakowa z dnia ${formatPolishDate(old.meta.date!)} ${old.meta.title}`, '',
      'Na podstawie art. 33 ust. 3 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym (Dz. U. z 2024 r. poz. 1465) zarządza się, co następuje:', '',
      `§ 1. W zarządzeniu Nr ${old.meta.number} Prezydenta Miasta Krakowa z dnia ${formatPolishDate(old.meta.date!)} ${old.meta.title} wprowadza się następujące zmiany:`,
      `1) § ${a.label} i § ${b.label} otrzymują brzmienie:`,
      `„${quoted.join('\n').replace(/\.$/, '')}.”;`,
      `2) uchyla się § ${last.label}.`, '',
      '§ 2. Zarządzenie wchodzi w życie z dniem podpisania.', '', 'PREZYDENT MIASTA KRAKOWA',
    ].join('\n');
    const zm = importText(text, 'txt');
    if (!zm.ok) throw new Error(zm.error.message);
    expect(zm.order.meta.number).toBe('12/2025');
    expect(zm.order.meta.amends?.number).toBe(old.meta.number);
    const c = consolidate(old, [zm.order]);
    expect(c.skipped).toEqual([]);
    const seg = (l: string) => [{ kind: 'paragraf' as const, label: l }];
    expect(treeLines([findUnit(c.tree, seg(a.label))!])).toEqual(treeLines([a]));
    expect(treeLines([findUnit(c.tree, seg(b.label))!])).toEqual(treeLines([b]));
    expect(findUnit(c.tree, seg(last.label))!.repealed).toBe(true);
  });
});
