/**
 * `exportOrder` and the `export` command: the files written, the PDF only with a writer, Polish error values, no
 * half-written file when a write or the PDF fails; the print preview's HTML structure.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../../core/model/order.js';
import { OrderFile } from '../../../core/model/order-file.js';
import { previewHtml } from '../../../core/preview/index.js';
import { renderDocument } from '../../../core/render/document.js';
import { run } from '../../../electron/cli/commands/export.js';
import { electronPdfWriter, EXPORT_FILES, exportOrder, writeFileAtomic } from '../../../electron/services/export/index.js';
import { expectedLines, exportCases, unzipText } from './helpers.js';

let dir = '';
let org: Order;
let draft: Order;
let general: Order;
const fakePng = (): Uint8Array => new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const isRoot = process.getuid?.() === 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'export-service-'));
  const cases = await exportCases();
  org = cases.find((c) => c.name.includes('3468') && !c.name.startsWith('projekt-'))!.order;
  draft = cases.find((c) => c.name.startsWith('projekt-'))!.order;
  general = cases.find((c) => c.order.units.length === 0)!.order;
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

describe('exportOrder', () => {
  it('writes the DOCX, the chart as SVG and PNG, and the PDF from the writer, into a folder it makes', async () => {
    const out = join(dir, 'a', 'b');
    let html = '';
    const r = await exportOrder(org, out, {
      png: fakePng,
      pdf: async (h) => {
        html = h;
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(readdirSync(out).sort()).toEqual(Object.values(EXPORT_FILES).sort());
    expect(r.files.pdf).toBe(join(out, EXPORT_FILES.pdf));
    expect(readFileSync(join(out, EXPORT_FILES.svg), 'utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\s*$/);
    expect(readFileSync(join(out, EXPORT_FILES.png))).toEqual(Buffer.from(fakePng()));
    expect(unzipText(readFileSync(join(out, EXPORT_FILES.docx)))['word/document.xml']).toContain('Schemat organizacyjny');
    // the PDF is printed from the preview of this order, chart included
    expect(html).toContain(renderDocument(org).annex!.title);
    expect(html).toContain('<svg');
    expect(r.warnings).toEqual([]);
  });

  it('writes no PDF without a writer, and no chart for an order without units (with a warning)', async () => {
    const out = join(dir, 'general');
    const r = await exportOrder(general, out, { png: fakePng });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(readdirSync(out)).toEqual([EXPORT_FILES.docx]);
    expect(r.files).toMatchObject({ svg: null, png: null, pdf: null });
    expect(r.warnings.join(' ')).toMatch(/pominięto schemat/);
  });

  it('writes nothing when the PDF cannot be printed, and says so in Polish', async () => {
    const out = join(dir, 'pdf-fails');
    const r = await exportOrder(org, out, { png: fakePng, pdf: async () => Promise.reject(new Error('chromium crashed')) });
    expect(r).toMatchObject({ ok: false, error: { code: 'pdf' } });
    if (r.ok) return;
    expect(r.error.message).toMatch(/^Nie udało się utworzyć pliku PDF .*Nie zapisano żadnego pliku\.$/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses an output folder that is a file', async () => {
    const file = join(dir, 'plik');
    writeFileSync(file, 'x');
    const r = await exportOrder(org, file, { png: fakePng });
    expect(r).toMatchObject({ ok: false, error: { code: 'folder' } });
    if (!r.ok) expect(r.error.message).toContain('Nie można utworzyć folderu');
  });

  it('stops at a file that cannot be written, leaving the files before it whole and no temporary file', async () => {
    const out = join(dir, 'blocked');
    mkdirSync(join(out, EXPORT_FILES.svg, 'inside'), { recursive: true });
    const r = await exportOrder(org, out, { png: fakePng });
    expect(r).toMatchObject({ ok: false, error: { code: 'write' } });
    if (!r.ok) expect(r.error.message).toMatch(/^Nie można zapisać pliku „.*schemat\.svg” \(.+\)\.$/);
    expect(readdirSync(out).sort()).toEqual([EXPORT_FILES.svg, EXPORT_FILES.docx].sort());
    expect(unzipText(readFileSync(join(out, EXPORT_FILES.docx)))['word/document.xml']).toContain('</w:document>');
    expect(readdirSync(join(out, EXPORT_FILES.svg))).toEqual(['inside']);
  });

  it.skipIf(isRoot)('leaves an existing file whole and no temporary file behind when a write fails', async () => {
    const out = join(dir, 'readonly');
    mkdirSync(out);
    writeFileSync(join(out, EXPORT_FILES.docx), 'old');
    chmodSync(out, 0o500);
    try {
      const r = await exportOrder(org, out, { png: fakePng });
      expect(r).toMatchObject({ ok: false, error: { code: 'write' } });
      if (!r.ok) expect(r.error.message).toMatch(/Nie można zapisać pliku .*zarzadzenie\.docx.*brak uprawnień/);
    } finally {
      chmodSync(out, 0o700);
    }
    expect(readdirSync(out)).toEqual([EXPORT_FILES.docx]);
    expect(readFileSync(join(out, EXPORT_FILES.docx), 'utf8')).toBe('old');
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const out = join(dir, 'atomic');
    mkdirSync(out);
    const target = join(out, 'f.bin');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(out)).toEqual(['f.bin']);
  });

  it('fails into a missing folder without creating anything', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'f.bin'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('electronPdfWriter', () => {
  it('prints the page from a temporary file, then closes the window and removes the file, also on failure', async () => {
    const loaded: string[] = [];
    let closed = 0;
    const writer = electronPdfWriter(async () => ({
      contents: {
        loadURL: async (url: string) => {
          const path = fileURLToPath(url);
          loaded.push(path);
          expect(readFileSync(path, 'utf8')).toBe('<p>strona</p>');
        },
        printToPDF: async (o: { preferCSSPageSize?: boolean }) => {
          if (!o.preferCSSPageSize) throw new Error('page size from CSS expected');
          if (loaded.length > 1) throw new Error('printer on fire');
          return new TextEncoder().encode('%PDF');
        },
      },
      close: () => void closed++,
    }));
    expect(new TextDecoder().decode(await writer('<p>strona</p>'))).toBe('%PDF');
    await expect(writer('<p>strona</p>')).rejects.toThrow('printer on fire');
    expect(closed).toBe(2);
    for (const p of loaded) expect(existsSync(p)).toBe(false);
  });
});

describe('previewHtml', () => {
  it('is a standalone page with A4 print CSS, a landscape annex page, hanging points and every block in order', () => {
    const html = previewHtml(org, { chartSvg: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>' });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toMatch(/@page \{ size: A4 portrait; margin: 70\.87pt; \}/);
    expect(html).toMatch(/@page annex \{ size: A4 landscape;/);
    expect(html).toMatch(/\.annex \{ page: annex; break-before: page;/);
    expect(html).not.toContain('<?xml');
    expect(html).not.toMatch(/<(script|link|img)\b/);
    // a point: the label in the hanging strip, the text indented
    expect(html).toMatch(/<p class="s-punkt[^"]*hang" style="padding-left:21\.26pt;text-indent:-21\.26pt"><span class="label"[^>]*>1\) <\/span>/);
    const doc = renderDocument(org);
    const text = html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
    let at = 0;
    for (const line of expectedLines(doc)) {
      const i = text.indexOf(line, at);
      expect(i, line).toBeGreaterThanOrEqual(at);
      at = i + line.length;
    }
  });

  it('marks a draft with PROJEKT on the order and on the annex page', () => {
    const html = previewHtml(draft);
    expect(html.match(/<p class="s-projekt">PROJEKT<\/p>/g)?.length).toBe(2);
    expect(previewHtml(org)).not.toContain('PROJEKT');
  });
});

describe('CLI export', () => {
  it('exports a draft file and prints the paths written', async () => {
    const file = join(dir, 'projekt.json');
    writeFileSync(file, OrderFile.serialize(draft));
    const out = join(dir, 'cli');
    const { io: cio, out: so } = io();
    expect(await run([file, '--out', out, '--no-pdf'], cio)).toBe(0);
    expect(so.join('')).toContain(join(out, EXPORT_FILES.docx));
    expect(readdirSync(out).sort()).toEqual([EXPORT_FILES.svg, EXPORT_FILES.png, EXPORT_FILES.docx].sort());
    expect(unzipText(readFileSync(join(out, EXPORT_FILES.docx)))['word/header1.xml'] ?? '').toContain('PROJEKT');
  }, 60_000);

  it('answers in Polish with a non-zero code for a missing file or missing --out', async () => {
    const a = io();
    expect(await run([join(dir, 'nie-ma.txt'), '--out', join(dir, 'x')], a.io)).toBe(1);
    expect(a.err.join('')).toMatch(/\S/);
    const b = io();
    expect(await run(['plik.txt'], b.io)).toBe(2);
    expect(b.err.join('')).toMatch(/^Użycie: .*export PLIK\|PROJEKT\.json --out KATALOG/);
  });
});
