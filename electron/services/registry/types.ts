/**
 * Plain-data shapes the registry service takes and returns. Everything here can cross the bridge to the renderer
 * (no database rows, no class instances). The registry itself (the interface both engines implement) is in
 * `repository.ts`.
 */
import type { Order } from '../../../core/model/index.js';
import type { DbError } from '../db/database.js';
import type { OrderSummary } from './shapes.js';

export type { RegistryStatus, OrderSummary, SearchHit, AuditEntry, AmendmentMark } from './shapes.js';

/** Result of an importer (the lead's `core/import` / `electron/services/import-file.ts`; see notes/HELPERS.md). */
export type ImportResult = { ok: true; order: Order; warnings: string[] } | { ok: false; error: { code: string; message: string } };

/** Reads the text of an order file (`importText` of `core/import`). */
export type TextImporter = (text: string, format: 'txt' | 'md' | 'pdf' | 'docx') => ImportResult;

/** Reads an order file by path (`importFile` of `electron/services/import-file.ts`). */
export type FileImporter = (path: string) => Promise<ImportResult>;

/** Why a registry operation did not happen. Every code comes with a Polish message. */
export type RegistryErrorCode =
  | 'notFound'
  | 'notDraft'
  | 'invalidModel'
  | 'invalidNumber'
  | 'invalidDate'
  | 'numberExists'
  | 'importFailed'
  | 'diskFull'
  | 'constraint'
  | 'busy'
  | 'readOnly'
  | 'writeFailed'
  | 'fileDeleted'
  | 'fileReplaced'
  | 'fileUnwritable'
  | 'corrupt'
  | 'readFailed'
  | 'offline'
  | 'conflict'
  | 'signOffsMissing'
  | 'revisionRefused'
  | 'invalidName'
  | 'unavailable';

/** A failed registry operation: what happened, in Polish, for the user. */
export interface RegistryError {
  code: RegistryErrorCode;
  message: string;
}

/** A value or a {@link RegistryError}. */
export type Result<T> = ({ ok: true } & T) | { ok: false; error: RegistryError };

/** A whole order of the registry: the summary, the model (its `meta.status` set to the derived status) and its source file. */
export interface RegistryOrder extends OrderSummary {
  order: Order;
  /** The file it was imported from, without the bytes (see `getSourceFile`). */
  source: { fileName: string; sha256: string; size: number; importedAt: string } | null;
}

/** One saved version of a draft. */
export interface VersionInfo {
  id: number;
  draftId: number;
  /** 1-based number of the version within its draft. */
  n: number;
  /** ISO time of the save (UTC, with milliseconds). */
  savedAt: string;
  author: string;
  /** E.g. `Przywrócono wersję 3`, or null. */
  note: string | null;
  /** The name the user gave the version (`dla Dyrektora`), or null (an autosave, an import, a restore…). */
  name: string | null;
  /** Size of the stored model JSON, bytes. */
  size: number;
}

/** A stored model that fails validation against `OrderSchema`: reported, never thrown. */
export interface ModelProblem {
  /** `order` for the current model of a registry row, `version` for a saved draft version. */
  where: 'order' | 'version';
  id: number;
  number: string | null;
  message: string;
}

/** Why the registry could not be opened: the database errors (`db/database.ts`). */
export type OpenRegistryError = DbError;

