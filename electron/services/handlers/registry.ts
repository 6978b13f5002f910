/**
 * Handlers of the `registry:*`, `draft:*` and `settings:*` calls over the registry service
 * (`electron/services/registry`): list, read, search and import orders; create (replacing an order, or from a
 * template), open, save, sign drafts; list, open, compare and restore their versions; the author recorded with
 * each version (the system user's name, or the one set in the settings).
 * Everything returned is plain data (summaries and models), never a database row or handle.
 */
import { z } from 'zod';
import { draftFromTemplate, draftReplacing } from '../../../core/draft/index.js';
import { OrderSchema } from '../../../core/model/order.js';
import { getOrderKind, listOrderKinds } from '../../../core/templates/index.js';
import { formatNumericDateTime } from '../../../core/lexicon/dates.js';
import { redlineHtml } from '../../../core/redline/index.js';
import type { ApiResult, AppSettings, DraftDocument, DraftSaved, DraftVersion, RegistryEntry, RegistryImport, VersionRedline } from '../../contract/api.js';
import { createFileAccess } from '../file-tokens.js';
import { importFileIntoRegistry, orderInForce, readCitations, todayIso, type OrderSummary, type Registry, type VersionInfo } from '../registry/index.js';
import { defineHandler, fail, failWith, firstLine, ok } from './define.js';
import type { HandlerDeps } from './deps.js';
import { fileOfToken } from './import.js';
import { importReportHandlers } from './import-report.js';
import { memorySettingsStore, normaliseAuthorName } from './settings.js';
import { afterCreate, editRefusal, signRefusal } from './draft-path.js';

const Id = z.number().int().positive();

/** Plain copy of a summary, with exactly the contract's fields. */
export function toEntry(s: OrderSummary): RegistryEntry {
  return {
    id: s.id, number: s.number, date: s.date, title: s.title, subject: s.subject, kind: s.kind, status: s.status,
    entryIntoForce: s.entryIntoForce, repealedOn: s.repealedOn, repealedBy: s.repealedBy, repeals: [...s.repeals],
    replacesId: s.replacesId, amends: s.amends, amendedBy: s.amendedBy.map((a) => ({ ...a })), updatedAt: s.updatedAt,
  };
}

/** Plain copy of a version, with exactly the contract's fields. */
function toVersion(v: VersionInfo): DraftVersion {
  return { id: v.id, n: v.n, savedAt: v.savedAt, author: v.author, note: v.note, name: v.name };
}

/** How a version is named in the comparison's caption: `wersja 3 „dla Dyrektora” (12.11.2026, 14:05, Anna Nowak)`. */
function versionCaption(v: VersionInfo): string {
  return `wersja ${v.n}${v.name ? ` „${v.name}”` : ''} (${formatNumericDateTime(v.savedAt)}, ${v.author})`;
}

/**
 * Two versions of one draft in document form (`draft:compareVersions`): the older (by number) is the old order.
 * Errors: `notFound`, `invalidModel` (a version), `sameVersion`, `otherDraft` (versions of two drafts).
 */
async function compareTwoVersions(reg: Registry, ids: [number, number]): Promise<ApiResult<VersionRedline>> {
  if (ids[0] === ids[1]) return fail<VersionRedline>('sameVersion', 'Wybierz dwie różne wersje do porównania.');
  const a = await reg.getVersion(ids[0]);
  if (!a.ok) return failWith<VersionRedline>(a.error);
  const b = await reg.getVersion(ids[1]);
  if (!b.ok) return failWith<VersionRedline>(b.error);
  if (a.version.draftId !== b.version.draftId) return fail<VersionRedline>('otherDraft', 'Porównać można tylko dwie wersje tego samego projektu.');
  const [from, to] = a.version.n < b.version.n ? [a, b] : [b, a];
  const title = `Zmiany od wersji ${from.version.n} do wersji ${to.version.n}`;
  const { html, stats } = redlineHtml(from.order, to.order, { title, caption: [`Porównanie: ${versionCaption(from.version)} → ${versionCaption(to.version)}`] });
  return ok<VersionRedline>({ from: toVersion(from.version), to: toVersion(to.version), html, stats: { changed: stats.changed, inserted: stats.inserted, deleted: stats.deleted, moved: stats.moved } });
}

