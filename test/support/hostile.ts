/**
 * Builders of hostile files for tests: ZIP archives whose headers can lie, compressed streams that inflate to
 * gigabytes without ever being held in memory, and PDFs with any number of pages and any content streams. Each
 * returns bytes; nothing large is checked in or materialised.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-built ZIP. `data` is stored or deflated; the other fields override what the headers say. */
export interface RawZipEntry {
  name: string;
  /** Uncompressed content (ignored when `compressed` is given). */
  data?: Uint8Array;
  /** Ready raw-deflate data (method 8), e.g. from {@link deflateRepeated}; needs `size` and `crc`. */
  compressed?: Uint8Array;
  /** Method written in the headers: 8 (deflate, default) or 0 (stored). */
  method?: 0 | 8;
  /** Uncompressed size written in both headers (default: the real one). */
  size?: number;
  /** Uncompressed size written in the local header only (default: `size`). */
  localSize?: number;
  crc?: number;
  /** Write no local header and data for this entry: its directory record points at `centralOffset` instead. */
  centralOffset?: number;
}

const u16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** A ZIP archive of `entries` written byte by byte (APPNOTE §4.3), with whatever lies the entries ask for. */
export function rawZip(entries: RawZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const central: number[][] = [];
  const enc = new TextEncoder();
  entries.forEach((e) => {
    const name = enc.encode(e.name);
    const method = e.method ?? 8;
    const body = e.compressed ?? (method === 8 ? deflateRawSync(e.data ?? new Uint8Array()) : (e.data ?? new Uint8Array()));
    const size = e.size ?? e.data?.length ?? 0;
    const crc = e.crc ?? (e.data ? crc32(e.data) >>> 0 : 0);
    const local = [...u32(0x04034b50), ...u16(20), ...u16(0x800), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(body.length), ...u32(e.localSize ?? size), ...u16(name.length), ...u16(0)];
    const at = e.centralOffset ?? offset;
    if (e.centralOffset === undefined) {
      chunks.push(new Uint8Array(local), name, body);
      offset += local.length + name.length + body.length;
    }
    const bodyLen = body.length;
    central.push([...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0x800), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(bodyLen), ...u32(size), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(at), ...name]);
  });
  const cd = new Uint8Array(central.flat());
  const eocd = new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(cd.length), ...u32(offset), ...u16(0)]);
  chunks.push(cd, eocd);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** CRC-32 of `segment` repeated `times` times (computed by running the CRC over the repetitions). */
export function crcRepeated(segment: Uint8Array, times: number): number {
  let c = 0;
  for (let i = 0; i < times; i++) c = crc32(segment, c);
  return c >>> 0;
}

/**
 * Raw DEFLATE data that inflates to `segment` repeated `times` times, built from one compressed copy of the segment
 * (a full flush makes each copy independent and byte-aligned, so the copies can be concatenated) and a final empty
 * block. A 1 MB segment of blanks compresses to about 1 KB, so 1,000 copies make a 1 MB stream of 1 GB.
 */
