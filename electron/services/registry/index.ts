/** The registry service: see `registry.ts` (orders, drafts, versions, search), `open.ts`, `import.ts`, `status.ts`,
 * refusals and recovery files (`faults.ts`, `recovery.ts`). */
export * from './types.js';
export * from './status.js';
export { taskRowsOf, matchQuery, foldForSearch, type TaskRow } from './search.js';
export * from './registry.js';
export * from './open.js';
export * from './import.js';
export * from './recovery.js';
export * from './restore-recovery.js';
export { refuseWrite, writeFailure, readFailure, isSqliteError, type PendingEdit } from './faults.js';
export { listBackups, restoreBackup, defaultBackupsDir, checkIntegrity, type DbError, type DbErrorCode, type RestoreResult, type IntegrityResult } from '../db/database.js';
