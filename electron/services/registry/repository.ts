/**
 * The registry's one interface (repozytorium rejestru): every operation on orders, drafts, versions, search,
 * signing and the settings the office shares, asynchronous so that a network engine fits. Two engines stand
 * behind it: the embedded SQLite file (the default for one person) and the office's PostgreSQL server; the same
 * test suite runs against both (`test/unit/registry/`). `openRegistry` (`open.ts`) gives one for a file path or a
 * `postgresql://` address.
 *
 * Everything a method returns is plain data that may cross the bridge; errors the user can cause come back as
 * values with Polish messages (`Result`), never as exceptions. Reads that fail because the server cannot be
 * reached do throw; the handlers report them as `offline` (see `handlers/registry.ts`).
 */
import type { Comparison } from '../../../core/compare/index.js';
import type { Order } from '../../../core/model/index.js';
import type { IntegrityResult } from '../db/database.js';
import type { Engine } from '../db/sql.js';
import type { DraftPathStore } from './draft-path.js';
import type { AuditEntry, ModelProblem, OrderSummary, RegistryError, RegistryOrder, Result, SearchHit, VersionInfo } from './types.js';

/** Which registry the app is connected to, as it may be shown (never with a password). */
export interface RegistryInfo {
  engine: Engine;
  /** The file path, or `postgresql://user@host:port/database`. */
  location: string;
}

/** What {@link Registry.addOrder} did. `sameFile`/`sameNumber`: nothing was added, `id` is the order already there. */
export type AddOutcome = 'added' | 'sameFile' | 'sameNumber';

/** Result of {@link Registry.addOrder} and of importing a file. */
export type AddOrderResult = Result<{ id: number; outcome: AddOutcome; number: string | null; message: string; warnings: string[] }>;

/** Input of {@link Registry.addOrder}. */
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

/** Result of a save: the version written (or, when nothing changed since the last save, the last one). */
export type SaveResult = Result<{ draftId: number; versionId: number; savedAt: string; unchanged: boolean }>;

/**
 * How {@link Registry.saveDraftVersion} records a save (issue 13, item 5): as a named version, or as an autosave of
 * an editing sitting, whose saves coalesce into one version.
 */
export interface SaveOptions {
  /**
   * The version's name (`dla Dyrektora`), as the user typed it (`version-names.ts` trims it; 1–80 characters). A
   * named version is never changed afterwards; it is a version of its own, except that the newest version receives
   * the name when nothing changed since it and it is unnamed, or when it is this sitting's autosave. Error:
   * `invalidName`.
   */
  name?: string | null;
  /**
   * The token of the editing sitting (the editor opened on this draft, until it is closed): while the newest version
   * is this sitting's unnamed autosave by the same author, a save replaces its content and time instead of adding
   * a version; with `name`, that version becomes the named one (and the sitting's next save starts a new version).
   */
  sitting?: string | null;
  /**
   * The save time of the base version (`baseVersionId`) as the caller last saw it: an autosave of another sitting
   * may have replaced that version's content since (same id, a later time), which is a conflict too.
   */
  baseSavedAt?: string | null;
}

