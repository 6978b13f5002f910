/**
 * The one contract of the bridge between the renderer and the main process.
 *
 * Every call the renderer can make is named here once: its channel (`domain:verb`), the method the preload
 * exposes on `window.api`, its argument and its result. The preload (`electron/preload/preload.ts`) and the
 * main-process handler table (`electron/services/handlers/`) are both typed from this file, so a call that is
 * renamed or reshaped here fails to compile on both sides.
 *
 * Only plain data crosses the bridge (structured clone): no class instances, no database rows, no functions.
 * Every result is an {@link ApiResult}: errors the user can cause come back as values with a Polish message,
 * never as a rejected promise.
 *
 * This file is shared by the renderer (tsconfig.web.json) and Node code: it may import types from `core/` only.
 */
import type { Finding } from '../../core/checks/types.js';
import type { Comparison } from '../../core/compare/types.js';
import type { UnplacedResolution } from '../../core/import/unplaced.js';
import type { InForceChange, InForceText } from '../../core/amend/in-force-diff.js';
import type { AmendedFacts } from '../../core/amend/check.js';
import type { Order } from '../../core/model/order.js';
import type { JournalCitations } from '../../core/templates/schemas.js';
import type { RenderedDocument } from '../../core/render/document.js';
import type { AuditEntry, OrderSummary, RecoveryInfo, SearchHit } from '../services/registry/shapes.js';

export type { RegistryStatus, SearchHit, RecoveryInfo, AuditEntry, AmendmentMark } from '../services/registry/shapes.js';
import type { CurrentUser, DraftPath, RegistryUser, Remark, SignOff } from '../services/registry/path-shapes.js';
export type { CurrentUser, DraftPath, DraftStage, RegistryUser, Remark, RemarkAnchor, SignOff, SignOffOffice, UserRole } from '../services/registry/path-shapes.js';

/** One order of the registry, as listed on the start screen (no body): the registry's own summary. */
export type RegistryEntry = OrderSummary;

export type { Finding } from '../../core/checks/types.js';
export type { Comparison } from '../../core/compare/types.js';

/** An error returned through the bridge: a stable machine code and a one-line Polish message for the user. */
export interface ApiError {
  /** Stable code, kebab-case (`invalid-argument`, `not-found`, `import-empty`, …). */
  code: string;
  /** One line in Polish, shown to the user as it is. */
  message: string;
}

/** What every call returns: its value, or an error the user can read. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ---------------------------------------------------------------------------------------------------------------
// Plain-data shapes that cross the bridge
// ---------------------------------------------------------------------------------------------------------------

/** An order read from a file by the importer. */
export interface ImportedOrder {
  order: Order;
  /** Polish notes from the importer: what it repaired or could not place. */
  warnings: string[];
  /** Base name of the file read (`krakow-3468-2024.txt`), for the window title and the report. */
  fileName: string;
  /** The token of the file read (absent for pasted text): `registry:addImported` keeps the file with the order. */
  token?: string;
}

/**
 * A file the renderer may ask the main process to read: an opaque token (issued by the main process for a file
 * the user chose in a dialog, dropped on the window or finds on the recent list) and the file's base name to show.
 * The renderer never sees or sends a path.
 */
export interface FileRef {
  token: string;
  name: string;
  /** ISO time the file was last opened (recent-files list only). */
  openedAt?: string;
}

/** What importing a file into the registry did (`added`, or recognised as already there). */
export interface RegistryImport {
  id: number;
  outcome: 'added' | 'sameFile' | 'sameNumber';
  number: string | null;
  /** Polish sentence saying what happened. */
  message: string;
  /** Importer notes: what it repaired or could not place. */
  warnings: string[];
}

/** One saved version of a draft. */
export interface DraftVersion {
  id: number;
  /** 1-based number of the version within its draft. */
  n: number;
  /** ISO timestamp. */
  savedAt: string;
  author: string;
  /** E.g. `Przywrócono wersję 3`, or null. */
  note: string | null;
  /** The name the user gave the version (`dla Dyrektora`), or null (an autosave, an import, a restore…). */
  name: string | null;
}

