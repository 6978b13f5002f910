/**
 * The parts of a DOCX that any reader touches, read once through the bounded unzip (`zip.ts`), so that one limit
 * on the total inflated size covers everything: our own reader and mammoth's cross-check alike. The parts are
 * every XML and relationships part (`*.xml`, `*.rels`: the document, styles, numbering, notes, comments,
 * headers, content types…); media and embedded files are never inflated. mammoth is given an archive rebuilt
 * from these bounded parts only (stored, not compressed), so it cannot reach a part past the limits.
 */
import { zipSync } from 'fflate';
import { readZip, ZIP_LIMITS, type ZipError, type ZipLimits } from './zip.js';

/** Whether a part of the package is one the readers may read (XML or relationships), by its name. */
export function isReadablePart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/** The readable parts of one DOCX, inflated within the limits. */
export interface DocxArchive {
  /** Names of all entries in the archive, in directory order (inflated or not). */
  names: string[];
  /** The bytes of a readable part, or undefined when the archive has no such part. */
  bytes(name: string): Uint8Array | undefined;
  /**
   * The text of a readable part, or undefined when the archive has no such part: UTF-16 (little- or big-endian)
   * when it starts with that byte-order mark, else UTF-8 (ECMA-376 Part 2 §8.1.4: parts are in UTF-8 or UTF-16).
   */
  text(name: string): string | undefined;
  /** An archive of the readable parts only (stored), for mammoth. */
  forMammoth(): Buffer;
}

/**
 * Opens a DOCX: checks the archive and inflates its readable parts ({@link isReadablePart}) under `limits`.
 * In: the file's bytes. Out: the parts, or the bounded unzip's {@link ZipError} (`corrupt` / `tooLarge`, Polish
 * message naming the limit). Never throws.
 */
export function openDocxArchive(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): { ok: true; archive: DocxArchive } | { ok: false; error: ZipError } {
  const r = readZip(bytes, isReadablePart, limits);
  if (!r.ok) return r;
  const { parts, names } = r;
  return {
    ok: true,
    archive: {
      names,
      bytes: (name) => parts.get(name),
      text: (name) => {
        const b = parts.get(name);
        if (b === undefined) return undefined;
        const utf16 = b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
        return new TextDecoder(utf16 ? (b[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(b);
      },
      forMammoth: () => Buffer.from(zipSync(Object.fromEntries(parts), { level: 0 })),
    },
  };
}
