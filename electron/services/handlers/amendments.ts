/**
 * Handlers of amending orders (issue 17): the text in force of a registry order at two dates (`registry:textInForce`),
 * the measure of an amendment for a draft replacing an order and the amending order written from it as a new draft
 * linked to the amended order (`draft:amendPlan`, `draft:amend`: "amend instead of replace"), and, for an amending
 * draft, the amended order's text before and after it with the amending order's findings (`amend:view`: its print
 * preview and redline of the order as amended, and `amend:facts`: the registry's facts of the amended order for the
 * amending order's checks), and the day of publication of an order counting its entry into force from it
 * (`registry:setPublished`). Everything starts from the text in force today: the base order with its signed amending
 * orders in force by then applied (`electron/services/registry/text-in-force.ts`).
 */
import { z } from 'zod';
import { amendInForce, amendmentTarget, checkAmendingOrder, citeOrder, consolidate, consolidatedOrder, NEW_ORDER_THRESHOLD, type AmendedFacts, type Consolidated } from '../../../core/amend/index.js';
import { OrderSchema, type Order } from '../../../core/model/order.js';
import type { AmendPlanInfo, AmendedView, DraftDocument, RegistryEntry, TextInForce } from '../../contract/api.js';
import { orderWithAmendments, textInForce, todayIso, type Registry } from '../registry/index.js';
import { fail, failWith, ok } from './define.js';
import type { HandlerDeps } from './deps.js';
import { loadDraft, registryCall, toEntry } from './registry.js';
import { memorySettingsStore } from './settings.js';

const Id = z.number().int().positive();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'data w postaci RRRR-MM-DD');

/** The text in force as an order (`consolidatedOrder`: the base order's model wherever the amendments did not change it). */
function asOrder(c: Consolidated, base: Order): Order {
  const r = consolidatedOrder(c, base);
  return r.ok ? r.order : base;
}

/** The draft `id` and the order it replaces with that order's signed amending orders; a Polish error otherwise. */
async function replacedOf(reg: Registry, id: number) {
  const d = await reg.getOrder(id);
  if (!d.ok) return { ok: false as const, error: d.error };
  if (d.order.status !== 'draft' || d.order.replacesId === null) {
    return { ok: false as const, error: { code: 'notReplacing', message: 'Zarządzenie zmieniające pisze się z projektu, który zastępuje zarządzenie z rejestru; ten projekt żadnego nie zastępuje.' } };
  }
  const w = await orderWithAmendments(reg, d.order.replacesId);
  if (!w.ok) return { ok: false as const, error: w.error };
  const { ok: _ok, ...rest } = w;
  return { ok: true as const, ...rest };
}

/**
 * The amendment a draft replacing a registry order would be, written against the replaced order's text in force
 * today (`amendInForce`). In: the registry, the draft's id and its order. Out: the amendment (`amended`: the plan and
 * the amending order), or an error value: the draft replaces nothing (`notReplacing`), the registry's, or the text in
 * force cannot be told (`notApplicable`, with each skipped amending order and its problems, in Polish).
 */
async function amendmentOf(reg: Registry, id: number, order: Order) {
  const w = await replacedOf(reg, id);
  if (!w.ok) return w;
  const r = amendInForce(w.base, w.amending, amendmentTarget(w.base, order), { date: todayIso() });
  if (!r.ok) return { ok: false as const, error: { code: 'notApplicable', message: `Tekstu obowiązującego nie da się ustalić: ${r.skipped.map((s) => `${s.order}: ${s.problems.join('; ')}`).join(' ')}` } };
  return { ok: true as const, amended: r.amended };
}

/**
 * The order of the registry an amending order cites by `number`, with its text in force (its signed amending orders
 * applied, `consolidate`) and the registry's facts of it for the checks (`AmendedFacts`: `order` null when the
 * registry has no such order). Errors: the registry's (`invalidModel`…).
 */
async function amendedInForce(reg: Registry, number: string) {
  const found = await reg.findOrderByNumber(number);
  if (!found || found.status === 'draft') return { ok: true as const, facts: { number, order: null } satisfies AmendedFacts };
  const w = await orderWithAmendments(reg, found.id);
  if (!w.ok) return { ok: false as const, error: w.error };
  // the text in force today: amending orders not yet in force, or whose entry into force cannot be told, left out
  const today = todayIso();
  const inForce = consolidate(w.base, w.amending, { date: today });
  const applied = new Set(inForce.applied);
  const earlier = w.amending.filter((o) => applied.has(citeOrder(o.meta))).map((o) => ({ number: o.meta.number ?? '', date: o.meta.date, title: o.meta.title }));
  const facts: AmendedFacts = { number, order: { status: found.status, base: w.base, tree: inForce.tree, earlier } };
  return { ok: true as const, facts, w, inForce, today };
}

