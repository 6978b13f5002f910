/**
 * The PostgreSQL engine behind {@link SqlClient}: a small `pg` pool on the office's server. Each call takes a
 * pooled connection; a transaction keeps one connection from `BEGIN` to `COMMIT`. A connection the server or the
 * network dropped is discarded and the next call opens a new one, so the app reconnects by itself once the server
 * is back; while it is away, calls fail with an error {@link isConnectionError} recognises (the registry reports
 * it as "offline").
 */
import type pg from 'pg';
import { dollarPlaceholders, isConnectionError, type SqlClient, type SqlQueryable, type SqlValue } from './sql.js';

/** Options of the pool; defaults suit a desktop app on the city hall's network. */
export interface PgPoolOptions {
  /** Connections kept at most (default 3: an app saves one draft at a time; the server has many users). */
  max?: number;
  /** How long to wait for a connection before calling the server unreachable, ms (default 5000). */
  connectTimeoutMs?: number;
  /** How long one query may wait for its answer before the connection is given up, ms (default 30000): a cut network. */
  queryTimeoutMs?: number;
}

/**
 * Builds the pool for `url` (`postgresql://user@host:port/database`). Nothing is connected until the first call.
 * `pg` is imported here, on first use, so that nothing on the SQLite path loads it (a static import would be
 * hoisted to the top of a bundle).
 */
export async function createPool(url: string, options: PgPoolOptions = {}): Promise<pg.Pool> {
  const { default: driver } = await import('pg');
  const pool = new driver.Pool({
    connectionString: url,
    max: options.max ?? 3,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    query_timeout: options.queryTimeoutMs ?? 30_000,
    keepAlive: true,
    application_name: 'zarzadzenia-organizacyjne',
  });
  // An idle connection the server closed (restart, network cut) emits 'error'; the pool drops it and the next
  // call connects again. Without a listener the event would end the process.
  pool.on('error', () => undefined);
  return pool;
}

function bind(params: readonly SqlValue[]): unknown[] {
  return params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));
}

/** Runs queries on one `pg` client or on the pool, converting placeholders once per SQL text. */
function queryable(target: pg.Pool | pg.PoolClient, cache: Map<string, string>): SqlQueryable {
  const text = (sql: string) => {
    let t = cache.get(sql);
    if (t === undefined) cache.set(sql, (t = dollarPlaceholders(sql)));
    return t;
  };
  const rows = async <T>(sql: string, params: readonly SqlValue[] = []) => (await target.query(text(sql), bind(params))).rows as T[];
  return {
    all: rows,
    get: async <T>(sql: string, params?: readonly SqlValue[]) => (await rows<T>(sql, params))[0],
    run: async (sql, params = []) => (await target.query(text(sql), bind(params))).rowCount ?? 0,
  };
}

/** A {@link SqlClient} over a `pg` pool. */
export class PgClient implements SqlClient {
  readonly engine = 'postgresql' as const;
  private readonly sqlCache = new Map<string, string>();
  private readonly onPool: SqlQueryable;
  private closed = false;

  constructor(readonly pool: pg.Pool) {
    this.onPool = queryable(pool, this.sqlCache);
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.onPool.all<T>(sql, params);
  }

  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.onPool.get<T>(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.onPool.run(sql, params);
  }

  async transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // a connection that dies while checked out emits 'error' on the client (the pool listens only to idle ones);
    // the query in flight fails with it and is answered below
    const onError = (e: Error) => (broken = e);
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await fn(queryable(client, this.sqlCache));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      if (isConnectionError(e)) broken = e instanceof Error ? e : new Error(String(e));
      else {
        try {
          await client.query('ROLLBACK');
        } catch (r) {
          broken = r instanceof Error ? r : new Error(String(r));
        }
      }
      throw e;
    } finally {
      // a connection that failed is destroyed instead of going back to the pool
      client.off('error', onError);
      client.release(broken ?? false);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
