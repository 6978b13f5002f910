/**
 * What differs between the registry's two engines, kept in one place so that every operation of `registry.ts` is
 * written once: the full-text index and query (SQLite FTS5 with `unicode61 remove_diacritics 2`; PostgreSQL
 * `tsvector` over the `registry_search` configuration with `unaccent`), and how a failed write is classified for
 * the user's message.
 */
import { errorCode, isConnectionError, type Engine, type SqlQueryable } from '../db/sql.js';
import { foldForSearch, matchQuery, searchWords, tsQuery, type TaskRow } from './search.js';
import type { RegistryErrorCode, SearchHit } from './types.js';

/** A hit as the engine finds it (the registry adds the amending orders of its order). */
export type TaskHit = Omit<SearchHit, 'amendedBy'>;

/** The engine-specific part of the registry. */
export interface EngineParts {
  engine: Engine;
  /** Replaces the search rows of order `orderId` with `rows` (none: the order leaves the index). */
  indexTasks(tx: SqlQueryable, orderId: number, rows: TaskRow[]): Promise<void>;
  /** Hits for what the user typed among the tasks of orders `orderIds`, best first, at most `limit`. */
  search(sql: SqlQueryable, userText: string, orderIds: number[], limit: number): Promise<TaskHit[]>;
  /** The kind of a failed write, or null when it is none of the known ones (a generic message is given). */
  writeErrorKind(e: unknown): Extract<RegistryErrorCode, 'diskFull' | 'constraint' | 'busy' | 'readOnly' | 'offline'> | null;
}

const HIT_COLUMNS = 'o.number, o.subject, f.unit, f.symbol, f.location AS "where", f.original AS text';

/** SQLite: the FTS5 table `task_fts` of migration 0001. */
export const sqliteParts: EngineParts = {
  engine: 'sqlite',
  async indexTasks(tx, orderId, rows) {
    await tx.run('DELETE FROM task_fts WHERE order_id = ?', [orderId]);
    for (const t of rows) {
      await tx.run('INSERT INTO task_fts (text, order_id, unit, symbol, location, original) VALUES (?, ?, ?, ?, ?, ?)', [foldForSearch(t.text), orderId, t.unit, t.symbol, t.where, t.text]);
    }
  },
  async search(sql, userText, orderIds, limit) {
    const q = matchQuery(userText);
    if (!q || !orderIds.length) return [];
    return sql.all<TaskHit>(`SELECT ${HIT_COLUMNS}
      FROM task_fts f JOIN registry_order o ON o.id = f.order_id
      WHERE task_fts MATCH ? AND f.order_id IN (SELECT value FROM json_each(?))
      ORDER BY f.rank LIMIT ?`, [q, JSON.stringify(orderIds), limit]);
  },
  writeErrorKind(e) {
    const code = errorCode(e);
    if (code.startsWith('SQLITE_FULL')) return 'diskFull';
    if (code.startsWith('SQLITE_CONSTRAINT')) return 'constraint';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
    if (code.startsWith('SQLITE_READONLY')) return 'readOnly';
    return null;
  },
};

/** PostgreSQL: the table `task_search` of migration 0001 (its `document` column is generated from `words`). */
export const postgresParts: EngineParts = {
  engine: 'postgresql',
  async indexTasks(tx, orderId, rows) {
    await tx.run('DELETE FROM task_search WHERE order_id = ?', [orderId]);
    if (!rows.length) return;
    // one statement for all the tasks of an order: a round trip per task would be slow over the network
    await tx.run(`INSERT INTO task_search (order_id, unit, symbol, location, original, words)
      SELECT ?, u, s, l, t, w FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS x(u, s, l, t, w)`, [
      orderId,
      rows.map((t) => t.unit),
      rows.map((t) => t.symbol),
      rows.map((t) => t.where),
      rows.map((t) => t.text),
      rows.map((t) => searchWords(t.text).join(' ')),
    ]);
  },
  async search(sql, userText, orderIds, limit) {
    const q = tsQuery(userText);
    if (!q || !orderIds.length) return [];
    return sql.all<TaskHit>(`SELECT ${HIT_COLUMNS}
      FROM task_search f JOIN registry_order o ON o.id = f.order_id, to_tsquery('registry_search', ?) q
      WHERE f.document @@ q AND f.order_id = ANY(?::integer[])
      ORDER BY ts_rank(f.document, q) DESC, f.id LIMIT ?`, [q, orderIds, limit]);
  },
  writeErrorKind(e) {
    if (isConnectionError(e)) return 'offline';
    const code = errorCode(e);
    if (code === '53100') return 'diskFull';
    if (code.startsWith('23')) return 'constraint';
    if (code === '40001' || code === '40P01' || code === '55P03') return 'busy';
    if (code === '25006' || code === '42501') return 'readOnly';
    return null;
  },
};
