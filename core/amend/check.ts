/**
 * Checks of an amending order against the order it amends (issue #17, "Checked like any draft"): it cites that
 * order (number, date, title); every change is understood and applies (the unit it names is there and in force);
 * every quoted wording is labelled with the unit it replaces or inserts; inserted units are numbered by the
 * insertion rules (a letter after the unit they follow, or the next number after the last) and never take the
 * number of a unit that stands; nothing is renumbered; the amended order's § 2 (units) and § 3 (subordination) still
 * agree after the changes (`unit-lists.ts`). Findings are Polish sentences naming the point.
 */
import { formatPolishDate } from '../lexicon/dates.js';
import type { Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { applyAmendments } from './apply.js';
import { findUnit, insertionLabels, type Amendment, type Seg } from './diff.js';
import { readAmendments } from './order.js';
import { orderTree, type EUnit } from './tree.js';
import { unitListProblems } from './unit-lists.js';

/** One finding: the point of § 1 it concerns (0 for the introductory sentence) and a Polish message. */
export interface AmendFinding {
  point: number;
  message: string;
}

function siblings(tree: EUnit[], parent: Seg[]): EUnit[] {
  return parent.length ? findUnit(tree, parent)?.children ?? [] : tree;
}

/**
 * Findings of the amending order `amending` against the text in force `base` (its tree; `orderTree(base)` when
 * none is given). Out: an empty list when the amending order is right. Never throws.
 */
export function checkAmendingOrder(amending: Order, base: Order, tree: EUnit[] = orderTree(base)): AmendFinding[] {
  const out: AmendFinding[] = [];
  const r = readAmendments(amending);
  if (!r) return [{ point: 0, message: 'To nie jest zarządzenie zmieniające: brak zdania „W zarządzeniu … wprowadza się następujące zmiany”.' }];
  const ctx = RichText.context(amending);
  const intro = amending.paragraphs.flatMap((p) => p.content ?? []).map((u) => RichText.plain(u.text, ctx)).find((t) => t.includes('wprowadza się następujące zmiany'))!.replace(/\u00a0/g, ' ');
  if (base.meta.number && r.amendedNumber !== base.meta.number) out.push({ point: 0, message: `Zdanie wstępne cytuje zarządzenie nr ${r.amendedNumber ?? '……'}, a zmieniane ma nr ${base.meta.number}.` });
  if (base.meta.date && !intro.includes(formatPolishDate(base.meta.date))) out.push({ point: 0, message: `Zdanie wstępne nie podaje daty zmienianego zarządzenia (${formatPolishDate(base.meta.date)}).` });
  if (!intro.replace(/\s+/g, ' ').includes(base.meta.title.replace(/\s+/g, ' '))) out.push({ point: 0, message: 'Zdanie wstępne nie podaje tytułu zmienianego zarządzenia tak, jak ono go brzmi.' });
  r.problems.forEach((p) => out.push({ point: Number(/^pkt (\d+)/.exec(p)?.[1] ?? 0), message: `${p}.` }));
  const labels = new Map<string, string[]>();
  r.amendments.forEach((a: Amendment, i) => {
    const point = i + 1;
    if (a.op === 'replace') {
      const last = a.path[a.path.length - 1]!;
      if (a.unit.kind !== last.kind || a.unit.label !== last.label) out.push({ point, message: `pkt ${point}: nowe brzmienie ${last.kind === 'paragraf' ? '§' : ''}${last.label} jest cytowane bez swojego oznaczenia lub z innym (${a.unit.label || 'brak'}).` });
    }
    if (a.op === 'insert') {
      const key = JSON.stringify(a.parent);
      const sib = labels.get(key) ?? siblings(tree, a.parent).map((u) => u.label);
      const want = insertionLabels(a.after.kind, a.after.label, sib, a.units.length);
      const got = a.units.map((u) => u.label);
      if (a.units.some((u) => u.kind !== a.after.kind)) out.push({ point, message: `pkt ${point}: dodawana jednostka jest innego rodzaju niż ta, po której jest dodawana.` });
      else if (got.some((l) => sib.includes(l))) out.push({ point, message: `pkt ${point}: dodawana jednostka ma oznaczenie jednostki, która już jest (${got.join(', ')}); jednostek nie przenumerowuje się.` });
      else if (got.join() !== want.join()) out.push({ point, message: `pkt ${point}: dodawane jednostki powinny mieć oznaczenia ${want.join(', ')}, a mają ${got.join(', ')}.` });
      sib.splice(sib.indexOf(a.after.label) + 1, 0, ...got);
      labels.set(key, sib);
    }
  });
  const applied = applyAmendments(tree, r.amendments);
  if (!applied.ok) {
    for (const p of applied.problems) if (!out.some((f) => f.point === p.point)) out.push({ point: p.point, message: `${p.message}.` });
  } else {
    // § 2 (the units) and § 3 (whom they report to) must still agree once the changes are made
    const paragrafOf = (a: Amendment): string | undefined => (a.op === 'insert' ? a.parent[0] ?? a.after : a.op === 'annex' ? undefined : a.path[0])?.label;
    for (const p of unitListProblems(base, tree, applied.tree)) {
      const at = r.amendments.findIndex((a) => p.paragrafs.includes(paragrafOf(a) ?? ''));
      out.push({ point: at + 1, message: `Po zmianach § 2 i § 3 zmienianego zarządzenia się nie zgadzają: ${p.message}; zmień oba.` });
    }
  }
  return out.sort((a, b) => a.point - b.point);
}
