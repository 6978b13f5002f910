/**
 * The standing fuzz suite's inputs: mutated copies of the real orders (`../shared/fixtures/orders`) in each format
 * the importer reads, built deterministically from a seed. Two kinds:
 * - text-keeping mutations (`keepsText`): the same words reach the reader by another road (re-wrapped lines,
 *   CRLF, a BOM, Windows-1250, runs split inside a paragraph, parts reordered or stored, an incremental update
 *   or junk after `%%EOF`, a lost cross-reference table): the import must succeed and lose no word;
 * - destructive mutations: bytes flipped, cut, duplicated, zeroed or spliced in: the import must answer, within
 *   its limits, with an order or one Polish line, never a crash.
 * PDFs are made by LibreOffice from the text (skipped when `soffice` is missing); DOCX files are written here, one
 * paragraph per line of the order.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ImportResult } from '../../electron/services/import-file.js';
import { fixtureOrders } from '../unit/fixtures.js';
import { missingWords } from '../unit/import/words.js';
import { rng } from './generate-order.js';
import { docxPackage, wDocument, wParagraph } from './hostile.js';

/** One input of the suite. */
export interface FuzzInput {
  /** File name (its extension picks the reader): `<fixture>.<mutation>.<ext>`. */
  name: string;
  format: 'txt' | 'md' | 'docx' | 'pdf';
  mutation: string;
  bytes: Uint8Array;
  /** The mutation keeps every word: the import must succeed and lose none of `sourceText`'s words. */
  keepsText: boolean;
  /** The order's text the input was made from. */
  sourceText: string;
}

type Rand = () => number;
const pick = (r: Rand, n: number): number => Math.floor(r() * n);