/** Input of {@link Registry.signDraft}: the number and date the Prezydent signed under. */
export interface SignInput {
  /** `N/YYYY`, the year being the year of `date`. */
  number: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Who records the signing (the final version's author). */
  author: string;
}

/** The order whose source file has given bytes. */
export interface SourceMatch {
  id: number;
  number: string | null;
  fileName: string;
}

/**
 * A change to a stored model, made by {@link Registry.reviseModel} inside its write (the row locked): in, the stored
 * model; out, the new one with one Polish sentence for the audit log (`detail`), or a Polish message refusing it.
 */
export type ModelRevision = (order: Order) => { ok: true; order: Order; detail: string } | { ok: false; message: string };

/** Options of the reads that derive statuses: the day to derive them on (ISO, default today in local time). */
export interface DayOptions {
  today?: string;
}

/** The registry of orders, on either engine. */
export interface Registry {
  /** Which registry this is (engine and where). */
  readonly info: RegistryInfo;
  /** True when it was opened read-only (a SQLite file the user may not write): every write is refused. */
  readonly readOnly: boolean;
  /** Where an edit the registry refused to save is kept (`recovery.ts`), tried in order. */
  readonly recoveryDirs: string[];
  /**
   * The Polish error for something a read threw (a damaged SQLite page, a vanished disk, a server that cannot be
   * reached), the detail logged where the engine logs; null when `e` is none of those (a defect, left to throw).
   */
  readFailure(e: unknown): RegistryError | null;
  /**
   * Whether the registry answers now (one trivial query): false when the server cannot be reached (or the file
   * cannot be read); the window shows it is offline. Never throws for those; a defect still throws.
   */
  ping(): Promise<boolean>;
  /**
   * Calls `listener` whenever the registry changes, by anyone: on the server, every app's committed writes
   * (`LISTEN/NOTIFY`, `changes.ts`); on the SQLite file (one app at a time), this app's own. Out: the unsubscribe.
   */
  onChange(listener: (orderId: number | null) => void): () => void;
  /**
   * People and their roles, where each draft stands on its path (a director's proposal, in work at WON, who holds
   * it), review remarks anchored by id with replies, and the sign-offs signing requires (`draft-path.ts`).
   */
  readonly path: DraftPathStore;

  // ----- orders

  /** Every order, drafts included, oldest first, with the status derived on `today`. The models are not parsed. */
  listOrders(options?: DayOptions): Promise<OrderSummary[]>;
  /** Orders in force on `today`: organisational ones by subject, general ones last. */
  ordersInForce(options?: DayOptions): Promise<OrderSummary[]>;
  /** The summary of the order numbered `number` (`2006/2020`), or null. */
  findOrderByNumber(number: string, options?: DayOptions): Promise<OrderSummary | null>;
  /**
   * One order with its model (`meta.status`, `meta.number`, `meta.date` set from the registry) and its source
   * file's description. Errors: `notFound`; `invalidModel` when the stored model fails `OrderSchema`.
   */
  getOrder(id: number, options?: DayOptions): Promise<Result<{ order: RegistryOrder }>>;
  /**
   * The amending orders (zarządzenia zmieniające) linked to order `id` (by the number their introductory sentence
   * cites), drafts included, oldest first, with statuses derived on `today`. Empty for an unknown id or a draft.
   */
  amendmentsOf(id: number, options?: DayOptions): Promise<OrderSummary[]>;
  /** The bytes of the file order `id` was imported from, or null. */
  getSourceFile(id: number): Promise<{ fileName: string; sha256: string; bytes: Uint8Array } | null>;
  /** The order whose source file has these bytes (same sha256), or null. */
  findBySourceBytes(bytes: Uint8Array): Promise<SourceMatch | null>;
  /** Every stored model (current and versions) that fails `OrderSchema`, with a Polish message each. */
  checkModels(): Promise<ModelProblem[]>;
  /**
   * Adds an order: signed when it has a number and a date, else a draft with its first version. The same file
   * or number already present is recognised (`sameFile`, `sameNumber`: nothing added). Errors: `invalidModel`,
   * `invalidDate`, write errors.
   */
  addOrder(input: AddOrderInput): Promise<AddOrderResult>;

  /**
   * Rewrites the stored model of order `id` after its import (e.g. its unplaced text placed or discarded,
   * `core/import/unplaced.ts`), atomically: `revise` gets the stored model and gives the new one. A signed order keeps
   * its metadata, repeals and entry into force (what the registry's columns derive from); its search rows follow the
   * new model and the audit log records `saved` with the revision's detail. A draft gets a new version (its note the
   * detail), as a save does. Out: the model stored. Errors: `notFound`, `invalidModel` (stored or revised model),
   * `revisionRefused` (the revision's Polish message), write errors.
   */
  reviseModel(id: number, revise: ModelRevision, author: string): Promise<Result<{ order: Order }>>;
  /**
   * Enters (or, with null, clears) the day signed order `id` was published, for an order whose entry into force
   * counts from publication (`po upływie 14 dni od dnia ogłoszenia`): stored as `meta.publishedOn` and its date of
   * entry into force counted from it (`signedEntryIntoForce`), so that its status and the text in force follow; the
   * audit log records it. Errors: `notFound`; `invalidDate` (not a date, before signing, a draft, or an order that
   * does not count from publication); `invalidModel`; write errors.
   */
  setPublicationDate(id: number, date: string | null, author: string): Promise<Result<{ order: Order }>>;

