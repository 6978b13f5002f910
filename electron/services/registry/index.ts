/**
 * The registry service: the interface both engines implement (`repository.ts`), its implementation over SQL
 * (`registry.ts`, engine differences in `engines.ts`), opening by file path or server address (`open.ts`),
 * imports by path (`import.ts`), derived status (`status.ts`), what the search indexes (`search.ts`), refusals of
 * the SQLite file and recovery files (`faults.ts`, `recovery.ts`).
 */
export * from './types.js';
export * from './status.js';
export * from './repository.js';
export { taskRowsOf, matchQuery, tsQuery, queryWords, searchWords, foldForSearch, type TaskRow } from './search.js';
export { parseStoredModel, sameFileResult, SqlRegistry } from './registry.js';
export * from './open.js';
export * from './import.js';
export * from './recovery.js';
export * from './restore-recovery.js';
export { refuseWrite, writeFailure, readFailure, isSqliteError, type PendingEdit } from './faults.js';
export { listBackups, restoreBackup, defaultBackupsDir, checkIntegrity, type DbError, type DbErrorCode, type RestoreResult, type IntegrityResult } from '../db/database.js';
export { isPostgresUrl, displayPgUrl } from '../db/sql.js';
export { upgradeStoredModels, type UpgradeModelsResult, type UpgradeModelsOptions } from './upgrade-models.js';
export { readCitations, learnCitations, addUserCitation, removeStoredCitation, type RegistryCitations, type UserCitationInput, type CitationResult } from './citations.js';
export { normaliseVersionName, VERSION_NAME_MAX } from './version-names.js';
export { textInForce, orderInForce, orderWithAmendments, type TextInForceComparison } from './text-in-force.js';
