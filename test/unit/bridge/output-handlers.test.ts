/**
 * The output handlers (electron/services/handlers/output.ts) over the real services with scripted dialogs and fake
 * PDF writer and printer: the preview page, DOCX, PDF and change-report exports (only where the dialog says,
 * nothing on cancel or failure), printing; and the Electron PDF writer and printer over a faked window
 * (electron/main/printing.ts).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, DraftDocument, HandlerTable } from '../../../electron/contract/api.js';
import { electronPdfWriter, electronPrinter, hiddenPage, type WindowConstructor } from '../../../electron/main/printing.js';
import { createAppHandlers, type AppHandlers } from '../../../electron/services/handlers/app.js';
import type { FileFilter } from '../../../electron/services/handlers/deps.js';
import { docxText as readDocxText } from '../../e2e/harness.js';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;
let app: AppHandlers;
let saveQueue: Array<string | null>;
let asked: Array<{ name: string; filters: FileFilter[] }>;
let printed: string[];
let pdfInput: string[];
let printAnswer: () => Promise<boolean>;
let pdfAnswer: (html: string) => Promise<Uint8Array>;

function value<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const h = <C extends keyof HandlerTable>(c: C) => app.table[c]!;
function make(withOutput = true): AppHandlers {
  return createAppHandlers({
    dataDir: dir,
    author: 'Test',
    sampleDir: join(root, 'resources', 'sample'),
    dialogs: {
      chooseOrderFile: async () => null,
      chooseSavePath: async (name, filters) => {
        asked.push({ name, filters });
        return saveQueue.shift() ?? null;
      },
    },
    ...(withOutput
      ? {
          pdf: (html: string) => (pdfInput.push(html), pdfAnswer(html)),
          print: (html: string) => (printed.push(html), printAnswer()),
        }
      : {}),
  });
}
async function draft(): Promise<DraftDocument> {
  const old = value(await h('registry:list')(undefined)).find((e) => e.number === '3468/2024')!;
  return value(await h('draft:create')({ replacingId: old.id }));
}
const docxText = (path: string) => readDocxText(readFileSync(path));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zo-out-'));
  saveQueue = [];
  asked = [];
  printed = [];
  pdfInput = [];
  printAnswer = async () => true;
  pdfAnswer = async () => new TextEncoder().encode('%PDF-1.7 fake');
  app = make();
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('output handlers', () => {
  it('render:preview: the whole draft with the annex chart, as one standalone page', async () => {
    const d = await draft();
    const html = value(await h('render:preview')({ order: d.order }));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('PROJEKT');
    expect(html).toContain('Referatu ds. Organizacyjnych');
    expect(html).toMatch(/<section class="annex"[^]*<svg[^]*KS-01/);
  });

  it('export:docx writes where the dialog says, with a suggested name; nothing on cancel; a Polish error when it cannot write', async () => {
    const d = await draft();
    expect(value(await h('export:docx')({ order: d.order }))).toBeNull();
    expect(asked[0]).toEqual({ name: 'projekt-zarzadzenia-wydzial-komunikacji-spolecznej.docx', filters: [{ name: 'Dokument Word (DOCX)', extensions: ['docx'] }] });
    const target = join(dir, 'wyjscie.docx');
    saveQueue.push(target);
    expect(value(await h('export:docx')({ order: d.order }))).toEqual({ path: target });
    const xml = docxText(target);
    expect(xml).toContain('Referatu ds. Organizacyjnych');
    expect(xml).toContain('Traci moc zarządzenie Prezydenta Miasta Krakowa nr 3468/2024');
    saveQueue.push(join(dir, 'brak', 'folderu', 'x.docx'));
    const r = await h('export:docx')({ order: d.order });
    expect(r).toMatchObject({ ok: false, error: { code: 'write' } });
    expect(!r.ok && r.error.message).toMatch(/^Nie można zapisać pliku .*\(folder nie istnieje\)\.$/);
    // the renderer cannot name a path: an unknown field is ignored, the dialog still decides
    expect(value(await h('export:docx')({ order: d.order, path: join(dir, 'obejscie.docx') }))).toBeNull();
    expect(existsSync(join(dir, 'obejscie.docx'))).toBe(false);
  });

  it('export:pdf prints the preview with the writer passed in; a failing writer writes nothing; no writer: unavailable', async () => {
    const d = await draft();
    const target = join(dir, 'z.pdf');
    saveQueue.push(target);
    expect(value(await h('export:pdf')({ order: d.order }))).toEqual({ path: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(pdfInput[0]).toBe(value(await h('render:preview')({ order: d.order })));
    expect(asked.at(-1)!.filters[0]!.extensions).toEqual(['pdf']);

    pdfAnswer = async () => {
      throw new Error('drukarka PDF uległa awarii');
    };
    const other = join(dir, 'nie.pdf');
    saveQueue.push(other);
    const r = await h('export:pdf')({ order: d.order });
    expect(r).toEqual({ ok: false, error: { code: 'pdf', message: 'Nie udało się utworzyć pliku PDF (drukarka PDF uległa awarii). Nie zapisano pliku.' } });
    expect(existsSync(other)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    app.close();
    app = make(false);
    expect(await h('export:pdf')({ order: d.order })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await h('print:order')({ order: d.order })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('export:changes: the comparison with the replaced order as a DOCX table', async () => {
    const d = await draft();
    const old = value(await h('registry:get')({ id: d.replacing!.id })).order;
    const renamed = structuredClone(d.order);
    renamed.units.find((u) => u.symbol === 'KS-02')!.name = 'Biuro Prasowe i Komunikacji';
    const target = join(dir, 'zestawienie.docx');
    saveQueue.push(target);
    expect(value(await h('export:changes')({ old, new: renamed }))).toEqual({ path: target });
    expect(asked[0]!.name).toBe('zestawienie-zmian-wydzial-komunikacji-spolecznej.docx');
    const xml = docxText(target);
    expect(xml).toContain('Biuro Prasowe i Komunikacji');
    expect(xml).toContain('zmiana nazwy');
    expect(await h('export:changes')({ old })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('print:order sends the preview to the printer; cancelled is not an error; a failure is a Polish message', async () => {
    const d = await draft();
    expect(value(await h('print:order')({ order: d.order }))).toEqual({ printed: true });
    expect(printed[0]).toContain('<section class="order"');
    printAnswer = async () => false;
    expect(value(await h('print:order')({ order: d.order }))).toEqual({ printed: false });
    printAnswer = async () => {
      throw new Error('brak drukarki');
    };
    expect(await h('print:order')({ order: d.order })).toEqual({ ok: false, error: { code: 'print', message: 'Nie udało się wydrukować zarządzenia (brak drukarki).' } });
  });
});

describe('Electron PDF writer and printer (hidden window, faked)', () => {
  const windows: FakeWindow[] = [];
  class FakeWindow {
    static printResult: [boolean, string] = [true, ''];
    loaded: string[] = [];
    destroyed = false;
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
    webContents = {
      printToPDF: async (opts: { preferCSSPageSize?: boolean }) => {
        if (!opts.preferCSSPageSize) throw new Error('page sizes of the CSS not asked for');
        return Buffer.from('%PDF');
      },
      print: (_opts: unknown, cb: (ok: boolean, reason: string) => void) => cb(...FakeWindow.printResult),
    };
  }
  const BW = FakeWindow as unknown as WindowConstructor;

  it('prints the page loaded as a data URL in a hidden window without scripts, kept for the next call', async () => {
    const page = hiddenPage(BW);
    const before = windows.length;
    const bytes = await electronPdfWriter(page)('<p>Zarządzenie</p>');
    expect(new TextDecoder().decode(bytes)).toBe('%PDF');
    const w = windows.at(-1)!;
    expect(w.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false } });
    expect(decodeURIComponent(w.loaded[0]!.replace(/^data:text\/html;charset=utf-8,/, ''))).toBe('<p>Zarządzenie</p>');
    expect(w.destroyed).toBe(false);
    // a second PDF and a printout reuse the same window: no new renderer per call
    await electronPdfWriter(page)('<p>Drugie</p>');
    await electronPrinter(page)('<p>Trzecie</p>');
    expect(windows.length - before).toBe(1);
    expect(w.loaded).toHaveLength(3);
    page.dispose();
    expect(w.destroyed).toBe(true);
    // after dispose (the app's window closed) the next call makes a new window
    await electronPdfWriter(page)('<p>Czwarte</p>');
    expect(windows.length - before).toBe(2);
    page.dispose();
  });

  it('runs one call at a time, in order', async () => {
    const page = hiddenPage(BW);
    const order: string[] = [];
    const slow = (tag: string, ms: number) => page.run(`<p>${tag}</p>`, async () => {
      order.push(`start ${tag}`);
      await new Promise((r) => setTimeout(r, ms));
      order.push(`end ${tag}`);
    });
    await Promise.all([slow('a', 30), slow('b', 1), slow('c', 1)]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    page.dispose();
  });

  it('destroys the window after a failure and after a while without use', async () => {
    vi.useFakeTimers();
    try {
      const page = hiddenPage(BW, 1000);
      await expect(page.run('<p/>', async () => Promise.reject(new Error('zepsute')))).rejects.toThrow('zepsute');
      expect(windows.at(-1)!.destroyed).toBe(true);
      await page.run('<p/>', async () => undefined);
      const w = windows.at(-1)!;
      vi.advanceTimersByTime(999);
      expect(w.destroyed).toBe(false);
      vi.advanceTimersByTime(1);
      expect(w.destroyed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the print dialog: printed, cancelled (false), failed (rejects)', async () => {
    const page = hiddenPage(BW);
    const print = electronPrinter(page);
    await expect(print('<p/>')).resolves.toBe(true);
    FakeWindow.printResult = [false, 'cancelled'];
    await expect(print('<p/>')).resolves.toBe(false);
    FakeWindow.printResult = [false, 'Print job failed'];
    await expect(print('<p/>')).rejects.toThrow('Print job failed');
    FakeWindow.printResult = [true, ''];
    page.dispose();
  });
});