/**
 * Two versions of one draft compared in document form (`draft:compareVersions`): the newer one as a standalone HTML
 * page laid out as the print preview, with insertions, deletions and moves marked (core/redline/html.ts).
 */
export interface VersionRedline {
  /** The older of the two (the comparison runs from it). */
  from: DraftVersion;
  /** The newer of the two. */
  to: DraftVersion;
  /** The page: shown in a frame that runs no scripts. */
  html: string;
  /** Paragraphs changed, inserted, deleted and moved. */
  stats: { changed: number; inserted: number; deleted: number; moved: number };
}

/** What a save wrote. `unchanged`: nothing differed from the last version, so nothing was written. */
export interface DraftSaved {
  versionId: number;
  savedAt: string;
  unchanged: boolean;
}

/** A draft as the editor opens it. */
export interface DraftDocument {
  id: number;
  order: Order;
  /** The order it replaces (its id and model), if any: comparison and coverage ledger run against it. */
  replacing: { id: number; order: Order } | null;
  /** ISO time of the last save. */
  savedAt: string;
  /** The newest saved version (the base of the next save, see `draft:save`). */
  versionId: number;
  /** When that version was saved (ISO), sent back as `baseSavedAt`. */
  versionSavedAt: string;
}

/** The texts in force of a registry order at two dates, its amending orders applied, and what differs (issue 17). */
export interface TextInForce {
  order: RegistryEntry;
  /** Its amending orders in the registry, oldest first (drafts too; only signed ones are applied). */
  amendments: RegistryEntry[];
  from: InForceText;
  to: InForceText;
  /** Units whose wording differs between the two dates, in the order of the later text. */
  changes: InForceChange[];
}

/** What an amending order made from a draft replacing an order would be (issue 17): the measure of change. */
export interface AmendPlanInfo {
  /** Points of the amending order (changes). */
  changes: number;
  /** Editorial units touched, of all the units of the order in force. */
  touched: number;
  total: number;
  /** touched / total (0–1), and the threshold above which a new order reads better. */
  measure: number;
  threshold: number;
  /** True above the threshold: the app proposes replacing the order rather than amending it. */
  proposeNewOrder: boolean;
}

/** An amending order (a draft) and the order it amends: the text before and after it, and its findings. */
export interface AmendedView {
  /** The amended order in the registry. */
  amended: RegistryEntry;
  /** The amended order's text in force today, without this amendment. */
  before: Order;
  /** The order as amended (this amendment applied), or null when a change cannot be applied (see `findings`). */
  after: Order | null;
  /** Findings of the amending order (cited order, quotations, insertions, § 2 and § 3), each with its point (0: the introductory sentence). */
  findings: { point: number; message: string }[];
}

/** A draft version with its content, opened read-only (its print preview). */
export interface DraftVersionDocument {
  version: DraftVersion;
  /** The draft's id. */
  draftId: number;
  order: Order;
}

/** A draft version compared with the draft's current (saved) state: units and tasks changed since that version. */
export interface VersionComparison {
  version: DraftVersion;
  /** `core/compare` with the version as the old order and the current state as the new one. */
  comparison: Comparison;
}

/** A template a new draft can start from (`templates/order-kinds.json`). */
export interface DraftTemplate {
  /** `wydzial`, `kancelaria-biuro`. */
  name: string;
  /** Polish description shown in the dialog. */
  description: string;
  /** The order the template follows (`3468/2024`), when the template names one. */
  modelOrder: string | null;
}

/** The app's settings as the renderer sees them. */
export interface AppSettings {
  /** The name the user set as the author of saved versions, or null (the system user's name is used). */
  authorName: string | null;
  /** The system user's name (the default author). */
  systemUserName: string;
  /** The author recorded with the next saved version: `authorName` or, when unset, `systemUserName`. */
  author: string;
}

