/**
 * Helpers of the export tests: loading orders, unzipping a DOCX, reading its paragraphs (style and text) from
 * `word/document.xml`, the paragraphs the rendered document asks for, and the external readers (LibreOffice,
 * pdftotext, pdfinfo, Chromium) with a check that they are installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { draftReplacing } from '../../../core/draft/index.js';
import type { Order } from '../../../core/model/order.js';
import type { RenderedDocument } from '../../../core/render/document.js';
import { blockLine } from '../../../core/render/text.js';
import { polishTypography } from '../../../core/render/typography.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders, OWN } from '../fixtures.js';

/** Imports an order file; throws (test setup) when it cannot be read. */
export async function load(path: string): Promise<Order> {
  const r = await importFile(path);
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

/** The orders the export tests run on: every organisational fixture, an own fixture with letters and tirets, and a draft. */
export async function exportCases(): Promise<{ name: string; order: Order }[]> {
  const out: { name: string; order: Order }[] = [];
  for (const f of fixtureOrders()) out.push({ name: f.stem, order: await load(f.path) });
  const biuro = await load(join(OWN, 'orders', 'biuro-tabela-litery.md'));
  out.push({ name: 'biuro-tabela-litery', order: biuro });
  out.push({ name: 'biuro-czesc-wspolna', order: withWspolna(biuro) });
  const base = out.find((c) => c.name.includes('3468')) ?? out[0]!;
  out.push({ name: `projekt-${base.name}`, order: draftReplacing(base.order, { today: '2026-11-22' }) });
  return out;
}

/**
 * A copy of `order` with a część wspólna after the letters of the first point that has any, and one after the
 * points of the first unit's scope (none of the fixtures has one).
 */
export function withWspolna(order: Order): Order {
  const copy = structuredClone(order);
  for (const u of copy.units) {
    if (u.scope.kind !== 'tasks') continue;
    const item = u.scope.tasks.find((t) => t.children.length > 0);
    if (!item) continue;
    item.wspolna = ['w zakresie określonym w przepisach o ochronie zabytków i opiece nad zabytkami'];
    u.scope.wspolna = ['zgodnie z planem pracy Biura zatwierdzonym przez Dyrektora'];
    break;
  }
  return copy;
}

/** The parts of a DOCX (zip) as text, by path. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, k.startsWith('word/media/') ? `<${v.length} bytes>` : strFromU8(v)]));
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A paragraph of `word/document.xml`: its style id and its text (`\t` for a tab, `-` for a non-breaking hyphen), and its raw XML. */
export interface DocxParagraph {
  style: string | null;
  text: string;
  xml: string;
}

/** The body paragraphs of `word/document.xml`, in order (paragraphs in headers are in other parts). */
export function docxParagraphs(documentXml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const re = /<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g;
  for (const m of documentXml.matchAll(re)) {
    const xml = m[1]!;
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null;
    let text = '';
    for (const t of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:noBreakHyphen\/>/g)) text += t[1] !== undefined ? decode(t[1]) : t[0] === '<w:tab/>' ? '\t' : '-';
    out.push({ style, text, xml });
  }
  return out;
}

/**
 * The printed lines the rendered document asks for, in reading order, each as `renderText` writes it (label, a
 * space, the text, with Polish non-breaking spaces; no indentation): heading lines, title, legal basis, every body
 * block, signature lines, then the annex heading lines and title.
 */
export function expectedLines(doc: RenderedDocument): string[] {
  const lines = [...doc.heading, doc.title, ...(doc.basis ? [doc.basis] : []), ...doc.body.map((b) => blockLine(b).trimStart()), ...doc.signature];
  if (doc.annex) lines.push(...doc.annex.heading, doc.annex.title);
  return lines.map(polishTypography);
}

/** Whether a command can be run (`which`). */
export function hasBinary(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** Chromium for the preview PDF tests, or null. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;

/** Page sizes of a PDF in points, page by page (`pdfinfo -f 1 -l N`). */
export function pdfPageSizes(pdf: string): { width: number; height: number }[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/**
 * Normalises text for comparing a PDF's text with the rendered text: one plain space for any run of white space,
 * and a hyphen between letters dropped (a compound like `Budżetowo-Finansowej` may break at its hyphen at the end
 * of a line, and pdftotext joins such a line end without the hyphen).
 */
export function squash(s: string): string {
  return s.replace(/[\u2010\u2011]/g, '-').replace(/[\s\u00a0]+/g, ' ').replace(/(\p{L})- ?(?=\p{L})/gu, '$1').trim();
}

/**
 * The text of a PDF (`pdftotext -layout` is not used: reading order), pages joined, with a running `PROJEKT`
 * header line dropped from the top (the DOCX's page header) or the end (the preview's margin box, which pdftotext
 * reads last) of each page when `dropHeader` is set.
 */
export function pdfText(pdf: string, dropHeader = false): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page) => (dropHeader ? page.replace(/^\s*PROJEKT\s*\n/, '').replace(/\n\s*PROJEKT\s*$/, '\n') : page))
    .join('\n');
}

/**
 * Finds `lines` in `text` in order (after `squash`). Out: the lines not found after the previous one (empty when
 * every line is there in order).
 */
export function missingInOrder(text: string, lines: string[]): string[] {
  const hay = squash(text);
  const missing: string[] = [];
  let at = 0;
  for (const l of lines) {
    const needle = squash(l);
    const i = hay.indexOf(needle, at);
    if (i < 0) missing.push(l);
    else at = i + needle.length;
  }
  return missing;
}

/**
 * Ink on one page of a PDF: the page rasterised in grey at 30 dpi (`pdftoppm -gray`), and the number of pixels
 * darker than 160 of 255 below `fromFraction` of the page height (0.25: under the annex heading and title).
 * A chart that a reader fails to draw (a picture clipped to one line, an SVG it cannot read) leaves about none.
 */
export function inkBelow(pdf: string, page: number, fromFraction: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'export-ink-'));
  try {
    execFileSync('pdftoppm', ['-r', '30', '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, 'p')]);
    const pgm = readFileSync(join(dir, 'p.pgm'));
    const [, w, h] = pgm.toString('latin1', 0, 32).split(/\s+/).map(Number) as [number, number, number];
    const data = pgm.subarray(pgm.length - w * h);
    let dark = 0;
    for (let y = Math.floor(h * fromFraction); y < h; y++) for (let x = 0; x < w; x++) if (data[y * w + x]! < 160) dark++;
    return dark;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
