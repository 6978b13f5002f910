/**
 * The common duties of all units (wspólne obowiązki komórek, `order.commonDuties`) against the template list
 * (`templates/common-duties.json`, loaded by core/templates with stable ids): which template items the draft has
 * (on) and which it left out (off), the items' own text (editable), and items the user added. Items that came
 * from the template keep its id in `templateId`; an imported order's items, which have none, are matched to the
 * template by their words (the template was written from 3468/2024 § 11, and other departments' lists differ in
 * a word or two). Pure functions over the model: each takes an order and returns a new one.
 */
import { newId } from './ids.js';
import { inflect } from '../language/index.js';
import type { Item, NameForms, Order, Paragraph } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { fillPattern, loadCommonDuties, type TemplateItem } from '../templates/index.js';

/** Share of words two texts must have in common (Dice coefficient) for an item to be taken as a template item. */
export const MATCH_THRESHOLD = 0.75;

/** One row of the editor: a template item (on or off) or an item of the user's own. */
export interface DutyRow {
  /** The template item's id, or null for the user's own item. */
  templateId: string | null;
  on: boolean;
  /** The model's item when on; the template's text (filled for this department) when off. */
  item: Item;
  /** The template's text for this department (to restore it), or null for the user's own item. */
  templateText: string | null;
}

function safeInflect(name: string, c: 'genitive', forms?: NameForms): string {
  try {
    return inflect(name, c, forms);
  } catch {
    return name;
  }
}

/** Values of the template's slots for this order: the short name and the head in the genitive (`Wydziału`, `Dyrektora`). */
export function dutyValues(order: Order): Record<string, string> {
  const short = order.leadership?.shortName ?? order.meta.subject ?? 'Wydział';
  // without a short name the department's full name stands here, with its forms fixed by hand
  const forms = order.leadership?.shortName ? undefined : order.meta.subjectForms;
  return { shortNameGenitive: safeInflect(short, 'genitive', forms), headGenitive: safeInflect(order.leadership?.head ?? 'Dyrektor', 'genitive') };
}

function fill(t: TemplateItem, values: Record<string, string>): Item {
  const r = fillPattern(t.text, values);
  return { id: newId('t'), text: RichText.of(r.ok ? r.text : t.text), templateId: t.id, children: (t.children ?? []).map((c) => fill(c, values)) };
}

const filled = new Map<string, Item[]>();

/**
 * The template's items filled for this order, each with its `templateId`. Cached per department name (the
 * editor asks on every change); the ids are for display only: {@link setDutyOn} inserts copies with fresh ids.
 */
export function templateDuties(order: Order): Item[] {
  const values = dutyValues(order);
  const key = JSON.stringify(values);
  let items = filled.get(key);
  if (!items) {
    items = loadCommonDuties().items.map((t) => fill(t, values));
    filled.set(key, items);
  }
  return items;
}

/** A deep copy of an item with fresh ids. */
function freshCopy(it: Item): Item {
  return { ...it, id: newId('t'), children: it.children.map(freshCopy) };
}

function words(s: string): string[] {
  return s.toLocaleLowerCase('pl').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}

/** Dice coefficient of the word multisets of two texts, 0…1. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/**
 * Gives the items of `order.commonDuties` that have no `templateId` the id of the template item they match
 * (best match first, each template item used once, at least {@link MATCH_THRESHOLD}); their letters are matched
 * to the template item's letters the same way. Out: the same order object when nothing matched.
 */
export function withTemplateIds(order: Order): Order {
  if (!order.commonDuties?.some((it) => !it.templateId)) return order;
  const template = templateDuties(order);
  const taken = new Set(order.commonDuties.map((it) => it.templateId).filter(Boolean));
  let changed = false;
  const tag = (items: Item[], candidates: Item[]): Item[] =>
    items.map((it) => {
      if (it.templateId) return it;
      let best: Item | null = null;
      let score = MATCH_THRESHOLD;
      for (const c of candidates) {
        if (taken.has(c.templateId!)) continue;
        const s = similarity(RichText.plain(it.text, order), RichText.plain(c.text, order));
        if (s >= score) (best = c), (score = s);
      }
      if (!best) return it;
      taken.add(best.templateId!);
      changed = true;
      return { ...it, templateId: best.templateId!, children: tag(it.children, best.children) };
    });
  const tagged = tag(order.commonDuties, template);
  return changed ? { ...order, commonDuties: tagged } : order;
}

