/**
 * The registry of orders (rejestr zarządzeń) over either engine: signed orders with their source files, drafts with
 * their versions, derived status, search, signing and the settings the office shares. One implementation of the
 * {@link Registry} interface, written once in the SQL both engines accept and run through a {@link SqlClient};
 * what differs between SQLite and PostgreSQL is in `engines.ts`. Plain data in and out; every write in one
 * transaction that rolls back on a throw; errors the user can cause come back as values with Polish messages.
 * Opening (migrations, the sample registry) is in `open.ts`, imports by path in `import.ts`.
 */
import { createHash } from 'node:crypto';
import { compareOrders, type Comparison } from '../../../core/compare/index.js';
import { countsFromPublication } from '../../../core/amend/publication.js';
import { OrderSchema, readStoredOrder, type Order } from '../../../core/model/index.js';
import type { Db } from '../db/database.js';
import { backupDatabase, checkIntegrity, type IntegrityResult } from '../db/database.js';
import { defaultFaultLogPath } from '../db/fault-log.js';
import { isConnectionError, type SqlClient, type SqlQueryable } from '../db/sql.js';
import { SqliteClient } from '../db/sqlite-client.js';
import { learnCitations } from './citations.js';
import type { EngineParts } from './engines.js';
import { isSqliteError, readFailure, refuseWrite, writeFailure, type PendingEdit, type SqliteFaultContext } from './faults.js';
import { forgetKeptEdit, keepRefusedEdit } from './kept-edits.js';
import { CHANGE_CHANNEL, localChangeFeed, pgChangeFeed, type ChangeFeed, type ChangeListener } from './changes.js';
import { PgClient } from '../db/postgres-client.js';
import { DraftPathStore } from './draft-path.js';
import type { AddOrderInput, AddOrderResult, DayOptions, ModelRevision, Registry, RegistryInfo, SaveOptions, SaveResult, SignInput, SourceMatch } from './repository.js';
import { taskRowsOf } from './search.js';
import { deriveStatuses, entryIntoForceColumn, entryIntoForceFromColumn, signedEntryIntoForce, isIsoDate, subjectKey, todayIso, type DerivedStatus, type RepealLink, type StatusRow } from './status.js';
import { normaliseVersionName } from './version-names.js';
import type { AmendmentMark, AuditEntry, ModelProblem, OrderSummary, RegistryError, RegistryOrder, Result, SearchHit, VersionInfo } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// pure helpers

function nowIso(): string {
  return new Date().toISOString();
}

/** A failed result with a Polish message. */
export function err(code: RegistryError['code'], message: string): { ok: false; error: RegistryError } {
  return { ok: false, error: { code, message } };
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
  // stored models of older schema versions are read through the upgrade chain (core/model/upgrade.ts)
  const r = readStoredOrder(data);
  if (r.ok) return { ok: true, order: r.order };
  if (r.reason === 'upgrade') return { ok: false, message: `Zapis ${label} w rejestrze: ${r.message}` };
  return { ok: false, message: `Zapis ${label} w rejestrze jest niezgodny z modelem zarządzenia (${r.detail}).` };
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
    entryIntoForce: entryIntoForceFromColumn(r.entry_into_force),
    repealedRecorded: r.repealed_recorded === 1,
    repealedOn: r.repealed_on,
  };
}

/** What a snapshot of the registry knows of every order beside its row (see `SqlRegistry.snapshot`). */
interface Snapshot {
  rows: OrderRow[];
  statuses: Map<number, DerivedStatus>;
  repealsOf: Map<number, string[]>;
  /** Order id → the number of the order it amends. */
  amendsOf: Map<number, string>;
  /** Amended number → the signed amending orders linked to it. */
  amendedBy: Map<string, AmendmentMark[]>;
}

