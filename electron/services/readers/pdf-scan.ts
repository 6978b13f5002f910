/**
 * A look at a PDF's raw bytes before pdfjs opens it, so that its limits hold before the work: how many page
 * objects it has, how large its streams inflate (each inflated with a cap, so a stream that would inflate to a
 * gigabyte stops at the cap) and how many operators each page's content streams hold.
 *
 * The look is conservative and never decides the text: it finds `stream … endstream` bodies by their dictionaries
 * (ISO 32000-1 §7.3.8), inflates the `/FlateDecode` ones that pdfjs's text extraction would decode (images are
 * skipped: text extraction never decodes them), reads object streams (§7.5.7) for the page dictionaries inside,
 * and counts the operators of the streams a page names in `/Contents` (§7.8.2) and of form XObjects (§8.10).
 * Streams it cannot inflate (other filters, encrypted files) are left to the time limit of the read and the
 * memory limit of the import worker.
 */
import { constants, inflateRawSync } from 'node:zlib';

/** Limits of one PDF read. Sizes in bytes. */
export interface PdfLimits {
  /** Pages of the document (page objects found here, and the page tree's count once pdfjs has opened it). */
  maxPages: number;
  /** Operators in the content streams of one page, or in one form XObject. */
  maxOperatorsPerPage: number;
  /** Inflated size of one stream. */
  maxStreamBytes: number;
  /** Inflated size of all streams together. */
  maxTotalStreamBytes: number;
  /**
   * Work of the whole read (opening and every page), in milliseconds of CPU time (`work-time.ts`); the wall clock
   * may take five times as long before the read is given up as well.
   */
  workMs: number;
}

/**
 * Default limits. A long order with annexes has 10–70 pages of 1,000–5,000 operators and streams of 5–50 KB, and
 * is read in 0.1–0.5 s; the work limit stays under the import worker's (`IMPORT_LIMITS`), so that a slow PDF is
 * answered with its own message.
 */
export const PDF_LIMITS: PdfLimits = {
  maxPages: 300,
  maxOperatorsPerPage: 100_000,
  maxStreamBytes: 16 * 1024 * 1024,
  maxTotalStreamBytes: 96 * 1024 * 1024,
  workMs: 2_000,
};

/** What the look found, or the limit that was passed (Polish message naming it). */
export type PdfScan =
  | { ok: true; pageObjects: number; encrypted: boolean; inflatedBytes: number; maxOperators: number }
  | { ok: false; message: string };

interface RawStream {
  objNum: number | null;
  dict: string;
  start: number;
  end: number;
}

const MB = 1024 * 1024;
const mb = (n: number): string => `${Math.round(n / MB)} MB`;

/** The dictionary text that ends right before `at` (skipping blanks), or null. */
function dictBefore(text: string, at: number): { dict: string; start: number } | null {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== '>' || text[i - 1] !== '>') return null;
  let depth = 0;
  for (let j = i; j > 0 && i - j < 65_536; j--) {
    if (text[j] === '>' && text[j - 1] === '>') {
      depth++;
      j--;
    } else if (text[j] === '<' && text[j - 1] === '<') {
      depth--;
      j--;
      if (depth === 0) return { dict: text.slice(j, i + 1), start: j };
    }
  }
  return null;
}

/** Every stream body in `text` (a Latin-1 view of the bytes) with its dictionary and object number. */
function findStreams(text: string): RawStream[] {
  const out: RawStream[] = [];
  const re = /stream(\r\n|\n|\r)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (text.slice(m.index - 3, m.index) === 'end') continue;
    const d = dictBefore(text, m.index);
    if (!d) continue;
    const start = m.index + m[0].length;
    const length = /\/Length\s+(\d+)(\s+\d+\s+R)?/.exec(d.dict);
    let end = length && !length[2] ? start + Number(length[1]) : -1;
    if (end < 0 || end > text.length || !/^\s*endstream/.test(text.slice(end, end + 20))) end = text.indexOf('endstream', start);
    if (end < 0) end = text.length;
    const head = /(\d+)\s+\d+\s+obj\s*$/.exec(text.slice(Math.max(0, d.start - 40), d.start));
    out.push({ objNum: head ? Number(head[1]) : null, dict: d.dict, start, end });
    re.lastIndex = end;
  }
  return out;
}

