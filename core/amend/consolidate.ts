/**
 * The text in force (tekst jednolity) of an order and its amending orders at a date: the base order's
 * editorial-unit tree with every amending order in force by then applied in the order of their dates.
 *
 * The result is the tree (what the text says, with the letters of inserted units and `(uchylony)` units as they
 * stand) and, on demand, the text in force as an order ({@link consolidatedOrder}): the base order's own model
 * wherever the amendments did not change it (ids, name forms, mentions: `keep-model.ts`), the changed parts read
 * from the text by the importer, because an amendment is a change of text (a quoted wording may say anything a
 * unit can say) and the importer is the one place that turns text into the model. The round trip is checked on
 * both: the tree and the model rendered again equal the new version unit by unit.
 */
import { importText } from '../import/index.js';
import { formatPolishDate } from '../lexicon/dates.js';
import type { Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { renderDocument } from '../render/document.js';
import { applyAmendments } from './apply.js';
import { keepBaseModel } from './keep-model.js';
import { amend, citeOrder, readAmendments, type AmendResult } from './order.js';
import { countsFromPublication, inForceFromPublication, plusDays, writtenClause } from './publication.js';
import { orderTree, treeLines, type EUnit } from './tree.js';

export { countsFromPublication };

/**
 * When an order enters into force, read from its entry-into-force clause: `date` (ISO), or null with the Polish
 * reason it cannot be told. The registry's rule (`electron/services/registry/status.ts`): `z dniem …` that date
 * (never before signing); `po upływie N dni od dnia podpisania` the signing date + N + 1 (the N days count from the
 * day after signing, art. 111 § 2 Kodeksu cywilnego, and the order enters into force the day after they lapse);
 * `z dniem podpisania` or no clause, the signing date. A clause counted from publication (`… od dnia ogłoszenia`,
 * `z dniem ogłoszenia`: the clause as written, kept in the paragraf's content, says so even when the model holds it
 * as `afterDays`) counts the same way from the day of publication entered in the registry (`meta.publishedOn`):
 * `z dniem ogłoszenia` that day, `po upływie N dni od dnia ogłoszenia` that day + N + 1. The orders of the Prezydent
 * organising a department are as a rule not published in a journal, so the day is not in the order and, until it
 * is entered, the date is unknown. Unknown too: an order with no signing date (a draft) and a clause `z dniem …`
 * with no date.
 */
export type EntryIntoForceOf = { date: string; reason?: undefined } | { date: null; reason: string };

/** See {@link EntryIntoForceOf}. In: an order. Never throws. */
export function entryIntoForceOf(o: Order): EntryIntoForceOf {
  const d = o.meta.date;
  const e = o.entryIntoForce;
  if (countsFromPublication(o)) {
    const counted = inForceFromPublication(o);
    if (counted) return { date: counted };
    const clause = writtenClause(o).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    return { date: null, reason: `wchodzi w życie po ogłoszeniu („${clause}”), a dnia ogłoszenia nie ma w rejestrze: podaj datę ogłoszenia` };
  }
  if (!d) return { date: null, reason: 'nie ma daty podpisania, więc nie wiadomo, kiedy wchodzi w życie' };
  if (e?.kind === 'date') return e.date ? { date: e.date > d ? e.date : d } : { date: null, reason: 'zdanie o wejściu w życie nie podaje daty' };
  if (e?.kind === 'afterDays') return { date: plusDays(d, e.days + 1) };
  return { date: d };
}

/** The day an order enters into force (ISO), or null when it cannot be told ({@link entryIntoForceOf}). */
export function inForceFrom(o: Order): string | null {
  return entryIntoForceOf(o).date;
}

/**
 * Why an amending order was left out: `notYetInForce` (it enters into force after the date asked for: the text in
 * force at that date rightly leaves it out), `dateUnknown` (its entry into force cannot be told, so it is not
 * applied and is reported), `notApplicable` (it is no amending order of this order, or a change of it cannot be
 * applied: nothing of it is applied until it is resolved).
 */
export type SkipReason = 'notYetInForce' | 'dateUnknown' | 'notApplicable';

/** One amending order that was not applied, and why (Polish lines naming its points). */
export interface Skipped {
  /** How the amending order is cited (`nr 12/2025 … z dnia …`). */
  order: string;
  reason: SkipReason;
  problems: string[];
}

/** The text in force. */
export interface Consolidated {
  tree: EUnit[];
  /** The whole text: heading, title and legal basis of the base order, the consolidated body, its signature. */
  text: string;
  /** The amending orders applied, cited, in the order applied. */
  applied: string[];
  /** Amending orders not applied: not in force by the date, not amending this order, or with a change that cannot be applied. */
  skipped: Skipped[];
}

/** Options of {@link consolidate}. */
export interface ConsolidateOptions {
  /**
   * ISO date of the text in force: only amending orders in force by then are applied; one entering into force later
   * is skipped as `notYetInForce`, one whose entry into force cannot be told as `dateUnknown`. Without a date every
   * amending order is applied whatever its date (the CLI's `consolidate` without `--date`, the round trip of `amend`).
   */
  date?: string;
  /**
   * Amending orders applied after those in force whatever their date (an amending draft shown as the order would
   * read after it: `amend:view`).
   */
  pending?: Order[];
}

/**
 * Applies `amending` (in the order of their dates in force; drafts with no date last) to `base`.
 * In: the base order, amending orders (e.g. from `amend` or imported), {@link ConsolidateOptions}. Out:
 * {@link Consolidated}. An amending order citing another order's number, or with any change that cannot be applied,
 * is skipped whole with its problems. Never throws.
 */
export function consolidate(base: Order, amending: Order[], opts: ConsolidateOptions = {}): Consolidated {
  let tree = orderTree(base);
  const applied: string[] = [];
  const skipped: Skipped[] = [];
  const dated = amending.map((o, i) => ({ o, i, when: entryIntoForceOf(o), pending: false }));
  dated.sort((a, b) => (a.when.date ?? '9999').localeCompare(b.when.date ?? '9999') || a.i - b.i);
  for (const o of opts.pending ?? []) dated.push({ o, i: dated.length, when: entryIntoForceOf(o), pending: true });
  for (const { o, when, pending } of dated) {
    const name = citeOrder(o.meta);
    const skip = (reason: SkipReason, problems: string[]) => skipped.push({ order: name, reason, problems });
    if (opts.date && !pending) {
      if (when.date === null) {
        skip('dateUnknown', [`nie wiadomo, kiedy wchodzi w życie: ${when.reason}; nie zastosowano go`]);
        continue;
      }
      if (when.date > opts.date) {
        skip('notYetInForce', [`wchodzi w życie ${formatPolishDate(when.date)}, po dniu ${formatPolishDate(opts.date)}`]);
        continue;
      }
    }
    const r = readAmendments(o);
    if (!r) {
      skip('notApplicable', ['to nie jest zarządzenie zmieniające (brak zdania „wprowadza się następujące zmiany”)']);
      continue;
    }
    if (r.amendedNumber && base.meta.number && r.amendedNumber.replace(/[,.]$/, '') !== base.meta.number) {
      skip('notApplicable', [`zmienia zarządzenie nr ${r.amendedNumber}, a nie nr ${base.meta.number}`]);
      continue;
    }
    if (!r.amendments.length && !r.problems.length) {
      skip('notApplicable', ['nie odczytano z niego żadnej zmiany (po zdaniu „wprowadza się następujące zmiany” nie ma punktów ze zmianami)']);
      continue;
    }
    if (r.problems.length) {
      skip('notApplicable', r.problems);
      continue;
    }
    const res = applyAmendments(tree, r.amendments);
    if (!res.ok) {
      skip('notApplicable', res.problems.map((p) => p.message));
      continue;
    }
    tree = res.tree;
    applied.push(name);
  }
  return { tree, text: orderText(base, tree), applied, skipped };
}

/** The whole text of an order with `tree` as its body: the base order's heading, title, legal basis and signature. */
function orderText(base: Order, tree: EUnit[]): string {
  const doc = renderDocument(base);
  const lines = [...doc.heading, '', doc.title, '', ...(doc.basis ? [doc.basis] : []), ...treeLines(tree), '', ...doc.signature];
  return `${lines.join('\n')}\n`;
}

/**
 * The text in force as the model numbers it: repealed units left out and every list numbered anew (`1)`, `2)`, `a)`,
 * `§ 1`…), since the model numbers units by their place and holds no letters of inserted units nor `(uchylony)`
 * units. Out: the tree and, for each paragraf kept, its label in the text in force (the base's number, or a number
 * with a letter for an inserted one).
 */
export function modelTree(tree: EUnit[]): { tree: EUnit[]; labels: string[] } {
  const letter = (i: number): string => (i < 26 ? String.fromCharCode(97 + i) : `${String.fromCharCode(97 + Math.floor(i / 26) - 1)}${String.fromCharCode(97 + (i % 26))}`);
  const renumber = (units: EUnit[]): EUnit[] => {
    const n: Partial<Record<EUnit['kind'], number>> = {};
    return units.filter((u) => !u.repealed).map((u) => {
      const i = (n[u.kind] = (n[u.kind] ?? 0) + 1) - 1;
      const label = u.kind === 'litera' ? letter(i) : u.kind === 'tiret' || u.kind === 'line' ? u.label : String(i + 1);
      return { ...u, label, children: renumber(u.children) };
    });
  };
  return { tree: renumber(tree), labels: tree.filter((u) => !u.repealed).map((u) => u.label) };
}

/**
 * The text in force as an order: the consolidated text read by the importer (the one place that turns an order's
 * text into the model: the amendments' quoted wordings are text), with every part the amendments did not change kept
 * as the base order's own model, ids, name forms and mentions included (`keep-model.ts`). The text is read as the
 * model numbers it ({@link modelTree}: no letters, no repealed units). When nothing was applied the base order
 * itself. Out: the order and the importer's warnings, or its Polish error.
 */
export function consolidatedOrder(c: Consolidated, base: Order): { ok: true; order: Order; warnings: string[] } | { ok: false; message: string } {
  if (!c.applied.length) return { ok: true, order: base, warnings: [] };
  const m = modelTree(c.tree);
  const r = importText(orderText(base, m.tree), 'txt');
  return r.ok ? { ok: true, order: keepBaseModel(base, r.order, m.labels), warnings: r.warnings } : { ok: false, message: r.error.message };
}

/**
 * The amending order for an order already amended: `base` with its `earlier` amending orders applied gives the text
 * in force (at `opts.date`, ISO: only those in force by then; without it, all of them), and the amendment is written
 * from that text to `newOrder`, its introductory sentence citing the earlier amendments applied
 * (`zmienionym zarządzeniem nr … z dnia …`) in the order of their dates. Out: the amending order with the text in
 * force it was written from, or, when an earlier amending order cannot be applied, does not amend `base` or has an
 * entry into force that cannot be told, the skipped ones with their problems (nothing written). An earlier amending
 * order not yet in force at the date is left out of the text and of the citation. Never throws.
 */
export function amendInForce(base: Order, earlier: Order[], newOrder: Order, opts: { date?: string } = {}): { ok: true; amended: AmendResult; inForce: Consolidated } | { ok: false; skipped: Skipped[] } {
  const inForce = consolidate(base, earlier, opts);
  const blocking = inForce.skipped.filter((s) => s.reason !== 'notYetInForce');
  if (blocking.length) return { ok: false, skipped: blocking };
  const applied = new Set(inForce.applied);
  const cited = earlier.filter((o) => applied.has(citeOrder(o.meta)))
    .sort((a, b) => (inForceFrom(a) ?? '9999').localeCompare(inForceFrom(b) ?? '9999'))
    .map((o) => ({ number: o.meta.number ?? '……', date: o.meta.date, title: o.meta.title }));
  return { ok: true, amended: amend(base, newOrder, { earlier: cited, inForce: inForce.tree }), inForce };
}
