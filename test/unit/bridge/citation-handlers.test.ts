/**
 * The `citations:*` handlers over a real registry (SQLite, with the sample registry; the engines themselves are
 * tested on both in test/unit/registry/citations.test.ts), and what they change: `draft:create` takes the newest
 * citation, `check:run` with the book warns about an older one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, HandlerTable } from '../../../electron/contract/api.js';
import { createAppHandlers, type AppHandlers } from '../../../electron/services/handlers/app.js';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;
let app: AppHandlers;

function value<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const h = <C extends keyof HandlerTable>(c: C) => app.table[c]!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zo-cit-'));
  app = createAppHandlers({
    dataDir: dir,
    author: 'Anna Testowa',
    sampleDir: join(root, 'resources', 'sample'),
    dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null },
    registry: join(dir, 'rejestr.sqlite'),
  });
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('citations handlers', () => {
  it('list the acts with their sources; an added citation is used by a new draft and by the checks; removing it undoes that', async () => {
    const view = value(await h('citations:get')(undefined));
    expect(view.acts.map((a) => a.key)).toEqual(['ustawa-o-samorzadzie-gminnym', 'ustawa-o-ochronie-informacji-niejawnych', 'ustawa-o-ochronie-danych-osobowych']);
    const gmina = view.acts[0]!;
    expect(gmina.entries.length).toBeGreaterThan(0);
    expect(gmina.entries.every((e) => e.source.length > 5 && e.text.startsWith('Dz. U.'))).toBe(true);

    const bad = await h('citations:add')({ actKey: gmina.key, text: 'poz. sto', currentFrom: '2025-01-01' });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'invalidCitation' });

    const added = value(await h('citations:add')({ actKey: gmina.key, text: 'Dz. U. z 2025 r. poz. 1153', currentFrom: '2025-01-01' }));
    expect(added.acts[0]!.entries[0]).toMatchObject({ text: 'Dz. U. z 2025 r. poz. 1153', origin: 'user', source: 'wpis użytkownika Anna Testowa' });

    const inForce = value(await h('registry:list')(undefined)).find((e) => e.number === '3468/2024')!;
    const draft = value(await h('draft:create')({ replacingId: inForce.id }));
    expect(draft.order.legalBasis!.citation).toEqual({ year: 2025, positions: [1153] });

    const old = structuredClone(draft.order);
    old.legalBasis!.citation = { year: 2024, positions: [1465, 1572] };
    const journal = async (book?: unknown) =>
      value(await h('check:run')({ order: old, ...(book ? { citations: book } : {}) })).filter((f) => f.code === 'final.journal-citation');
    expect(await journal(added.book)).toHaveLength(1);

    const removed = value(await h('citations:remove')({ actKey: gmina.key, year: 2025, positions: [1153], currentFrom: '2025-01-01' }));
    expect(removed.acts[0]!.entries.some((e) => e.origin === 'user')).toBe(false);
    expect(await journal(removed.book)).toEqual(await journal());
  });
});