/** Reads draft `id` with the order it replaces. Errors: `notFound`, `notDraft`, `invalidModel`. */
export async function loadDraft(reg: Registry, id: number): Promise<ApiResult<DraftDocument>> {
  const got = await reg.getOrder(id);
  if (!got.ok) return failWith<DraftDocument>(got.error);
  if (got.order.status !== 'draft') return fail<DraftDocument>('notDraft', `Zarządzenie ${got.order.number ?? id} nie jest projektem; otwórz je do odczytu albo utwórz projekt, który je zastąpi.`);
  let replacing: DraftDocument['replacing'] = null;
  if (got.order.replacesId !== null) {
    const old = await reg.getOrder(got.order.replacesId);
    // comparison and ledger run against the text in force: the order with its signed amending orders applied (issue 17)
    const inForce = old.ok ? await orderInForce(reg, old.order.id, todayIso()) : null;
    if (old.ok) replacing = { id: old.order.id, order: inForce?.ok ? inForce.order : old.order.order };
  }
  const newest = (await reg.listVersions(id)).at(-1);
  return ok<DraftDocument>({ id, order: got.order.order, replacing, savedAt: got.order.updatedAt, versionId: newest?.id ?? 0, versionSavedAt: newest?.savedAt ?? got.order.updatedAt });
}

/**
 * A handler over the open registry (opened through `deps.registry()`, its error returned as a value). A read that
 * fails for a reason the user can meet (a damaged page or a vanished disk of the SQLite file, a server that cannot
 * be reached: `offline`) gives the registry's one Polish sentence; anything else is a defect and becomes `internal`.
 */
export function registryCall(deps: HandlerDeps) {
  return <A, T>(schema: z.ZodType<A>, body: (reg: Registry, arg: A) => Promise<ApiResult<T>> | ApiResult<T>) =>
    defineHandler(schema, async (arg: A) => {
      const opened = await deps.registry();
      if (!opened.ok) return failWith<T>(opened.error);
      try {
        return await body(opened.registry, arg);
      } catch (e) {
        const failure = opened.registry.readFailure(e);
        if (failure) return failWith<T>(failure);
        throw e;
      }
    });
}

