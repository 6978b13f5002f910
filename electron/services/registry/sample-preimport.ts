/**
 * The sample registry read ahead of time: the build (`scripts/build-electron.ts`) runs the importer over every file
 * of the sample's manifest and writes the orders it read, with the SHA-256 of each file's bytes, to
 * `dist/electron/sample-preimported.json`; the first start of the app then adds those orders to the empty registry
 * without running the importer (issue 15: the registry screen's first start under 500 ms). The files themselves are
 * still stored with each order, as before. An entry is used only when the file's bytes still have its hash and its
 * order reads through the model's upgrade chain and schema; any other file (or a missing or damaged pre-import) is
 * imported as usual, so a stale pre-import can never put anything but what its file said into the registry.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Order } from '../../../core/model/order.js';
import { readStoredOrder } from '../../../core/model/upgrade.js';
import type { TextImporter } from './types.js';

/** Name of the pre-import file, written next to the main bundle (`dist/electron/`). */
export const PREIMPORTED_FILE = 'sample-preimported.json';

/** The format tag of the pre-import file. */
const FORMAT = 'rejestr-przykladowy-wczytany';

/** One sample file read ahead: its name in the manifest, its bytes' SHA-256 (hex), what the importer read. */
export interface PreimportedEntry {
  file: string;
  sha256: string;
  order: Order;
  warnings: string[];
}

/** The pre-import file: format tag, one entry per file the importer read (each order carries its schema version). */
export interface PreimportedSample {
  format: typeof FORMAT;
  entries: PreimportedEntry[];
}

/** SHA-256 of bytes, lower-case hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads every file of the sample's manifest (`<dir>/manifest.json`) with `importText`. In: the sample folder and the
 * importer. Out: the pre-import (files the importer could not read are left out: the first start imports them and
 * reports why). @throws Error when the manifest or a file listed in it cannot be read (a build error).
 */
export function preimportSample(dir: string, importText: TextImporter): PreimportedSample {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { orders: { file: string; format: 'txt' | 'md' | 'pdf' | 'docx' }[] };
  const entries: PreimportedEntry[] = [];
  for (const o of manifest.orders) {
    const bytes = readFileSync(join(dir, o.file));
    const r = importText(bytes.toString('utf8'), o.format);
    if (r.ok) entries.push({ file: o.file, sha256: sha256(bytes), order: r.order, warnings: r.warnings });
  }
  return { format: FORMAT, entries };
}

/** What a sample file was read as ahead of time, to use in place of the importer. */
export interface PreimportedRead {
  order: Order;
  warnings: string[];
}

/**
 * The usable entries of a pre-import file, by file name: the ones whose order reads (upgrade chain, then schema).
 * In: the file's path (absent: none). Out: a lookup that answers for a file only when its bytes have the entry's
 * hash, else null. Never throws: a missing or damaged file gives a lookup that always answers null.
 */
export function readPreimported(path: string | undefined): (file: string, bytes: Uint8Array) => PreimportedRead | null {
  let entries: Array<{ file?: unknown; sha256?: unknown; order?: unknown; warnings?: unknown }> = [];
  try {
    if (path) {
      const json = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown; entries?: unknown };
      if (json.format === FORMAT && Array.isArray(json.entries)) entries = json.entries as typeof entries;
    }
  } catch {
    entries = [];
  }
  const byFile = new Map(entries.filter((e) => typeof e.file === 'string' && typeof e.sha256 === 'string').map((e) => [e.file as string, e]));
  return (file, bytes) => {
    const e = byFile.get(file);
    if (!e || e.sha256 !== sha256(bytes)) return null;
    // read as any stored model: an order of an older schema version is upgraded
    const r = readStoredOrder(e.order);
    if (!r.ok) return null;
    return { order: r.order, warnings: Array.isArray(e.warnings) ? e.warnings.filter((w): w is string => typeof w === 'string') : [] };
  };
}
