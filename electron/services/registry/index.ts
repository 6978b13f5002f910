/** The registry service: see `registry.ts` (orders, drafts, versions, search), `open.ts`, `import.ts`, `status.ts`. */
export * from './types.js';
export * from './status.js';
export { taskRowsOf, matchQuery, foldForSearch, type TaskRow } from './search.js';
export * from './registry.js';
export * from './open.js';
export * from './import.js';
export { listBackups, restoreBackup, defaultBackupsDir, type DbError, type DbErrorCode, type RestoreResult } from '../db/database.js';
