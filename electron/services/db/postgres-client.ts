/**
 * The PostgreSQL engine behind {@link SqlClient}: a small `pg` pool on the office's server. Each call takes a
 * pooled connection; a transaction keeps one connection from `BEGIN` to `COMMIT`. A connection the server or the
 * network dropped is discarded and the next call opens a new one, so the app reconnects by itself once the server
 * is back; while it is away, calls fail with an error {@link isConnectionError} recognises (the registry reports
 * it as "offline").
 */
import pg from 'pg';
import { dollarPlaceholders, type SqlClient, type SqlQueryable, type SqlValue } from './sql.js';

/** Socket errors and PostgreSQL codes that mean "the server cannot be reached now" (class 08, shutdown, starting). */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN', '57P01', '57P02', '57P03']);
/** Messages of `pg` itself when a connection ends or a timeout passes (it gives them no code). */
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error|not queryable|Client was closed/i;

/** The `code` of an error of `pg` or of a socket, or ''. */
export function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code ?? '') : '';
}

/** True when `e` means the server could not be reached or the connection was lost (not a refusal of the SQL). */
export function isConnectionError(e: unknown): boolean {
  const code = errorCode(e);
  if (CONNECTION_CODES.has(code) || code.startsWith('08')) return true;
  return e instanceof Error && CONNECTION_MESSAGES.test(e.message);
}

/** Options of the pool; defaults suit a desktop app on the city hall's network. */
export interface PgPoolOptions {
  /** Connections kept at most (default 3: an app saves one draft at a time; the server has many users). */
  max?: number;
  /** How long to wait for a connection before calling the server unreachable, ms (default 5000). */
  connectTimeoutMs?: number;
  /** How long one query may wait for its answer before the connection is given up, ms (default 30000): a cut network. */
  queryTimeoutMs?: number;
}

/** Builds the pool for `url` (`postgresql://user@host:port/database`). Nothing is connected until the first call. */
export function createPool(url: string, options: PgPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
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
      client.release(broken ?? false);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
