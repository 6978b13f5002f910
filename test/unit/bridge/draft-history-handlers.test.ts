/**
 * The handlers of a draft's history (`draft:version`, `draft:compareVersion`, `draft:restore`), of drafts made from
 * a template (`draft:templates`, `draft:fromTemplate`) and of the author setting (`settings:get`,
 * `settings:setAuthor`), named versions (`draft:save` with a sitting or a name, `draft:compareVersions`), over a real registry with the sample orders in a fresh folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, HandlerTable } from '../../../electron/contract/api.js';
import { createAppHandlers, type AppHandlers } from '../../../electron/services/handlers/app.js';
import { addUnit, renameUnit } from '../../../core/draft/register.js';
import type { Order } from '../../../core/model/order.js';
import { createHandlers } from '../../../electron/services/handlers/index.js';
import { normaliseAuthorName, SETTINGS_FILE } from '../../../electron/services/handlers/settings.js';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;
let app: AppHandlers;

function value<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
function error<T>(r: ApiResult<T>) {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}
const open = () => createAppHandlers({ dataDir: dir, author: 'jkowalski', sampleDir: join(root, 'resources', 'sample'), dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null } });
const h = <C extends keyof HandlerTable>(c: C) => app.table[c]!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zo-hist-'));
  app = open();
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A draft replacing 3468/2024, then saved with KS-02 renamed and a unit added: versions 1 and 2. */
async function draftWithTwoVersions() {
  const old = value(await h('registry:list')(undefined)).find((e) => e.number === '3468/2024')!;
  const draft = value(await h('draft:create')({ replacingId: old.id }));
  const added = addUnit(draft.order, { name: 'Referat Nowych Mediów', symbol: 'KS-08' });
  if (!added.ok) throw new Error(added.message);
  const changed = structuredClone(added.order);
  const ks02 = changed.units.find((u) => u.symbol === 'KS-02')!;
  ks02.name = 'Biuro Prasowe i Komunikacji';
  if (ks02.scope.kind !== 'tasks') throw new Error('KS-02 bez listy zadań');
  ks02.scope.tasks.push({ id: 't-new', text: ['prowadzenie kanałów w mediach społecznościowych'], children: [] });
  value(await h('draft:save')({ id: draft.id, order: changed }));
  const versions = value(await h('draft:versions')({ id: draft.id }));
  return { draft, changed, versions };
}