/** `registry:textInForce`, `draft:amendPlan`, `draft:amend`, `amend:view`, `amend:facts`. */
export function amendmentHandlers(deps: HandlerDeps) {
  const withRegistry = registryCall(deps);
  const settings = deps.settings ?? memorySettingsStore();
  /** The author recorded with a new draft: the name set by the user, else the system user's (as `registry.ts`). */
  const author = () => settings.get().authorName ?? deps.author;

  return {
    'registry:textInForce': withRegistry(z.object({ id: Id, from: IsoDate, to: IsoDate }).strict(), async (reg, { id, from, to }) => {
      const r = await textInForce(reg, id, from, to);
      if (!r.ok) return failWith<TextInForce>(r.error);
      return ok<TextInForce>({ order: toEntry(r.order), amendments: r.amendments.map(toEntry), from: r.from, to: r.to, changes: r.changes });
    }),

    // the day of publication of an order counting its entry into force from it (its status and text in force follow)
    'registry:setPublished': withRegistry(z.object({ id: Id, date: IsoDate.nullable() }).strict(), async (reg, { id, date }) => {
      const r = await reg.setPublicationDate(id, date, author());
      if (!r.ok) return failWith<{ entry: RegistryEntry; order: Order }>(r.error);
      const got = await reg.getOrder(id);
      if (!got.ok) return failWith<{ entry: RegistryEntry; order: Order }>(got.error);
      return ok({ entry: toEntry(got.order), order: got.order.order });
    }),

    'draft:amendPlan': withRegistry(z.object({ id: Id, order: OrderSchema }), async (reg, { id, order }) => {
      const r = await amendmentOf(reg, id, order);
      if (!r.ok) return failWith<AmendPlanInfo>(r.error);
      const p = r.amended.plan;
      return ok<AmendPlanInfo>({ changes: p.amendments.length, touched: p.touched, total: p.total, measure: p.measure, threshold: NEW_ORDER_THRESHOLD, proposeNewOrder: p.proposeNewOrder });
    }),

    'draft:amend': withRegistry(z.object({ id: Id, order: OrderSchema }), async (reg, { id, order }) => {
      const r = await amendmentOf(reg, id, order);
      if (!r.ok) return failWith<DraftDocument>(r.error);
      if (!r.amended.plan.amendments.length) return fail<DraftDocument>('noChange', 'Projekt nie różni się od tekstu obowiązującego: nie ma czego zmieniać.');
      const created = await reg.createDraft({ order: r.amended.order, author: author() });
      if (!created.ok) return failWith<DraftDocument>(created.error);
      return loadDraft(reg, created.draftId);
    }),

    'amend:view': withRegistry(z.object({ order: OrderSchema }), async (reg, { order }) => {
      const number = order.meta.amends?.number;
      if (!number) return fail<AmendedView>('notAmending', 'To nie jest zarządzenie zmieniające: nie cytuje numeru zmienianego zarządzenia.');
      const found = await amendedInForce(reg, number);
      if (!found.ok) return failWith<AmendedView>(found.error);
      if (!found.facts.order) return fail<AmendedView>('notFound', `Zmienianego zarządzenia nr ${number} nie ma w rejestrze; zaimportuj je, aby zobaczyć tekst po zmianach.`);
      // the text in force today (amending orders not yet in force, or whose entry into force cannot be told, left
      // out), and the same text with this amending draft applied
      const { w, inForce, today } = found;
      const findings = checkAmendingOrder(order, w!.base, inForce!.tree, found.facts.order.earlier).map(({ point, message }) => ({ point, message }));
      // an earlier amending order left out of the text in force for a reason other than its later date is reported
      for (const s of inForce!.skipped.filter((x) => x.reason !== 'notYetInForce')) findings.unshift({ point: 0, message: `Tekst obowiązujący zarządzenia nr ${number} pomija zarządzenie zmieniające ${s.order}: ${s.problems.join('; ')}.` });
      if (found.facts.order.status !== 'inForce') findings.unshift({ point: 0, message: `Zmieniane zarządzenie nr ${number} nie obowiązuje (${found.facts.order.status === 'repealed' ? 'uchylone' : 'jeszcze nie weszło w życie'}).` });
      const withThis = consolidate(w!.base, w!.amending, { date: today, pending: [order] });
      const applied = withThis.applied.length === inForce!.applied.length + 1;
      return ok<AmendedView>({ amended: toEntry(w!.summary), before: asOrder(inForce!, w!.base), after: applied ? asOrder(withThis, w!.base) : null, findings });
    }),

    'amend:facts': withRegistry(z.object({ number: z.string().min(1) }).strict(), async (reg, { number }) => {
      const found = await amendedInForce(reg, number);
      return found.ok ? ok<AmendedFacts>(found.facts) : failWith<AmendedFacts>(found.error);
    }),
  };
}
