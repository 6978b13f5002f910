import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, type Order } from '../../../core/model/order.js';
import { createFileAccess } from '../../../electron/services/file-tokens.js';
import { createHandlers, type HandlerDeps } from '../../../electron/services/handlers/index.js';

/** A minimal valid order (the model's schema), built here rather than by the importer under test elsewhere. */
function sampleOrder(): Order {
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { kind: 'organizational', number: '1/2025', date: '2025-01-02', title: 'w sprawie próby', subject: 'Wydział Próbny', titleForm: 'department', status: 'inForce' },
    legalBasis: null,
    leadership: { head: 'Dyrektor', deputies: [], shortName: 'Wydział', ownTasksClause: false },
    units: [{ id: 'u1', symbol: 'WP-01', name: 'Referat Próbny', kind: 'referat', parentId: null, reportsTo: { kind: 'head' }, scope: { kind: 'tasks', lead: 'należą sprawy', tasks: [{ id: 't1', text: ['prowadzenie spraw'], children: [] }], positions: [] } }],
    commonDuties: null,
    annex: { present: false },
    execution: null,
    repeals: [],
    entryIntoForce: { kind: 'signing' },
    signature: { office: 'PREZYDENT MIASTA KRAKOWA', name: null },
    paragraphs: [],
    unplaced: [],
    coverage: [],
  };
}

function deps(over: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    importFile: vi.fn(async () => ({ ok: true as const, order: sampleOrder(), warnings: ['naprawiono podział wiersza'] })),
    dialogs: { chooseOrderFile: vi.fn(async () => '/tmp/x/wybrany.txt'), chooseSavePath: vi.fn(async () => null) },
    registry: async () => ({ ok: false, error: { code: 'cannotOpen', message: 'nieużywany w tym teście' } }),
    author: 'Test',
    ...over,
  };
}

/** A file access that knows `path` (as after a drop), and the token it gave. */
function known(path: string) {
  const files = createFileAccess(null);
  return { files, token: files.issue(path).token };
}

describe('import:file', () => {
  it('reads a file named by its token through the importer and names the file', async () => {
    const { files, token } = known('/data/zarz 3468.txt');
    const d = deps({ files });
    const r = await createHandlers(d)['import:file']!({ token });
    expect(d.importFile).toHaveBeenCalledWith('/data/zarz 3468.txt');
    expect(r).toEqual({ ok: true, value: { order: sampleOrder(), warnings: ['naprawiono podział wiersza'], fileName: 'zarz 3468.txt', token } });
  });

  it('passes the importer\'s Polish error through unchanged', async () => {
    const { files, token } = known('/a/pusty.txt');
    const d = deps({ files, importFile: vi.fn(async () => ({ ok: false as const, error: { code: 'import-empty', message: 'Plik jest pusty.' } })) });
    const r = await createHandlers(d)['import:file']!({ token });
    expect(r).toEqual({ ok: false, error: { code: 'import-empty', message: 'Plik jest pusty.' } });
  });

  it('rejects an argument that is not { token: string } before calling anything', async () => {
    const d = deps();
    const h = createHandlers(d)['import:file']!;
    for (const raw of [undefined, null, 'plik.txt', { token: 3 }, { token: '' }, { file: '/a' }, { path: '/etc/passwd' }, { token: 'x', path: '/a' }]) {
      const r = await h(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-argument');
        expect(r.error.message).toMatch(/^Nieprawidłowe dane wywołania/);
      }
    }
    expect(d.importFile).not.toHaveBeenCalled();
  });

  it('turns an exception of a service into an internal error value, first line only', async () => {
    const { files, token } = known('/a/b.txt');
    const d = deps({ files, importFile: async () => { throw new Error('boom\n    at stack frame'); } });
    const r = await createHandlers(d)['import:file']!({ token });
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'Wystąpił nieoczekiwany błąd: boom' } });
  });
});

describe('import:choose', () => {
  it('reads the file the user chose', async () => {
    const d = deps();
    const r = await createHandlers(d)['import:choose']!(undefined);
    expect(d.importFile).toHaveBeenCalledWith('/tmp/x/wybrany.txt');
    expect(r.ok && r.value?.fileName).toBe('wybrany.txt');
  });

  it('gives null when the user cancels the dialog', async () => {
    const d = deps({ dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null } });
    expect(await createHandlers(d)['import:choose']!(undefined)).toEqual({ ok: true, value: null });
    expect(d.importFile).not.toHaveBeenCalled();
  });
});
