/**
 * How the registry says no: a write refused because the file under the running instance is no longer the one it
 * opened (`db/file-guard.ts`), and SQLite errors of writes and reads, each as one Polish sentence for the user
 * with SQLite's detail in the fault log (`db/fault-log.ts`) the sentence names. A refused save of a draft keeps
 * the edit in a recovery file (`recovery.ts`) and the sentence says where.
 */
import type { Order } from '../../../core/model/index.js';
import type { Db } from '../db/database.js';
import { defaultFaultLogPath, logFault, seeLog } from '../db/fault-log.js';
import { errorCode, faultSentence, type FileFault, type FileGuard } from '../db/file-guard.js';
import { keepForRecovery, recoveryDirs } from './recovery.js';
import type { RegistryError, RegistryErrorCode } from './types.js';

/** What the refusals of a SQLite registry need: its connection and file, the guard, the fault log and the recovery folders. */
export interface SqliteFaultContext {
  /** The connection (reads the base version of a refused save). */
  readonly db: Db;
  /** The registry file. */
  readonly path: string;
  /**
   * Watches the file under the running instance (deleted, replaced, made read-only); checked before each write.
   * Absent: writes are not guarded (a registry built by hand in a test).
   */
  readonly fileGuard?: FileGuard;
  /** Where SQLite errors are logged (the Polish sentence names it); default beside the registry. */
  readonly faultLogPath?: string;
  /** Where a refused draft save keeps the edit, tried in order (`recovery.ts`); default beside the registry. */
  readonly recoveryDirs?: string[];
}

type Registry = SqliteFaultContext;

/** A draft save that may be refused: what to keep for recovery. */
export interface PendingEdit {
  draftId: number;
  order: Order;
  author: string;
}

const FAULT_CODE: Record<FileFault, RegistryErrorCode> = { deleted: 'fileDeleted', replaced: 'fileReplaced', unwritable: 'fileUnwritable', readOnly: 'readOnly' };

function refusal(code: RegistryErrorCode, message: string): { ok: false; error: RegistryError } {
  return { ok: false, error: { code, message } };
}

/** The newest version of draft `draftId` (read through the old connection, which still reads), or null. */
function baseVersionOf(reg: Registry, draftId: number): { id: number; savedAt: string } | null {
  try {
    const r = reg.db.prepare('SELECT id, saved_at AS savedAt FROM draft_version WHERE order_id = ? ORDER BY id DESC LIMIT 1').get(draftId) as { id: number; savedAt: string } | undefined;
    return r ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps `edit` for recovery (when there is one) and gives the clause saying so, to end the refusal sentence:
 * `; zmiana została zachowana w pliku odzyskiwania „…”, a program zaproponuje jej przywrócenie przy następnym
 * uruchomieniu`, or that it could not be kept, or `fallback` when there is no edit.
 */
function recoveryClause(reg: Registry, edit: PendingEdit | undefined, reason: string, fallback: string): string {
  if (!edit) return fallback;
  const file = keepForRecovery(reg.recoveryDirs ?? recoveryDirs(reg.path), {
    registryPath: reg.path,
    draftId: edit.draftId,
    baseVersion: baseVersionOf(reg, edit.draftId),
    author: edit.author,
    savedAt: new Date().toISOString(),
    reason,
    order: edit.order,
  });
  return file
    ? `; zmiana została zachowana w pliku odzyskiwania „${file}”, a program zaproponuje jej przywrócenie przy następnym uruchomieniu`
    : '; nie udało się też zapisać pliku odzyskiwania, więc nie zamykaj okna i zachowaj treść inaczej (np. eksportem do DOCX)';
}

/**
 * Checks the registry file before a write (`what`: genitive, `wersji projektu`). Out: null when the write may go
 * ahead, else the refusal: `fileDeleted`, `fileReplaced`, `fileUnwritable` or `readOnly`, one Polish sentence,
 * with the edit kept for recovery when `edit` is given. Never throws.
 */
export function refuseWrite(reg: Registry, what: string, edit?: PendingEdit): { ok: false; error: RegistryError } | null {
  const fault = reg.fileGuard?.check() ?? null;
  if (!fault) return null;
  const head = faultSentence(fault, what, reg.path);
  const otherwise = fault === 'readOnly' ? '; aby wprowadzać zmiany, poproś administratora o prawo zapisu do pliku rejestru' : '; uruchom program ponownie, aby otworzyć rejestr jeszcze raz';
  return refusal(FAULT_CODE[fault], `${head}${recoveryClause(reg, edit, `${head}.`, otherwise)}.`);
}

/** The fault log of the registry, with the detail of `e` written to it; out: the parenthesis naming it. */
function logged(reg: Registry, context: string, e: unknown): string {
  return seeLog(logFault(reg.faultLogPath ?? defaultFaultLogPath(reg.path), context, e));
}

/**
 * Maps a SQLite error of a write (the transaction has been rolled back) to one Polish sentence: `diskFull`,
 * `constraint`, `busy`, `readOnly`, `writeFailed`. A draft save (`edit`) that failed for a reason other than its
 * data (constraint) or a passing lock (busy) keeps the edit for recovery.
 */
export function writeFailure(reg: Registry, e: unknown, what: string, edit?: PendingEdit): { ok: false; error: RegistryError } {
  const code = errorCode(e);
  const intact = '(poprzedni zapis pozostał nienaruszony)';
  const context = `write ${what} ${reg.path}`;
  if (code.startsWith('SQLITE_CONSTRAINT')) return refusal('constraint', `Nie zapisano ${what}, bo dane naruszają reguły rejestru ${logged(reg, context, e)} ${intact}.`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return refusal('busy', `Nie zapisano ${what}, bo rejestr jest zajęty przez inny program ${intact}; spróbuj ponownie.`);
  if (code.startsWith('SQLITE_FULL')) {
    const head = `Brak miejsca na dysku, więc nie zapisano ${what} ${intact}`;
    return refusal('diskFull', `${head}${recoveryClause(reg, edit, `${head}.`, '')}; zwolnij miejsce i zapisz ponownie.`);
  }
  const readOnly = code.startsWith('SQLITE_READONLY');
  const head = `Nie zapisano ${what}, bo ${readOnly ? 'rejestr jest tylko do odczytu' : 'baza rejestru zgłosiła błąd'} ${logged(reg, context, e)} ${intact}`;
  return refusal(readOnly ? 'readOnly' : 'writeFailed', `${head}${recoveryClause(reg, edit, `${head}.`, '')}.`);
}

/** True when `e` is an error raised by SQLite (better-sqlite3's `SqliteError`, code `SQLITE_…`). */
export function isSqliteError(e: unknown): boolean {
  return errorCode(e).startsWith('SQLITE_');
}

/**
 * Maps a SQLite error of a read to one Polish sentence: `corrupt` for a damaged page, `readFailed` otherwise.
 * The detail goes to the fault log.
 */
export function readFailure(reg: Registry, e: unknown): RegistryError {
  const code = errorCode(e);
  const where = logged(reg, `read ${reg.path}`, e);
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return { code: 'corrupt', message: `Nie udało się odczytać rejestru „${reg.path}”, bo jego plik jest uszkodzony ${where}; nie wprowadzaj w nim dalszych zmian i poproś administratora o przywrócenie ostatniej kopii zapasowej.` };
  }
  return { code: 'readFailed', message: `Nie udało się odczytać rejestru „${reg.path}”, bo baza rejestru zgłosiła błąd ${where}; uruchom program ponownie.` };
}