/** One journal citation of an act as the settings page lists it. */
export interface CitationEntryView {
  /** `Dz. U. z 2024 r. poz. 1465 i 1572`. */
  text: string;
  year: number;
  issue?: number;
  positions: number[];
  /** ISO date from which it is the citation to write. */
  currentFrom: string;
  /** Polish: which order (or the user, or the spec) it comes from. */
  source: string;
  /** `shipped`: confirmed data of the app (cannot be removed); `user`: added on this page; `learned`: from a signed order. */
  origin: 'shipped' | 'user' | 'learned';
}

/** An act whose journal citation the app keeps current, with its entries (newest first). */
export interface CitationActView {
  key: string;
  /** `ustawy z dnia 8 marca 1990 r. o samorządzie gminnym`. */
  act: string;
  /** Where the orders cite it (Polish). */
  citedIn: string | null;
  entries: CitationEntryView[];
}

/** The journal citations the app knows: the acts for the settings page, and the book the checks read. */
export interface CitationsView {
  acts: CitationActView[];
  /** The merged book (`core/legal-basis`), passed back with `check:run` and `check:fix`. */
  book: JournalCitations;
}

/** The result of the full integrity check of the registry (run in the background after start, or on demand). */
export interface IntegrityReport {
  ok: boolean;
  /** One Polish sentence (naming the fault log when something is wrong). */
  message: string;
  /** ISO time the check ended. */
  checkedAt: string;
}

/**
 * The state of the registry the start screen shows: which registry it is (a file on this computer or the office's
 * server) and whether it can be reached, read-only banner, edits to recover, integrity.
 */
export interface RegistryInfo {
  /** `sqlite`: a file on this computer; `postgresql`: the office's server. */
  engine: 'sqlite' | 'postgresql';
  /**
   * The registry file, or the server's address `postgresql://user@host:port/database` (never a password); shown to
   * the user, never sent back by the renderer.
   */
  path: string;
  /** False when the registry cannot be opened now (server unreachable, file in use…); `message` says why. */
  connected: boolean;
  /** Why it cannot be opened (one Polish sentence), or null. */
  message: string | null;
  /** True when the file could not be written and the registry is open read-only. */
  readOnly: boolean;
  /** Edits kept from refused saves, newest first, to restore or discard. */
  recoveries: RecoveryInfo[];
  /** The last full integrity check of this run, or null when none has finished yet. */
  integrity: IntegrityReport | null;
}

/**
 * Whether the registry answers now, polled by the window every few seconds: the offline indicator, and lists that
 * refresh when `changes` grows (someone, here or in another app on the office's server, changed the registry).
 */
export interface ConnectionState {
  engine: 'sqlite' | 'postgresql';
  /** False when the registry cannot be reached now (server down, network cut); `message` says what happens to edits. */
  online: boolean;
  /** One Polish sentence when offline, else null. */
  message: string | null;
  /** Changes announced since the app started (`LISTEN/NOTIFY` on the server); only its growth means anything. */
  changes: number;
}

/** The people of the registry and who is using the app now (`users:*`). */
export interface UsersState {
  users: RegistryUser[];
  me: CurrentUser;
}

/** A draft's path, remarks and sign-offs, and who is looking (`review:*`). */
export interface ReviewState {
  path: DraftPath;
  /** Remarks and replies, oldest first. */
  remarks: Remark[];
  signOffs: SignOff[];
  me: CurrentUser;
}

/** What restoring a kept edit did: the draft holding it (a new one when its own is gone). */
export interface RecoveryRestored {
  draftId: number;
  asNew: boolean;
  /** Polish sentence. */
  message: string;
}

/** Where a file was written, or null when the user cancelled the save dialog. */
export type SavedFile = { path: string } | null;

// ---------------------------------------------------------------------------------------------------------------
// The calls
// ---------------------------------------------------------------------------------------------------------------

/**
 * Every call, by channel: `arg` is what the renderer passes (`void` for none), `result` the value of a
 * successful {@link ApiResult}.
 */