/**
 * The rows the editor shows: the model's items in their order, with each template item the draft leaves out
 * (off) shown where the template has it (before the first item that comes after it in the template).
 */
export function dutyRows(order: Order): DutyRow[] {
  const template = templateDuties(order);
  const rank = new Map(template.map((t, i) => [t.templateId!, i]));
  const byTemplate = new Map(template.map((t) => [t.templateId!, t]));
  const current = order.commonDuties ?? [];
  const present = new Set(current.map((it) => it.templateId).filter((x): x is string => !!x && rank.has(x)));
  const off = template.filter((t) => !present.has(t.templateId!));
  const rows: DutyRow[] = [];
  const offRow = (t: Item): DutyRow => ({ templateId: t.templateId!, on: false, item: t, templateText: RichText.plain(t.text, order) });
  for (const it of current) {
    const r = it.templateId !== undefined ? rank.get(it.templateId) : undefined;
    if (r !== undefined) while (off.length && rank.get(off[0]!.templateId!)! < r) rows.push(offRow(off.shift()!));
    rows.push({ templateId: r !== undefined ? it.templateId! : null, on: true, item: it, templateText: r !== undefined ? RichText.plain(byTemplate.get(it.templateId!)!.text, order) : null });
  }
  rows.push(...off.map(offRow));
  return rows;
}

/** Gives the order a common-duties paragraf (before the annex and the final clauses) or takes it away. */
function withParagraph(order: Order, present: boolean): Paragraph[] {
  const has = order.paragraphs.some((p) => p.role === 'commonDuties');
  if (present === has) return order.paragraphs;
  if (!present) return order.paragraphs.filter((p) => p.role !== 'commonDuties');
  const at = order.paragraphs.findIndex((p) => ['annex', 'execution', 'repeal', 'entryIntoForce'].includes(p.role));
  const par: Paragraph = { id: newId('par'), role: 'commonDuties' };
  return at < 0 ? [...order.paragraphs, par] : [...order.paragraphs.slice(0, at), par, ...order.paragraphs.slice(at)];
}

/** Sets the list (null when empty: the order then has no common-duties paragraf). */
function setList(order: Order, items: Item[]): Order {
  const list = items.length ? items : null;
  return { ...order, commonDuties: list, paragraphs: withParagraph(order, list !== null) };
}

/**
 * Switches a template item on (inserted, with the template's text for this department, before the first item
 * that comes after it in the template) or off (removed with its letters).
 */
export function setDutyOn(order: Order, templateId: string, on: boolean): Order {
  const current = order.commonDuties ?? [];
  if (!on) return setList(order, current.filter((it) => it.templateId !== templateId));
  if (current.some((it) => it.templateId === templateId)) return order;
  const template = templateDuties(order);
  const rank = new Map(template.map((t, i) => [t.templateId!, i]));
  const found = template.find((t) => t.templateId === templateId);
  if (!found) return order;
  const item = freshCopy(found);
  const r = rank.get(templateId)!;
  const at = current.findIndex((it) => it.templateId !== undefined && (rank.get(it.templateId) ?? -1) > r);
  const next = at < 0 ? [...current, item] : [...current.slice(0, at), item, ...current.slice(at)];
  return setList(order, next);
}

function mapItems(items: Item[], fn: (it: Item) => Item | null): Item[] {
  return items.flatMap((it) => {
    const r = fn(it);
    return r ? [{ ...r, children: mapItems(r.children, fn) }] : [];
  });
}

/** Replaces the text of an item (or of one of its letters), found by id. */
export function setDutyText(order: Order, itemId: string, text: RichText): Order {
  return { ...order, commonDuties: mapItems(order.commonDuties ?? [], (it) => (it.id === itemId ? { ...it, text } : it)) };
}

/** Adds an item of the user's own at the end of the list. Out: the new order and the item's id. */
export function addDuty(order: Order, text = ''): { order: Order; itemId: string } {
  const item: Item = { id: newId('t'), text: RichText.of(text), children: [] };
  return { order: setList(order, [...(order.commonDuties ?? []), item]), itemId: item.id };
}

/** Removes an item (or a letter) by id. */
export function removeDuty(order: Order, itemId: string): Order {
  return setList(order, mapItems(order.commonDuties ?? [], (it) => (it.id === itemId ? null : it)));
}