describe('a draft version opened, compared and restored', () => {
  it('opens a version with its own content, read from the registry', async () => {
    const { draft, versions } = await draftWithTwoVersions();
    expect(versions.map((v) => v.n)).toEqual([1, 2]);
    const first = value(await h('draft:version')({ versionId: versions[0]!.id }));
    expect(first.draftId).toBe(draft.id);
    expect(first.version).toEqual(versions[0]);
    expect(first.order.units.map((u) => u.name)).toContain('Biuro Prasowe');
    expect(first.order.units.map((u) => u.name)).not.toContain('Referat Nowych Mediów');
    const second = value(await h('draft:version')({ versionId: versions[1]!.id }));
    expect(second.order.units.map((u) => u.name)).toContain('Referat Nowych Mediów');
  });

  it('compares a version with the current state: the rename and the added unit and task since version 1, nothing since version 2', async () => {
    const { versions } = await draftWithTwoVersions();
    const r = value(await h('draft:compareVersion')({ versionId: versions[0]!.id }));
    expect(r.version.n).toBe(1);
    const units = r.comparison.units.filter((u) => u.change !== 'kept');
    expect(units).toEqual(expect.arrayContaining([
      expect.objectContaining({ change: 'renamed', oldUnit: expect.objectContaining({ name: 'Biuro Prasowe' }), newUnit: expect.objectContaining({ name: 'Biuro Prasowe i Komunikacji' }) }),
      expect.objectContaining({ change: 'added', newUnit: expect.objectContaining({ name: 'Referat Nowych Mediów', symbol: 'KS-08' }) }),
    ]));
    expect(r.comparison.tasks.filter((t) => t.change === 'added').map((t) => t.newText)).toContain('prowadzenie kanałów w mediach społecznościowych');
    const none = value(await h('draft:compareVersion')({ versionId: versions[1]!.id }));
    expect(none.comparison.units.every((u) => u.change === 'kept')).toBe(true);
    expect(none.comparison.tasks.every((t) => t.change === 'kept')).toBe(true);
  });

  it('restores a version as a new one by the author set in the settings; nothing is lost', async () => {
    const { draft, versions } = await draftWithTwoVersions();
    value(await h('settings:setAuthor')({ name: 'Anna Nowak' }));
    const restored = value(await h('draft:restore')({ versionId: versions[0]!.id }));
    expect(restored.id).toBe(draft.id);
    expect(restored.order.units.map((u) => u.name)).not.toContain('Referat Nowych Mediów');
    const after = value(await h('draft:versions')({ id: draft.id }));
    expect(after.map((v) => v.n)).toEqual([1, 2, 3]);
    expect(after[2]).toMatchObject({ author: 'Anna Nowak', note: expect.stringMatching(/^Przywrócono wersję 1/) });
    // version 2 (the state before the restore) is still there, unchanged
    const kept = value(await h('draft:version')({ versionId: after[1]!.id }));
    expect(kept.order.units.map((u) => u.name)).toContain('Referat Nowych Mediów');
  });

  it('answers an unknown or malformed version with a Polish error value', async () => {
    const missing = error(await h('draft:version')({ versionId: 987654 }));
    expect(missing).toEqual({ code: 'notFound', message: 'Nie ma wersji projektu o identyfikatorze 987654.' });
    expect(error(await h('draft:compareVersion')({ versionId: 987654 })).code).toBe('notFound');
    for (const bad of [undefined, {}, { versionId: 'abc' }, { versionId: -1 }, { versionId: 1.5 }]) {
      const e = error(await h('draft:compareVersion')(bad));
      expect(e.code).toBe('invalid-argument');
      expect(e.message).toMatch(/^Nieprawidłowe dane wywołania/);
    }
  });
});

describe('a new draft from a template', () => {
  it('lists the templates with their Polish descriptions', async () => {
    const list = value(await h('draft:templates')(undefined));
    expect(list.map((t) => t.name)).toEqual(['wydzial', 'kancelaria-biuro']);
    for (const t of list) expect(t.description).toMatch(/^Zarządzenie w sprawie/);
    expect(error(await h('draft:templates')({ extra: 1 })).code).toBe('invalid-argument');
  });

  it('creates the draft in the registry, titled for its subject, with its first version', async () => {
    const d = value(await h('draft:fromTemplate')({ template: 'wydzial', subject: '  Wydział Kultury ' }));
    expect(d.replacing).toBeNull();
    expect(d.order.meta).toMatchObject({ subject: 'Wydział Kultury', status: 'draft', number: null });
    expect(d.order.meta.title).toMatch(/Wydziału Kultury/);
    expect(d.order.units.length).toBeGreaterThan(0);
    const entry = value(await h('registry:list')(undefined)).find((e) => e.id === d.id);
    expect(entry).toMatchObject({ status: 'draft', subject: 'Wydział Kultury', replacesId: null });
    const versions = value(await h('draft:versions')({ id: d.id }));
    expect(versions).toHaveLength(1);
    expect(versions[0]!.author).toBe('jkowalski');
    expect(value(await h('draft:open')({ id: d.id })).order.meta.subject).toBe('Wydział Kultury');
  });

  it('refuses an empty subject or an unknown template with the core Polish message, writing nothing', async () => {
    const before = value(await h('registry:list')(undefined)).length;
    const empty = error(await h('draft:fromTemplate')({ template: 'wydzial', subject: '   ' }));
    expect(empty.code).toBe('invalidSubject');
    expect(empty.message).toMatch(/^Podaj nazwę komórki/);
    const unknown = error(await h('draft:fromTemplate')({ template: 'referat', subject: 'Wydział Kultury' }));
    expect(unknown.code).toBe('unknownTemplate');
    expect(unknown.message).toMatch(/Nie ma szablonu „referat”/);
    expect(error(await h('draft:fromTemplate')({ template: 'wydzial' })).message).toMatch(/pole „subject”/);
    expect(value(await h('registry:list')(undefined))).toHaveLength(before);
  });
});