  // ----- drafts and versions

  /** Creates a draft (number and date cleared) with its first version. Errors: `invalidModel`, `notFound` (replacesId), write errors. */
  createDraft(input: { order: Order; author: string; replacesId?: number | null }): Promise<SaveResult>;
  /**
   * Saves the draft's state as a new version, atomically (version and current model together). An unchanged
   * state writes nothing (`unchanged: true`). `baseVersionId`: the version the caller's state was based on
   * (optimistic concurrency): when someone saved another version since, and the content differs, nothing is
   * written and `conflict` says who changed it and when. Errors: `invalidModel`, `notFound`, `notDraft`,
   * `conflict`, write errors. `options`: a named version or an autosave of a sitting ({@link SaveOptions}).
   */
  saveDraftVersion(draftId: number, order: Order, author: string, note?: string | null, baseVersionId?: number | null, options?: SaveOptions): Promise<SaveResult>;
  /** The versions of a draft, oldest first (`n` = 1, 2 …); empty for an unknown id. */
  listVersions(draftId: number): Promise<VersionInfo[]>;
  /** One version with its model. Errors: `notFound`, `invalidModel`. */
  getVersion(versionId: number): Promise<Result<{ version: VersionInfo; order: Order }>>;
  /** Makes a version's content the newest version (note `Przywrócono wersję N …`). Errors as a save. */
  restoreVersion(versionId: number, author: string): Promise<SaveResult>;
  /** A version's order and the current state of its draft. Errors: `notFound`, `invalidModel`. */
  versionAndCurrent(versionId: number): Promise<Result<{ version: VersionInfo; versionOrder: Order; current: Order }>>;
  /** A version compared with the current state of its draft (core/compare). */
  compareVersionWithCurrent(versionId: number): Promise<Result<{ version: VersionInfo; comparison: Comparison }>>;
  /**
   * Records the signing: number and date, `signed` (then `inForce`), the orders it repeals repealed from its entry
   * into force. Errors: `invalidNumber`, `invalidDate`, `numberExists`, `notFound`, `notDraft`, `invalidModel`, write errors.
   */
  signDraft(draftId: number, input: SignInput): Promise<Result<{ order: OrderSummary }>>;

  /** The audit log of order `id`, oldest first: who imported, created, saved or signed it, and when. Empty for an unknown id. */
  listAudit(id: number): Promise<AuditEntry[]>;

  // ----- search

  /**
   * Full-text search over the tasks of the orders in force on `today`: diacritics-insensitive, every word required,
   * words matched as prefixes, best first, at most `limit` (default 50). Both engines give the same hits.
   */
  searchTasks(text: string, options?: { limit?: number; today?: string }): Promise<SearchHit[]>;

  // ----- settings the office shares (e.g. the journal citations)

  /** The stored value of shared setting `key` (parsed JSON), or null when none is stored. */
  getSetting(key: string): Promise<unknown>;
  /** Stores shared setting `key` (any JSON value). Errors: write errors. */
  setSetting(key: string, value: unknown): Promise<Result<object>>;

  // ----- the whole registry

  /**
   * The full integrity check of a SQLite file (table by table, yielding between tables; problems logged, one
   * Polish sentence). Null for a server registry: its database is the server's to check.
   */
  checkIntegrity(): Promise<IntegrityResult | null>;

  /**
   * A consistent copy of the registry in `file` (SQLite only; a server is backed up by its administrator, and the
   * PostgreSQL engine answers with a Polish message saying so).
   */
  backup(file: string): Promise<{ ok: true; file: string } | { ok: false; message: string }>;
  /** Closes the file or the connections. Safe to call twice. */
  close(): Promise<void>;
}
