/** A saved version of a draft compared with its current state (issue 6, item 3, through issue 5's comparison). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftReplacing, renameUnit } from '../../../core/draft/index.js';
import { openRegistry, type Registry } from '../../../electron/services/registry/index.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixturePath } from '../fixtures.js';

let dir: string;
let reg: Registry;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registry-versions-'));
  const r = await openRegistry(join(dir, 'rejestr.sqlite'));
  if (!r.ok) throw new Error(r.error.message);
  reg = r.registry;
});
afterEach(async () => {
  await reg.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('comparing a version with the current draft', () => {
  it('reports the unit renamed and the task dropped since that version', async () => {
    const imported = await importFile(fixturePath('3468'));
    if (!imported.ok) throw new Error(imported.error.message);
    const first = draftReplacing(imported.order, { today: '2026-11-22' });
    const created = await reg.createDraft({ order: first, author: 'Anna' });
    if (!created.ok) throw new Error(created.error.message);
    const ks02 = first.units.find((u) => u.symbol === 'KS-02')!;
    const renamed = renameUnit(first, ks02.id, 'Biuro Prasowe i Komunikacji');
    if (!renamed.ok) throw new Error(renamed.message);
    const next = renamed.order;
    const ks06 = next.units.find((u) => u.symbol === 'KS-06')!;
    if (ks06.scope.kind !== 'tasks') throw new Error('tasks expected');
    ks06.scope.tasks.splice(1, 1); // udział w spotkaniach Prezydenta Miasta Krakowa z mieszkańcami
    const saved = await reg.saveDraftVersion(created.draftId, next, 'Piotr');
    if (!saved.ok) throw new Error(saved.error.message);
    const v1 = (await reg.listVersions(created.draftId)).find((v) => v.n === 1)!;
    const c = await reg.compareVersionWithCurrent(v1.id);
    if (!c.ok) throw new Error(c.error.message);
    expect(c.comparison.units.find((u) => u.old === 'KS-02')?.change).toBe('renamed');
    expect(c.comparison.tasks.filter((t) => t.change === 'dropped').map((t) => t.old)).toEqual(['§ 9 pkt 2']);
    expect((await reg.compareVersionWithCurrent(999_999)).ok).toBe(false);
  });
});