describe('the author of saved versions', () => {
  it('is the system user until a name is set; the name is kept in settings.json for the next run; null goes back', async () => {
    expect(value(await h('settings:get')(undefined))).toEqual({ authorName: null, systemUserName: 'jkowalski', author: 'jkowalski' });
    const set = value(await h('settings:setAuthor')({ name: '  Anna   Nowak ' }));
    expect(set).toEqual({ authorName: 'Anna Nowak', systemUserName: 'jkowalski', author: 'Anna Nowak' });
    expect(JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'))).toEqual({ authorName: 'Anna Nowak' });
    app.close();
    app = open();
    expect(value(await h('settings:get')(undefined)).author).toBe('Anna Nowak');
    const d = value(await h('draft:fromTemplate')({ template: 'kancelaria-biuro', subject: 'Biuro Kontroli' }));
    expect(value(await h('draft:versions')({ id: d.id }))[0]!.author).toBe('Anna Nowak');
    expect(value(await h('settings:setAuthor')({ name: null })).author).toBe('jkowalski');
    expect(value(await h('settings:setAuthor')({ name: '   ' })).authorName).toBeNull();
  });

  it('refuses a name too long or with control characters in Polish, keeping the previous one', async () => {
    value(await h('settings:setAuthor')({ name: 'Anna Nowak' }));
    const long = error(await h('settings:setAuthor')({ name: 'x'.repeat(81) }));
    expect(long).toEqual({ code: 'invalidAuthor', message: 'Imię i nazwisko autora może mieć najwyżej 80 znaków (podano 81).' });
    expect(error(await h('settings:setAuthor')({ name: 'Anna\u0007' })).message).toMatch(/znaków sterujących/);
    expect(error(await h('settings:setAuthor')({})).code).toBe('invalid-argument');
    expect(value(await h('settings:get')(undefined)).author).toBe('Anna Nowak');
  });

  it('reads a damaged settings file as nothing set', async () => {
    writeFileSync(join(dir, SETTINGS_FILE), '{ nie json');
    app.close();
    app = open();
    expect(value(await h('settings:get')(undefined)).author).toBe('jkowalski');
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ authorName: 42 }));
    app.close();
    app = open();
    expect(value(await h('settings:get')(undefined)).authorName).toBeNull();
  });

  it('reports a settings file that cannot be written in Polish and keeps the author', async () => {
    const table = createHandlers({
      importFile: async () => ({ ok: false, error: { code: 'x', message: 'x' } }),
      dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null },
      registry: async () => ({ ok: false, error: { code: 'busy', message: 'zajęty' } }),
      author: 'jkowalski',
      settings: { get: () => ({ authorName: null }), set: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) },
    });
    const e = error(await table['settings:setAuthor']!({ name: 'Anna Nowak' }));
    expect(e.code).toBe('write');
    expect(e.message).toMatch(/^Nie udało się zapisać ustawień .*autor zmian pozostaje bez zmian\.$/);
    expect(value(await table['settings:get']!(undefined)).author).toBe('jkowalski');
  });

  it('tidies a typed name', () => {
    expect(normaliseAuthorName(' Jan \t Kowalski ')).toEqual({ ok: true, name: 'Jan Kowalski' });
    expect(normaliseAuthorName('')).toEqual({ ok: true, name: null });
    expect(normaliseAuthorName(null)).toEqual({ ok: true, name: null });
  });
});

// named versions (issue 13, item 5): `draft:save` with a sitting coalesces, with a name writes a named version;
// `draft:compareVersions` compares any two versions of one draft in document form
function renamed(order: Order, symbol: string, name: string): Order {
  const u = order.units.find((x) => x.symbol === symbol)!;
  const r = renameUnit(order, u.id, name);
  if (!r.ok) throw new Error(r.message);
  return r.order;
}

