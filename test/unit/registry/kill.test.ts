/**
 * Nothing lost, proven (issue 6, point 7): a child process saves versions of a draft in a loop and is killed with
 * SIGKILL at random moments, 200 times; after each kill the database passes `PRAGMA integrity_check` and holds
 * every version whose save had returned (the child printed its id), with the content the child saved.
 *
 * The child is bundled once with esbuild (packages left external) so that each of the 200 starts is a plain
 * `node` start; the bundle goes to node_modules/.cache (ignored by git).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry } from '../../../electron/services/registry/index.js';
import { defaultMigrationsDir } from '../../../electron/services/db/migrations.js';
import { openDatabase } from '../../../electron/services/db/database.js';
import { largeDraft, prng } from '../../fixtures/registry/orders.js';

const root = join(import.meta.dirname, '..', '..', '..');
const KILLS = 200;
let dir: string;
let child: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-kill-'));
  const out = join(root, 'node_modules', '.cache', 'registry-kill-test');
  mkdirSync(out, { recursive: true });
  child = join(out, 'autosave-child.mjs');
  buildSync({
    entryPoints: [join(root, 'test', 'fixtures', 'registry', 'autosave-child.ts')],
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: child, packages: 'external', logLevel: 'error',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run { saved: { id: number; seq: number }[]; stderr: string; sawReady: boolean }

/**
 * Starts the child, kills it with SIGKILL `delayMs` after its first returned save (or after spawn, when `early`),
 * collects its output. Timing from the first save, not from `ready`, keeps the share of runs that saved something
 * independent of the machine's load (a busy CI core once left 130 of 200 runs with no save at all).
 */
function runAndKill(dbPath: string, draftId: number, firstSeq: number, delayMs: number, early: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, dbPath, defaultMigrationsDir(), String(draftId), String(firstSeq)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let sawReady = false;
    let killScheduled = false;
    const kill = () => setTimeout(() => p.kill('SIGKILL'), delayMs);
    if (early) kill();
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!sawReady && out.includes('ready\n')) sawReady = true;
      if (!early && !killScheduled && /\n\d+ \d+\n/.test(out)) {
        killScheduled = true;
        kill();
      }
    });
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended without being killed: ${stderr}`));
      // Only complete lines: a line cut by the kill is a save whose report was not finished.
      const lines = out.split('\n').slice(0, -1).filter((l) => /^\d+ \d+$/.test(l));
      resolve({ saved: lines.map((l) => ({ id: Number(l.split(' ')[0]), seq: Number(l.split(' ')[1]) })), stderr, sawReady });
    });
  });
}

describe('nothing lost under SIGKILL', () => {
  it(`keeps every returned save and an intact database across ${KILLS} kills`, async () => {
    const dbPath = join(dir, 'rejestr.sqlite');
    const opened = await openRegistry(dbPath);
    if (!opened.ok) throw new Error(opened.error.message);
    const draft = await opened.registry.createDraft({ order: largeDraft(4, 8), author: 'Test' });
    if (!draft.ok) throw new Error(draft.error.message);
    await opened.registry.close();

    const rand = prng(2024);
    const promised = new Map<number, number>();
    let seq = 1;
    let runsWithSaves = 0;
    for (let k = 0; k < KILLS; k++) {
      const early = rand() < 0.2;
      const run = await runAndKill(dbPath, draft.draftId, seq, Math.floor(rand() * (early ? 120 : 30)), early);
      expect(run.stderr).toBe('');
      for (const s of run.saved) promised.set(s.id, s.seq);
      if (run.saved.length) runsWithSaves++;
      seq += run.saved.length + 1000; // a fresh range per run: a version lost and re-saved could not pass as kept

      // Restart as the app does (integrity check, migrations), then check explicitly.
      const reopened = await openDatabase(dbPath);
      if (!reopened.ok) throw new Error(`after kill ${k}: ${reopened.error.message}`);
      const db = reopened.db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare("SELECT id, json_extract(model, '$.meta.title') AS title FROM draft_version WHERE order_id = ?").all(draft.draftId) as { id: number; title: string }[];
      const byId = new Map(rows.map((r) => [r.id, r.title]));
      for (const [id, s] of promised) expect(byId.get(id), `version ${id} (seq ${s}) after kill ${k}`).toBe(`wersja ${s}`);
      const current = db.prepare('SELECT model FROM registry_order WHERE id = ?').get(draft.draftId) as { model: string };
      const last = db.prepare('SELECT model FROM draft_version WHERE order_id = ? ORDER BY id DESC LIMIT 1').get(draft.draftId) as { model: string };
      expect(current.model).toBe(last.model); // the draft and its last version were written together
      db.close();
    }
    expect(promised.size).toBeGreaterThan(KILLS);
    expect(runsWithSaves).toBeGreaterThan(KILLS / 2);
    // The database is a normal WAL file afterwards (not left in another mode by the kills).
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  }, 170_000);
});
