/**
 * Odd and hostile files found by the hostile-file campaign (issue 15, helper H), one test per fix, each on a small
 * file made here: a long run of blanks in a DOCX (a backtracking expression never ended), 100,000 nested HTML
 * elements (htmlparser2's stack is quadratic), ISO 8859-2 pages without their charset, stray NUL bytes, ZIP64 archives, a UTF-16 document part,
 * a PDF with an open password, order files with broken references or wrong types (zod's English), text past the
 * importer's length limit.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importText, MAX_BLOCKS, MAX_TEXT_CHARS } from '../../../core/import/index.js';
import { OrderFile } from '../../../core/model/order-file.js';
import { decodeText, importBytes } from '../../../electron/services/import-file.js';
import { joinLines } from '../../../electron/services/readers/docx.js';
import { flattenDeep, MAX_HTML_DEPTH, visibleLength } from '../../../electron/services/readers/html.js';
import { htmlOf, polishBytes, rawPdf, utf16Bytes, zipOf } from '../../support/hostile-campaign.js';
import { docxPackage, SHORT_ORDER, textContent, wDocument, wParagraph } from '../../support/hostile.js';
import { missingWords } from '../import/words.js';
import { importedFixture } from '../fixtures.js';

const SHORT = SHORT_ORDER.join('\n');
const body = (): string => SHORT_ORDER.map((l) => wParagraph(l)).join('');
const docx = (documentXml: string | Uint8Array): Uint8Array =>
  zipSync({ ...Object.fromEntries(Object.entries(docxPackage()).map(([k, v]) => [k, strToU8(v)])), 'word/document.xml': typeof documentXml === 'string' ? strToU8(documentXml) : documentXml });
const words = async (bytes: Uint8Array, name: string, text = SHORT): Promise<string[]> => {
  const r = await importBytes(bytes, name);
  if (!r.ok) throw new Error(r.error.message);
  return missingWords(text, r.order);
};

describe('DOCX', () => {
  it('joins the lines of a paragraph in linear time, blanks around a break made one space', () => {
    expect(joinLines('a  \t\n \tb\nc')).toBe('a b c');
    expect(joinLines(`${' '.repeat(5)}x`)).toBe(`${' '.repeat(5)}x`);
  });

  it('reads a paragraph of a million blanks (the backtracking expression never ended on 30 MB)', async () => {
    const r = await importBytes(docx(wDocument(`${body()}<w:p><w:r><w:t xml:space="preserve">${' '.repeat(1_000_000)}</w:t></w:r></w:p>`)), 'spacje.docx');
    expect(r.ok).toBe(true);
  });

  it('reads a document part in UTF-16 with its byte-order mark', async () => {
    expect(await words(docx(utf16Bytes(wDocument(body()).replace('UTF-8', 'UTF-16'), true, true)), 'utf16.docx')).toEqual([]);
  });

  it('reads ZIP64 archives (end record and extra fields) and applies the limits to their sizes', async () => {
    const parts = Object.entries({ ...docxPackage(), 'word/document.xml': wDocument(body()) }).map(([name, v]) => ({ name, data: strToU8(v) }));
    expect(await words(zipOf(parts.map((p) => ({ ...p, zip64: true }))), 'zip64.docx')).toEqual([]);
    expect(await words(zipOf(parts.map((p) => ({ ...p, zip64: true, descriptor: true })), { zip64End: true }), 'zip64-dd.docx')).toEqual([]);
    const big = await importBytes(zipOf(parts.map((p) => (p.name === 'word/document.xml' ? { ...p, zip64: true, declaredSize: 3 * 1024 ** 3 } : p))), 'duzy.docx');
    expect(big.ok ? null : big.error.code).toBe('tooLarge');
  });

  it('refuses a text past the length limit while reading, before the importer works on it', async () => {
    const r = await importBytes(docx(wDocument(`${body()}<w:p><w:r><w:t>${'słowo '.repeat(MAX_TEXT_CHARS / 5)}</w:t></w:r></w:p>`)), 'dlugi.docx');
    expect(r.ok ? null : r.error).toEqual({ code: 'tooLarge', message: expect.stringMatching(/limit długości tekstu/) });
  });
});

describe('text and HTML', () => {
  it('tells ISO 8859-2 from Windows-1250 by the bytes of Polish letters', () => {
    const text = 'Zarządzenie: ą ś ź Ą Ś Ź, źródło, świadczenia, ząb';
    expect(decodeText(polishBytes(text, 'iso-8859-2'))).toBe(text);
    expect(decodeText(polishBytes(text, 'windows-1250'))).toBe(text);
  });

  it('drops a few stray NUL bytes and still refuses binary content', () => {
    const text = `ZARZĄDZENIE NR 1\n§ 1. ${'Treść zarządzenia. '.repeat(5)}`;
    expect(decodeText(strToU8(text.replace('\n', '\u0000\n\u0000')))).toBe(text);
    expect(decodeText(new Uint8Array(400).map((_, i) => (i % 3 ? 65 : 0)))).toBeNull();
  });

  it('reads a web copy in ISO 8859-2 without its meta, or with a meta that says UTF-8', async () => {
    const text = importedFixture('3842') && SHORT;
    expect(await words(polishBytes(htmlOf(text, ''), 'iso-8859-2'), 'latin2.html')).toEqual([]);
    expect(await words(polishBytes(htmlOf(text, '<meta charset="utf-8">'), 'iso-8859-2'), 'latin2-utf8.html')).toEqual([]);
  });

  it('reads a page in UTF-8 whose meta still names an 8-bit code page', async () => {
    expect(await words(strToU8(htmlOf(SHORT, '<meta charset="windows-1250">')), 'stara-meta.html')).toEqual([]);
  });

  it('flattens elements nested past the depth limit, keeping their text, and leaves shallow pages alone', () => {
    const page = '<div><p>a</p></div>';
    expect(flattenDeep(page)).toBe(page);
    const deep = `${'<div>'.repeat(MAX_HTML_DEPTH + 10)}tekst${'</div>'.repeat(MAX_HTML_DEPTH + 10)}`;
    const flat = flattenDeep(deep);
    expect(flat.match(/<div>/g)).toHaveLength(MAX_HTML_DEPTH);
    expect(flat.match(/<\/div>/g)).toHaveLength(MAX_HTML_DEPTH);
    expect(flat).toContain('tekst');
    // unclosed siblings do not nest
    const items = `<ul>${'<li>x'.repeat(MAX_HTML_DEPTH * 2)}</ul>`;
    expect(flattenDeep(items)).toBe(items);
  });

  it('reads an order inside 100,000 nested elements (htmlparser2 alone took 13 s)', async () => {
    const html = htmlOf(SHORT).replace('<main>', `<main>${'<div>'.repeat(100_000)}`).replace('</main>', `${'</div>'.repeat(100_000)}</main>`);
    expect(await words(strToU8(html), 'gleboka.html')).toEqual([]);
  });

  it('refuses a page of more blocks than the limit (200,000 list items took over a minute)', async () => {
    const html = htmlOf(SHORT).replace('</main>', `<ul>${'<li>x</li>'.repeat(MAX_BLOCKS + 10)}</ul></main>`);
    const r = await importBytes(strToU8(html), 'lista.html');
    expect(r.ok ? null : r.error.message).toMatch(/limit liczby akapitów/);
  });

  it('refuses a page of more text than the limit before parsing it, scripts and tags not counted', async () => {
    expect(visibleLength('<p class="x">a&amp;b</p><script>var x = "<p>";</script><!-- c -->')).toBe(3);
    const r = await importBytes(strToU8(htmlOf(`${SHORT}\n${'słowo '.repeat(MAX_TEXT_CHARS / 5)}`)), 'dlugi.html');
    expect(r.ok ? null : r.error.message).toMatch(/limit długości tekstu/);
    const script = await importBytes(strToU8(htmlOf(SHORT).replace('</head>', `<script>${'x'.repeat(MAX_TEXT_CHARS + 10)}</script></head>`)), 'skrypt.html');
    expect(script.ok).toBe(true);
  });

  it('refuses a text past the length limit before any work', () => {
    const r = importText(`${SHORT}\n${'słowo '.repeat(MAX_TEXT_CHARS / 5)}`, 'txt');
    expect(r.ok ? null : r.error.code).toBe('tooLarge');
  });
});

describe('PDF', () => {
  it('says that a PDF needs a password to open', async () => {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
      `<< /Length ${textContent(SHORT_ORDER).length} >>\nstream\n${textContent(SHORT_ORDER)}\nendstream`,
    ];
    const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${'28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a'}> /U <${'0'.repeat(64)}> /P -44 >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`;
    const r = await importBytes(rawPdf(objects, encrypt), 'haslo.pdf');
    expect(r.ok ? null : r.error.message).toMatch(/zabezpieczony hasłem/);
  });
});

describe('order files', () => {
  const order = importedFixture('3468');
  const file = (f: (j: { schemaVersion: unknown; order: { units: { id: string; parentId: string | null }[] } }) => void): string => {
    const j = JSON.parse(OrderFile.serialize(order)) as Parameters<typeof f>[0];
    f(j);
    return JSON.stringify(j);
  };

  it('refuses a unit inside itself, a missing enclosing unit and a repeated id, in Polish', () => {
    expect(order.units.length).toBeGreaterThan(1);
    const cycle = OrderFile.parse(file((j) => ([j.order.units[0]!.parentId, j.order.units[1]!.parentId] = [j.order.units[1]!.id, j.order.units[0]!.id])));
    expect(cycle.ok ? null : cycle.message).toMatch(/cykl komórek nadrzędnych/);
    const self = OrderFile.parse(file((j) => (j.order.units[0]!.parentId = j.order.units[0]!.id)));
    expect(self.ok ? null : self.message).toMatch(/cykl/);
    const missing = OrderFile.parse(file((j) => (j.order.units[0]!.parentId = 'nie-ma')));
    expect(missing.ok ? null : missing.message).toMatch(/nieistniejącą komórkę nadrzędną/);
    const twice = OrderFile.parse(file((j) => (j.order.units[1]!.id = j.order.units[0]!.id)));
    expect(twice.ok ? null : twice.message).toMatch(/występuje więcej niż raz/);
    expect(OrderFile.parse(OrderFile.serialize(order)).ok).toBe(true);
  });

  it('refuses a text longer than a whole order (a unit name of 10 MB hung the window’s work)', () => {
    const r = OrderFile.parse(file((j) => ((j.order.units[0] as unknown as { name: string }).name = 'Wydział '.repeat(30_000))));
    expect(r.ok ? null : r.message).toMatch(/order\.units\.0\.name.*limit długości tekstu/);
  });

  it('says what is wrong with a field in Polish, not in zod’s English', () => {
    const missing = OrderFile.parse(file((j) => delete (j as { order?: unknown }).order));
    expect(missing.ok ? null : missing.message).toBe('Plik zarządzenia jest uszkodzony: order – brak wymaganego pola.');
    const r = OrderFile.parse(file((j) => (j.schemaVersion = '3')));
    expect(r.ok ? null : r.message).toMatch(/^Plik zarządzenia jest uszkodzony: schemaVersion – Nieprawidłowe dane wejściowe/);
    const units = OrderFile.parse(file((j) => ((j.order as { units: unknown }).units = 'brak')));
    expect(units.ok ? '' : units.message).not.toMatch(/Invalid|expected|received/);
  });
});
