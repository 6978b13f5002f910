/**
 * The one door through which the registry talks to a database engine: plain SQL with `?` placeholders, rows as
 * plain objects, and transactions that roll back on a throw. Two engines implement it: the embedded SQLite file
 * (`sqlite-client.ts`, better-sqlite3, the default for one person) and the office's PostgreSQL server
 * (`postgres-client.ts`, `pg`). The registry's SQL is written once in the dialect both accept (`RETURNING`,
 * `ON CONFLICT`, `octet_length`, `CAST(… AS INTEGER)`); what differs (full-text search, schema files, the
 * classification of errors, change notifications) lives in the engine modules.
 *
 * Never imports 'electron'; nothing of this module crosses the bridge. It loads no driver either: `pg` is loaded
 * only when a server registry is opened (`postgres.ts`), so the app and the CLI start as fast on the SQLite file.
 */

import { errorCode } from './file-guard.js';

export { errorCode };

/** The two engines of the registry. */
export type Engine = 'sqlite' | 'postgresql';

/** A value bound to a `?` placeholder: text, a number, bytes, null, or (PostgreSQL only) an array. */
export type SqlValue = string | number | null | Uint8Array | readonly number[] | readonly string[];

/** Reads and writes with `?` placeholders; the same SQL text runs on both engines. */
export interface SqlQueryable {
  /** Every row of a query, as plain objects keyed by column name (aliases as written). */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row of a query, or undefined. */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement that returns no rows; resolves to the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** An open connection (SQLite) or pool of connections (PostgreSQL). */
export interface SqlClient extends SqlQueryable {
  readonly engine: Engine;
  /**
   * Runs `fn` in one transaction and commits when it resolves; rolls back and rethrows when it throws. Inside,
   * use only the `tx` it is given (SQLite serialises every call, so the client itself would wait for the
   * transaction that is running). SQLite: `BEGIN IMMEDIATE`; PostgreSQL: READ COMMITTED on one pooled connection,
   * rows to change locked with `FOR UPDATE` by the caller.
   */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Closes the connection or pool. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Rewrites `?` placeholders as PostgreSQL's `$1, $2 …`. The registry's SQL never has a `?` inside a string
 * literal or an identifier, and uses no PostgreSQL operator spelled with `?`; a question mark inside single quotes
 * is left alone all the same.
 */
export function dollarPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  let quoted = false;
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === '?' && !quoted ? `$${++n}` : ch;
  }
  return out;
}

/** True for a registry address that names a PostgreSQL server (`postgresql://…` or `postgres://…`). */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

/**
 * The address as it may be shown: `postgresql://user@host:port/database`, without a password (from the URL or
 * anywhere else). An address that cannot be parsed is shown as `postgresql://…`.
 */
export function displayPgUrl(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
    return `postgresql://${user}${u.host}${u.pathname}`;
  } catch {
    return 'postgresql://…';
  }
}

/** Socket errors and PostgreSQL codes that mean "the server cannot be reached now" (class 08, shutdown, starting). */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN', '57P01', '57P02', '57P03']);
/** Messages of `pg` itself when a connection ends or a timeout passes (it gives them no code). */
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error|not queryable|Client was closed/i;

/** True when `e` means the server could not be reached or the connection was lost (not a refusal of the SQL). */
export function isConnectionError(e: unknown): boolean {
  const code = errorCode(e);
  if (CONNECTION_CODES.has(code) || code.startsWith('08')) return true;
  return e instanceof Error && CONNECTION_MESSAGES.test(e.message);
}
