/**
 * Registry bench (issue 6, point 8): median milliseconds of
 * - importing all real orders (resources/sample, the copies of ../shared/fixtures/orders) into a fresh registry,
 *   with the real importer;
 * - a search over a registry of 60 generated departments (target under 20 ms);
 * - an autosave (`saveDraftVersion`) of a large draft (target under 50 ms), and its size.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medianMs } from '../measure.js';
import { importFileIntoRegistry, openRegistry, type Registry } from '../../../electron/services/registry/index.js';
import { generatedDepartments, largeDraft } from '../../fixtures/registry/orders.js';

const sampleDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'sample');

async function fresh(dir: string, name: string): Promise<Registry> {
  const r = await openRegistry(join(dir, name));
  if (!r.ok) throw new Error(r.error.message);
  return r.registry;
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-registry-'));
  try {
    const files = (JSON.parse(readFileSync(join(sampleDir, 'manifest.json'), 'utf8')) as { orders: { file: string }[] }).orders.map((o) => join(sampleDir, o.file));
    let n = 0;
    const importAllMs = await medianMs(async () => {
      const reg = await fresh(dir, `import-${n++}.sqlite`);
      for (const f of files) {
        const r = await importFileIntoRegistry(reg, f);
        if (!r.ok || r.outcome !== 'added') throw new Error(`import ${f}: ${r.ok ? r.outcome : r.error.message}`);
      }
      await reg.close();
    }, 5);

    const reg = await fresh(dir, 'search.sqlite');
    const departments = generatedDepartments(60);
    for (const o of departments) await reg.addOrder({ order: o });
    const tasks = departments.reduce((s, o) => s + o.units.reduce((t, u) => t + (u.scope.kind === 'tasks' ? u.scope.tasks.length : 0), 0), 0);
    const queries = ['zieleni', 'obsługą mieszkańców', 'zamowien publicznych', 'łączność', 'kontrola wewnętrzna audyt', 'archiwizacja dokumentów'];
    let q = 0;
    let hits = 0;
    const searchMs = await medianMs(async () => {
      hits += (await reg.searchTasks(queries[q++ % queries.length]!)).length;
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
    return {
      importAllFixturesMs: importAllMs,
      fixtures: files.length,
      searchMs,
      searchDepartments: departments.length,
      searchTasks: tasks,
      autosaveLargeDraftMs: autosaveMs,
      largeDraftKb: Math.round(JSON.stringify(draft).length / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
