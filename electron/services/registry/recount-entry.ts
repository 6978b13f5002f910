/**
 * A data step of the registry, run once per registry: the date of entry into force stored for each signed order
 * (`registry_order.entry_into_force`) recounted by today's rule (`status.ts`, `signedEntryIntoForce`). Before issue
 * 17's rule an order counting its entry into force from publication (`po upływie 14 dni od dnia ogłoszenia`) was
 * stored as counted from signing; it is now unknown until the day of publication is entered. Only the orders whose
 * stored text mentions publication (`ogłoszeni…`) are read. Once done the registry remembers it
 * (`registry_meta.entryIntoForceRule`), so later starts read nothing. Both engines, over the SQL client.
 */
import type { SqlClient } from '../db/sql.js';
import { parseStoredModel } from './registry.js';
import { entryIntoForceColumn, signedEntryIntoForce } from './status.js';

/** `registry_meta` key and the version of the rule the stored dates follow. */
const META_KEY = 'entryIntoForceRule';
const RULE = 2;

/**
 * Recounts the stored dates once (see the module comment). Out: the number of orders whose date changed. A model
 * that cannot be read is left as it is (`checkModels` reports it). A read or write error is thrown, for the
 * caller's fault handling; the transaction then changes nothing.
 */
export async function recountEntryIntoForce(sql: SqlClient): Promise<number> {
  const known = await sql.get<{ value: string }>('SELECT value FROM registry_meta WHERE key = ?', [META_KEY]);
  if (known && Number(known.value) >= RULE) return 0;
  // `ł` may be stored escaped (`\u0142`) by another writer: the pattern skips it
  const rows = await sql.all<{ id: number; model: string; date: string; entry_into_force: string | null }>(
    "SELECT id, model, date, entry_into_force FROM registry_order WHERE state = 'signed' AND date IS NOT NULL AND model LIKE ? ORDER BY id", ['%og%oszeni%']);
  let changed = 0;
  await sql.transaction(async (tx) => {
    for (const r of rows) {
      const p = parseStoredModel(r.model, `zarządzenia ${r.id}`);
      if (!p.ok) continue;
      const want = entryIntoForceColumn(signedEntryIntoForce(p.order, r.date));
      if (want === r.entry_into_force) continue;
      await tx.run('UPDATE registry_order SET entry_into_force = ? WHERE id = ?', [want, r.id]);
      changed++;
    }
    await tx.run('INSERT INTO registry_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [META_KEY, String(RULE)]);
  });
  return changed;
}
