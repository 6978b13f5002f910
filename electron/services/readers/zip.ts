/**
 * A bounded reader of ZIP archives (the container of DOCX files), for files that may be hostile.
 *
 * Every limit is checked before the work it guards, never after: the entry count from the end record before the
 * central directory is walked; each entry's declared size, and the sum of the declared sizes of everything that
 * will be read, before anything is inflated; and while inflating, the output is capped at the entry's declared
 * size (zlib's `maxOutputLength` stops inflating at the first chunk past it), so a header that lies about its
 * size costs at most one chunk past the lie. Refused besides: duplicate names (compared case-insensitively, as
 * OPC compares part names, ECMA-376 Part 2 §9.1.1.1.2), local headers that disagree with the central directory,
 * entries whose data overlap (the "overlapping files" bomb) or run past the archive, encrypted entries,
 * multi-disk archives, methods other than
 * stored (0) and deflate (8), and a CRC-32 that does not match.
 *
 * ZIP64 records (§4.3.14–15 end record and locator, §4.5.3 extra field) are read: some writers use them for any
 * archive, however small; the sizes they give meet the same limits.
 *
 * Format: APPNOTE.TXT (PKWARE) §4.3.7 local file header, §4.3.12 central directory header, §4.3.16 end of central
 * directory record.
 */
import { crc32, inflateRawSync } from 'node:zlib';

/** Limits of one archive read. All sizes in bytes. */
export interface ZipLimits {
  /** Entries the central directory may list (the end record's count, checked before the directory is walked). */
  maxEntries: number;
  /** Inflated size of one entry read. */
  maxEntryBytes: number;
  /** Inflated size of all entries read from the archive together. */
  maxTotalBytes: number;
}

/** Default limits: a DOCX of a long order has 10–40 parts and a `document.xml` of 1–3 MB. */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 };

/** Why an archive was refused: `tooLarge` names the limit that was hit, `corrupt` what is wrong; Polish message. */
export interface ZipError {
  code: 'corrupt' | 'tooLarge';
  message: string;
}

/** One entry of the central directory (sizes as declared there). */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header in the archive. */
  headerOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MB = 1024 * 1024;

/** A size for a message: bytes, KB or MB. */
const mb = (n: number): string => (n < 1024 ? `${n} B` : n < MB ? `${Math.round(n / 1024)} KB` : `${Math.round((n / MB) * 10) / 10} MB`);
const corrupt = (why: string): { ok: false; error: ZipError } => ({
  ok: false,
  error: { code: 'corrupt', message: `Plik .docx jest uszkodzony lub nieprawidłowy: ${why}; odmówiono odczytu.` },
});
const tooLarge = (why: string): { ok: false; error: ZipError } => ({
  ok: false,
  error: { code: 'tooLarge', message: `Plik .docx jest zbyt duży po rozpakowaniu (możliwa „bomba zip”): ${why}; odmówiono odczytu.` },
});

const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

/** A little-endian 64-bit value at `at` as a number, or null past 2^53 (no file of ours is that large). */
function u64(view: DataView, at: number): number | null {
  if (at + 8 > view.byteLength) return null;
  const v = view.getBigUint64(at, true);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(v);
}

/**
 * Reads the ZIP64 extra field (§4.5.3, id 1) among the extra fields at `at` (`length` bytes) into the sizes of `e`
 * that are 0xFFFFFFFF, in the field's order (size, compressed size, then in the directory the header offset).
 * Out: false when such a size has no value in the field.
 */
function zip64Sizes(view: DataView, at: number, length: number, e: { size: number; compressedSize: number; headerOffset?: number }, central: boolean): boolean {
  const keys = (['size', 'compressedSize', ...(central ? (['headerOffset'] as const) : [])] as const).filter((k) => e[k] === 0xffffffff);
  if (keys.length === 0) return true;
  for (let q = at; q + 4 <= at + length; ) {
    const id = view.getUint16(q, true);
    const len = view.getUint16(q + 2, true);
    if (id === 1) {
      for (const [i, k] of keys.entries()) {
        if (8 * (i + 1) > len) return false;
        const v = u64(view, q + 4 + 8 * i);
        if (v === null) return false;
        e[k] = v;
      }
      return true;
    }
    q += 4 + len;
  }
  return false;
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  // Non-UTF-8 names are CP437; the names a DOCX reader looks for are ASCII, where both agree with Latin-1.
  return new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(raw);
}

