/**
 * The registry file under a running instance: what the file on disk is before it is opened (absent, empty,
 * foreign, a SQLite database) and whether it is still the file the instance opened before each write.
 *
 * A connection keeps writing to the file it opened even when that file has been deleted (the writes then go to a
 * file nobody can see), replaced by another file (the old instance's journal then overwrites the new content) or
 * made read-only (SQLite fails later with an English "disk I/O error"). So the registry remembers the identity of
 * its file when it opens it (device and inode, with size and modification time, since the instance's own
 * writes change those only through its own checkpoints) and {@link FileGuard.check} compares it with the file on
 * disk before each write: a difference is a {@link FileFault} and the write is refused with a Polish sentence
 * ({@link faultSentence}). A moment after each write ({@link FileGuard.afterWrite}) the journal is checkpointed into
 * the file while it is still the one opened, so the `-wal` file beside it is empty at rest: SQLite finds a journal by the file's name, and a full journal left by an
 * instance whose file was replaced would be replayed into the new file by the next instance to open it (measured:
 * the replacing registry's content was overwritten). Everything here is synchronous and cheap (one `stat` and one
 * `access` per write, one checkpoint of the few pages a save writes).
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';

/** What identifies the file the registry opened. Device and inode are decimal strings (they may exceed 2^53). */
export interface FileIdentity {
  dev: string;
  ino: string;
  /** Bytes. */
  size: number;
  /** Modification time, ms since the epoch (with the file system's precision). */
  mtimeMs: number;
}

/** The identity of the file at `path`, or null when there is none (or it cannot be examined). Never throws. */
export function fileIdentity(path: string): FileIdentity | null {
  try {
    const s = statSync(path, { bigint: true });
    return { dev: String(s.dev), ino: String(s.ino), size: Number(s.size), mtimeMs: Number(s.mtimeNs / 1000n) / 1000 };
  } catch {
    return null;
  }
}

