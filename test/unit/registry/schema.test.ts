/**
 * Schema guard: the schema after all migrations is compared with the snapshot in
 * test/fixtures/registry/schema.snapshot.json. Migrations may only add: a released migration file may not change,
 * and no table, column, index, trigger or view of the snapshot may disappear or change. A migration that adds is
 * accepted once the snapshot is updated on purpose:
 *   ZO_UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/unit/registry/schema.test.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/services/db/database.js';
import { loadMigrations } from '../../../electron/services/db/migrations.js';

const SNAPSHOT = join(import.meta.dirname, '..', '..', 'fixtures', 'registry', 'schema.snapshot.json');

interface Column { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }
interface Schema {
  userVersion: number;
  migrations: Record<string, string>;
  objects: { type: string; name: string; tbl_name: string; sql: string | null }[];
  columns: Record<string, Column[]>;
}

function dump(db: Db): Schema {
  const objects = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Schema['objects'];
  const columns: Schema['columns'] = {};
  for (const o of objects.filter((o) => o.type === 'table')) {
    columns[o.name] = (db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid`).all(o.name) as Column[]);
  }
  const migrations = Object.fromEntries(loadMigrations().map((m) => [m.name, createHash('sha256').update(m.sql).digest('hex')]));
  return { userVersion: db.pragma('user_version', { simple: true }) as number, migrations, objects, columns };
}

describe('registry schema', () => {
  it('matches the snapshot; migrations only add', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-schema-'));
    try {
      const r = await openDatabase(join(dir, 'r.sqlite'));
      if (!r.ok) throw new Error(r.error.message);
      const now = dump(r.db);
      r.db.close();
      if (process.env.ZO_UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT, JSON.stringify(now, null, 2) + '\n');
      expect(existsSync(SNAPSHOT), 'no schema snapshot: create it with ZO_UPDATE_SCHEMA_SNAPSHOT=1').toBe(true);
      const snap = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Schema;

      for (const [name, hash] of Object.entries(snap.migrations)) expect(now.migrations[name], `released migration ${name} was edited or removed`).toBe(hash);
      expect(now.userVersion).toBeGreaterThanOrEqual(snap.userVersion);
      for (const o of snap.objects) {
        const cur = now.objects.find((c) => c.type === o.type && c.name === o.name);
        expect(cur, `${o.type} ${o.name} was removed`).toBeDefined();
        expect(cur!.sql, `${o.type} ${o.name} was changed`).toBe(o.sql);
      }
      for (const [table, cols] of Object.entries(snap.columns)) {
        for (const c of cols) expect(now.columns[table]?.find((x) => x.name === c.name), `column ${table}.${c.name} removed or changed`).toEqual(c);
      }
      // Anything added must be recorded in the snapshot on purpose (see the module comment).
      expect(now, 'schema differs from the snapshot: update it with ZO_UPDATE_SCHEMA_SNAPSHOT=1').toEqual(snap);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