/**
 * Lists the central directory of an archive.
 * In: the archive's bytes, limits (only `maxEntries` is used here). Out: the entries in directory order and the
 * offset of the directory (entry data must end before it), or a
 * {@link ZipError}: `tooLarge` past `maxEntries` (checked on the end record's count before the directory is
 * read), `corrupt` for a missing end record, a directory outside the file, a count that disagrees with the
 * directory, a broken ZIP64 record, several disks, or a duplicate name. Never throws.
 */
export function listZip(
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
): { ok: true; entries: ZipEntry[]; centralOffset: number } | { ok: false; error: ZipError } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === SIG_EOCD && i + 22 + view.getUint16(i + 20, true) <= bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return corrupt('to nie jest archiwum ZIP (brak katalogu archiwum)');
  let disk = view.getUint16(eocd + 4, true);
  let cdDisk = view.getUint16(eocd + 6, true);
  let onDisk = view.getUint16(eocd + 8, true);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  let cdEnd = eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64 (§4.3.14–15): the locator just before the end record points at the ZIP64 end record
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== SIG_EOCD64_LOCATOR) return corrupt('brak rekordu końca archiwum ZIP64');
    const end64 = u64(view, locator + 8);
    if (end64 === null || end64 + 56 > locator || view.getUint32(end64, true) !== SIG_EOCD64) return corrupt('rekord końca archiwum ZIP64 leży poza plikiem');
    const c64 = u64(view, end64 + 32);
    const size64 = u64(view, end64 + 40);
    const offset64 = u64(view, end64 + 48);
    const onDisk64 = u64(view, end64 + 24);
    if (c64 === null || size64 === null || offset64 === null || onDisk64 === null) return corrupt('rekord końca archiwum ZIP64 podaje rozmiary poza plikiem');
    disk = view.getUint32(end64 + 16, true);
    cdDisk = view.getUint32(end64 + 20, true);
    [count, onDisk, cdSize, cdOffset, cdEnd] = [c64, onDisk64, size64, offset64, end64];
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) return corrupt('archiwum wieloczęściowe nie jest obsługiwane');
  if (count > limits.maxEntries) return tooLarge(`archiwum ma ${count} części, a najwięcej obsługiwanych to ${limits.maxEntries}`);
  if (cdOffset + cdSize > cdEnd) return corrupt('katalog archiwum wykracza poza plik');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > cdOffset + cdSize || view.getUint32(p, true) !== SIG_CENTRAL) return corrupt('katalog archiwum jest niekompletny');
    const flags = view.getUint16(p + 8, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > cdOffset + cdSize) return corrupt('katalog archiwum jest niekompletny');
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    const key = name.toLowerCase();
    if (seen.has(key)) return corrupt(`część „${name.slice(0, 80)}” występuje w archiwum więcej niż raz`);
    seen.add(key);
    const entry: ZipEntry = {
      name,
      flags,
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      headerOffset: view.getUint32(p + 42, true),
    };
    if (p + 46 + nameLen + extraLen > cdOffset + cdSize) return corrupt('katalog archiwum jest niekompletny');
    if (!zip64Sizes(view, p + 46 + nameLen, extraLen, entry, true)) return corrupt(`część „${name.slice(0, 80)}” ma nieprawidłowe pole ZIP64`);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries, centralOffset: cdOffset };
}