/** True when the current user may write the file at `path` (`access(W_OK)`). Never throws. */
export function canWriteFile(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The 16 bytes every SQLite 3 database file starts with. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * What is at `path` before the registry opens it: `absent` (no file: a new registry may be created), `empty`
 * (0 bytes: refused, never initialised), `foreign` (not a SQLite database: refused), `sqlite` (a SQLite database:
 * whether it is a registry is decided once it is open, from its schema), or `unreadable` (it exists but cannot be
 * read; `detail` is the system's error code). Reads at most the first 100 bytes. Never throws.
 */
export type FileKind = { kind: 'absent' } | { kind: 'empty' } | { kind: 'foreign' } | { kind: 'sqlite' } | { kind: 'unreadable'; detail: string };

/** Classifies the file at `path` (see {@link FileKind}). */
export function classifyFile(path: string): FileKind {
  let fd: number;
  try {
    const s = statSync(path);
    if (!s.isFile()) return { kind: 'foreign' };
    if (s.size === 0) return { kind: 'empty' };
    fd = openSync(path, 'r');
  } catch (e) {
    const code = errorCode(e);
    return code === 'ENOENT' ? { kind: 'absent' } : { kind: 'unreadable', detail: code || String(e) };
  }
  try {
    const head = Buffer.alloc(100);
    const n = readSync(fd, head, 0, 100, 0);
    // A database file is at least one page (512 bytes or more), beginning with the magic string.
    return n === 100 && head.subarray(0, 16).equals(SQLITE_MAGIC) ? { kind: 'sqlite' } : { kind: 'foreign' };
  } catch (e) {
    return { kind: 'unreadable', detail: errorCode(e) || String(e) };
  } finally {
    closeSync(fd);
  }
}

/** The `code` of a Node or SQLite error (`ENOENT`, `SQLITE_FULL` …), or an empty string. */
export function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/**
 * Why a write is refused: the file was `deleted` (or moved away), `replaced` (another file, or the same file
 * changed by another program), became `unwritable` (its permissions changed, the disk was remounted read-only),
 * or the registry was opened `readOnly` from the start.
 */
export type FileFault = 'deleted' | 'replaced' | 'unwritable' | 'readOnly';

/** Watches one open registry file; one per open registry. */
export interface FileGuard {
  /** The registry file. */
  readonly path: string;
  /** `readOnly` when the file could not be written at open: every write is then refused. */
  readonly mode: 'readWrite' | 'readOnly';
  /**
   * The fault that forbids writing now, or null when the file on disk is still the one opened and writable.
   * One `stat` and one `access`; never throws.
   */
  check(): FileFault | null;
  /**
   * Settles the file now: when it is still the one opened, moves the journal into it (`wal_checkpoint(TRUNCATE)`,
   * so that no journal of this instance is left at `<path>-wal` for another file put in its place to take as its
   * own), then records its size and time (this instance's own change is not a fault). Never throws.
   */
  settle(db: CheckpointDb): void;
  /**
   * After a write of this instance: records the file's size and time at once (SQLite may have checkpointed into
   * it during the commit) and settles the file ({@link settle}) a moment later, once a burst of writes is over,
   * so that a save does not wait for the checkpoint. Never throws.
   */
  afterWrite(db: CheckpointDb): void;
}

/** What the guard needs of a connection to settle the file: better-sqlite3's `Database` has it. */
export interface CheckpointDb {
  readonly open: boolean;
  pragma(source: string): unknown;
}

/** Options of {@link createFileGuard}. */
export interface FileGuardOptions {
  mode?: 'readWrite' | 'readOnly';
  /** How long after the last write the journal is moved into the file, ms (default 200). */
  settleDelayMs?: number;
  /** Whether the file may be written; default {@link canWriteFile}. Tests pass their own (root may write anything). */
  canWrite?: (path: string) => boolean;
}

/**
 * Starts watching `path` as it is now (call it right after the database is open and set up).
 * In: the registry file, the mode it was opened in. Out: the guard.
 */
export function createFileGuard(path: string, options: FileGuardOptions = {}): FileGuard {
  const canWrite = options.canWrite ?? canWriteFile;
  const mode = options.mode ?? 'readWrite';
  let known = fileIdentity(path);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const remember = () => {
    const now = fileIdentity(path);
    if (now && known && now.dev === known.dev && now.ino === known.ino) known = now;
  };
  const guard: FileGuard = {
    path,
    mode,
    check() {
      if (mode === 'readOnly') return 'readOnly';
      const now = fileIdentity(path);
      if (!now) return 'deleted';
      if (!known || now.dev !== known.dev || now.ino !== known.ino) return 'replaced';
      if (now.size !== known.size || now.mtimeMs !== known.mtimeMs) return 'replaced';
      if (!canWrite(path)) return 'unwritable';
      return null;
    },
    settle(db) {
      if (mode === 'readOnly' || !db.open) return;
      // A file that is no longer the one opened is never written into, not even by a checkpoint.
      if (guard.check() !== null) return;
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        /* the next write reports what is wrong */
      }
      remember();
    },
    afterWrite(db) {
      if (mode === 'readOnly') return;
      remember();
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        guard.settle(db);
      }, options.settleDelayMs ?? 200);
      timer.unref?.();
    },
  };
  return guard;
}

/**
 * The Polish clause saying why nothing was written, to be completed by what happened to the edit:
 * `Nie zapisano wersji projektu, bo plik rejestru „…” został usunięty lub przeniesiony podczas pracy programu`.
 * In: the fault, what was not written (genitive: `wersji projektu`), the registry path.
 */
export function faultSentence(fault: FileFault, what: string, path: string): string {
  const why: Record<FileFault, string> = {
    deleted: `plik rejestru „${path}” został usunięty lub przeniesiony podczas pracy programu`,
    replaced: `plik rejestru „${path}” został podmieniony lub zmieniony przez inny program podczas pracy programu`,
    unwritable: `plik rejestru „${path}” przestał być dostępny do zapisu podczas pracy programu`,
    readOnly: `rejestr „${path}” jest otwarty tylko do odczytu`,
  };
  return `Nie zapisano ${what}, bo ${why[fault]}`;
}
