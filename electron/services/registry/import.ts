/**
 * Importing order files into the registry by path, with the importer run in its worker (`importFileIsolated` of
 * `electron/services/import-isolated.ts`, or another passed in). The only asynchronous step is the importer itself.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFileIsolated } from '../import-isolated.js';
import { sameFileResult } from './registry.js';
import type { AddOrderResult, Registry } from './repository.js';
import type { FileImporter } from './types.js';

/**
 * Imports the order file at `path`: a file whose bytes are already in the registry is recognised before it is
 * read (`outcome: 'sameFile'`); otherwise `importer` reads it and the order is added with the file's bytes and
 * sha256 (see `addOrder`: signed when it has a number and date, else a draft; `sameNumber` when its number is
 * already there). Errors: `importFailed` (the file cannot be read, or the importer's Polish message), and those of
 * `addOrder`.
 */
export async function importFileIntoRegistry(reg: Registry, path: string, importer: FileImporter = importFileIsolated): Promise<AddOrderResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    return { ok: false, error: { code: 'importFailed', message: code === 'ENOENT' ? `Nie ma pliku „${path}”.` : `Nie można odczytać pliku „${path}”.` } };
  }
  const same = await reg.findBySourceBytes(bytes);
  if (same) return sameFileResult(same);
  const parsed = await importer(path);
  if (!parsed.ok) return { ok: false, error: { code: 'importFailed', message: `${basename(path)}: ${parsed.error.message}` } };
  return reg.addOrder({ order: parsed.order, source: { fileName: basename(path), bytes }, warnings: parsed.warnings });
}
