/**
 * Registry bench (issue 6, point 8; issue 16, point 5), on both engines — the SQLite file and a private PostgreSQL
 * server (test/support/postgres-server.ts, fsync on) — median milliseconds of
 * - importing all real orders (resources/sample, the copies of ../shared/fixtures/orders) into a fresh registry,
 *   with the real importer;
 * - a search over a registry of 60 generated departments (target under 20 ms);
 * - an autosave (`saveDraftVersion`) of a large draft (target under 50 ms), and its size;
 * and, on the server only, the autosave latency (median and 95th percentile) with ten clients (ten pools, as ten
 * apps) saving their own drafts at once. Without PostgreSQL binaries the server figures say why they are missing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medianMs, percentile } from '../measure.js';
import { importFileIntoRegistry, openRegistry, type Registry } from '../../../electron/services/registry/index.js';
import { generatedDepartments, largeDraft } from '../../fixtures/registry/orders.js';
import { postgresBinDir, startPostgres } from '../../support/postgres-server.js';

const sampleDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample');

async function fresh(target: string): Promise<Registry> {
  const r = await openRegistry(target);
  if (!r.ok) throw new Error(r.error.message);
  return r.registry;
}

/** The single-client figures on one engine; `target()` gives a fresh empty registry address. */
async function figures(target: () => Promise<string>): Promise<Record<string, number>> {
  const files = (JSON.parse(readFileSync(join(sampleDir, 'manifest.json'), 'utf8')) as { orders: { file: string }[] }).orders.map((o) => join(sampleDir, o.file));
  const importAllMs = await medianMs(async () => {
    const reg = await fresh(await target());
    for (const f of files) {
      const r = await importFileIntoRegistry(reg, f);
      if (!r.ok || r.outcome !== 'added') throw new Error(`import ${f}: ${r.ok ? r.outcome : r.error.message}`);
    }
    await reg.close();
  }, 5);

  const reg = await fresh(await target());
  const departments = generatedDepartments(60);
  for (const o of departments) await reg.addOrder({ order: o });
  const tasks = departments.reduce((s, o) => s + o.units.reduce((t, u) => t + (u.scope.kind === 'tasks' ? u.scope.tasks.length : 0), 0), 0);
  const queries = ['zieleni', 'obsługą mieszkańców', 'zamowien publicznych', 'łączność', 'kontrola wewnętrzna audyt', 'archiwizacja dokumentów'];
  let q = 0;
  const searchMs = await medianMs(async () => {
    await reg.searchTasks(queries[q++ % queries.length]!);
  }, 31);

  const draft = largeDraft();
  const created = await reg.createDraft({ order: draft, author: 'Bench' });
  if (!created.ok) throw new Error(created.error.message);
  let k = 0;
  const autosaveMs = await medianMs(async () => {
    draft.meta.title = `w sprawie wersji ${k++}`;
    const r = await reg.saveDraftVersion(created.draftId, draft, 'Bench');
    if (!r.ok || r.unchanged) throw new Error('autosave did not write');
  }, 15);
  await reg.close();
  return { importAllFixturesMs: importAllMs, fixtures: files.length, searchMs, searchDepartments: departments.length, searchTasks: tasks, autosaveLargeDraftMs: autosaveMs, largeDraftKb: Math.round(JSON.stringify(draft).length / 1024) };
}

/** Ten apps on one server database, each autosaving its own large draft `rounds` times, all at once. */
async function tenClients(url: string, rounds = 10): Promise<Record<string, number>> {
  const clients = await Promise.all(Array.from({ length: 10 }, () => fresh(url)));
  const drafts = await Promise.all(clients.map(async (c, i) => {
    const order = largeDraft(30, 30, 100 + i);
    const d = await c.createDraft({ order, author: `Osoba ${i + 1}` });
    if (!d.ok) throw new Error(d.error.message);
    return { id: d.draftId, order };
  }));
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(clients.map(async (c, i) => {
    const { id, order } = drafts[i]!;
    for (let k = 0; k < rounds; k++) {
      order.meta.title = `w sprawie wersji ${k}`;
      const t = performance.now();
      const r = await c.saveDraftVersion(id, order, `Osoba ${i + 1}`);
      latencies.push(performance.now() - t);
      if (!r.ok || r.unchanged) throw new Error('autosave did not write');
    }
  }));
  const wallMs = performance.now() - started;
  for (const c of clients) await c.close();
  return { tenClientsAutosaveP50Ms: percentile(latencies, 50), tenClientsAutosaveP95Ms: percentile(latencies, 95), tenClientsSaves: latencies.length, tenClientsWallMs: Math.round(wallMs) };
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-registry-'));
  let n = 0;
  try {
    const sqlite = await figures(async () => join(dir, `r-${n++}.sqlite`));
    const out: Record<string, unknown> = { ...sqlite };
    if (!postgresBinDir()) return { ...out, postgresql: 'brak serwera PostgreSQL (pakiet postgresql): pomiary serwera pominięte' };
    const server = await startPostgres({ fsync: true });
    try {
      const pg = await figures(() => server.createDatabase());
      for (const [k, v] of Object.entries(pg)) out[`pg.${k}`] = v;
      for (const [k, v] of Object.entries(await tenClients(await server.createDatabase()))) out[`pg.${k}`] = v;
    } finally {
      server.stop();
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