/** The DOCX of an order's text, one paragraph per line; with `splitRuns`, each paragraph cut into several runs. */
export function docxOf(text: string, options: { splitRuns?: Rand; level?: 0 | 9; reverse?: boolean; extraParts?: boolean } = {}): Uint8Array {
  const paragraphs = text.split(/\r?\n/).map((line) => {
    if (!options.splitRuns || line.length < 8) return wParagraph(line);
    const cut = 1 + pick(options.splitRuns, line.length - 2);
    const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<w:p><w:r><w:t xml:space="preserve">${esc(line.slice(0, cut))}</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="x"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(line.slice(cut))}</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`;
  });
  const parts: Record<string, string> = { ...docxPackage(), 'word/document.xml': wDocument(paragraphs.join('')) };
  if (options.extraParts) parts['docProps/core.xml'] = '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>';
  const names = Object.keys(parts);
  if (options.reverse) names.reverse();
  const zippable: Zippable = {};
  for (const n of names) zippable[n] = [strToU8(parts[n]!), { level: options.level ?? 6 }];
  return zipSync(zippable);
}

/** Text mutations that keep every word. */
function textKeeping(text: string, r: Rand): [string, Uint8Array | string][] {
  const words = (l: string): string[] => l.split(/ +/);
  const rewrap = (width: number): string =>
    text
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let cur = '';
        for (const w of words(line)) {
          if (cur && cur.length + w.length + 1 > width) {
            out.push(cur);
            cur = w;
          } else cur = cur ? `${cur} ${w}` : w;
        }
        out.push(cur);
        return out.join('\n');
      })
      .join('\n');
  const cp1250: Record<string, number> = { ą: 0xb9, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf, ć: 0xe6, Ą: 0xa5, Ę: 0xca, Ł: 0xa3, Ń: 0xd1, Ó: 0xd3, Ś: 0x8c, Ź: 0x8f, Ż: 0xaf, Ć: 0xc6, '„': 0x84, '”': 0x94, '§': 0xa7, '–': 0x96 };
  const encodable = [...text].every((c) => c.charCodeAt(0) < 128 || cp1250[c] !== undefined);
  const out: [string, Uint8Array | string][] = [
    ['crlf', text.replace(/\n/g, '\r\n')],
    ['bom', `\uFEFF${text}`],
    ['blank-lines', text.replace(/\n/g, () => (r() < 0.2 ? '\n\n' : '\n'))],
    ['trailing-blanks', text.replace(/\n/g, () => `${' '.repeat(pick(r, 4))}\n`)],
    [`rewrap-${60 + pick(r, 40)}`, rewrap(60 + pick(r, 40))],
  ];
  if (encodable) out.push(['cp1250', new Uint8Array([...text].map((c) => cp1250[c] ?? c.charCodeAt(0)))]);
  return out;
}

/** Destructive byte mutations (`count` of them, each a few edits), deterministic for a given `r`. */
export function destructive(bytes: Uint8Array, r: Rand, count: number): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  const kinds = ['flip', 'truncate', 'zero', 'duplicate', 'delete', 'splice'] as const;
  for (let k = 0; k < count; k++) {
    const kind = kinds[k % kinds.length]!;
    let b = new Uint8Array(bytes);
    const at = pick(r, Math.max(1, b.length));
    const len = 1 + pick(r, Math.min(4096, Math.max(1, b.length >> 3)));
    switch (kind) {
      case 'flip':
        for (let i = 0; i < 1 + pick(r, 16); i++) {
          const j = pick(r, b.length);
          b[j] = b[j]! ^ (1 << pick(r, 8));
        }
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'zero':
        b.fill(0, at, at + len);
        break;
      case 'duplicate': {
        const chunk = bytes.subarray(at, at + len);
        b = new Uint8Array([...bytes.subarray(0, at), ...chunk, ...bytes.subarray(at)]);
        break;
      }
      case 'delete':
        b = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + len)]);
        break;
      case 'splice': {
        const junk = new Uint8Array(len).map(() => pick(r, 256));
        b = new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]);
        break;
      }
    }
    out.push([`${kind}-${k}`, b]);
  }
  return out;
}

/** PDF mutations that keep every word: the file's structure damaged in ways readers recover from. */
function pdfKeeping(pdf: Uint8Array): [string, Uint8Array][] {
  const text = Buffer.from(pdf).toString('latin1');
  const startxref = text.lastIndexOf('startxref');
  const xref = text.lastIndexOf('\nxref');
  const trailer = text.lastIndexOf('trailer');
  const enc = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
  const out: [string, Uint8Array][] = [['junk-after-eof', enc(`${text}\n% śmieci po końcu pliku\n${'x'.repeat(500)}\n`)]];
  if (startxref > 0) out.push(['wrong-startxref', enc(`${text.slice(0, startxref)}startxref\n12345\n%%EOF\n`)]);
  // the table lost, the trailer kept: readers rebuild the table by finding the objects
  if (xref > 0 && trailer > xref && startxref > trailer) out.push(['no-xref-table', enc(`${text.slice(0, xref + 1)}${text.slice(trailer, startxref)}startxref\n0\n%%EOF\n`)]);
  // table and trailer lost: the catalogue is found among the objects
  if (xref > 0) out.push(['no-trailer', enc(`${text.slice(0, xref + 1)}%%EOF\n`)]);
  return out;
}

/** LibreOffice's PDFs of the given text files (by source path), or an empty map when it cannot run. */
function pdfsOf(paths: string[]): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const dir = mkdtempSync(join(tmpdir(), 'zo-fuzz-pdf-'));
  try {
    const copies = paths.map((p) => {
      const c = join(dir, `${basename(p, extname(p))}.txt`);
      copyFileSync(p, c);
      return c;
    });
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...copies], { stdio: 'ignore', timeout: 180_000 });
    for (const [i, p] of paths.entries()) out.set(p, new Uint8Array(readFileSync(copies[i]!.replace(/\.txt$/, '.pdf'))));
  } catch {
    // no LibreOffice: the PDF inputs are left out
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/**
 * Builds the suite's inputs from every real order: per order, text-keeping and destructive mutations of its text
 * file, of its DOCX and (with LibreOffice) of its PDF. About 25 inputs per order and format.
 * In: a seed. Out: the inputs, in a stable order.
 */
export function fuzzInputs(seed = 14): FuzzInput[] {
  const r = rng(seed);
  const inputs: FuzzInput[] = [];
  const orders = fixtureOrders();
  const pdfs = pdfsOf(orders.map((o) => o.path));
  for (const o of orders) {
    const sourceText = readFileSync(o.path, 'utf8');
    const markdown = o.name.endsWith('.md');
    const textFormat = markdown ? 'md' : 'txt';
    const add = (format: FuzzInput['format'], mutation: string, bytes: Uint8Array | string, keepsText: boolean): void => {
      inputs.push({ name: `${o.stem}.${mutation}.${format}`, format, mutation, bytes: typeof bytes === 'string' ? strToU8(bytes) : bytes, keepsText, sourceText });
    };
    const original = strToU8(sourceText);
    add(textFormat, 'original', original, true);
    for (const [m, b] of textKeeping(sourceText, r)) add(textFormat, m, b, true);
    for (const [m, b] of destructive(original, r, 18)) add(textFormat, m, b, false);
    if (!markdown) {
      const docx = docxOf(sourceText);
      add('docx', 'original', docx, true);
      add('docx', 'split-runs', docxOf(sourceText, { splitRuns: r }), true);
      add('docx', 'stored-reversed', docxOf(sourceText, { level: 0, reverse: true, extraParts: true }), true);
      for (const [m, b] of textKeeping(sourceText, r).filter(([m]) => m === 'blank-lines' || m.startsWith('rewrap'))) add('docx', m, docxOf(typeof b === 'string' ? b : sourceText), true);
      for (const [m, b] of destructive(docx, r, 12)) add('docx', m, b, false);
      // a valid archive around damaged XML: the XML reader, not the unzip, meets the damage
      const documentXml = strToU8(wDocument(sourceText.split(/\r?\n/).map((l) => wParagraph(l)).join('')));
      for (const [m, b] of destructive(documentXml, r, 8)) add('docx', `xml-${m}`, zipSync({ ...Object.fromEntries(Object.entries(docxPackage()).map(([k, v]) => [k, strToU8(v)])), 'word/document.xml': b }), false);
    }
    const pdf = pdfs.get(o.path);
    if (pdf) {
      add('pdf', 'original', pdf, true);
      for (const [m, b] of pdfKeeping(pdf)) add('pdf', m, b, true);
      for (const [m, b] of destructive(pdf, r, 18)) add('pdf', m, b, false);
    }
  }
  return inputs;
}

/** What one input gave. */
export interface FuzzRecord {
  input: FuzzInput;
  ok: boolean;
  code: string | null;
  message: string | null;
  /** Words of the source text missing from the imported order (text-keeping inputs that imported). */
  lostWords: string[];
  ms: number;
  cpuMs: number;
}

/**
 * Imports every input through `importer` (the app's: `importFileIsolated`) from files in a temporary folder, one
 * after another, timing each (wall and the process's CPU time).
 */
export async function runFuzz(inputs: FuzzInput[], importer: (path: string) => Promise<ImportResult>): Promise<FuzzRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zo-fuzz-'));
  const records: FuzzRecord[] = [];
  try {
    for (const input of inputs) {
      const path = join(dir, input.name);
      writeFileSync(path, input.bytes);
      const cpu = process.cpuUsage();
      const t = performance.now();
      const r = await importer(path);
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      rmSync(path);
      records.push({
        input,
        ok: r.ok,
        code: r.ok ? null : r.error.code,
        message: r.ok ? null : r.error.message,
        lostWords: r.ok && input.keepsText ? missingWords(input.sourceText, r.order, input.format === 'md') : [],
        ms: Math.round(ms * 10) / 10,
        cpuMs: Math.round((used.user + used.system) / 100) / 10,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return records;
}

/** Why a record breaks the suite's rules, or null: see the module doc. */
export function fuzzViolation(rec: FuzzRecord, maxCpuMs: number): string | null {
  if (rec.input.keepsText && !rec.ok) return `odmowa zamiast importu: ${rec.message}`;
  if (rec.lostWords.length) return `zgubione słowa: ${rec.lostWords.slice(0, 10).join(' ')}`;
  if (!rec.ok) {
    const m = rec.message ?? '';
    if (!m.trim() || m.includes('\n') || /\bat .+:\d+/.test(m)) return `komunikat nie jest jednym wierszem: ${JSON.stringify(m)}`;
    if (/moduł odczytu zakończył pracę|limit pamięci importu|limit czasu importu/.test(m)) return `import przerwany: ${m}`;
  }
  if (rec.cpuMs > maxCpuMs) return `${rec.cpuMs} ms pracy (ponad ${maxCpuMs} ms)`;
  return null;
}

/** Figures of a run: per format and in all, inputs, imports, refusals, lost words, time and work (ms, p50/p95/max). */
export function fuzzSummary(records: FuzzRecord[]): Record<string, Record<string, number>> {
  const q = (values: number[], p: number): number => {
    const s = [...values].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : 0;
  };
  const figures = (rs: FuzzRecord[]): Record<string, number> => ({
    inputs: rs.length,
    textKeeping: rs.filter((r) => r.input.keepsText).length,
    imported: rs.filter((r) => r.ok).length,
    refused: rs.filter((r) => !r.ok).length,
    lostWords: rs.reduce((n, r) => n + r.lostWords.length, 0),
    p50Ms: q(rs.map((r) => r.ms), 50),
    p95Ms: q(rs.map((r) => r.ms), 95),
    maxMs: q(rs.map((r) => r.ms), 100),
    maxWorkMs: q(rs.map((r) => r.cpuMs), 100),
  });
  const out: Record<string, Record<string, number>> = { all: figures(records) };
  for (const f of [...new Set(records.map((r) => r.input.format))]) out[f] = figures(records.filter((r) => r.input.format === f));
  return out;
}
