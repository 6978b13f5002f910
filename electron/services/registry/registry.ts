/**
 * The registry of orders (rejestr zarządzeń): signed orders with their source files, drafts with their versions,
 * derived status and search. Synchronous (better-sqlite3), plain data in and out, every write in one
 * `db.transaction(...)` that rolls back on a throw; errors the user can cause come back as values with Polish
 * messages. The open/close and the sample registry are in `open.ts`, imports by path in `import.ts`.
 */
import { createHash } from 'node:crypto';
import { OrderSchema, type Order } from '../../../core/model/index.js';
import type Database from 'better-sqlite3';
import { deriveStatuses, entryIntoForceDate, isIsoDate, subjectKey, todayIso, type DerivedStatus, type RepealLink, type StatusRow } from './status.js';
import { foldForSearch, matchQuery, taskRowsOf } from './search.js';
import { compareOrders, type Comparison } from '../../../core/compare/index.js';
import { refuseWrite, writeFailure, type PendingEdit } from './faults.js';
import type { ModelProblem, OrderSummary, Registry, RegistryError, RegistryOrder, Result, SearchHit, VersionInfo } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// internals

function stmt(reg: Registry, sql: string): Database.Statement {
  let s = reg.statements.get(sql);
  if (!s) {
    s = reg.db.prepare(sql);
    reg.statements.set(sql, s);
  }
  return s;
}

function nowIso(): string {
  return new Date().toISOString();
}

function err(code: RegistryError['code'], message: string): { ok: false; error: RegistryError } {
  return { ok: false, error: { code, message } };
}

/**
 * Runs `fn` in one transaction, after checking that the registry file is still the one opened and writable
 * (`faults.ts`: deleted, replaced, read-only → refused). A SQLite failure becomes a Polish error value (the
 * transaction rolled back). `edit`: the draft save being written, kept in a recovery file when refused.
 */
function write<T>(reg: Registry, what: string, fn: () => Result<T>, edit?: PendingEdit): Result<T> {
  const refused = refuseWrite(reg, what, edit);
  if (refused) return refused;
  try {
    return reg.db.transaction(() => {
      const r = fn();
      if (!r.ok) throw new RollbackWith(r);
      return r;
    })();
  } catch (e) {
    if (e instanceof RollbackWith) return e.result as Result<T>;
    return writeFailure(reg, e, what, edit);
  } finally {
    reg.fileGuard?.afterWrite(reg.db);
  }
}

/** Thrown inside a transaction to roll it back and return `result`. */
class RollbackWith extends Error {
  constructor(readonly result: { ok: false; error: RegistryError }) {
    super(result.error.message);
  }
}

/** Parses and validates a stored model. Never throws. */
export function parseStoredModel(json: string, label: string): { ok: true; order: Order } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: `Zapis ${label} w rejestrze nie jest poprawnym JSON.` };
  }
  const r = OrderSchema.safeParse(data);
  if (r.success) return { ok: true, order: r.data };
  const issue = r.error.issues[0];
  return { ok: false, message: `Zapis ${label} w rejestrze jest niezgodny z modelem zarządzenia (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'schemat'}).` };
}

function validateModel(order: unknown): { ok: true; order: Order } | { ok: false; error: RegistryError } {
  const r = OrderSchema.safeParse(order);
  if (r.success) return { ok: true, order: r.data };
  const issue = r.error.issues[0];
  return err('invalidModel', `Zarządzenie jest niezgodne z modelem (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'schemat'}); nic nie zapisano.`);
}

interface OrderRow {
  id: number;
  state: 'draft' | 'signed';
  kind: 'organizational' | 'general';
  number: string | null;
  date: string | null;
  title: string;
  subject: string | null;
  subject_key: string | null;
  entry_into_force: string | null;
  repealed_recorded: number;
  repealed_on: string | null;
  replaces_order_id: number | null;
  updated_at: string;
}

const ROW_COLUMNS = 'id, state, kind, number, date, title, subject, subject_key, entry_into_force, repealed_recorded, repealed_on, replaces_order_id, updated_at';