export function deflateRepeated(segment: Uint8Array, times: number): Uint8Array {
  const one = deflateRawSync(segment, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(new Uint8Array());
  const out = new Uint8Array(one.length * times + last.length);
  for (let i = 0; i < times; i++) out.set(one, i * one.length);
  out.set(last, one.length * times);
  return out;
}

const ADLER_BASE = 65521;

/** Adler-32 of `bytes` (RFC 1950 §8.2). */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % ADLER_BASE;
    b = (b + a) % ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of two blocks from the checksums of each (zlib's `adler32_combine`). */
function adlerCombine(adler1: number, adler2: number, len2: number): number {
  const rem = len2 % ADLER_BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adler2 & 0xffff) + ADLER_BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** Adler-32 of `segment` repeated `times` times, by doubling (never materialising the repetitions). */
export function adlerRepeated(segment: Uint8Array, times: number): number {
  let result = 1;
  let resultLen = 0;
  let block = adler32(segment);
  let blockLen = segment.length;
  for (let t = times; t > 0; t >>>= 1) {
    if (t & 1) {
      result = resultLen === 0 ? block : adlerCombine(result, block, blockLen);
      resultLen += blockLen;
    }
    block = adlerCombine(block, block, blockLen);
    blockLen *= 2;
  }
  return result;
}

/** zlib-wrapped (RFC 1950) data that inflates to `segment` × `times`, as a PDF `/FlateDecode` stream holds it. */
export function zlibRepeated(segment: Uint8Array, times: number, checksum = true): Uint8Array {
  const raw = deflateRepeated(segment, times);
  const out = new Uint8Array(2 + raw.length + 4);
  out.set([0x78, 0xda]);
  out.set(raw, 2);
  const adler = checksum ? adlerRepeated(segment, times) : 0;
  out.set([(adler >>> 24) & 0xff, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff], 2 + raw.length);
  return out;
}

/** A content stream of a PDF page: its bytes as stored and the filter they are stored with. */
export interface PdfStream {
  data: Uint8Array;
  flate?: boolean;
}

/** Options of {@link pdfDocument}. */
export interface PdfOptions {
  /** Write `contentOf(0)` once and point every page at it (how a 10,000-page file stays small). */
  sharedContent?: boolean;
  /** The page count the page tree declares (default: the real one). */
  declaredCount?: number;
}

/**
 * A PDF with `pages` pages, each showing the content stream `contentOf(i)` (strings are stored uncompressed), in
 * Helvetica (WinAnsiEncoding).
 */
export function pdfDocument(pages: number, contentOf: (i: number) => PdfStream | string, options: PdfOptions = {}): Uint8Array {
  const sharedContent = options.sharedContent ?? false;
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Uint8Array | string): void => {
    const u = typeof b === 'string' ? enc.encode(b) : b;
    parts.push(u);
    length += u.length;
  };
  const obj = (n: number, body: string | Uint8Array[]): void => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    if (typeof body === 'string') push(body);
    else for (const b of body) push(b);
    push('\nendobj\n');
  };
  const stream = (s: PdfStream | string): Uint8Array[] => {
    const p = typeof s === 'string' ? { data: enc.encode(s) } : s;
    return [enc.encode(`<< /Length ${p.data.length}${p.flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`), p.data, enc.encode('\nendstream')];
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  // 1 catalog, 2 pages, 3 font, 4.. pages and contents
  const pageObj = (i: number): number => 4 + i * (sharedContent ? 1 : 2);
  const contentObj = (i: number): number => (sharedContent ? 4 + pages : 5 + i * 2);
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  const kids = Array.from({ length: pages }, (_, i) => `${pageObj(i)} 0 R`).join(' ');
  obj(2, `<< /Type /Pages /Kids [${kids}] /Count ${options.declaredCount ?? pages} >>`);
  obj(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (let i = 0; i < pages; i++) {
    obj(pageObj(i), `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentObj(i)} 0 R >>`);
    if (!sharedContent) obj(contentObj(i), stream(contentOf(i)));
  }
  if (sharedContent) obj(contentObj(0), stream(contentOf(0)));
  const size = offsets.length;
  const xref = length;
  let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) table += offsets[n] === undefined ? '0000000000 65535 f \n' : `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  push(table);
  push(`trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * A content stream showing `lines` of text, one per line, for the Helvetica of {@link pdfDocument}: characters of
 * Latin-1 (`ó`, `§`) as octal escapes of their WinAnsi codes, others (`ą`, `ł`) as `?`.
 */
export function textContent(lines: string[]): string {
  const esc = (s: string): string =>
    [...s].map((c) => (/[\\()]/.test(c) ? `\\${c}` : c.charCodeAt(0) < 0x80 ? c : c.charCodeAt(0) <= 0xff ? `\\${c.charCodeAt(0).toString(8)}` : '?')).join('');
  return `BT /F1 11 Tf 14 TL 56 780 Td ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A paragraph of `document.xml` with `text`, optionally in list `numId` at level `ilvl`. */
export function wParagraph(text: string, list?: { numId: number; ilvl: number | string }): string {
  const numPr = list ? `<w:pPr><w:numPr><w:ilvl w:val="${list.ilvl}"/><w:numId w:val="${list.numId}"/></w:numPr></w:pPr>` : '';
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${esc}</w:t></w:r></w:p>`;
}

/** `word/document.xml` of the given paragraph XML. */
export function wDocument(paragraphs: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${paragraphs}</w:body></w:document>`;
}

/** `word/numbering.xml` with one list (numId 1) whose levels are given as `<w:lvl>` XML. */
export function wNumbering(levels: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
}

/** One `<w:lvl>` of a numbering definition. */
export function wLevel(ilvl: number | string, fmt: string, text: string, start: number | string = 1): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
}

/** The packaging parts every DOCX has (content types, package and document relationships, with comments). */
export function docxPackage(): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
  };
}

/** The lines of a short order, for hostile documents that are otherwise orders. */
export const SHORT_ORDER = [
  'ZARZĄDZENIE NR 12/2025',
  'PREZYDENTA MIASTA KRAKOWA',
  'z dnia 3 lutego 2025 r.',
  'w sprawie zasad obiegu dokumentów w Wydziale Organizacyjnym',
  '§ 1. Wprowadza się zasady obiegu dokumentów.',
  '§ 2. Zarządzenie wchodzi w życie z dniem podpisania.',
];