export interface ApiCalls {
  /**
   * Reads an order (`.txt`, `.md`, `.docx`, `.pdf`, or the app's `.json`), outside the registry, from a file named by
   * its token (a dropped file or one of the recent list); a path or any other value is refused.
   */
  'import:file': { arg: { token: string }; result: ImportedOrder };
  /** Asks the user for a file with the system dialog, then reads it as `import:file`; null when cancelled. */
  'import:choose': { arg: void; result: ImportedOrder | null };
  /**
   * Reads an order pasted from the clipboard (`Wklej zarządzenie`): its HTML when the clipboard has it (a copy from a
   * web page or Word), else its plain text; the same importer and report as a file.
   */
  'import:paste': { arg: { text?: string; html?: string }; result: ImportedOrder };
  /** Every order of the registry, drafts included, oldest first. */
  'registry:list': { arg: void; result: RegistryEntry[] };
  /** One order of the registry with its body. */
  'registry:get': { arg: { id: number }; result: { entry: RegistryEntry; order: Order } };
  /** Searches the tasks of every order in force. */
  'registry:search': { arg: { query: string; limit?: number }; result: SearchHit[] };
  /** Imports a file into the registry: the one of `token`, or (no token) one the user chooses; null when cancelled. */
  'registry:import': { arg: { token?: string }; result: RegistryImport | null };
  /**
   * Places a fragment of an order's unplaced text as a point of a chosen unit's scope, or discards it knowingly
   * (the import report); recorded in the audit log (a draft gets a new version). Out: the order as stored now.
   */
  'registry:resolveUnplaced': { arg: { id: number; resolution: UnplacedResolution }; result: { entry: RegistryEntry; order: Order } };
  /**
   * Enters (null: clears) the day a signed order was published, for an order whose entry into force counts from
   * publication (`po upływie 14 dni od dnia ogłoszenia`): its date of entry into force, status and text in force are
   * counted from it (issue 17). Out: the order as stored now.
   */
  'registry:setPublished': { arg: { id: number; date: string | null }; result: { entry: RegistryEntry; order: Order } };
  /**
   * Saves an order read outside the registry (a file opened by its token, or pasted content) into the registry,
   * with the file or the pasted copy as its source; signed when it has a number and date, else a draft.
   */
  'registry:addImported': { arg: { order: Order; token?: string; pasted?: { text?: string; html?: string } }; result: RegistryImport };
  /** The recently opened files, newest first, each with its token. */
  'files:recent': { arg: void; result: FileRef[] };
  /**
   * The state of the registry: which one (file or server) and whether it can be reached, read-only, edits kept
   * from refused saves, the last integrity check. Answers even when the registry cannot be opened.
   */
  'registry:info': { arg: void; result: RegistryInfo };
  /** Whether the registry answers now and how many changes it announced (offline indicator, lists that refresh). */
  'registry:status': { arg: void; result: ConnectionState };
  /** The people of the registry with their roles, and the current user. */
  'users:list': { arg: void; result: UsersState };
  /** Adds or changes a person (a lawyer's right; anyone's while the registry lists nobody). */
  'users:save': { arg: { name: string; role: 'lawyer' | 'director' | 'reader'; department?: string | null }; result: UsersState };
  /** Removes a person (their versions and remarks stay). */
  'users:remove': { arg: { name: string }; result: UsersState };
  /** Where every draft stands: proposal or in work, who holds it, open remarks, sign-offs. */
  'review:paths': { arg: void; result: DraftPath[] };
  /** A draft's path, remarks and sign-offs. */
  'review:get': { arg: { id: number }; result: ReviewState };
  /** WON takes a director's proposal into work (a lawyer's right): the lawyer holds it from now on. */
  'review:take': { arg: { id: number }; result: ReviewState };
  /** A remark anchored to the draft, a unit, a task or a clause by id; with `parentId`, a reply to a remark. */
  'review:remark': { arg: { id: number; parentId?: number | null; anchor: { kind: 'draft' } | { kind: 'unit' | 'task' | 'clause'; id: string; label: string }; text: string }; result: ReviewState };
  /** Resolves a remark, or opens it again. */
  'review:resolve': { arg: { id: number; remarkId: number; resolved: boolean }; result: ReviewState };
  /** Records the sign-off of the Sekretarz, the Skarbnik or the legal office: name and date (ISO). */
  'review:signOff': { arg: { id: number; office: 'sekretarz' | 'skarbnik' | 'prawny'; name: string; date: string }; result: ReviewState };
  /** Runs the full integrity check of the registry now (it also runs in the background after start). */
  'registry:checkIntegrity': { arg: void; result: IntegrityReport };
  /** Restores an edit kept from a refused save (by the token of `registry:info`), as a new version or draft. */
  'recovery:restore': { arg: { id: string }; result: RecoveryRestored };
  /** Discards an edit kept from a refused save. */
  'recovery:discard': { arg: { id: string }; result: null };
  /** Starts a draft replacing an order of the registry. */
  'draft:create': { arg: { replacingId: number }; result: DraftDocument };
  /** The texts in force of an order at two ISO dates (its signed amending orders in force by each applied) and their difference. */
  'registry:textInForce': { arg: { id: number; from: string; to: string }; result: TextInForce };
  /** The measure of an amending order for the editor's state of a draft replacing an order (amend instead of replace). */
  'draft:amendPlan': { arg: { id: number; order: Order }; result: AmendPlanInfo };
  /** Writes the amending order for the editor's state of a draft replacing an order, as a new draft linked to the amended order. */
  'draft:amend': { arg: { id: number; order: Order }; result: DraftDocument };
  /** The amended order's text before and after an amending order (the editor's state), and the amending order's findings. */
  'amend:view': { arg: { order: Order }; result: AmendedView };
  /** What the registry says of the order an amending draft cites (status, text in force, earlier amendments), for the live checks. */
  'amend:facts': { arg: { number: string }; result: AmendedFacts };
  /** Opens a draft of the registry. */
  'draft:open': { arg: { id: number }; result: DraftDocument };
  /** Saves a draft as a new version (nothing is written when it did not change). */
  /**
   * `baseVersionId`: the version the editor's state is based on; when someone saved another version since (and the
   * content differs), nothing is written and the error `conflict` says who changed it and when.
   */
  /**
   * `sitting`: the token of the editing sitting of an autosave (its saves coalesce into one version while that
   * version is the newest, unnamed and the author's own); `name`: save as a named version (`dla Dyrektora`;
   * error `invalidName` for an empty or too long name).
   */
  'draft:save': { arg: { id: number; order: Order; baseVersionId?: number; baseSavedAt?: string; sitting?: string; name?: string }; result: DraftSaved };
  /**
   * Keeps the editor's latest state of a draft in the main process (not a version yet): saved by the main process
   * if the window's renderer crashes or stops answering before its autosave.
   */
  'draft:stage': { arg: { id: number; order: Order; baseVersionId?: number; baseSavedAt?: string }; result: null };
  /** The audit log of a draft (or order): who imported, created, saved or signed it, and when; oldest first. */
  'draft:audit': { arg: { id: number }; result: AuditEntry[] };
  /** The saved versions of a draft, oldest first. */
  'draft:versions': { arg: { id: number }; result: DraftVersion[] };
  /** Restores a saved version: its content becomes the newest version. */
  'draft:restore': { arg: { versionId: number }; result: DraftDocument };
  /** One saved version of a draft with its content, to be shown read-only. */
  'draft:version': { arg: { versionId: number }; result: DraftVersionDocument };
  /** A saved version compared with the draft's current saved state (units and tasks changed since). */
  'draft:compareVersion': { arg: { versionId: number }; result: VersionComparison };
  /** Any two versions of one draft compared in document form (the older one is `from`, whichever order they come in). */
  'draft:compareVersions': { arg: { versionIds: [number, number] }; result: VersionRedline };
  /** The templates a new draft can start from (name and Polish description). */
  'draft:templates': { arg: void; result: DraftTemplate[] };
  /** Creates a new draft from a template for a subject (nominative: `Wydział Kultury`) and opens it. */
  'draft:fromTemplate': { arg: { template: string; subject: string }; result: DraftDocument };
  /** Records the number and date of signing; the orders it repeals become repealed. */
  'draft:sign': { arg: { id: number; number: string; date: string }; result: RegistryEntry };
  /** The app's settings (the author of saved versions). */
  'settings:get': { arg: void; result: AppSettings };
  /** Sets the author of saved versions (null or empty: the system user's name again); kept in the app's settings. */
  'settings:setAuthor': { arg: { name: string | null }; result: AppSettings };
  /**
   * Runs the checks (core/checks) on an order, optionally against the order it replaces; errors first. `citations`:
   * the book of journal citations of `citations:get` (default: the shipped data).
   */
  'check:run': { arg: { order: Order; against?: Order | null; citations?: JournalCitations; amended?: AmendedFacts }; result: Finding[] };
  /** Applies the fix a finding offers; the result is the corrected order. */
  'check:fix': { arg: { order: Order; finding: Finding; against?: Order | null; citations?: JournalCitations }; result: Order };
  /** The journal citations of the acts the orders cite: shipped, added by the user, learned from signed orders. */
  'citations:get': { arg: void; result: CitationsView };
  /** Adds a citation of an act (`Dz. U. z 2025 r. poz. 1153`) current from a date; errors in Polish. */
  'citations:add': { arg: { actKey: string; text: string; currentFrom: string }; result: CitationsView };
  /** Removes an entry the user added or the registry learned (the shipped ones stay). */
  'citations:remove': { arg: { actKey: string; year: number; issue?: number; positions: number[]; currentFrom: string }; result: CitationsView };
  /** Compares a draft with the order it replaces (core/compare): units, tasks, coverage ledger. */
  'compare:run': { arg: { old: Order; new: Order }; result: Comparison };
  /** The full text of an order as it will print (plain text, paragraphs separated by blank lines). */
  'render:text': { arg: { order: Order }; result: string };
  /** The order as rendered blocks (heading, title, basis, numbered body, signature, annex), for the preview. */
  'render:document': { arg: { order: Order }; result: RenderedDocument };
  /** The organisational chart (annex) as an SVG document. */
  'chart:svg': { arg: { order: Order }; result: string };
  /**
   * The whole order as it will print, as a standalone HTML page (core/preview: the order's pages, then the
   * landscape annex with the chart). The PDF and the printout are made from the same page.
   */
  'render:preview': { arg: { order: Order }; result: string };
  /**
   * Exports the order as DOCX (core/docx, the chart as the annex) to where the user chooses in the save dialog;
   * null when cancelled. The renderer never names the path: only the system dialog does.
   */
  'export:docx': { arg: { order: Order }; result: SavedFile };
  /** Exports the print preview as PDF through the save dialog; null when cancelled. */
  'export:pdf': { arg: { order: Order }; result: SavedFile };
  /**
   * Exports the change report (zestawienie zmian: the comparison of the draft with the order it replaces, with the
   * coverage answers) as DOCX through the save dialog; null when cancelled.
   */
  'export:changes': { arg: { old: Order; new: Order }; result: SavedFile };
  /**
   * Exports the draft as Word tracked changes against the order it replaces (wersja ze zmianami, core/redline) as DOCX
   * through the save dialog; null when cancelled.
   */
  'export:redline': { arg: { old: Order; new: Order }; result: SavedFile };
  /** Prints the order (the print preview) through the system print dialog; `printed` false when the user cancelled. */
  'print:order': { arg: { order: Order }; result: { printed: boolean } };
}