function statusRow(r: OrderRow): StatusRow {
  return {
    id: r.id,
    state: r.state,
    kind: r.kind,
    number: r.number,
    date: r.date,
    subjectKey: r.subject_key,
    entryIntoForce: r.entry_into_force,
    repealedRecorded: r.repealed_recorded === 1,
    repealedOn: r.repealed_on,
  };
}

/** All rows, repeal links and derived statuses on `today`. */
function snapshot(reg: Registry, today: string): { rows: OrderRow[]; statuses: Map<number, DerivedStatus>; repealsOf: Map<number, string[]> } {
  const rows = stmt(reg, `SELECT ${ROW_COLUMNS} FROM registry_order ORDER BY id`).all() as OrderRow[];
  const links = (stmt(reg, 'SELECT order_id AS orderId, repealed_number AS repealedNumber FROM order_repeal').all() as RepealLink[]);
  const repealsOf = new Map<number, string[]>();
  for (const l of links) repealsOf.set(l.orderId, [...(repealsOf.get(l.orderId) ?? []), l.repealedNumber]);
  return { rows, statuses: deriveStatuses(rows.map(statusRow), links, today), repealsOf };
}

function summary(r: OrderRow, s: DerivedStatus | undefined, repeals: string[]): OrderSummary {
  return {
    id: r.id,
    number: r.number,
    date: r.date,
    title: r.title,
    subject: r.subject,
    kind: r.kind,
    status: s?.status ?? 'draft',
    entryIntoForce: r.entry_into_force,
    repealedOn: s?.repealedOn ?? null,
    repealedBy: s?.repealedBy ?? null,
    repeals,
    replacesId: r.replaces_order_id,
    updatedAt: r.updated_at,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Replaces the search rows of order `id` with the tasks of `order`. */
function indexTasks(reg: Registry, id: number, order: Order | null): void {
  stmt(reg, 'DELETE FROM task_fts WHERE order_id = ?').run(id);
  if (!order) return;
  const ins = stmt(reg, 'INSERT INTO task_fts (text, order_id, unit, symbol, location, original) VALUES (?, ?, ?, ?, ?, ?)');
  for (const t of taskRowsOf(order)) ins.run(foldForSearch(t.text), id, t.unit, t.symbol, t.where, t.text);
}

function setRepeals(reg: Registry, id: number, order: Order): void {
  stmt(reg, 'DELETE FROM order_repeal WHERE order_id = ?').run(id);
  const ins = stmt(reg, 'INSERT OR IGNORE INTO order_repeal (order_id, repealed_number, repealed_date) VALUES (?, ?, ?)');
  for (const r of order.repeals) if (r.number.trim()) ins.run(id, r.number.trim(), r.date);
}

function insertVersion(reg: Registry, draftId: number, json: string, author: string, note: string | null, at: string): number {
  return Number(stmt(reg, 'INSERT INTO draft_version (order_id, saved_at, author, note, model) VALUES (?, ?, ?, ?, ?)').run(draftId, at, author, note, json).lastInsertRowid);
}

// ---------------------------------------------------------------------------------------------------------------
// reading

/**
 * Every order of the registry, drafts included, oldest first, with the status derived on `today`
 * (ISO date, default: today in local time). Never throws for stored data; the models are not parsed.
 */
export function listOrders(reg: Registry, options: { today?: string } = {}): OrderSummary[] {
  const { rows, statuses, repealsOf } = snapshot(reg, options.today ?? todayIso());
  return rows.map((r) => summary(r, statuses.get(r.id), repealsOf.get(r.id) ?? []));
}

/**
 * The orders in force on `today` (default today), one per department for organisational orders (a later one
 * supersedes an earlier one, see `status.ts`), plus general orders in force; sorted by subject, general last.
 */
export function ordersInForce(reg: Registry, options: { today?: string } = {}): OrderSummary[] {
  return listOrders(reg, options)
    .filter((o) => o.status === 'inForce')
    .sort((a, b) => (a.subject === null ? 1 : 0) - (b.subject === null ? 1 : 0) || (a.subject ?? a.title).localeCompare(b.subject ?? b.title, 'pl'));
}

/** The summary of the order numbered `number` (`2006/2020`), or null when the registry has none. */
export function findOrderByNumber(reg: Registry, number: string, options: { today?: string } = {}): OrderSummary | null {
  return listOrders(reg, options).find((o) => o.number === number.trim()) ?? null;
}

/**
 * One order with its model. Out: `{ ok: true, order }`; `notFound` for an unknown id; `invalidModel` (Polish
 * message) when the stored model fails `OrderSchema` — reported, not thrown. The model's `meta.status`,
 * `meta.number` and `meta.date` are set from the registry.
 */
export function getOrder(reg: Registry, id: number, options: { today?: string } = {}): Result<{ order: RegistryOrder }> {
  const { rows, statuses, repealsOf } = snapshot(reg, options.today ?? todayIso());
  const row = rows.find((r) => r.id === id);
  if (!row) return err('notFound', `Nie ma w rejestrze zarządzenia o identyfikatorze ${id}.`);
  const extra = stmt(reg, `SELECT o.model, s.file_name AS fileName, s.sha256, length(s.bytes) AS size, s.imported_at AS importedAt
    FROM registry_order o LEFT JOIN source_file s ON s.id = o.source_file_id WHERE o.id = ?`).get(id) as
    { model: string; fileName: string | null; sha256: string | null; size: number | null; importedAt: string | null };
  const parsed = parseStoredModel(extra.model, row.number ? `zarządzenia nr ${row.number}` : `projektu ${id}`);
  if (!parsed.ok) return err('invalidModel', parsed.message);
  const s = summary(row, statuses.get(id), repealsOf.get(id) ?? []);
  const order: Order = { ...parsed.order, meta: { ...parsed.order.meta, status: s.status, number: row.number, date: row.date } };
  const source = extra.fileName !== null ? { fileName: extra.fileName, sha256: extra.sha256!, size: extra.size!, importedAt: extra.importedAt! } : null;
  return { ok: true, order: { ...s, order, source } };
}

/** The bytes of the file order `id` was imported from, or null when it has none (or the id is unknown). */
export function getSourceFile(reg: Registry, id: number): { fileName: string; sha256: string; bytes: Uint8Array } | null {
  const r = stmt(reg, 'SELECT s.file_name AS fileName, s.sha256, s.bytes FROM registry_order o JOIN source_file s ON s.id = o.source_file_id WHERE o.id = ?').get(id) as
    { fileName: string; sha256: string; bytes: Buffer } | undefined;
  return r ? { fileName: r.fileName, sha256: r.sha256, bytes: new Uint8Array(r.bytes) } : null;
}

/**
 * Validates every stored model (current models and all draft versions) against `OrderSchema`.
 * Out: the ones that fail, with a Polish message each; empty when all are sound. Never throws.
 */
export function checkModels(reg: Registry): ModelProblem[] {
  const out: ModelProblem[] = [];
  for (const r of stmt(reg, 'SELECT id, number, model FROM registry_order').iterate() as Iterable<{ id: number; number: string | null; model: string }>) {
    const p = parseStoredModel(r.model, r.number ? `zarządzenia nr ${r.number}` : `projektu ${r.id}`);
    if (!p.ok) out.push({ where: 'order', id: r.id, number: r.number, message: p.message });
  }
  for (const v of stmt(reg, 'SELECT v.id, o.number, v.model FROM draft_version v JOIN registry_order o ON o.id = v.order_id').iterate() as Iterable<{ id: number; number: string | null; model: string }>) {
    const p = parseStoredModel(v.model, `wersji ${v.id} projektu`);
    if (!p.ok) out.push({ where: 'version', id: v.id, number: v.number, message: p.message });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// adding orders

/** What {@link addOrder} did. `sameFile`/`sameNumber`: nothing was added, `id` is the order already there. */
export type AddOutcome = 'added' | 'sameFile' | 'sameNumber';

/** Result of {@link addOrder} and of importing a file. */
export type AddOrderResult = Result<{ id: number; outcome: AddOutcome; number: string | null; message: string; warnings: string[] }>;

/** Input of {@link addOrder}. */
export interface AddOrderInput {
  order: Order;
  /** The file the order was read from, kept byte for byte. */
  source?: { fileName: string; bytes: Uint8Array };
  /** Recorded as repealed history (e.g. a superseded order of the sample registry). */
  repealedHistory?: boolean;
  /** Author of the first version when the order is a draft (no number/date). Default `Import`. */
  author?: string;
  /** Importer warnings to pass on in the result. */
  warnings?: string[];
}

/**
 * Adds an order read from a file (or built otherwise). An order with a number and a date is added as signed
 * (its status then derived); one without is added as a draft with its first version. The same file (same
 * sha256) or the same number already in the registry is recognised: nothing is added and `outcome` says which
 * (`sameFile`, `sameNumber`) with a Polish message. Errors: `invalidModel`, write errors (`diskFull` …).
 */
export function addOrder(reg: Registry, input: AddOrderInput): AddOrderResult {
  const v = validateModel(input.order);
  if (!v.ok) return v;
  const order = v.order;
  const warnings = input.warnings ?? [];
  const hash = input.source ? sha256(input.source.bytes) : null;
  return write(reg, 'zarządzenia', () => {
    if (hash) {
      const same = findBySourceBytes(reg, input.source!.bytes);
      if (same) return sameFileResult(same, warnings);
    }
    const number = order.meta.number?.trim() || null;
    const date = order.meta.date;
    const signed = !!(number && date);
    if (number) {
      const same = stmt(reg, 'SELECT id FROM registry_order WHERE number = ?').get(number) as { id: number } | undefined;
      if (same) return { ok: true, id: same.id, outcome: 'sameNumber', number, warnings, message: `Zarządzenie nr ${number} jest już w rejestrze (z innego pliku); nie dodano go ponownie.` };
    }
    if (signed && !isIsoDate(date!)) return err('invalidDate', `Data zarządzenia nr ${number} „${date}” nie jest poprawną datą.`);
    const at = nowIso();
    let sourceId: number | null = null;
    if (input.source && hash) {
      sourceId = Number(stmt(reg, 'INSERT INTO source_file (sha256, file_name, bytes, imported_at) VALUES (?, ?, ?, ?)').run(hash, input.source.fileName, Buffer.from(input.source.bytes), at).lastInsertRowid);
    }
    const stored: Order = signed ? order : { ...order, meta: { ...order.meta, number: null, date: null, status: 'draft' } };
    const json = JSON.stringify(stored);
    const id = Number(stmt(reg, `INSERT INTO registry_order (state, kind, number, date, title, subject, subject_key, entry_into_force, repealed_recorded, model, source_file_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      signed ? 'signed' : 'draft', order.meta.kind, signed ? number : null, signed ? date : null, order.meta.title, order.meta.subject, subjectKey(order.meta.subject),
      signed ? entryIntoForceDate(order.entryIntoForce, date!) : null, input.repealedHistory ? 1 : 0, json, sourceId, at, at,
    ).lastInsertRowid);
    if (signed) {
      setRepeals(reg, id, order);
      indexTasks(reg, id, order);
    } else {
      insertVersion(reg, id, json, input.author ?? 'Import', 'Zaimportowano z pliku', at);
    }
    const label = signed ? `zarządzenie nr ${number}` : `projekt ${id}`;
    return { ok: true, id, outcome: 'added', number: signed ? number : null, warnings, message: `Dodano do rejestru ${label}.` };
  });
}

/** The order whose source file has these bytes (same sha256), or null. */
export function findBySourceBytes(reg: Registry, bytes: Uint8Array): { id: number; number: string | null; fileName: string } | null {
  const r = stmt(reg, 'SELECT o.id, o.number, s.file_name AS fileName FROM source_file s JOIN registry_order o ON o.source_file_id = s.id WHERE s.sha256 = ?').get(sha256(bytes));
  return (r as { id: number; number: string | null; fileName: string } | undefined) ?? null;
}

/** The result reporting that a file is already in the registry as order `same` (nothing added). */
export function sameFileResult(same: { id: number; number: string | null; fileName: string }, warnings: string[] = []): AddOrderResult {
  const what = same.number ? `zarządzenie nr ${same.number}` : `projekt ${same.id}`;
  return { ok: true, id: same.id, outcome: 'sameFile', number: same.number, warnings, message: `Ten plik jest już w rejestrze (${what}, zaimportowany jako „${same.fileName}”); nie dodano go ponownie.` };
}

// ---------------------------------------------------------------------------------------------------------------
// drafts and versions

/** Result of a save: the version written (or, when nothing changed since the last save, the last one). */
export type SaveResult = Result<{ draftId: number; versionId: number; savedAt: string; unchanged: boolean }>;

/**
 * Creates a draft from `order` (its number and date are cleared) with its first version by `author`.
 * `replacesId`: the order the draft is to replace (drafting a replacement). Errors: `invalidModel`,
 * `notFound` (unknown `replacesId`), write errors.
 */
export function createDraft(reg: Registry, input: { order: Order; author: string; replacesId?: number | null }): SaveResult {
  const v = validateModel(input.order);
  if (!v.ok) return v;
  const order: Order = { ...v.order, meta: { ...v.order.meta, number: null, date: null, status: 'draft' } };
  return write(reg, 'projektu', () => {
    if (input.replacesId != null && !stmt(reg, 'SELECT 1 FROM registry_order WHERE id = ?').get(input.replacesId)) {
      return err('notFound', `Nie ma w rejestrze zarządzenia o identyfikatorze ${input.replacesId}, które projekt miałby zastąpić.`);
    }
    const at = nowIso();
    const json = JSON.stringify(order);
    const id = Number(stmt(reg, `INSERT INTO registry_order (state, kind, title, subject, subject_key, model, replaces_order_id, created_at, updated_at)
      VALUES ('draft', ?, ?, ?, ?, ?, ?, ?, ?)`).run(order.meta.kind, order.meta.title, order.meta.subject, subjectKey(order.meta.subject), json, input.replacesId ?? null, at, at).lastInsertRowid);
    const versionId = insertVersion(reg, id, json, input.author, null, at);
    return { ok: true, draftId: id, versionId, savedAt: at, unchanged: false };
  });
}

/**
 * Saves the current state of draft `draftId` as a new version by `author` (autosave and save on close both
 * call this). Atomic: the version and the draft's current model are written in one transaction, so a failed save
 * (disk full, a constraint, the file locked) leaves the previous version intact and comes back as an error value
 * with a Polish message. When `order` equals the current model nothing is written and the last version is
 * returned with `unchanged: true`. Errors: `invalidModel`, `notFound`, `notDraft` (already signed), write errors.
 */
export function saveDraftVersion(reg: Registry, draftId: number, order: Order, author: string, note: string | null = null): SaveResult {
  const v = validateModel(order);
  if (!v.ok) return v;
  if (!author.trim()) return err('constraint', 'Nie zapisano wersji projektu: brak nazwiska autora zmian.');
  const json = JSON.stringify({ ...v.order, meta: { ...v.order.meta, number: null, date: null, status: 'draft' } });
  return write(reg, 'wersji projektu', () => {
    const cur = stmt(reg, 'SELECT state, model FROM registry_order WHERE id = ?').get(draftId) as { state: string; model: string } | undefined;
    if (!cur) return err('notFound', `Nie ma w rejestrze projektu o identyfikatorze ${draftId}.`);
    if (cur.state !== 'draft') return err('notDraft', `Zarządzenie ${draftId} jest już podpisane; jego treści nie można zmieniać.`);
    if (cur.model === json) {
      const last = stmt(reg, 'SELECT id, saved_at AS savedAt FROM draft_version WHERE order_id = ? ORDER BY id DESC LIMIT 1').get(draftId) as { id: number; savedAt: string } | undefined;
      if (last) return { ok: true, draftId, versionId: last.id, savedAt: last.savedAt, unchanged: true };
    }
    const at = nowIso();
    const versionId = insertVersion(reg, draftId, json, author.trim(), note, at);
    stmt(reg, 'UPDATE registry_order SET model = ?, title = ?, subject = ?, subject_key = ?, kind = ?, updated_at = ? WHERE id = ?')
      .run(json, order.meta.title, order.meta.subject, subjectKey(order.meta.subject), order.meta.kind, at, draftId);
    return { ok: true, draftId, versionId, savedAt: at, unchanged: false };
  }, { draftId, order: v.order, author: author.trim() });
}

const VERSION_COLUMNS = `v.id, v.order_id AS draftId, (SELECT count(*) FROM draft_version w WHERE w.order_id = v.order_id AND w.id <= v.id) AS n,
  v.saved_at AS savedAt, v.author, v.note, length(CAST(v.model AS BLOB)) AS size`;

/** The versions of draft `draftId`, oldest first (`n` = 1, 2 …). Empty for an unknown id or a draft-less order. */
export function listVersions(reg: Registry, draftId: number): VersionInfo[] {
  return stmt(reg, `SELECT ${VERSION_COLUMNS} FROM draft_version v WHERE v.order_id = ? ORDER BY v.id`).all(draftId) as VersionInfo[];
}

/**
 * One version with its model. Errors: `notFound`; `invalidModel` when the stored model fails `OrderSchema`
 * (reported, not thrown).
 */
export function getVersion(reg: Registry, versionId: number): Result<{ version: VersionInfo; order: Order }> {
  const r = stmt(reg, `SELECT ${VERSION_COLUMNS}, v.model FROM draft_version v WHERE v.id = ?`).get(versionId) as (VersionInfo & { model: string }) | undefined;
  if (!r) return err('notFound', `Nie ma wersji projektu o identyfikatorze ${versionId}.`);
  const { model, ...version } = r;
  const p = parseStoredModel(model, `wersji ${version.n} projektu ${version.draftId}`);
  if (!p.ok) return err('invalidModel', p.message);
  return { ok: true, version, order: p.order };
}

/**
 * Restores version `versionId`: its content becomes the draft's current state, saved as a new version by
 * `author` with the note `Przywrócono wersję N` (no version is ever overwritten). Errors as {@link saveDraftVersion}.
 */
export function restoreVersion(reg: Registry, versionId: number, author: string): SaveResult {
  const v = getVersion(reg, versionId);
  if (!v.ok) return v;
  return saveDraftVersion(reg, v.version.draftId, v.order, author, `Przywrócono wersję ${v.version.n} z ${v.version.savedAt}`);
}

/**
 * The two orders to compare: version `versionId` and the current state of its draft. The comparison itself
 * (`core/compare`, issue 4) is applied by the caller. Errors: `notFound`, `invalidModel`.
 */
export function versionAndCurrent(reg: Registry, versionId: number): Result<{ version: VersionInfo; versionOrder: Order; current: Order }> {
  const v = getVersion(reg, versionId);
  if (!v.ok) return v;
  const cur = getOrder(reg, v.version.draftId);
  if (!cur.ok) return cur;
  return { ok: true, version: v.version, versionOrder: v.order, current: cur.order.order };
}

/**
 * Version `versionId` compared with the current state of its draft (the comparison of `core/compare`, issue 4):
 * which units and tasks changed since that version. Errors as {@link versionAndCurrent}.
 */
export function compareVersionWithCurrent(reg: Registry, versionId: number): Result<{ version: VersionInfo; comparison: Comparison }> {
  const r = versionAndCurrent(reg, versionId);
  if (!r.ok) return r;
  return { ok: true, version: r.version, comparison: compareOrders(r.versionOrder, r.current) };
}

/** Input of {@link signDraft}: the number and date the Prezydent signed under. */
export interface SignInput {
  /** `N/YYYY`, the year being the year of `date`. */
  number: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Who records the signing (the final version's author). */
  author: string;
}

/**
 * Records that draft `draftId` was signed: it gets its number and date and becomes `signed` (then `inForce`
 * from its entry into force, computed from its clause); the orders it repeals (`order.repeals` numbers)
 * become `repealed` from that date. The final content is kept as a last version. Errors: `invalidNumber`
 * (not `N/YYYY`, or the year differs from the date's), `invalidDate`, `numberExists`, `notFound`, `notDraft`,
 * `invalidModel`, write errors.
 */
export function signDraft(reg: Registry, draftId: number, input: SignInput): Result<{ order: OrderSummary }> {
  const number = input.number.trim();
  const m = /^(\d+)\/(\d{4})$/.exec(number);
  if (!m || Number(m[1]) < 1) return err('invalidNumber', `Numer zarządzenia „${input.number}” ma niepoprawną postać; oczekiwano np. 1234/2025.`);
  if (!isIsoDate(input.date)) return err('invalidDate', `Data „${input.date}” nie jest poprawną datą w postaci RRRR-MM-DD.`);
  if (m[2] !== input.date.slice(0, 4)) return err('invalidNumber', `Rok w numerze ${number} nie zgadza się z rokiem daty podpisania ${input.date}.`);
  const res = write<{ order: OrderSummary | null }>(reg, 'podpisania projektu', () => {
    const cur = stmt(reg, 'SELECT state, model FROM registry_order WHERE id = ?').get(draftId) as { state: string; model: string } | undefined;
    if (!cur) return err('notFound', `Nie ma w rejestrze projektu o identyfikatorze ${draftId}.`);
    if (cur.state !== 'draft') return err('notDraft', `Zarządzenie ${draftId} jest już podpisane.`);
    const other = stmt(reg, 'SELECT id FROM registry_order WHERE number = ?').get(number) as { id: number } | undefined;
    if (other) return err('numberExists', `Numer ${number} ma już inne zarządzenie w rejestrze.`);
    const p = parseStoredModel(cur.model, `projektu ${draftId}`);
    if (!p.ok) return err('invalidModel', p.message);
    const order: Order = { ...p.order, meta: { ...p.order.meta, number, date: input.date, status: 'signed' } };
    const json = JSON.stringify(order);
    const at = nowIso();
    insertVersion(reg, draftId, cur.model, input.author.trim() || 'Rejestr', `Podpisano jako zarządzenie nr ${number} z dnia ${input.date}`, at);
    stmt(reg, `UPDATE registry_order SET state = 'signed', number = ?, date = ?, entry_into_force = ?, model = ?, updated_at = ? WHERE id = ?`)
      .run(number, input.date, entryIntoForceDate(order.entryIntoForce, input.date), json, at, draftId);
    setRepeals(reg, draftId, order);
    indexTasks(reg, draftId, order);
    return { ok: true, order: null };
  });
  if (!res.ok) return res;
  return { ok: true, order: listOrders(reg).find((o) => o.id === draftId)! };
}

// ---------------------------------------------------------------------------------------------------------------
// search

/**
 * Full-text search over the tasks of every order in force on `today` (default today): which unit of which
 * department handles what the user typed. Polish text, diacritics-insensitive, every word required, words
 * matched as prefixes; best matches first (FTS5 bm25), at most `limit` (default 50). Empty for an empty query.
 */
export function searchTasks(reg: Registry, text: string, options: { limit?: number; today?: string } = {}): SearchHit[] {
  const q = matchQuery(text);
  if (!q) return [];
  const { statuses } = snapshot(reg, options.today ?? todayIso());
  const inForce = [...statuses].filter(([, s]) => s.status === 'inForce').map(([id]) => id);
  if (!inForce.length) return [];
  return stmt(reg, `SELECT o.number, o.subject, f.unit, f.symbol, f.location AS "where", f.original AS text
    FROM task_fts f JOIN registry_order o ON o.id = f.order_id
    WHERE task_fts MATCH ? AND f.order_id IN (SELECT value FROM json_each(?))
    ORDER BY f.rank LIMIT ?`).all(q, JSON.stringify(inForce), options.limit ?? 50) as SearchHit[];
}
