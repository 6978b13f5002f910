/**
 * The one door through which the registry talks to a database engine: plain SQL with `?` placeholders, rows as
 * plain objects, and transactions that roll back on a throw. Two engines implement it: the embedded SQLite file
 * (`sqlite-client.ts`, better-sqlite3, the default for one person) and the office's PostgreSQL server
 * (`postgres-client.ts`, `pg`). The registry's SQL is written once in the dialect both accept (`RETURNING`,
 * `ON CONFLICT`, `octet_length`, `CAST(… AS INTEGER)`); what differs (full-text search, schema files, the
 * classification of errors, change notifications) lives in the engine modules.
 *
 * Never imports 'electron'; nothing of this module crosses the bridge.
 */

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