/** A channel name (`domain:verb`). */
export type Channel = keyof ApiCalls;
/** The argument of a call. */
export type ArgOf<C extends Channel> = ApiCalls[C]['arg'];
/** The value of a successful call. */
export type ValueOf<C extends Channel> = ApiCalls[C]['result'];

/**
 * The method name the preload exposes on `window.api` for each channel. Kept as data so that tests can
 * check that the preload and the main process cover every channel exactly once.
 */
export const METHODS = {
  importFile: 'import:file',
  importChoose: 'import:choose',
  importPaste: 'import:paste',
  registryList: 'registry:list',
  registryGet: 'registry:get',
  registrySearch: 'registry:search',
  registryImport: 'registry:import',
  registryResolveUnplaced: 'registry:resolveUnplaced',
  registrySetPublished: 'registry:setPublished',
  registryAddImported: 'registry:addImported',
  filesRecent: 'files:recent',
  registryInfo: 'registry:info',
  registryCheckIntegrity: 'registry:checkIntegrity',
  registryStatus: 'registry:status',
  usersList: 'users:list',
  usersSave: 'users:save',
  usersRemove: 'users:remove',
  reviewPaths: 'review:paths',
  reviewGet: 'review:get',
  reviewTake: 'review:take',
  reviewRemark: 'review:remark',
  reviewResolve: 'review:resolve',
  reviewSignOff: 'review:signOff',
  recoveryRestore: 'recovery:restore',
  recoveryDiscard: 'recovery:discard',
  draftCreate: 'draft:create',
  registryTextInForce: 'registry:textInForce',
  draftAmendPlan: 'draft:amendPlan',
  draftAmend: 'draft:amend',
  amendView: 'amend:view',
  amendFacts: 'amend:facts',
  draftOpen: 'draft:open',
  draftSave: 'draft:save',
  draftStage: 'draft:stage',
  draftVersions: 'draft:versions',
  draftAudit: 'draft:audit',
  draftRestore: 'draft:restore',
  draftVersion: 'draft:version',
  draftCompareVersion: 'draft:compareVersion',
  draftCompareVersions: 'draft:compareVersions',
  draftTemplates: 'draft:templates',
  draftFromTemplate: 'draft:fromTemplate',
  draftSign: 'draft:sign',
  settingsGet: 'settings:get',
  settingsSetAuthor: 'settings:setAuthor',
  checkRun: 'check:run',
  checkFix: 'check:fix',
  citationsGet: 'citations:get',
  citationsAdd: 'citations:add',
  citationsRemove: 'citations:remove',
  compareRun: 'compare:run',
  renderText: 'render:text',
  renderDocument: 'render:document',
  chartSvg: 'chart:svg',
  renderPreview: 'render:preview',
  exportDocx: 'export:docx',
  exportPdf: 'export:pdf',
  exportChanges: 'export:changes',
  exportRedline: 'export:redline',
  printOrder: 'print:order',
} as const satisfies Record<string, Channel>;