/** The filters a stream dictionary names, in order (`/Filter /FlateDecode` or `/Filter [/A /B]`). */
function filters(dict: string): string[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  return m ? [...m[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((x) => x[1]!) : [];
}

/**
 * Inflates zlib data (RFC 1950) leniently, as PDF readers do: the two-byte header is skipped when present and the
 * Adler-32 is not required. Output capped at `cap` bytes. Out: bytes, `'tooLarge'`, or null when not inflatable.
 */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | 'tooLarge' | null {
  const zlibHeader = data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0;
  try {
    return inflateRawSync(zlibHeader ? data.subarray(2) : data, { maxOutputLength: Math.max(1, cap), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : null;
  }
}

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

/**
 * Counts the operators of a content stream (ISO 32000-1 §7.8.2): keywords that are not operands (`true`, `false`,
 * `null`) outside strings, names, numbers, arrays and dictionaries; inline image data (`ID … EI`) skipped.
 * Stops counting past `limit`.
 */
export function countOperators(b: Uint8Array, limit = Infinity): number {
  let ops = 0;
  let i = 0;
  const n = b.length;
  while (i < n && ops <= limit) {
    const c = b[i]!;
    if (WHITE[c]) i++;
    else if (c === 0x25) while (i < n && b[i] !== 10 && b[i] !== 13) i++;
    else if (c === 0x28) {
      let depth = 0;
      for (; i < n; i++) {
        const x = b[i]!;
        if (x === 0x5c) i++;
        else if (x === 0x28) depth++;
        else if (x === 0x29 && --depth === 0) break;
      }
      i++;
    } else if (c === 0x3c && b[i + 1] !== 0x3c) {
      while (i < n && b[i] !== 0x3e) i++;
      i++;
    } else if (c === 0x2f) {
      i++;
      while (i < n && !WHITE[b[i]!] && !DELIM[b[i]!]) i++;
    } else if (DELIM[c]) i += c === 0x3c || c === 0x3e ? 2 : 1;
    else {
      const s = i;
      while (i < n && !WHITE[b[i]!] && !DELIM[b[i]!]) i++;
      const first = b[s]!;
      const numeric = (first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e;
      if (numeric) continue;
      const len = i - s;
      const word = len <= 5 ? Buffer.from(b.buffer, b.byteOffset + s, i - s).toString('latin1') : '';
      if (word === 'true' || word === 'false' || word === 'null') continue;
      ops++;
      if (word === 'ID') {
        // inline image data: up to whitespace + EI + whitespace
        i++;
        while (i < n && !(WHITE[b[i - 1]!] && b[i] === 0x45 && b[i + 1] === 0x49 && (i + 2 >= n || WHITE[b[i + 2]!]))) i++;
      }
    }
  }
  return ops;
}

/**
 * Looks at a PDF before it is opened (see the module doc).
 * In: the file's bytes and limits. Out: counts found, or the first limit passed: more page objects than
 * `maxPages`, a stream inflating past `maxStreamBytes`, all streams together past `maxTotalStreamBytes`, a page or
 * form with more than `maxOperatorsPerPage` operators. Never throws; what it cannot read it leaves to pdfjs.
 */
export function scanPdf(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): PdfScan {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const encrypted = /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(text);
  const streams = findStreams(text);
  const byObj = new Map<number, Uint8Array | null>();
  const forms: Uint8Array[] = [];
  const dictTexts: string[] = [text];
  let total = 0;
  for (const s of streams) {
    if (/\/Subtype\s*\/Image\b/.test(s.dict)) continue;
    const raw = bytes.subarray(s.start, Math.min(s.end, bytes.length));
    const f = filters(s.dict);
    let data: Uint8Array | null = null;
    if (f.length === 0) data = raw;
    else if (f.length === 1 && (f[0] === 'FlateDecode' || f[0] === 'Fl') && !encrypted) {
      const cap = Math.min(limits.maxStreamBytes, limits.maxTotalStreamBytes - total);
      const r = inflateCapped(raw, cap + 1);
      if (r === 'tooLarge' || (r && r.length > cap)) {
        return cap < limits.maxStreamBytes
          ? { ok: false, message: `Plik PDF jest zbyt duży po rozpakowaniu: jego strumienie mają razem ponad ${mb(limits.maxTotalStreamBytes)}, a najwięcej obsługiwanych to ${mb(limits.maxTotalStreamBytes)}; odmówiono odczytu.` }
          : { ok: false, message: `Plik PDF zawiera strumień większy po rozpakowaniu niż ${mb(limits.maxStreamBytes)} (limit jednego strumienia); odmówiono odczytu.` };
      }
      data = r;
    }
    if (data) total += data.length;
    if (s.objNum !== null) byObj.set(s.objNum, data);
    if (data && /\/Type\s*\/ObjStm\b/.test(s.dict)) dictTexts.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'));
    if (data && /\/Subtype\s*\/Form\b/.test(s.dict)) forms.push(data);
  }
  const pageIds = new Set<string>();
  const opsOf = new Map<number, number>();
  let maxOperators = 0;
  const tooManyOps = (n: number): PdfScan => ({
    ok: false,
    message: `Strona pliku PDF ma ponad ${limits.maxOperatorsPerPage.toLocaleString('pl-PL')} poleceń rysowania (limit jednej strony; ta ma co najmniej ${n.toLocaleString('pl-PL')}); odmówiono odczytu.`,
  });
  for (const [k, t] of dictTexts.entries()) {
    const heads = k === 0 ? [...t.matchAll(/(\d+)\s+\d+\s+obj\b/g)].map((h) => ({ at: h.index, num: h[1]! })) : [];
    let h = 0;
    for (const m of t.matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)) {
      // an object rewritten by an incremental update is one page, not two: count object numbers where known
      while (h + 1 < heads.length && heads[h + 1]!.at < m.index) h++;
      pageIds.add(heads[h] && heads[h]!.at < m.index ? `o${heads[h]!.num}` : `${k}:${m.index}`);
      if (pageIds.size > limits.maxPages) {
        return { ok: false, message: `Plik PDF ma ponad ${limits.maxPages} stron, a najwięcej obsługiwanych to ${limits.maxPages}; odmówiono odczytu.` };
      }
      const d = dictAround(t, m.index);
      const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(d);
      if (!contents) continue;
      let ops = 0;
      for (const ref of contents[1]!.matchAll(/(\d+)\s+\d+\s+R/g)) {
        const num = Number(ref[1]);
        const data = byObj.get(num);
        if (data && !opsOf.has(num)) opsOf.set(num, countOperators(data, limits.maxOperatorsPerPage));
        ops += opsOf.get(num) ?? 0;
        if (ops > limits.maxOperatorsPerPage) return tooManyOps(ops);
      }
      maxOperators = Math.max(maxOperators, ops);
    }
  }
  for (const f of forms) {
    const ops = countOperators(f, limits.maxOperatorsPerPage);
    if (ops > limits.maxOperatorsPerPage) return tooManyOps(ops);
    maxOperators = Math.max(maxOperators, ops);
  }
  return { ok: true, pageObjects: pageIds.size, encrypted, inflatedBytes: total, maxOperators };
}

/** The text of the innermost dictionary around position `at` (bounded look both ways). */
function dictAround(text: string, at: number): string {
  let depth = 0;
  let start = at;
  for (let j = at; j > 0 && at - j < 65_536; j--) {
    if (text[j] === '<' && text[j - 1] === '<') {
      if (depth === 0) {
        start = j - 1;
        break;
      }
      depth--;
      j--;
    } else if (text[j] === '>' && text[j - 1] === '>') {
      depth++;
      j--;
    }
  }
  depth = 0;
  for (let j = start; j < text.length - 1 && j - start < 65_536; j++) {
    if (text[j] === '<' && text[j + 1] === '<') {
      depth++;
      j++;
    } else if (text[j] === '>' && text[j + 1] === '>') {
      depth--;
      j++;
      if (depth === 0) return text.slice(start, j + 1);
    }
  }
  return text.slice(start, Math.min(text.length, start + 4096));
}