/** `registry:*` and `draft:*`. Each opens the registry through `deps.registry()` (its error comes back as a value). */
export function registryHandlers(deps: HandlerDeps) {
  const settings = deps.settings ?? memorySettingsStore();
  const files = deps.files ?? createFileAccess(null);
  /** The settings as the renderer sees them. */
  const appSettings = (): AppSettings => {
    const authorName = settings.get().authorName;
    return { authorName, systemUserName: deps.author, author: authorName ?? deps.author };
  };
  /** The author recorded with the next version: the name set by the user, else the system user's. */
  const author = () => appSettings().author;
  const withRegistry = registryCall(deps);

  return {
    ...importReportHandlers(withRegistry, files, author, toEntry),
    'registry:list': withRegistry(z.undefined(), async (reg) => ok((await reg.listOrders()).map(toEntry))),

    'registry:get': withRegistry(z.object({ id: Id }), async (reg, { id }) => {
      const r = await reg.getOrder(id);
      if (!r.ok) return failWith(r.error);
      const { order, source: _source, ...summary } = r.order;
      return ok({ entry: toEntry(summary), order });
    }),

    'registry:search': withRegistry(z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(500).optional() }), async (reg, { query, limit }) =>
      ok((await reg.searchTasks(query, { limit: limit ?? 50 })).map((h) => ({ ...h }))),
    ),

    'registry:import': withRegistry(z.object({ token: z.string().min(1).max(100).optional() }).strict(), async (reg, { token }) => {
      let chosen: string | null;
      if (token === undefined) chosen = await deps.dialogs.chooseOrderFile();
      else {
        const f = fileOfToken<RegistryImport | null>(files, token);
        if (!f.ok) return f.result;
        chosen = f.path;
      }
      if (chosen === null) return ok(null);
      const r = await importFileIntoRegistry(reg, chosen, deps.importFile);
      if (!r.ok) return failWith(r.error);
      await files.opened(chosen);
      return ok({ id: r.id, outcome: r.outcome, number: r.number, message: r.message, warnings: r.warnings });
    }),

    'draft:create': withRegistry(z.object({ replacingId: Id }), async (reg, { replacingId }) => {
      const old = await reg.getOrder(replacingId);
      if (!old.ok) return failWith<DraftDocument>(old.error);
      if (old.order.status === 'draft') return fail<DraftDocument>('notSigned', 'Projekt może zastąpić tylko podpisane zarządzenie, a nie inny projekt.');
      const { book } = await readCitations(reg);
      // the draft starts from the text in force (its amending orders applied), as the comparison does (issue 17)
      const inForce = await orderInForce(reg, replacingId, todayIso());
      const created = await reg.createDraft({ order: draftReplacing(inForce.ok ? inForce.order : old.order.order, { citations: book }), author: author(), replacesId: replacingId });
      if (!created.ok) return failWith<DraftDocument>(created.error);
      await afterCreate(reg, author(), created.draftId);
      return loadDraft(reg, created.draftId);
    }),

    'draft:open': withRegistry(z.object({ id: Id }), async (reg, { id }) => loadDraft(reg, id)),

    'draft:save': withRegistry(z.object({ id: Id, order: OrderSchema, baseVersionId: Id.optional(), baseSavedAt: z.string().max(40).optional(), sitting: z.string().min(1).max(64).optional(), name: z.string().max(1000).optional() }), async (reg, { id, order, baseVersionId, baseSavedAt, sitting, name }) => {
      const refused = await editRefusal<DraftSaved>(reg, author(), id);
      if (refused) return refused;
      const r = await reg.saveDraftVersion(id, order, author(), null, baseVersionId ?? null, { sitting, name, baseSavedAt });
      if (!r.ok) return failWith(r.error);
      return ok({ versionId: r.versionId, savedAt: r.savedAt, unchanged: r.unchanged });
    }),

    'draft:audit': withRegistry(z.object({ id: Id }), async (reg, { id }) => ok((await reg.listAudit(id)).map((e) => ({ ...e })))),

    'draft:versions': withRegistry(z.object({ id: Id }), async (reg, { id }) =>
      ok((await reg.listVersions(id)).map(toVersion)),
    ),

    'draft:version': withRegistry(z.object({ versionId: Id }), async (reg, { versionId }) => {
      const r = await reg.getVersion(versionId);
      if (!r.ok) return failWith(r.error);
      return ok({ version: toVersion(r.version), draftId: r.version.draftId, order: r.order });
    }),

    'draft:compareVersion': withRegistry(z.object({ versionId: Id }), async (reg, { versionId }) => {
      const r = await reg.compareVersionWithCurrent(versionId);
      if (!r.ok) return failWith(r.error);
      return ok({ version: toVersion(r.version), comparison: r.comparison });
    }),

    'draft:compareVersions': withRegistry(z.object({ versionIds: z.tuple([Id, Id]) }), async (reg, { versionIds }) => compareTwoVersions(reg, versionIds)),

    'draft:templates': defineHandler(z.undefined(), () =>
      ok(listOrderKinds().map((k) => ({ name: k.name, description: k.description, modelOrder: k.modelOrder || null }))),
    ),

    'draft:fromTemplate': withRegistry(z.object({ template: z.string().min(1).max(60), subject: z.string().max(200) }), async (reg, { template, subject }) => {
      const made = draftFromTemplate(template, subject, { citations: (await readCitations(reg)).book });
      if (!made.ok) return fail<DraftDocument>(getOrderKind(template) ? 'invalidSubject' : 'unknownTemplate', made.message);
      const created = await reg.createDraft({ order: made.order, author: author() });
      if (!created.ok) return failWith<DraftDocument>(created.error);
      await afterCreate(reg, author(), created.draftId);
      return loadDraft(reg, created.draftId);
    }),

    'draft:restore': withRegistry(z.object({ versionId: Id }), async (reg, { versionId }) => {
      const v = await reg.getVersion(versionId);
      const refused = v.ok ? await editRefusal<DraftDocument>(reg, author(), v.version.draftId) : null;
      if (refused) return refused;
      const r = await reg.restoreVersion(versionId, author());
      if (!r.ok) return failWith<DraftDocument>(r.error);
      return loadDraft(reg, r.draftId);
    }),

    'draft:sign': withRegistry(z.object({ id: Id, number: z.string().min(1).max(20), date: z.string().min(1).max(10) }), async (reg, { id, number, date }) => {
      const refused = await signRefusal<RegistryEntry>(reg, author());
      if (refused) return refused;
      const r = await reg.signDraft(id, { number, date, author: author() });
      if (!r.ok) return failWith(r.error);
      return ok(toEntry(r.order));
    }),

    'settings:get': defineHandler(z.undefined(), () => ok(appSettings())),

    'settings:setAuthor': defineHandler(z.object({ name: z.string().max(1000).nullable() }), async ({ name }) => {
      const n = normaliseAuthorName(name);
      if (!n.ok) return fail<AppSettings>('invalidAuthor', n.message);
      try {
        await settings.set({ ...settings.get(), authorName: n.name });
      } catch (e) {
        return fail<AppSettings>('write', `Nie udało się zapisać ustawień (${firstLine(e)}); autor zmian pozostaje bez zmian.`);
      }
      return ok(appSettings());
    }),
  };
}