/** A method name of `window.api`. */
export type MethodName = keyof typeof METHODS;

/** Every channel, in contract order. */
export const CHANNELS = Object.values(METHODS) as Channel[];

/** The function shape of one call as the renderer sees it. */
export type BridgeCall<C extends Channel> = ArgOf<C> extends void
  ? () => Promise<ApiResult<ValueOf<C>>>
  : (arg: ArgOf<C>) => Promise<ApiResult<ValueOf<C>>>;

/** `window.api`: one named method per call. The preload object `satisfies` this type. */
export type BridgeApi = { [M in MethodName]: BridgeCall<(typeof METHODS)[M]> };

/** A main-process handler: takes the raw, unvalidated argument and returns a result value. */
export type Handler<C extends Channel> = (arg: unknown) => Promise<ApiResult<ValueOf<C>>>;

/**
 * The handler table: one handler per channel. Channels whose service has not landed yet are absent; the main
 * process answers them with an `unavailable` error rather than leaving the renderer's promise to reject.
 */
export type HandlerTable = { [C in Channel]?: Handler<C> };

// ---------------------------------------------------------------------------------------------------------------
// Events from main to renderer
// ---------------------------------------------------------------------------------------------------------------

/** Commands of the application menu that the renderer carries out (the menu lives in the main process). */
export const MENU_COMMANDS = [
  'open', 'new-draft', 'save', 'export-docx', 'export-pdf', 'export-change-report', 'export-redline', 'print', 'preview', 'about',
  'undo', 'redo', 'move-task', 'next-region', 'previous-region', 'shortcuts', 'insert-reference', 'citations',
] as const;
/** One command of the application menu. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one main → renderer channel: a menu command. */
export const MENU_CHANNEL = 'menu:command';

