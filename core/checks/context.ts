/**
 * What the rules share: the order's enumerations (every list of punkty, litery and tirety with the ending each
 * item must have), the citation of every unit in § 2, and lookups. Built once per `checkOrder` call, in time
 * linear in the size of the order.
 */
import { UnitSymbol } from '../lexicon/index.js';
import { Citation } from '../model/citation.js';
import { locateItems, type ItemLocation } from '../model/locate.js';
import type { Item, Order, Paragraph, ParagraphRole, Unit, Ustep } from '../model/order.js';
import { RichText, type TextContext } from '../model/rich-text.js';
import type { CheckOptions } from './types.js';

/** One list of items (an enumeration) and where it stands. */
export interface Enumeration {
  /** Id of the element holding the list (ustęp, unit, position, parent item, or `commonDuties`). */
  ownerId: string;
  /** Citation of the holder (`§ 10`, `§ 3 ust. 2`, `§ 7 pkt 2`). */
  where: string;
  role: ParagraphRole;
  /** 0 punkty, 1 litery, 2 tirety. */
  depth: number;
  items: Item[];
  /** Citation of each item, same order as `items`. */
  itemWhere: string[];
  /** The część wspólna closing the list, written out (empty string or absent when there is none). */
  wspolna?: string;
  /** How the whole enumeration must end (`.` at the end of an ustęp, or the ending of the item it is under). */
  closing: string;
  /** The unit whose scope holds the list, if any. */
  unitId: string | null;
}

/** Everything the rules read. */
export interface CheckContext {
  order: Order;
  options: CheckOptions;
  /** 1-based paragraf number of each paragraph id. */
  paragrafNo: Map<string, number>;
  locations: Map<string, ItemLocation>;
  enumerations: Enumeration[];
  unitById: Map<string, Unit>;
  /** Citation of each unit where § 2 lists it (`§ 2 pkt 6`), by unit id; `§ 2` when it cannot be told. */
  unitWhere: Map<string, string>;
  /** The § 2 item of each unit, when the order has the register as written text. */
  unitItem: Map<string, Item>;
  /** The date the order speaks from: its own date, else `options.today`, else null. */
  date: string | null;
  /** What references are written out from (built once per run). */
  textContext: TextContext;
  /** The words of a text of the order (`RichText.plain` against {@link CheckContext.textContext}). */
  plain(t: RichText | undefined): string;
}

/** Citation of a paragraf and, where it has several, an ustęp. */
export function ustepWhere(paragraf: number, ustep: number | undefined): string {
  return Citation.format(ustep === undefined ? { paragraf } : { paragraf, ustep });
}

/** The paragraph holding a role, with its number; null when absent. */
export function paragraphOf(ctx: CheckContext, role: ParagraphRole): { p: Paragraph; no: number } | null {
  const i = ctx.order.paragraphs.findIndex((p) => p.role === role);
  return i < 0 ? null : { p: ctx.order.paragraphs[i]!, no: i + 1 };
}

/** Expected ending of item `i` of `n` at `depth` in a list that closes with `closing` (§ 57 ust. 3–4 ZTP). */
export function expectedEnd(i: number, n: number, depth: number, closing: string, wspolna: boolean): string {
  if (wspolna) return ',';
  if (i < n - 1) return depth === 0 ? ';' : ',';
  return closing;
}

/** The unit symbol a register or subordination item ends with (`Referat Organizacyjny - KP-04` → `KP-04`), or null. */
export function symbolAtEnd(text: string): string | null {
  return UnitSymbol.atEnd(text);
}

/** The name part of a register item (`Biuro Prasowe – KS-02` → `Biuro Prasowe`). */
export function nameBeforeSymbol(text: string, symbol: string): string {
  const i = text.lastIndexOf(symbol);
  const head = i >= 0 ? text.slice(0, i) : text;
  return head.replace(/[\s–—−-]+$/u, '').trim();
}

function addLists(
  out: Enumeration[],
  items: Item[],
  where: string,
  whereOf: (item: Item, i: number) => string,
  role: ParagraphRole,
  depth: number,
  closing: string,
  ownerId: string,
  unitId: string | null,
  located: Map<string, ItemLocation> | null,
  plain: (t: RichText | undefined) => string,
  wspolna?: string,
): void {
  if (!items.length) return;
  const itemWhere = items.map((it, i) => whereOf(it, i));
  out.push({ ownerId, where, role, depth, items, itemWhere, wspolna, closing, unitId });
  items.forEach((it, i) => {
    if (!it.children.length) return;
    const end = expectedEnd(i, items.length, depth, closing, !!wspolna);
    const d = Math.min(depth + 1, 2);
    const parentWhere = itemWhere[i]!;
    const childWhere = (c: Item, k: number): string => {
      const l = located?.get(c.id);
      if (l) return Citation.format(l.citation);
      const pc = Citation.parse(parentWhere);
      if (!pc) return parentWhere;
      if (d === 1) pc.litera = k + 1;
      else pc.tiret = k + 1;
      return Citation.format(pc);
    };
    addLists(out, it.children, parentWhere, childWhere, role, d, end, it.id, unitId, located, plain, plain(it.wspolna) || undefined);
  });
}