function summary(r: OrderRow, snap: Snapshot): OrderSummary {
  const s = snap.statuses.get(r.id);
  const repeals = snap.repealsOf.get(r.id) ?? [];
  return {
    id: r.id,
    number: r.number,
    date: r.date,
    title: r.title,
    subject: r.subject,
    kind: r.kind,
    status: s?.status ?? 'draft',
    entryIntoForce: entryIntoForceFromColumn(r.entry_into_force),
    repealedOn: s?.repealedOn ?? null,
    repealedBy: s?.repealedBy ?? null,
    repeals,
    replacesId: r.replaces_order_id,
    amends: snap.amendsOf.get(r.id) ?? null,
    amendedBy: r.number ? (snap.amendedBy.get(r.number) ?? []) : [],
    updatedAt: r.updated_at,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The result reporting that a file is already in the registry as order `same` (nothing added). */
export function sameFileResult(same: SourceMatch, warnings: string[] = []): AddOrderResult {
  const what = same.number ? `zarządzenie nr ${same.number}` : `projekt ${same.id}`;
  return { ok: true, id: same.id, outcome: 'sameFile', number: same.number, warnings, message: `Ten plik jest już w rejestrze (${what}, zaimportowany jako „${same.fileName}”); nie dodano go ponownie.` };
}

const VERSION_COLUMNS = `v.id, v.order_id AS "draftId", CAST((SELECT count(*) FROM draft_version w WHERE w.order_id = v.order_id AND w.id <= v.id) AS INTEGER) AS n,
  v.saved_at AS "savedAt", v.author, v.note, v.name, octet_length(v.model) AS size`;

/**
 * The refusal of a save based on an older version: who saved the newer one and when (local time, Polish), and
 * that nothing was overwritten.
 */
function conflictMessage(last: { author: string; savedAt: string }): string {
  const d = new Date(last.savedAt);
  const when = Number.isNaN(d.getTime()) ? last.savedAt : d.toLocaleString('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `Nie zapisano zmian, bo ${last.author} zapisał(a) ten projekt ${when}, już po tym, jak go otworzono; jego (jej) wersja nie została nadpisana. Porównaj obie wersje i zdecyduj, co zachować.`;
}

/** Rows of models read at a time by {@link SqlRegistry.checkModels} (models can be large). */
const CHECK_BATCH = 100;

// ---------------------------------------------------------------------------------------------------------------

/** How a {@link SqlRegistry} was opened, beside its connection. */
export interface SqlRegistryOptions {
  info: RegistryInfo;
  /** Where refused edits are kept (`recovery.ts`). */
  recoveryDirs: string[];
  /** Opened read-only (SQLite): every write is refused by the file guard. */
  readOnly?: boolean;
  /**
   * SQLite only: the file guard, fault log and recovery folders (`faults.ts`): each write is checked first and a
   * refused or failed draft save keeps the edit for recovery; SQLite's errors become one sentence naming the log.
   */
  faults?: SqliteFaultContext;
}

/** The {@link Registry} over a {@link SqlClient}; built by `openRegistry` (`open.ts`). */
export class SqlRegistry implements Registry {
  readonly info: RegistryInfo;
  readonly recoveryDirs: string[];
  readonly readOnly: boolean;
  private readonly faults: SqliteFaultContext | null;
  private readonly changes: ChangeFeed;
  /** People and roles, the path of drafts, remarks and sign-offs (`draft-path.ts`). */
  readonly path: DraftPathStore;

  constructor(
    /** The connection; for the services of this folder (sample registry, fault checks) and for tests. */
    readonly sql: SqlClient,
    private readonly parts: EngineParts,
    options: SqlRegistryOptions,
  ) {
    this.info = options.info;
    this.recoveryDirs = options.recoveryDirs;
    this.readOnly = options.readOnly ?? false;
    this.faults = options.faults ?? null;
    this.changes = sql instanceof PgClient ? pgChangeFeed(sql.pool.options) : localChangeFeed();
    this.path = new DraftPathStore(sql, (what, fn) => this.write(what, fn));
  }

  onChange(listener: ChangeListener): () => void {
    return this.changes.subscribe(listener);
  }

  async ping(): Promise<boolean> {
    try {
      await this.sql.get('SELECT 1 AS one');
      await this.changes.check();
      return true;
    } catch (e) {
      if (this.readFailure(e)) return false;
      throw e;
    }
  }

  readFailure(e: unknown): RegistryError | null {
    if (this.faults && isSqliteError(e)) return readFailure(this.faults, e);
    if (this.parts.engine === 'postgresql' && isConnectionError(e)) {
      return { code: 'offline', message: `Brak połączenia z serwerem rejestru ${this.info.location} (${e instanceof Error ? e.message.split('\n')[0] : String(e)}), więc nie odczytano danych; praca w oknie jest zachowana, spróbuj ponownie, gdy połączenie wróci.` };
    }
    return null;
  }

  /** The better-sqlite3 connection of a SQLite registry (backups, fault injection in tests); null on PostgreSQL. */
  get sqliteDb(): Db | null {
    return this.sql instanceof SqliteClient ? this.sql.db : null;
  }

  /**
   * Maps a failed write of the server to one Polish sentence (the SQLite file's go through `faults.ts`); the
   * transaction has been rolled back.
   */
  private writeError(e: unknown, what: string): { ok: false; error: RegistryError } {
    const intact = '(poprzedni zapis pozostał nienaruszony)';
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    switch (this.parts.writeErrorKind(e)) {
      case 'diskFull': return err('diskFull', `Brak miejsca na serwerze rejestru, więc nie zapisano ${what} ${intact}; powiadom administratora serwera.`);
      case 'constraint': return err('constraint', `Nie zapisano ${what}, bo dane naruszają reguły rejestru (${detail}) ${intact}.`);
      case 'busy': return err('busy', `Nie zapisano ${what}, bo ktoś inny zapisywał to samo w tej chwili ${intact}; spróbuj ponownie.`);
      case 'readOnly': return err('readOnly', `Nie zapisano ${what}, bo serwer rejestru nie pozwala na zapis (${detail}) ${intact}; poproś administratora o uprawnienia.`);
      case 'offline': return err('offline', `Nie zapisano ${what}, bo nie ma połączenia z serwerem rejestru ${this.info.location} (${detail}) ${intact}; zmiana zostanie zapisana, gdy połączenie wróci.`);
      default: return err('writeFailed', `Nie zapisano ${what}, bo serwer rejestru zgłosił błąd (${detail}) ${intact}.`);
    }
  }

  /**
   * Runs `fn` in one transaction. On the SQLite file, the file is checked first (`faults.ts`: deleted, replaced,
   * read-only → refused) and a failure becomes one sentence naming the fault log; `edit`, the draft save being
   * written, is kept in a recovery file when refused. A failure of the engine becomes a Polish error value (the
   * transaction rolled back).
   */
  private async write<T>(what: string, fn: (tx: SqlQueryable) => Promise<Result<T>>, edit?: PendingEdit): Promise<Result<T>> {
    if (this.faults) {
      const refused = refuseWrite(this.faults, what, edit);
      if (refused) return refused;
    }
    try {
      const done = await this.sql.transaction(async (tx) => {
        const r = await fn(tx);
        if (!r.ok) throw new RollbackWith(r);
        // the server tells every listening app when this commits (changes.ts); the file's one app is told below
        if (this.parts.engine === 'postgresql') await tx.run(`SELECT pg_notify('${CHANGE_CHANNEL}', '')`);
        return r;
      });
      if (this.parts.engine === 'sqlite') this.changes.emit(null);
      return done;
    } catch (e) {
      if (e instanceof RollbackWith) return e.result as Result<T>;
      return this.faults ? writeFailure(this.faults, e, what, edit) : keepRefusedEdit(this.recoveryDirs, this.info.location, this.writeError(e, what), edit);
    }
  }

  /** All rows, repeal and amendment links and derived statuses on `today`. */
  private async snapshot(today: string, sql: SqlQueryable = this.sql): Promise<Snapshot> {
    const rows = await sql.all<OrderRow>(`SELECT ${ROW_COLUMNS} FROM registry_order ORDER BY id`);
    const links = await sql.all<RepealLink>('SELECT order_id AS "orderId", repealed_number AS "repealedNumber" FROM order_repeal ORDER BY order_id, repealed_number');
    const repealsOf = new Map<number, string[]>();
    for (const l of links) repealsOf.set(l.orderId, [...(repealsOf.get(l.orderId) ?? []), l.repealedNumber]);
    const statuses = deriveStatuses(rows.map(statusRow), links, today);
    const amendsOf = new Map<number, string>();
    const amendedBy = new Map<string, AmendmentMark[]>();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const a of await sql.all<{ orderId: number; amendedNumber: string }>('SELECT order_id AS "orderId", amended_number AS "amendedNumber" FROM order_amendment ORDER BY order_id')) {
      amendsOf.set(a.orderId, a.amendedNumber);
      const r = byId.get(a.orderId);
      const status = statuses.get(a.orderId)?.status;
      if (!r?.number || !status || status === 'draft') continue;
      amendedBy.set(a.amendedNumber, [...(amendedBy.get(a.amendedNumber) ?? []), { id: r.id, number: r.number, status, entryIntoForce: entryIntoForceFromColumn(r.entry_into_force) }]);
    }
    return { rows, statuses, repealsOf, amendsOf, amendedBy };
  }

  /** Records which order `order` amends (`meta.amends.number`, issue 17), or that it amends none. */
  private async setAmendment(tx: SqlQueryable, id: number, order: Order): Promise<void> {
    await tx.run('DELETE FROM order_amendment WHERE order_id = ?', [id]);
    const number = order.meta.amends?.number?.trim();
    if (number) await tx.run('INSERT INTO order_amendment (order_id, amended_number) VALUES (?, ?)', [id, number]);
  }

  async amendmentsOf(id: number, options: DayOptions = {}): Promise<OrderSummary[]> {
    const rows = await this.sql.all<{ id: number }>(
      'SELECT a.order_id AS id FROM order_amendment a JOIN registry_order o ON o.id = ? WHERE a.amended_number = o.number ORDER BY a.order_id', [id]);
    if (!rows.length) return [];
    const ids = new Set(rows.map((r) => r.id));
    return (await this.listOrders(options)).filter((o) => ids.has(o.id));
  }

  private async setRepeals(tx: SqlQueryable, id: number, order: Order): Promise<void> {
    await tx.run('DELETE FROM order_repeal WHERE order_id = ?', [id]);
    for (const r of order.repeals) {
      if (r.number.trim()) await tx.run('INSERT INTO order_repeal (order_id, repealed_number, repealed_date) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [id, r.number.trim(), r.date]);
    }
  }

  /** Writes a version of a draft and its line of the audit log (`created` for the first one, else `saved`). */
  private async insertVersion(tx: SqlQueryable, draftId: number, json: string, author: string, note: string | null, at: string, action: AuditEntry['action'] = 'saved',
    named: { name: string | null; sitting: string | null } = { name: null, sitting: null }): Promise<number> {
    const r = await tx.get<{ id: number }>('INSERT INTO draft_version (order_id, saved_at, author, note, model, name, sitting) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
      [draftId, at, author, note, json, named.name, named.sitting]);
    const n = (await tx.get<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM draft_version WHERE order_id = ?', [draftId]))!.n;
    const label = named.name ? `wersja ${n} „${named.name}”` : `wersja ${n}`;
    await this.audit(tx, draftId, author, action, note ? `${label}: ${note}` : label, at);
    return r!.id;
  }

  /** One line of the audit log, in the transaction of the change. */
  private async audit(tx: SqlQueryable, orderId: number, actor: string, action: AuditEntry['action'], detail: string | null, at: string): Promise<void> {
    await tx.run('INSERT INTO audit_entry (order_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)', [orderId, at, actor, action, detail]);
  }

  async listAudit(id: number): Promise<AuditEntry[]> {
    const own = await this.sql.all<AuditEntry>('SELECT at, actor, action, detail FROM audit_entry WHERE order_id = ? ORDER BY id', [id]);
    // the path of the draft (proposal, taken into work, remarks, sign-offs) carries its own who and when
    const path = await this.path.auditEvents(id);
    return path.length ? [...own, ...path].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)) : own;
  }

  // -------------------------------------------------------------------------------------------------------------
  // reading

  async listOrders(options: DayOptions = {}): Promise<OrderSummary[]> {
    const snap = await this.snapshot(options.today ?? todayIso());
    return snap.rows.map((r) => summary(r, snap));
  }

  async ordersInForce(options: DayOptions = {}): Promise<OrderSummary[]> {
    return (await this.listOrders(options))
      .filter((o) => o.status === 'inForce')
      .sort((a, b) => (a.subject === null ? 1 : 0) - (b.subject === null ? 1 : 0) || (a.subject ?? a.title).localeCompare(b.subject ?? b.title, 'pl'));
  }

  async findOrderByNumber(number: string, options: DayOptions = {}): Promise<OrderSummary | null> {
    return (await this.listOrders(options)).find((o) => o.number === number.trim()) ?? null;
  }

  async getOrder(id: number, options: DayOptions = {}): Promise<Result<{ order: RegistryOrder }>> {
    const snap = await this.snapshot(options.today ?? todayIso());
    const row = snap.rows.find((r) => r.id === id);
    if (!row) return err('notFound', `Nie ma w rejestrze zarządzenia o identyfikatorze ${id}.`);
    const extra = (await this.sql.get<{ model: string; fileName: string | null; sha256: string | null; size: number | null; importedAt: string | null }>(
      `SELECT o.model, s.file_name AS "fileName", s.sha256, length(s.bytes) AS size, s.imported_at AS "importedAt"
      FROM registry_order o LEFT JOIN source_file s ON s.id = o.source_file_id WHERE o.id = ?`, [id]))!;
    const parsed = parseStoredModel(extra.model, row.number ? `zarządzenia nr ${row.number}` : `projektu ${id}`);
    if (!parsed.ok) return err('invalidModel', parsed.message);
    const s = summary(row, snap);
    const order: Order = { ...parsed.order, meta: { ...parsed.order.meta, status: s.status, number: row.number, date: row.date } };
    const source = extra.fileName !== null ? { fileName: extra.fileName, sha256: extra.sha256!, size: extra.size!, importedAt: extra.importedAt! } : null;
    return { ok: true, order: { ...s, order, source } };
  }

  async getSourceFile(id: number): Promise<{ fileName: string; sha256: string; bytes: Uint8Array } | null> {
    const r = await this.sql.get<{ fileName: string; sha256: string; bytes: Uint8Array }>(
      'SELECT s.file_name AS "fileName", s.sha256, s.bytes FROM registry_order o JOIN source_file s ON s.id = o.source_file_id WHERE o.id = ?', [id]);
    return r ? { fileName: r.fileName, sha256: r.sha256, bytes: new Uint8Array(r.bytes) } : null;
  }

  async findBySourceBytes(bytes: Uint8Array, sql: SqlQueryable = this.sql): Promise<SourceMatch | null> {
    return (await sql.get<SourceMatch>('SELECT o.id, o.number, s.file_name AS "fileName" FROM source_file s JOIN registry_order o ON o.source_file_id = s.id WHERE s.sha256 = ?', [sha256(bytes)])) ?? null;
  }

  async checkModels(): Promise<ModelProblem[]> {
    const out: ModelProblem[] = [];
    for (let after = 0; ;) {
      const rows = await this.sql.all<{ id: number; number: string | null; model: string }>('SELECT id, number, model FROM registry_order WHERE id > ? ORDER BY id LIMIT ?', [after, CHECK_BATCH]);
      for (const r of rows) {
        const p = parseStoredModel(r.model, r.number ? `zarządzenia nr ${r.number}` : `projektu ${r.id}`);
        if (!p.ok) out.push({ where: 'order', id: r.id, number: r.number, message: p.message });
      }
      if (rows.length < CHECK_BATCH) break;
      after = rows.at(-1)!.id;
    }
    for (let after = 0; ;) {
      const rows = await this.sql.all<{ id: number; number: string | null; model: string }>(
        'SELECT v.id, o.number, v.model FROM draft_version v JOIN registry_order o ON o.id = v.order_id WHERE v.id > ? ORDER BY v.id LIMIT ?', [after, CHECK_BATCH]);
      for (const v of rows) {
        const p = parseStoredModel(v.model, `wersji ${v.id} projektu`);
        if (!p.ok) out.push({ where: 'version', id: v.id, number: v.number, message: p.message });
      }
      if (rows.length < CHECK_BATCH) break;
      after = rows.at(-1)!.id;
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------------------------
  // adding orders

  async addOrder(input: AddOrderInput): Promise<AddOrderResult> {
    const v = validateModel(input.order);
    if (!v.ok) return v;
    return this.write('zarządzenia', (tx) => this.insertOrder(tx, input, v.order));
  }

  /**
   * Adds several orders in ONE transaction (one commit, one sync of the file, instead of one per order: the sample
   * registry on a first start). Each input is checked and added as by {@link addOrder}; an input refused on its
   * own (an invalid model or date) writes nothing and is answered by its error in its place, the others are still
   * added. `finish` runs last in the same transaction with the answers (e.g. to record that the sample was loaded).
   * In: the inputs, in order. Out: one answer per input, or the engine's error when the write failed (then nothing
   * at all was written: the registry keeps its previous state).
   */
  async addOrders(inputs: readonly AddOrderInput[], finish?: (tx: SqlQueryable, results: AddOrderResult[]) => Promise<void>): Promise<Result<{ results: AddOrderResult[] }>> {
    return this.write('zarządzeń', async (tx) => {
      const results: AddOrderResult[] = [];
      for (const input of inputs) {
        const v = validateModel(input.order);
        results.push(v.ok ? await this.insertOrder(tx, input, v.order) : v);
      }
      await finish?.(tx, results);
      return { ok: true as const, results };
    });
  }

  /**
   * The body of {@link addOrder} inside the caller's transaction `tx`, for a validated `order`: the same file or
   * number already in the registry is answered as such; a refusal is returned before anything is written.
   */
  private async insertOrder(tx: SqlQueryable, input: AddOrderInput, order: Order): Promise<AddOrderResult> {
    const warnings = input.warnings ?? [];
    const hash = input.source ? sha256(input.source.bytes) : null;
    if (hash) {
      const same = await this.findBySourceBytes(input.source!.bytes, tx);
      if (same) return sameFileResult(same, warnings);
    }
    const number = order.meta.number?.trim() || null;
    const date = order.meta.date;
    const signed = !!(number && date);
    if (number) {
      const same = await tx.get<{ id: number }>('SELECT id FROM registry_order WHERE number = ?', [number]);
      if (same) return { ok: true, id: same.id, outcome: 'sameNumber', number, warnings, message: `Zarządzenie nr ${number} jest już w rejestrze${input.source ? ' (z innego pliku)' : ''}; nie dodano go ponownie.` };
    }
    if (signed && !isIsoDate(date!)) return err('invalidDate', `Data zarządzenia nr ${number} „${date}” nie jest poprawną datą.`);
    const at = nowIso();
    let sourceId: number | null = null;
    if (input.source && hash) {
      sourceId = (await tx.get<{ id: number }>('INSERT INTO source_file (sha256, file_name, bytes, imported_at) VALUES (?, ?, ?, ?) RETURNING id', [hash, input.source.fileName, input.source.bytes, at]))!.id;
    }
    const stored: Order = signed ? order : { ...order, meta: { ...order.meta, number: null, date: null, status: 'draft' } };
    const json = JSON.stringify(stored);
    const id = (await tx.get<{ id: number }>(`INSERT INTO registry_order (state, kind, number, date, title, subject, subject_key, entry_into_force, repealed_recorded, model, source_file_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, [
      signed ? 'signed' : 'draft', order.meta.kind, signed ? number : null, signed ? date : null, order.meta.title, order.meta.subject, subjectKey(order.meta.subject),
      signed ? entryIntoForceColumn(signedEntryIntoForce(order, date!)) : null, input.repealedHistory ? 1 : 0, json, sourceId, at, at,
    ]))!.id;
    await this.setAmendment(tx, id, order);
    if (signed) {
      await this.setRepeals(tx, id, order);
      await this.parts.indexTasks(tx, id, taskRowsOf(order));
      await this.audit(tx, id, input.author ?? 'Import', 'imported', input.source ? input.source.fileName : null, at);
      await learnCitations(tx, order, at);
    } else {
      await this.insertVersion(tx, id, json, input.author ?? 'Import', 'Zaimportowano z pliku', at, 'imported');
    }
    const label = signed ? `zarządzenie nr ${number}` : `projekt ${id}`;
    return { ok: true, id, outcome: 'added', number: signed ? number : null, warnings, message: `Dodano do rejestru ${label}.` };
  }

  async reviseModel(id: number, revise: ModelRevision, author: string): Promise<Result<{ order: Order }>> {
    return this.write('zmiany zarządzenia', async (tx) => {
      const cur = await tx.get<{ state: string; model: string; number: string | null }>(`SELECT state, model, number FROM registry_order WHERE id = ?${this.forUpdate}`, [id]);
      if (!cur) return err('notFound', `Nie ma w rejestrze zarządzenia o identyfikatorze ${id}.`);
      const stored = parseStoredModel(cur.model, cur.number ? `zarządzenia nr ${cur.number}` : `projektu ${id}`);
      if (!stored.ok) return err('invalidModel', stored.message);
      const r = revise(stored.order);
      if (!r.ok) return err('revisionRefused', r.message);
      const v = validateModel(r.order);
      if (!v.ok) return v;
      const who = author.trim() || 'Rejestr';
      const at = nowIso();
      if (cur.state === 'draft') {
        const order: Order = { ...v.order, meta: { ...v.order.meta, number: null, date: null, status: 'draft' } };
        const json = JSON.stringify(order);
        await this.insertVersion(tx, id, json, who, r.detail, at);
        await tx.run('UPDATE registry_order SET model = ?, title = ?, subject = ?, subject_key = ?, kind = ?, updated_at = ? WHERE id = ?',
          [json, order.meta.title, order.meta.subject, subjectKey(order.meta.subject), order.meta.kind, at, id]);
        return { ok: true, order };
      }
      const order: Order = { ...v.order, meta: stored.order.meta, repeals: stored.order.repeals, entryIntoForce: stored.order.entryIntoForce };
      await tx.run('UPDATE registry_order SET model = ?, updated_at = ? WHERE id = ?', [JSON.stringify(order), at, id]);
      await this.parts.indexTasks(tx, id, taskRowsOf(order));
      await this.audit(tx, id, who, 'saved', r.detail, at);
      return { ok: true, order };
    });
  }

  async setPublicationDate(id: number, date: string | null, author: string): Promise<Result<{ order: Order }>> {
    if (date !== null && !isIsoDate(date)) return err('invalidDate', `Data ogłoszenia „${date}” nie jest poprawną datą w postaci RRRR-MM-DD.`);
    return this.write('daty ogłoszenia', async (tx) => {
      const cur = await tx.get<{ state: string; model: string; number: string | null; date: string | null }>(`SELECT state, model, number, date FROM registry_order WHERE id = ?${this.forUpdate}`, [id]);
      if (!cur) return err('notFound', `Nie ma w rejestrze zarządzenia o identyfikatorze ${id}.`);
      const name = `zarządzenie nr ${cur.number ?? id}`;
      if (cur.state !== 'signed' || !cur.date) return err('invalidDate', `Projekt nie jest jeszcze ogłaszany: datę ogłoszenia podaje się dla zarządzenia podpisanego.`);
      const stored = parseStoredModel(cur.model, name);
      if (!stored.ok) return err('invalidModel', stored.message);
      if (!countsFromPublication(stored.order)) return err('invalidDate', `${name[0]!.toUpperCase()}${name.slice(1)} nie liczy wejścia w życie od ogłoszenia; data ogłoszenia nie zmienia jego daty wejścia w życie.`);
      if (date !== null && date < cur.date) return err('invalidDate', `Data ogłoszenia (${date}) jest wcześniejsza niż data podpisania (${cur.date}).`);
      const { publishedOn: _dropped, ...meta } = stored.order.meta;
      const order: Order = { ...stored.order, meta: date === null ? meta : { ...meta, publishedOn: date } };
      const at = nowIso();
      await tx.run('UPDATE registry_order SET model = ?, entry_into_force = ?, updated_at = ? WHERE id = ?', [JSON.stringify(order), entryIntoForceColumn(signedEntryIntoForce(order, cur.date)), at, id]);
      await this.audit(tx, id, author.trim() || 'Rejestr', 'saved', date === null ? 'Usunięto datę ogłoszenia' : `Data ogłoszenia: ${date}`, at);
      return { ok: true, order };
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // drafts and versions

  async createDraft(input: { order: Order; author: string; replacesId?: number | null }): Promise<SaveResult> {
    const v = validateModel(input.order);
    if (!v.ok) return v;
    const order: Order = { ...v.order, meta: { ...v.order.meta, number: null, date: null, status: 'draft' } };
    return this.write('projektu', async (tx) => {
      if (input.replacesId != null && !(await tx.get('SELECT 1 AS one FROM registry_order WHERE id = ?', [input.replacesId]))) {
        return err('notFound', `Nie ma w rejestrze zarządzenia o identyfikatorze ${input.replacesId}, które projekt miałby zastąpić.`);
      }
      const at = nowIso();
      const json = JSON.stringify(order);
      const id = (await tx.get<{ id: number }>(`INSERT INTO registry_order (state, kind, title, subject, subject_key, model, replaces_order_id, created_at, updated_at)
        VALUES ('draft', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, [order.meta.kind, order.meta.title, order.meta.subject, subjectKey(order.meta.subject), json, input.replacesId ?? null, at, at]))!.id;
      const versionId = await this.insertVersion(tx, id, json, input.author, null, at, 'created');
      await this.setAmendment(tx, id, order);
      return { ok: true, draftId: id, versionId, savedAt: at, unchanged: false };
    });
  }

  async saveDraftVersion(draftId: number, order: Order, author: string, note: string | null = null, baseVersionId: number | null = null, options: SaveOptions = {}): Promise<SaveResult> {
    const v = validateModel(order);
    if (!v.ok) return v;
    if (!author.trim()) return err('constraint', 'Nie zapisano wersji projektu: brak nazwiska autora zmian.');
    let name: string | null = null;
    if (options.name != null) {
      const n = normaliseVersionName(options.name);
      if (!n.ok) return err('invalidName', `Nie zapisano wersji: ${n.message}`);
      name = n.name;
    }
    const sitting = options.sitting?.trim() || null;
    const who = author.trim();
    const json = JSON.stringify({ ...v.order, meta: { ...v.order.meta, number: null, date: null, status: 'draft' } });
    return this.write('wersji projektu', async (tx) => {
      // FOR UPDATE on PostgreSQL: two saves of one draft queue here instead of both reading the same state
      const cur = await tx.get<{ state: string; model: string }>(`SELECT state, model FROM registry_order WHERE id = ?${this.forUpdate}`, [draftId]);
      if (!cur) return err('notFound', `Nie ma w rejestrze projektu o identyfikatorze ${draftId}.`);
      if (cur.state !== 'draft') return err('notDraft', `Zarządzenie ${draftId} jest już podpisane; jego treści nie można zmieniać.`);
      const last = await tx.get<{ id: number; savedAt: string; author: string; name: string | null; sitting: string | null }>(
        'SELECT id, saved_at AS "savedAt", author, name, sitting FROM draft_version WHERE order_id = ? ORDER BY id DESC LIMIT 1', [draftId]);
      if (cur.model === json && last) {
        if (name === null || last.name === name) return { ok: true, draftId, versionId: last.id, savedAt: last.savedAt, unchanged: true };
        if (last.name === null) {
          // nothing changed since the newest version: that version receives the name (and closes its sitting)
          await tx.run('UPDATE draft_version SET name = ?, sitting = NULL WHERE id = ?', [name, last.id]);
          await this.audit(tx, draftId, who, 'saved', `wersja ${await this.versionNumber(tx, draftId, last.id)} nazwana „${name}”`, nowIso());
          return { ok: true, draftId, versionId: last.id, savedAt: last.savedAt, unchanged: false };
        }
      }
      // a different newest version, or the same one whose content another sitting's autosave replaced since
      if (baseVersionId != null && last && (last.id !== baseVersionId || (options.baseSavedAt && last.savedAt !== options.baseSavedAt && last.sitting !== sitting))) return err('conflict', conflictMessage(last));
      const at = nowIso();
      let versionId: number;
      if (sitting !== null && last && last.sitting === sitting && last.name === null && last.author === who) {
        // another save of the same sitting: the sitting's version holds the newest state; a name closes the sitting
        // (the version becomes a named one, never changed again)
        await tx.run('UPDATE draft_version SET model = ?, saved_at = ?, name = ?, sitting = ? WHERE id = ?', [json, at, name, name === null ? sitting : null, last.id]);
        if (name !== null) await this.audit(tx, draftId, who, 'saved', `wersja ${await this.versionNumber(tx, draftId, last.id)} nazwana „${name}”`, at);
        versionId = last.id;
      } else {
        versionId = await this.insertVersion(tx, draftId, json, who, note, at, 'saved', { name, sitting: name === null ? sitting : null });
      }
      await tx.run('UPDATE registry_order SET model = ?, title = ?, subject = ?, subject_key = ?, kind = ?, updated_at = ? WHERE id = ?',
        [json, order.meta.title, order.meta.subject, subjectKey(order.meta.subject), order.meta.kind, at, draftId]);
      await this.setAmendment(tx, draftId, v.order);
      return { ok: true, draftId, versionId, savedAt: at, unchanged: false };
    }, { draftId, order: v.order, author: who }).then((r) => {
      // a server registry: the edit kept on this computer when the server could not take it is saved now
      if (r.ok && !this.faults) forgetKeptEdit(this.recoveryDirs, this.info.location, draftId);
      return r;
    });
  }

  /** The 1-based number of version `versionId` within draft `draftId`. */
  private async versionNumber(tx: SqlQueryable, draftId: number, versionId: number): Promise<number> {
    return (await tx.get<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM draft_version WHERE order_id = ? AND id <= ?', [draftId, versionId]))!.n;
  }

  /** ` FOR UPDATE` on PostgreSQL (row lock for the rest of the transaction); SQLite's `BEGIN IMMEDIATE` already serialises writers. */
  private get forUpdate(): string {
    return this.parts.engine === 'postgresql' ? ' FOR UPDATE' : '';
  }

  async listVersions(draftId: number): Promise<VersionInfo[]> {
    return this.sql.all<VersionInfo>(`SELECT ${VERSION_COLUMNS} FROM draft_version v WHERE v.order_id = ? ORDER BY v.id`, [draftId]);
  }

  async getVersion(versionId: number): Promise<Result<{ version: VersionInfo; order: Order }>> {
    const r = await this.sql.get<VersionInfo & { model: string }>(`SELECT ${VERSION_COLUMNS}, v.model FROM draft_version v WHERE v.id = ?`, [versionId]);
    if (!r) return err('notFound', `Nie ma wersji projektu o identyfikatorze ${versionId}.`);
    const { model, ...version } = r;
    const p = parseStoredModel(model, `wersji ${version.n} projektu ${version.draftId}`);
    if (!p.ok) return err('invalidModel', p.message);
    return { ok: true, version, order: p.order };
  }

  async restoreVersion(versionId: number, author: string): Promise<SaveResult> {
    const v = await this.getVersion(versionId);
    if (!v.ok) return v;
    return this.saveDraftVersion(v.version.draftId, v.order, author, `Przywrócono wersję ${v.version.n}${v.version.name ? ` „${v.version.name}”` : ''} z ${v.version.savedAt}`);
  }

  async versionAndCurrent(versionId: number): Promise<Result<{ version: VersionInfo; versionOrder: Order; current: Order }>> {
    const v = await this.getVersion(versionId);
    if (!v.ok) return v;
    const cur = await this.getOrder(v.version.draftId);
    if (!cur.ok) return cur;
    return { ok: true, version: v.version, versionOrder: v.order, current: cur.order.order };
  }

  async compareVersionWithCurrent(versionId: number): Promise<Result<{ version: VersionInfo; comparison: Comparison }>> {
    const r = await this.versionAndCurrent(versionId);
    if (!r.ok) return r;
    return { ok: true, version: r.version, comparison: compareOrders(r.versionOrder, r.current) };
  }

  async signDraft(draftId: number, input: SignInput): Promise<Result<{ order: OrderSummary }>> {
    const number = input.number.trim();
    const m = /^(\d+)\/(\d{4})$/.exec(number);
    if (!m || Number(m[1]) < 1) return err('invalidNumber', `Numer zarządzenia „${input.number}” ma niepoprawną postać; oczekiwano np. 1234/2025.`);
    if (!isIsoDate(input.date)) return err('invalidDate', `Data „${input.date}” nie jest poprawną datą w postaci RRRR-MM-DD.`);
    if (m[2] !== input.date.slice(0, 4)) return err('invalidNumber', `Rok w numerze ${number} nie zgadza się z rokiem daty podpisania ${input.date}.`);
    const res = await this.write<{ order: OrderSummary | null }>('podpisania projektu', async (tx) => {
      const cur = await tx.get<{ state: string; model: string }>(`SELECT state, model FROM registry_order WHERE id = ?${this.forUpdate}`, [draftId]);
      if (!cur) return err('notFound', `Nie ma w rejestrze projektu o identyfikatorze ${draftId}.`);
      if (cur.state !== 'draft') return err('notDraft', `Zarządzenie ${draftId} jest już podpisane.`);
      const other = await tx.get<{ id: number }>('SELECT id FROM registry_order WHERE number = ?', [number]);
      if (other) return err('numberExists', `Numer ${number} ma już inne zarządzenie w rejestrze.`);
      // the sign-offs (Sekretarz, Skarbnik, legal office) come first once the office uses the path of drafts
      const unsigned = await DraftPathStore.refuseUnsigned(tx, draftId);
      if (unsigned) return unsigned;
      const p = parseStoredModel(cur.model, `projektu ${draftId}`);
      if (!p.ok) return err('invalidModel', p.message);
      const order: Order = { ...p.order, meta: { ...p.order.meta, number, date: input.date, status: 'signed' } };
      const json = JSON.stringify(order);
      const at = nowIso();
      await this.insertVersion(tx, draftId, cur.model, input.author.trim() || 'Rejestr', `Podpisano jako zarządzenie nr ${number} z dnia ${input.date}`, at, 'signed');
      await tx.run(`UPDATE registry_order SET state = 'signed', number = ?, date = ?, entry_into_force = ?, model = ?, updated_at = ? WHERE id = ?`,
        [number, input.date, entryIntoForceColumn(signedEntryIntoForce(order, input.date)), json, at, draftId]);
      await this.setRepeals(tx, draftId, order);
      await this.setAmendment(tx, draftId, order);
      await this.parts.indexTasks(tx, draftId, taskRowsOf(order));
      await learnCitations(tx, order, at);
      return { ok: true, order: null };
    });
    if (!res.ok) return res;
    return { ok: true, order: (await this.listOrders()).find((o) => o.id === draftId)! };
  }

  // -------------------------------------------------------------------------------------------------------------
  // search

  async searchTasks(text: string, options: { limit?: number; today?: string } = {}): Promise<SearchHit[]> {
    if (!text.trim()) return [];
    const snap = await this.snapshot(options.today ?? todayIso());
    const inForce = [...snap.statuses].filter(([, s]) => s.status === 'inForce').map(([id]) => id);
    // a hit is the order's text as signed: the amending orders in force that changed it are named with it
    const amendedBy = (number: string) => (snap.amendedBy.get(number) ?? []).filter((a) => a.status === 'inForce').map((a) => a.number);
    return (await this.parts.search(this.sql, text, inForce, options.limit ?? 50)).map((h) => ({ ...h, amendedBy: amendedBy(h.number) }));
  }

  // -------------------------------------------------------------------------------------------------------------
  // shared settings

  async getSetting(key: string): Promise<unknown> {
    const r = await this.sql.get<{ value: string }>('SELECT value FROM shared_setting WHERE key = ?', [key]);
    return r ? (JSON.parse(r.value) as unknown) : null;
  }

  async setSetting(key: string, value: unknown): Promise<Result<object>> {
    const json = JSON.stringify(value ?? null);
    return this.write('ustawienia', async (tx) => {
      await tx.run('INSERT INTO shared_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at', [key, json, nowIso()]);
      return { ok: true };
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // the whole registry

  backup(file: string): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
    const db = this.sqliteDb;
    if (!db) return Promise.resolve({ ok: false, message: `Kopię rejestru na serwerze (${this.info.location}) wykonuje administrator serwera (pg_dump); aplikacja nie zapisuje jej do pliku.` });
    return backupDatabase(db, file);
  }

  async checkIntegrity(): Promise<IntegrityResult | null> {
    const f = this.faults;
    if (!f) return null;
    return checkIntegrity(f.db, f.path, f.faultLogPath ?? defaultFaultLogPath(f.path));
  }

  async close(): Promise<void> {
    await this.changes.close();
    return this.sql.close();
  }
}