/**
 * Before the window closes, quits or reloads, the main process asks the renderer to save its pending edit
 * (`FLUSH_CHANNEL`, with a token) and waits for the answer (`FLUSHED_CHANNEL`: the token and whether everything
 * is saved), with a time limit.
 */
export const FLUSH_CHANNEL = 'app:flush';
export const FLUSHED_CHANNEL = 'app:flushed';

/** Subscriptions the preload exposes beside the calls; each returns a function that unsubscribes. */
export interface BridgeEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Answers the main process's request to save before the window goes: the listener resolves true when all is saved. */
  onFlushRequest(listener: () => Promise<boolean>): () => void;
}

/**
 * The one channel that carries a path, and only from the preload: the path of a file the user dropped on the
 * window, which the preload takes from the dropped `File` with Electron's `webUtils.getPathForFile` (the page
 * cannot make a `File` that has one). The main process answers with the file's token. Not part of the handler
 * table: the page has no way to name the path itself.
 */
export const DROP_CHANNEL = 'files:drop';

/** Files dropped on the window: the preload turns a dropped `File` into a token. */
export interface BridgeFiles {
  /** The token of a file dropped on the window (refused when it is not a file the app reads). */
  fileDropped(file: File): Promise<ApiResult<FileRef>>;
}

/**
 * The organisational chart in a window of its own (issue 13, item 3: read, zoomed and panned beside the editor, on
 * a second screen if there is one). The editor's page asks the main process to open (or refresh) the window with
 * the draft as it stands (`CHART_WINDOW_CHANNEL`); the chart window, a second page of the app (the renderer's own
 * page at `#schemat`, with the same scheme, preload and security), reads what it shows (`CHART_CONTENT_CHANNEL`),
 * draws it through `chart:svg`, and is told when the draft changed (`CHART_UPDATED_CHANNEL`). Not in the handler
 * table: the main process answers by the window that asks.
 */