function contentLists(out: Enumeration[], p: Paragraph, no: number, plain: (t: RichText | undefined) => string, skip = -1): void {
  const content: Ustep[] = p.content ?? [];
  const several = content.length > 1;
  content.forEach((u, ui) => {
    if (ui === skip) return;
    const base = several ? { paragraf: no, ustep: ui + 1 } : { paragraf: no };
    const where = Citation.format(base);
    addLists(out, u.items, where, (_it, i) => Citation.format({ ...base, punkt: i + 1 }), p.role, 0, '.', u.id, null, null, plain, plain(u.wspolna) || undefined);
  });
}

/** Builds the context of one check run. */
export function buildContext(order: Order, options: CheckOptions): CheckContext {
  const locations = locateItems(order);
  const paragrafNo = new Map(order.paragraphs.map((p, i) => [p.id, i + 1]));
  const unitById = new Map(order.units.map((u) => [u.id, u]));
  const enumerations: Enumeration[] = [];
  const textContext = RichText.context(order);
  const plain = (t: RichText | undefined): string => RichText.plain(t, textContext);
  const whereOfLocated = (item: Item, fallback: string): string => {
    const l = locations.get(item.id);
    return l ? Citation.format(l.citation) : fallback;
  };
  order.paragraphs.forEach((p, pi) => {
    const no = pi + 1;
    if (p.role === 'scope') {
      for (const id of p.unitIds ?? []) {
        const u = unitById.get(id);
        if (!u || u.scope.kind !== 'tasks') continue;
        const lists: { owner: string; items: Item[]; wspolna?: string }[] = [{ owner: u.id, items: u.scope.tasks, wspolna: plain(u.scope.wspolna) || undefined }];
        for (const pos of u.scope.positions) lists.push({ owner: pos.id, items: pos.tasks, wspolna: plain(pos.wspolna) || undefined });
        for (const l of lists) {
          const first = l.items[0] ? locations.get(l.items[0].id) : undefined;
          const base = first ? { ...first.citation } : { paragraf: no };
          delete base.punkt;
          const where = Citation.format(base);
          addLists(enumerations, l.items, where, (it, i) => whereOfLocated(it, Citation.format({ ...base, punkt: i + 1 })), 'scope', 0, '.', l.owner, u.id, locations, plain, l.wspolna);
        }
      }
    } else if (p.role === 'commonDuties') {
      // ust. 1 (or ustęp `listAt`) is the list of common duties; the other ustępy kept as written are checked as a
      // generic paragraf's
      const several = (p.content?.length ?? 0) > 1;
      const at = p.listAt ?? 0;
      const base = several ? `§ ${no} ust. ${at + 1}` : `§ ${no}`;
      if (order.commonDuties) {
        addLists(enumerations, order.commonDuties, base, (it, i) => whereOfLocated(it, `${base} pkt ${i + 1}`), 'commonDuties', 0, '.', 'commonDuties', null, locations, plain);
      }
      if (several) contentLists(enumerations, p, no, plain, at);
    } else contentLists(enumerations, p, no, plain);
  });

  // where § 2 lists each unit
  const unitWhere = new Map<string, string>();
  const unitItem = new Map<string, Item>();
  const reg = order.paragraphs.findIndex((p) => p.role === 'units');
  const regPar = reg >= 0 ? order.paragraphs[reg]! : null;
  const bySymbol = new Map<string, Unit[]>();
  for (const u of order.units) if (u.symbol) bySymbol.set(u.symbol, [...(bySymbol.get(u.symbol) ?? []), u]);
  if (regPar?.content?.some((u) => u.items.length)) {
    for (const e of enumerations) {
      if (e.role !== 'units') continue;
      e.items.forEach((it, i) => {
        const text = plain(it.text);
        const sym = symbolAtEnd(text);
        // a symbol used twice: the unit not yet placed whose name the item carries
        const u = sym ? (bySymbol.get(sym) ?? []).find((x) => !unitWhere.has(x.id) && text.includes(x.name)) ?? (bySymbol.get(sym) ?? []).find((x) => !unitWhere.has(x.id)) : undefined;
        if (u && !unitWhere.has(u.id)) {
          unitWhere.set(u.id, e.itemWhere[i]!);
          unitItem.set(u.id, it);
        }
      });
    }
  }
  if (regPar) {
    // units not found in the written register: position in the register order (points, sub-units as letters)
    let top = 0;
    const letters = new Map<string, number>();
    for (const u of order.units) {
      if (u.parentId === null) top++;
      if (unitWhere.has(u.id)) continue;
      if (u.parentId === null) unitWhere.set(u.id, Citation.format({ paragraf: reg + 1, punkt: top }));
      else {
        const k = (letters.get(u.parentId) ?? 0) + 1;
        letters.set(u.parentId, k);
        const parentWhere = unitWhere.get(u.parentId);
        const pc = parentWhere ? Citation.parse(parentWhere) : null;
        unitWhere.set(u.id, pc ? Citation.format({ ...pc, litera: k }) : `§ ${reg + 1}`);
      }
    }
  } else for (const u of order.units) unitWhere.set(u.id, '§ 2');
  const date = order.meta.date ?? options.today ?? null;
  return { order, options, paragrafNo, locations, enumerations, unitById, unitWhere, unitItem, date, textContext, plain };
}