describe('named versions through the handlers', () => {
  it('coalesces a sitting, saves a named version, lists names and compares any two versions in document form', async () => {
    const old = value(await h('registry:list')(undefined)).find((e) => e.number === '3468/2024')!;
    const draft = value(await h('draft:create')({ replacingId: old.id }));
    let order = draft.order;
    for (const name of ['Biuro Prasowe i Komunikacji', 'Biuro Prasowe i Komunikacji Społecznej', 'Biuro Prasowe Miasta']) {
      order = renamed(order, 'KS-02', name);
      value(await h('draft:save')({ id: draft.id, order, sitting: 'sesja-1' }));
    }
    const named = value(await h('draft:save')({ id: draft.id, order, name: 'dla Dyrektora' }));
    order = renamed(order, 'KS-03', 'Referat Nowych Mediów');
    value(await h('draft:save')({ id: draft.id, order, sitting: 'sesja-1' }));
    const versions = value(await h('draft:versions')({ id: draft.id }));
    expect(versions.map((v) => [v.n, v.name])).toEqual([[1, null], [2, 'dla Dyrektora'], [3, null]]);
    expect(named.versionId).toBe(versions[1]!.id);

    // any two, in either order: the older one is `from`
    const cmp = value(await h('draft:compareVersions')({ versionIds: [versions[2]!.id, versions[0]!.id] }));
    expect([cmp.from.n, cmp.to.n]).toEqual([1, 3]);
    expect(cmp.html).toMatch(/^<!DOCTYPE html>/);
    expect(cmp.html).toContain('Porównanie: wersja 1 (');
    expect(cmp.html).toMatch(/→ wersja 3 \(\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}, jkowalski\)/);
    expect(cmp.html).toMatch(/<ins class="rl" title="dodano">[^<]*Miasta/);
    expect(cmp.html).toMatch(/<ins class="rl" title="dodano">[^<]*Nowych/);
    expect(cmp.stats.changed).toBeGreaterThan(0);
    const named2 = value(await h('draft:compareVersions')({ versionIds: [versions[1]!.id, versions[2]!.id] }));
    expect(named2.html).toContain('wersja 2 „dla Dyrektora”');
    // between the named version and the next only KS-03 changed: the rename of KS-02 is not marked
    expect(named2.html).not.toMatch(/<ins class="rl" title="dodano">[^<]*Miasta/);

    expect(error(await h('draft:compareVersions')({ versionIds: [versions[0]!.id, versions[0]!.id] })).code).toBe('sameVersion');
    expect(error(await h('draft:compareVersions')({ versionIds: [versions[0]!.id, 987654] })).code).toBe('notFound');
    const other = value(await h('draft:fromTemplate')({ template: 'wydzial', subject: 'Wydział Kultury' }));
    const otherVersion = value(await h('draft:versions')({ id: other.id }))[0]!;
    expect(error(await h('draft:compareVersions')({ versionIds: [versions[0]!.id, otherVersion.id] })).code).toBe('otherDraft');
  });

  it('refuses an empty name with a Polish message; a bad argument is refused before the registry', async () => {
    const old = value(await h('registry:list')(undefined)).find((e) => e.number === '3468/2024')!;
    const draft = value(await h('draft:create')({ replacingId: old.id }));
    const e = error(await h('draft:save')({ id: draft.id, order: draft.order, name: '   ' }));
    expect(e.code).toBe('invalidName');
    expect(e.message).toMatch(/Podaj nazwę wersji/);
    expect(value(await h('draft:versions')({ id: draft.id }))).toHaveLength(1);
    for (const bad of [{ versionIds: [1] }, { versionIds: [1, 'x'] }, { versionIds: [0, 1] }]) {
      expect(error(await h('draft:compareVersions')(bad as never)).code).toBe('invalid-argument');
    }
  });
});
