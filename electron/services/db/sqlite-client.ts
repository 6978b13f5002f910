/**
 * The SQLite engine behind {@link SqlClient}: one better-sqlite3 connection opened by `openDatabase`
 * (`database.ts`: WAL, `synchronous=FULL`, foreign keys, migrations, the exclusive lock).
 *
 * better-sqlite3 is synchronous; the registry's interface is asynchronous so that a network engine fits. To keep
 * the house rule "no interleaved transactions" on one connection, every call is queued: a transaction runs from
 * `BEGIN IMMEDIATE` to `COMMIT` before the next call starts, even when its body awaits. Each statement still runs
 * synchronously, so a save costs what it did before plus a few microtask turns.
 */
import type Database from 'better-sqlite3';
import type { Db } from './database.js';
import type { SqlClient, SqlQueryable, SqlValue } from './sql.js';

/** better-sqlite3 binds Buffers, not plain Uint8Arrays, and has no arrays. */
function bind(params: readonly SqlValue[]): unknown[] {
  return params.map((p) => {
    if (p instanceof Uint8Array && !Buffer.isBuffer(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    if (Array.isArray(p)) throw new Error('SQLite: tablica jako parametr zapytania nie jest obsługiwana');
    return p;
  });
}

/** A {@link SqlClient} over an open better-sqlite3 connection. The connection stays reachable as `db` for the SQLite-only services (backup, fault checks) and tests. */
export class SqliteClient implements SqlClient {
  readonly engine = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement<unknown[]>>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Calls queued or running. */
  private pending = 0;
  /** Runs statements at once, for the body of a transaction already holding the queue. */
  private readonly direct: SqlQueryable;

  /**
   * Called after each transaction, committed or rolled back, before the next call runs (the file guard settles the
   * journal into the file from here: `file-guard.ts`).
   */
  afterTransaction: (() => void) | null = null;

  constructor(readonly db: Db) {
    this.direct = {
      all: async <T>(sql: string, params: readonly SqlValue[] = []) => this.stmt(sql).all(...bind(params)) as T[],
      get: async <T>(sql: string, params: readonly SqlValue[] = []) => this.stmt(sql).get(...bind(params)) as T | undefined,
      run: async (sql: string, params: readonly SqlValue[] = []) => this.stmt(sql).run(...bind(params)).changes,
    };
  }

  private stmt(sql: string) {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs `fn` after every call queued before it; a failure does not stop the queue. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    this.pending++;
    const p = this.queue.then(fn).finally(() => this.pending--);
    this.queue = p.catch(() => undefined);
    return p;
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.serial(() => this.direct.all<T>(sql, params));
  }

  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.serial(() => this.direct.get<T>(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.serial(() => this.direct.run(sql, params));
  }

  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (e) {
        // a failed COMMIT or statement may already have ended the transaction
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      } finally {
        this.afterTransaction?.();
      }
    });
  }

  /** Closes after the calls already queued; at once (before returning) when none is, as better-sqlite3 did. */
  async close(): Promise<void> {
    if (this.pending) await this.queue;
    if (this.db.open) this.db.close();
  }
}