export const CHART_WINDOW_CHANNEL = 'chart:window';
export const CHART_CONTENT_CHANNEL = 'chart:content';
export const CHART_UPDATED_CHANNEL = 'chart:updated';

/** What the chart window shows: the order to draw and the window's title (`Schemat organizacyjny: Wydział …`). */
export interface ChartWindowContent {
  order: Order;
  title: string;
}

/** The chart window, from the editor's page and from the chart window's own page. */
export interface BridgeChartWindow {
  /**
   * `show`: opens the chart window (or brings the open one to the front) with `content`; without it, only refreshes
   * the window if it is open. Out: whether the window is open now.
   */
  openChartWindow(arg: ChartWindowContent & { show: boolean }): Promise<ApiResult<{ open: boolean }>>;
  /** In the chart window: what it shows (error `notFound` when the editor that opened it is gone). */
  chartWindowContent(): Promise<ApiResult<ChartWindowContent>>;
  /** In the chart window: the draft changed; read the content again. Returns the unsubscribe. */
  onChartWindowUpdated(listener: () => void): () => void;
}

/** Everything `window.api` holds. */
export type WindowApi = BridgeApi & BridgeEvents & BridgeFiles & BridgeChartWindow;

declare global {
  interface Window {
    /** The bridge, exposed by the preload. */
    api: WindowApi;
  }
}