/** Where an entry's compressed data lie, after checking its local header against the directory. */
function dataRange(bytes: Uint8Array, view: DataView, e: ZipEntry, end: number): { start: number; end: number } | string {
  const h = e.headerOffset;
  if (h + 30 > end || view.getUint32(h, true) !== SIG_LOCAL) return `brak nagłówka części „${e.name}”`;
  const flags = view.getUint16(h + 6, true);
  const nameLen = view.getUint16(h + 26, true);
  const extraLen = view.getUint16(h + 28, true);
  const start = h + 30 + nameLen + extraLen;
  if (view.getUint16(h + 8, true) !== e.method) return `nagłówek części „${e.name}” podaje inną metodę kompresji niż katalog`;
  if (decodeName(bytes.subarray(h + 30, h + 30 + nameLen), (flags & 0x800) !== 0) !== e.name) return `nagłówek części „${e.name}” podaje inną nazwę niż katalog`;
  if ((flags & 0x8) === 0) {
    const local = { crc: view.getUint32(h + 14, true), compressedSize: view.getUint32(h + 18, true), size: view.getUint32(h + 22, true) };
    if (h + 30 + nameLen + extraLen > end || !zip64Sizes(view, h + 30 + nameLen, extraLen, local, false)) return `nagłówek części „${e.name}” ma nieprawidłowe pole ZIP64`;
    if (local.size !== e.size || local.compressedSize !== e.compressedSize || local.crc !== e.crc) {
      return `nagłówek części „${e.name}” podaje inny rozmiar (${local.size} B) niż katalog archiwum (${e.size} B)`;
    }
  }
  if (start + e.compressedSize > end) return `dane części „${e.name}” wykraczają poza swoje miejsce w archiwum`;
  return { start, end: start + e.compressedSize };
}

/**
 * Inflates the entries of `bytes` whose names `select` accepts, within `limits`.
 * In: the archive's bytes; a predicate on entry names; limits. Out: the inflated bytes by entry name, or a
 * {@link ZipError}. Before anything is inflated: every selected entry's declared size against `maxEntryBytes`,
 * the sum of their declared sizes against `maxTotalBytes`, local headers against the directory, data ranges
 * inside the archive and not overlapping one another, no encryption, method 0 or 8. While inflating: output
 * capped at the declared size (`tooLarge` when the data would inflate past it), then its length and CRC-32
 * checked (`corrupt`). Never throws.
 */
export function readZip(
  bytes: Uint8Array,
  select: (name: string) => boolean,
  limits: ZipLimits = ZIP_LIMITS,
): { ok: true; parts: Map<string, Uint8Array>; names: string[] } | { ok: false; error: ZipError } {
  const listed = listZip(bytes, limits);
  if (!listed.ok) return listed;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = listed.entries.filter((e) => select(e.name) && !e.name.endsWith('/'));
  let declared = 0;
  const ranges: { e: ZipEntry; start: number; end: number }[] = [];
  for (const e of wanted) {
    if (e.flags & 0x1) return corrupt(`część „${e.name}” jest zaszyfrowana`);
    if (e.method !== 0 && e.method !== 8) return corrupt(`część „${e.name}” używa nieobsługiwanej metody kompresji (${e.method})`);
    if (e.method === 0 && e.size !== e.compressedSize) return corrupt(`część „${e.name}” bez kompresji ma dwa różne rozmiary`);
    if (e.size > limits.maxEntryBytes) return tooLarge(`część „${e.name}” miałaby ${mb(e.size)}, a największa obsługiwana to ${mb(limits.maxEntryBytes)}`);
    declared += e.size;
    if (declared > limits.maxTotalBytes) return tooLarge(`czytane części miałyby razem ponad ${mb(declared)}, a najwięcej obsługiwanych to ${mb(limits.maxTotalBytes)}`);
    const r = dataRange(bytes, view, e, listed.centralOffset);
    if (typeof r === 'string') return corrupt(r);
    ranges.push({ e, ...r });
  }
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) return corrupt(`dane części „${sorted[i]!.e.name}” nakładają się na inną część`);
  }
  const parts = new Map<string, Uint8Array>();
  for (const { e, start, end } of ranges) {
    const raw = bytes.subarray(start, end);
    let out: Uint8Array;
    if (e.method === 0) out = raw;
    else {
      try {
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          return tooLarge(`część „${e.name}” rozpakowuje się do więcej niż deklarowane ${mb(e.size)}`);
        }
        return corrupt(`część „${e.name}” nie daje się rozpakować`);
      }
    }
    if (out.length !== e.size) return corrupt(`część „${e.name}” ma po rozpakowaniu inny rozmiar niż deklarowany`);
    if ((crc32(out) >>> 0) !== e.crc) return corrupt(`suma kontrolna części „${e.name}” się nie zgadza`);
    parts.set(e.name, out);
  }
  return { ok: true, parts, names: listed.entries.map((e) => e.name) };
}
