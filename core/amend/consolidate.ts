/**
 * The text in force (tekst jednolity) of an order and its amending orders at a date: the base order's
 * editorial-unit tree with every amending order in force by then applied in the order of their dates.
 *
 * The result is the tree (what the text says, with the letters of inserted units and `(uchylony)` units as they
 * stand) and an order read from its text by the importer. Consolidating through the text rather than editing the
 * model directly is deliberate: an amendment is a change of text (a quoted wording may say anything a unit can
 * say), and the importer is the one place that turns any order's text into the model; the tree is what the
 * round-trip guarantee is checked on.
 */
import { importText } from '../import/index.js';
import { formatPolishDate } from '../lexicon/dates.js';
import type { Order } from '../model/order.js';
import { renderDocument } from '../render/document.js';
import { applyAmendments } from './apply.js';
import { amend, citeOrder, readAmendments, type AmendResult } from './order.js';
import { orderTree, treeLines, type EUnit } from './tree.js';

/**
 * The day an order enters into force (ISO), or null when its date is not known (a draft). The registry's rule
 * (`electron/services/registry/status.ts`): `z dniem …` that date (never before signing); `po upływie N dni od dnia
 * podpisania` the signing date + N + 1 (the N days count from the day after signing, art. 111 § 2 Kodeksu
 * cywilnego, and the order enters into force the day after they lapse); otherwise the signing date.
 */
export function inForceFrom(o: Order): string | null {
  const d = o.meta.date;
  const e = o.entryIntoForce;
  if (e?.kind === 'date') return e.date && (!d || e.date > d) ? e.date : d;
  if (!d) return null;
  if (e?.kind === 'afterDays') {
    const t = new Date(`${d}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + e.days + 1);
    return t.toISOString().slice(0, 10);
  }
  return d;
}

/** One amending order that was not applied, and why (Polish lines naming its points). */
export interface Skipped {
  /** How the amending order is cited (`nr 12/2025 … z dnia …`). */
  order: string;
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

/**
 * Applies `amending` (in the order of their dates in force; drafts with no date last) to `base`.
 * In: the base order, amending orders (e.g. from `amend` or imported), optionally an ISO date: amending orders in
 * force after it (or with no date, when a date is given) are left out. Out: {@link Consolidated}. An amending order
 * citing another order's number, or with any change that cannot be applied, is skipped whole with its problems.
 * Never throws.
 */
export function consolidate(base: Order, amending: Order[], opts: { date?: string } = {}): Consolidated {
  let tree = orderTree(base);
  const applied: string[] = [];
  const skipped: Skipped[] = [];
  const dated = amending.map((o, i) => ({ o, i, from: inForceFrom(o) }));
  dated.sort((a, b) => (a.from ?? '9999') .localeCompare(b.from ?? '9999') || a.i - b.i);
  for (const { o, from } of dated) {
    const name = citeOrder(o.meta);
    if (opts.date && (!from || from > opts.date)) {
      skipped.push({ order: name, problems: [from ? `wchodzi w życie ${formatPolishDate(from)}, po dniu ${formatPolishDate(opts.date)}` : 'nie ma daty wejścia w życie'] });
      continue;
    }
    const r = readAmendments(o);
    if (!r) {
      skipped.push({ order: name, problems: ['to nie jest zarządzenie zmieniające (brak zdania „wprowadza się następujące zmiany”)'] });
      continue;
    }
    if (r.amendedNumber && base.meta.number && r.amendedNumber.replace(/[,.]$/, '') !== base.meta.number) {
      skipped.push({ order: name, problems: [`zmienia zarządzenie nr ${r.amendedNumber}, a nie nr ${base.meta.number}`] });
      continue;
    }
    if (!r.amendments.length && !r.problems.length) {
      skipped.push({ order: name, problems: ['nie odczytano z niego żadnej zmiany (po zdaniu „wprowadza się następujące zmiany” nie ma punktów ze zmianami)'] });
      continue;
    }
    if (r.problems.length) {
      skipped.push({ order: name, problems: r.problems });
      continue;
    }
    const res = applyAmendments(tree, r.amendments);
    if (!res.ok) {
      skipped.push({ order: name, problems: res.problems.map((p) => p.message) });
      continue;
    }
    tree = res.tree;
    applied.push(name);
  }
  const doc = renderDocument(base);
  const lines = [...doc.heading, '', doc.title, '', ...(doc.basis ? [doc.basis] : []), ...treeLines(tree), '', ...doc.signature];
  return { tree, text: `${lines.join('\n')}\n`, applied, skipped };
}

/**
 * The text in force as an order (the importer reading {@link Consolidated.text}); its `unplaced` and the
 * importer's warnings say what the model could not hold (e.g. units with letters it does not number).
 * Out: the order and warnings, or the importer's Polish error.
 */
export function consolidatedOrder(c: Consolidated): { ok: true; order: Order; warnings: string[] } | { ok: false; message: string } {
  const r = importText(c.text, 'txt');
  return r.ok ? { ok: true, order: r.order, warnings: r.warnings } : { ok: false, message: r.error.message };
}

/**
 * The amending order for an order already amended: `base` with its `earlier` amending orders applied gives the text
 * in force, and the amendment is written from that text to `newOrder`, its introductory sentence citing the earlier
 * amendments (`zmienionym zarządzeniem nr … z dnia …`) in the order of their dates. Out: the amending order with the
 * text in force it was written from, or, when an earlier amending order cannot be applied (or does not amend
 * `base`), the skipped ones with their problems (nothing written). Never throws.
 */
export function amendInForce(base: Order, earlier: Order[], newOrder: Order): { ok: true; amended: AmendResult; inForce: Consolidated } | { ok: false; skipped: Skipped[] } {
  const inForce = consolidate(base, earlier);
  if (inForce.skipped.length) return { ok: false, skipped: inForce.skipped };
  const cited = [...earlier].sort((a, b) => (inForceFrom(a) ?? '9999').localeCompare(inForceFrom(b) ?? '9999'))
    .map((o) => ({ number: o.meta.number ?? '……', date: o.meta.date, title: o.meta.title }));
  return { ok: true, amended: amend(base, newOrder, { earlier: cited, inForce: inForce.tree }), inForce };
}
