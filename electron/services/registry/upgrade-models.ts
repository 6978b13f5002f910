/**
 * The data migration of the registry: every stored model (current models of orders and drafts, and every draft
 * version) of an older schema version is brought to the current one through the upgrade chain of
 * `core/model/upgrade.ts`, in one transaction, after a backup of the whole file (SQLite; a server registry is
 * backed up by its administrator). Kept apart from the schema migrations (`../db/migrations/`), as Joplin keeps
 * data migrations apart (`packages/lib/migrations/`). Written once over the engine-neutral SQL client, so both
 * engines run it.
 *
 * A model that cannot be upgraded (damaged JSON, a model that fails the schema) is left as it is and reported,
 * so that one bad row never blocks the registry; `checkModels` reports it too. Signed orders get their search
 * rows rebuilt from the upgraded model. Once every model is current the registry remembers it
 * (`registry_meta.modelSchemaVersion`), so later starts do not read the models again.
 */
import { readStoredOrder, SCHEMA_VERSION } from '../../../core/model/index.js';
import type { SqlClient, SqlQueryable } from '../db/sql.js';
import { taskRowsOf, type TaskRow } from './search.js';

/** What {@link upgradeStoredModels} did. */
export type UpgradeModelsResult =
  | { ok: true; /** Rows rewritten. */ upgraded: number; /** The backup taken before (null when none was taken). */ backup: string | null; /** Rows left as they were, with a Polish message each. */ problems: string[] }
  | { ok: false; message: string };

/** What the upgrade needs besides the connection. */
export interface UpgradeModelsOptions {
  /** Replaces the search rows of a signed order (the engine's `indexTasks`). */
  indexTasks(tx: SqlQueryable, orderId: number, rows: TaskRow[]): Promise<void>;
  /** Takes a backup of the whole registry before anything is written; resolves to its path, or a Polish failure. */
  backup?: () => Promise<{ ok: true; file: string } | { ok: false; message: string }>;
}

/** `registry_meta` key: the model schema version every stored model was brought to. */
const META_KEY = 'modelSchemaVersion';

interface Row {
  id: number;
  model: string;
  state?: string;
}

function storedVersion(json: string): number {
  try {
    const v = (JSON.parse(json) as { schemaVersion?: unknown }).schemaVersion;
    return typeof v === 'number' ? v : 0;
  } catch {
    return 0;
  }
}

function upgradeOne(json: string): ReturnType<typeof readStoredOrder> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'upgrade', message: 'zapis nie jest poprawnym JSON.' };
  }
  return readStoredOrder(data);
}

/**
 * Upgrades the registry's stored models to {@link SCHEMA_VERSION}. In: the connection and the engine's parts.
 * Out: how many rows were rewritten, the backup, the rows left alone; `{ ok: false, message }` (Polish) when the
 * backup cannot be written or the transaction fails (then nothing was changed). Does nothing, and takes no
 * backup, when every model is current. A read error of the file or the server is thrown, for the caller's fault
 * handling.
 */
export async function upgradeStoredModels(sql: SqlClient, options: UpgradeModelsOptions): Promise<UpgradeModelsResult> {
  const remember = (q: SqlQueryable) => q.run('INSERT INTO registry_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [META_KEY, String(SCHEMA_VERSION)]);
  const known = await sql.get<{ value: string }>('SELECT value FROM registry_meta WHERE key = ?', [META_KEY]);
  if (known && Number(known.value) >= SCHEMA_VERSION) return { ok: true, upgraded: 0, backup: null, problems: [] };
  const orders = (await sql.all<Row>('SELECT id, model, state FROM registry_order ORDER BY id')).filter((r) => storedVersion(r.model) < SCHEMA_VERSION);
  const versions = (await sql.all<Row>('SELECT id, model FROM draft_version ORDER BY id')).filter((r) => storedVersion(r.model) < SCHEMA_VERSION);
  if (!orders.length && !versions.length) {
    await sql.transaction((tx) => remember(tx));
    return { ok: true, upgraded: 0, backup: null, problems: [] };
  }
  let backup: string | null = null;
  if (options.backup) {
    const b = await options.backup();
    if (!b.ok) return { ok: false, message: `Nie udało się wykonać kopii zapasowej rejestru przed aktualizacją zapisanych zarządzeń (${b.message}); rejestr nie został zmieniony.` };
    backup = b.file;
  }
  const problems: string[] = [];
  let upgraded = 0;
  try {
    await sql.transaction(async (tx) => {
      for (const r of orders) {
        const up = upgradeOne(r.model);
        if (!up.ok) {
          problems.push(`Zarządzenie ${r.id}: ${up.message}`);
          continue;
        }
        await tx.run('UPDATE registry_order SET model = ? WHERE id = ?', [JSON.stringify(up.order), r.id]);
        if (r.state === 'signed') await options.indexTasks(tx, r.id, taskRowsOf(up.order));
        upgraded++;
      }
      for (const v of versions) {
        const up = upgradeOne(v.model);
        if (!up.ok) {
          problems.push(`Wersja ${v.id} projektu: ${up.message}`);
          continue;
        }
        await tx.run('UPDATE draft_version SET model = ? WHERE id = ?', [JSON.stringify(up.order), v.id]);
        upgraded++;
      }
      // a row left as it was is looked at again on the next start
      if (!problems.length) await remember(tx);
    });
  } catch (e) {
    return { ok: false, message: `Aktualizacja zapisanych zarządzeń nie powiodła się: ${e instanceof Error ? e.message : String(e)}. Rejestr pozostał bez zmian${backup ? `; kopia zapasowa: ${backup}` : ''}.` };
  }
  return { ok: true, upgraded, backup, problems };
}
