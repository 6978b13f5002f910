/**
 * Metamorphic suite across formats: every order (real fixtures, own variants, real-world copies) carried through
 * DOCX (the app's own export, and LibreOffice's conversion of the text), PDF (LibreOffice; Chromium with two
 * page set-ups: 10 mm margins in 9 pt and 35 mm margins in 14 pt with page numbers in the footer) and HTML (a
 * bulletin page with menus, breadcrumbs, a metadata table and a footer) reads into the same outline as its text,
 * with nothing unplaced. Each conversion runs once per order (soffice once per format for all orders), in a
 * temporary folder of this run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderDocx } from '../../../core/docx/index.js';
import { importText } from '../../../core/import/index.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { importBytes, importFile } from '../../../electron/services/import-file.js';
import { OWN } from '../fixtures.js';
import { allCases } from './transforms.js';

const cases = allCases().map((c, i) => ({ ...c, file: `z${String(i).padStart(2, '0')}` }));
const dir = mkdtempSync(join(tmpdir(), 'zo-formats-'));

const has = (cmd: string, args: string[]): boolean => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
};
const hasSoffice = has('soffice', ['--version']);
const hasChromium = existsSync('/usr/bin/chromium');

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The order as a page of the public bulletin: its blank-line blocks as paragraphs (lines apart by `<br>`), among page furniture. */
export function bulletinPage(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => `<p>${b.split('\n').map((l) => escapeHtml(l.trim())).join('<br>\n')}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Zarządzenie – BIP Kraków</title><script>var x = "§ 99. ZARZĄDZENIE";</script></head>
<body><div class="top-menu"><ul><li><a href="/">Strona główna</a></li><li><a href="/prawo">Prawo lokalne</a></li></ul></div>
<nav aria-label="Okruszki">Strona główna › Zarządzenia › 2024</nav>
<main><article>${paragraphs}</article>
<h2>Metryczka</h2><table><tr><td>Wytworzył:</td><td>Prezydent Miasta Krakowa</td></tr><tr><td>Data publikacji:</td><td>2024-12-31 10:00</td></tr></table>
<p><a href="zal.pdf">Załącznik</a> | <a href="#">Drukuj</a></p></main>
<footer>Urząd Miasta Krakowa, pl. Wszystkich Świętych 3-4, 31-004 Kraków</footer></body></html>`;
}

function outline(r: Awaited<ReturnType<typeof importFile>>): Record<string, unknown> {
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(JSON.stringify(outlineOf(r.order)));
}

const base = new Map(cases.map((c) => [c.file, outline(importText(c.text, 'txt'))]));

let browser: Browser | null = null;
beforeAll(async () => {
  for (const c of cases) {
    writeFileSync(join(dir, `${c.file}.txt`), c.text);
    writeFileSync(join(dir, `${c.file}.html`), bulletinPage(c.text));
  }
  if (hasSoffice) {
    const txts = cases.map((c) => join(dir, `${c.file}.txt`));
    for (const fmt of ['docx', 'pdf']) {
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--infilter=Text (encoded):UTF8,LF,Liberation Serif,pl-PL', '--convert-to', fmt, '--outdir', join(dir, fmt), ...txts], { stdio: 'ignore', timeout: 300_000 });
    }
  }
  if (hasChromium) {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    for (const c of cases) {
      for (const [name, pt, margin] of [['narrow', 9, '10mm'], ['wide', 14, '35mm']] as const) {
        await page.setContent(`<!DOCTYPE html><meta charset="utf-8"><pre style="white-space: pre-wrap; font: ${pt}pt 'Liberation Serif', serif">${escapeHtml(c.text)}</pre>`);
        const pdf = await page.pdf({
          format: 'A4',
          margin: { top: margin, bottom: margin, left: margin, right: margin },
          displayHeaderFooter: name === 'wide',
          headerTemplate: '<span></span>',
          footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Strona <span class="pageNumber"></span> z <span class="totalPages"></span></div>',
        });
        writeFileSync(join(dir, `${c.file}.chromium-${name}.pdf`), pdf);
      }
    }
    await page.close();
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(cases)('$name through other formats', (c) => {
  const same = (o: Record<string, unknown>): void => {
    expect(o).toEqual(base.get(c.file));
    expect(o.unplaced).toBe(0);
  };
  it('the app’s own DOCX export', async () => {
    const r = importText(c.text, 'txt');
    if (!r.ok) throw new Error(r.error.message);
    same(outline(await importBytes(await orderDocx(r.order), 'zarzadzenie.docx')));
  });
  it('a bulletin page (HTML)', async () => {
    same(outline(await importFile(join(dir, `${c.file}.html`))));
  });
  it.runIf(hasSoffice)('DOCX and PDF made by LibreOffice from the text', async () => {
    same(outline(await importFile(join(dir, 'docx', `${c.file}.docx`))));
    same(outline(await importFile(join(dir, 'pdf', `${c.file}.pdf`))));
  });
  it.runIf(hasChromium)('PDF printed by Chromium, narrow margins small type and wide margins large type with page numbers', async () => {
    same(outline(await importFile(join(dir, `${c.file}.chromium-narrow.pdf`))));
    same(outline(await importFile(join(dir, `${c.file}.chromium-wide.pdf`))));
  });
});

describe('a page saved from the bulletin', () => {
  const path = join(OWN, 'import', 'bip-strona-zarzadzenia.html');
  it('reads the order in ISO-8859-2 among menus, a metadata table and a footer', async () => {
    const r = await importFile(path);
    const exp = JSON.parse(readFileSync(path.replace(/\.html$/, '.outline.json'), 'utf8')) as Record<string, unknown>;
    const o = outline(r);
    expect(Object.fromEntries(Object.keys(exp).map((k) => [k, o[k]]))).toEqual(exp);
    expect(o.unplaced).toBe(0);
    if (!r.ok) return;
    expect(r.order.signature).toEqual({ office: 'Prezydent Miasta Krakowa', name: 'Jacek Majchrowski' });
    const model = JSON.stringify(r.order);
    for (const furniture of ['Strona główna', 'Metryczka', 'Drukuj', 'Wszystkich Świętych', 'Przejdź do treści']) expect(model).not.toContain(furniture);
    expect(r.warnings.some((w) => /element strony po treści zarządzenia/.test(w))).toBe(true);
  });
  it('keeps a paragraf’s title and its numbered ustępy', async () => {
    const r = await importFile(path);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.order.paragraphs[1]!.title).toMatch(/^\p{Lu}/u);
    expect(r.order.paragraphs[1]!.content!.map((u) => u.written?.label ?? null)).toEqual(['1.', '2.']);
    expect(r.order.paragraphs[1]!.content![1]!.items.map((i) => i.written?.label)).toEqual(['a)', 'b)', 'c)']);
  });
});
