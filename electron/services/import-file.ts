/**
 * Importing a file from disk into the model: picks the reader by extension (`.txt`, `.md`, `.pdf`, `.docx`,
 * `.html`/`.htm` (a page saved from the bulletin), and
 * the app's own `.json`), refuses what is not a readable order with a one-line Polish message, then runs the
 * pure importer (`core/import`). Used by the CLI, the registry and the app's bridge.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { importSource, importText, MAX_TEXT_CHARS, pagesSource, tooLong, type ImportResult, type SourceFormat } from '../../core/import/index.js';
import { OrderFile } from '../../core/model/order-file.js';

export type { ImportResult } from '../../core/import/index.js';

/** Largest file we read, in bytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Decodes a text file: UTF-8 (BOM stripped); UTF-16 LE or BE with its BOM (Notepad's „Unicode”), or without a
 * BOM when every other byte of the start is NUL; else an 8-bit Polish code page: Windows-1250, or ISO 8859-2 when
 * the bytes are its Polish letters (`ą` 0xB1, `ś` 0xB6, `ź` 0xBC…) and never Windows-1250's („ ” – and `ś` `ź` in
 * 0x80–0x9F, control codes in ISO 8859-2). A few stray NUL bytes (under 5 % of the file, as a broken copy or
 * an editor leaves) are dropped, as a browser drops them. The text is normalised to NFC (a Mac or a web page may
 * write `ą` as `a` + combining ogonek). Returns null for binary content (more NULs, or many control characters).
 */
export function decodeText(bytes: Uint8Array): string | null {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const body = bytes.subarray(utf16.bom ? 2 : 0);
    const text = new TextDecoder(utf16.le ? 'utf-16le' : 'utf-16be').decode(body);
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096).replace(/[\t\n\r\f\v]/g, ''))) return null;
    return text.normalize('NFC');
  }
  let nul = 0;
  for (const b of bytes) if (b === 0) nul++;
  if (nul > 0) {
    if (nul > bytes.length / 20) return null;
    bytes = bytes.filter((b) => b !== 0);
  }
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) control++;
  if (head.length > 0 && control / head.length > 0.05) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
  } catch {
    return new TextDecoder(polishCodePage(bytes)).decode(bytes).normalize('NFC');
  }
}

/** Windows-1250 or ISO 8859-2, by the bytes of Polish letters each uses (see {@link decodeText}). */
export function polishCodePage(bytes: Uint8Array): 'windows-1250' | 'iso-8859-2' {
  let cp1250 = 0;
  let latin2 = 0;
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) return 'windows-1250';
    // ą Ą in Windows-1250 (š Ľ in ISO 8859-2); ą ś ź Ą Ś Ź in ISO 8859-2 (± ¶ Ľ ˇ Ś ¬ in Windows-1250)
    if (b === 0xb9 || b === 0xa5) cp1250++;
    else if (b === 0xb1 || b === 0xb6 || b === 0xbc || b === 0xa1 || b === 0xa6 || b === 0xac) latin2++;
  }
  return latin2 > cp1250 ? 'iso-8859-2' : 'windows-1250';
}

/** True when `bytes` are valid UTF-8 with at least one character outside ASCII (so no 8-bit page would be). */
function isUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 byte order of a text file: by its BOM, or by NUL bytes in every other position of its start. */
function utf16Order(bytes: Uint8Array): { le: boolean; bom: boolean } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { le: true, bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { le: false, bom: true };
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul === 0) return { le: true, bom: false };
  if (evenNul > pairs * 0.7 && oddNul === 0) return { le: false, bom: false };
  return null;
}

/**
 * Imports an order from bytes with a known file name (the extension picks the reader).
 * Out: {@link ImportResult}; every failure is a typed error with a Polish message, never an exception.
 */
export async function importBytes(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const ext = extname(fileName).toLowerCase();
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, error: { code: 'tooLarge', message: `Plik ma ${Math.round(bytes.length / 1e6)} MB; największy obsługiwany to 50 MB.` } };
  }
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', message: 'Plik jest pusty: nie ma w nim tekstu zarządzenia.' } };
  switch (ext) {
    case '.txt':
    case '.md': {
      const text = decodeText(bytes);
      if (text === null) {
        return { ok: false, error: { code: 'binary', message: `Plik „${basename(fileName)}” nie jest plikiem tekstowym, choć ma rozszerzenie ${ext}.` } };
      }
      return importText(text, ext === '.md' ? 'md' : 'txt');
    }
    case '.docx': {
      // the readers (mammoth, pdfjs) are loaded with the first file of their kind, not with every import
      const { readDocx } = await import('./readers/docx.js');
      const r = await readDocx(bytes);
      if (!r.ok) return { ok: false, error: { code: r.code, message: r.message } };
      return importSource(r.source, { unread: r.missedWords.join(' ') });
    }
    case '.pdf': {
      const { readPdf } = await import('./readers/pdf.js');
      const r = await readPdf(bytes);
      if (!r.ok) return { ok: false, error: { code: r.code, message: r.message } };
      return importSource(pagesSource(r.pageLines));
    }
    case '.html':
    case '.htm': {
      const { declaredCharset, readHtml, visibleLength } = await import('./readers/html.js');
      const charset = declaredCharset(bytes);
      // the declared charset, unless the page is in fact UTF-8 (a page saved again by an editor keeps the old meta)
      const text = charset && charset !== 'utf-8' && !isUtf8(bytes) ? new TextDecoder(charset).decode(bytes).normalize('NFC') : decodeText(bytes);
      if (text === null) {
        return { ok: false, error: { code: 'binary', message: `Plik „${basename(fileName)}” nie jest stroną HTML, choć ma rozszerzenie ${ext}.` } };
      }
      // a page of more text than the importer reads is refused before it is parsed
      const visible = text.length > MAX_TEXT_CHARS ? visibleLength(text) : 0;
      if (visible > MAX_TEXT_CHARS) return tooLong(visible);
      return importSource(readHtml(text));
    }
    case '.json': {
      const text = decodeText(bytes);
      const r = OrderFile.parse(text ?? '');
      return r.ok ? { ok: true, order: r.order, warnings: [] } : { ok: false, error: { code: 'corrupt', message: r.message } };
    }
    default:
      return {
        ok: false,
        error: { code: 'unknownFormat', message: `Nieobsługiwany rodzaj pliku „${ext || basename(fileName)}”: wybierz plik .pdf, .docx, .txt, .md, .html lub projekt .json.` },
      };
  }
}

/**
 * Imports an order from a file path. Missing or unreadable files give `{ ok: false, error: { code: 'unreadable' } }`.
 */
export async function importFile(path: string): Promise<ImportResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: { code: 'unreadable', message: `„${basename(path)}” nie jest plikiem.` } };
    if (info.size > MAX_FILE_BYTES) {
      return { ok: false, error: { code: 'tooLarge', message: `Plik ma ${Math.round(info.size / 1e6)} MB; największy obsługiwany to 50 MB.` } };
    }
    return await importBytes(new Uint8Array(await readFile(path)), path);
  } catch {
    return { ok: false, error: { code: 'unreadable', message: `Nie można otworzyć pliku „${basename(path)}”.` } };
  }
}

export type { SourceFormat };
