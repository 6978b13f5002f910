/**
 * Recovery files: when a save of a draft is refused (the registry file was deleted, replaced or made read-only
 * under the running instance, or SQLite failed to write), the edit is kept in a JSON file so that nothing typed is
 * lost; the next start lists these files and offers to restore each (as a new version of its draft when that draft
 * is still the same one, else as a new draft) or to discard it.
 *
 * The files live in `odzyskiwanie/` beside the registry; when that folder cannot be written, in the system's
 * temporary folder (per system user). Both places are listed. One file per draft (`projekt-<id>.json`): a later
 * refused save of the same draft replaces the earlier one, so the newest edit is kept. Files are written
 * atomically (temporary name, flush, rename).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { OrderSchema, type Order } from '../../../core/model/index.js';
import { userTempDir } from '../db/fault-log.js';
import { writeFileAtomicSync } from '../export/write-atomic.js';
import type { RecoveryInfo } from './shapes.js';

/** What a recovery file holds. */
export interface RecoveryEntry {
  /** The registry the save was meant for. */
  registryPath: string;
  /** The draft saved, as the registry knew it. */
  draftId: number;
  /** The draft's newest version when the save was refused (id and ISO time), to recognise the same draft later. */
  baseVersion: { id: number; savedAt: string } | null;
  /** Who would have been recorded as the author of the version. */
  author: string;
  /** ISO time of the refused save. */
  savedAt: string;
  /** Why the save was refused (one Polish sentence, as the user saw it). */
  reason: string;
  /** The edit. */
  order: Order;
}

export type { RecoveryInfo } from './shapes.js';

const FORMAT = 'zarzadzenia-odzyskiwanie';

const EntrySchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  registryPath: z.string(),
  draftId: z.number().int(),
  baseVersion: z.object({ id: z.number().int(), savedAt: z.string() }).nullable(),
  author: z.string(),
  savedAt: z.string(),
  reason: z.string(),
  order: OrderSchema,
});

/** The recovery folders of registry `dbPath`, in the order they are tried: beside it, then the temporary folder. */
export function recoveryDirs(dbPath: string): string[] {
  return [join(dirname(dbPath), 'odzyskiwanie'), join(userTempDir(), 'odzyskiwanie')];
}

const NAME = /^projekt-(\d+)\.json$/;

/**
 * Keeps `entry` in the first recovery folder that can be written. Out: the file written, or null when no folder
 * could be written (the caller tells the user to keep the window open). Never throws.
 */
export function keepForRecovery(dirs: string[], entry: RecoveryEntry): string | null {
  const text = `${JSON.stringify({ format: FORMAT, version: 1, ...entry }, null, 1)}\n`;
  for (const dir of dirs) {
    try {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `projekt-${entry.draftId}.json`);
      writeFileAtomicSync(file, text);
      return file;
    } catch {
      /* try the next folder */
    }
  }
  return null;
}

/** Reads and validates one recovery file; null when it is not one (or cannot be read). */
function readEntry(file: string): RecoveryEntry | null {
  try {
    const r = EntrySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!r.success) return null;
    const { format: _f, version: _v, ...entry } = r.data;
    return entry;
  } catch {
    return null;
  }
}

/** The file of token `id` in the recovery folders, or null (a token that is not a recovery file name never is). */
function fileOf(dirs: string[], id: string): string | null {
  if (!NAME.test(id)) return null;
  for (const dir of dirs) {
    try {
      if (readdirSync(dir).includes(id)) return join(dir, id);
    } catch {
      /* no such folder */
    }
  }
  return null;
}

/**
 * The recovery files waiting in `dirs` for registry `dbPath` (files kept for another registry are left alone),
 * newest first. Files that are not valid recovery files are skipped. Never throws.
 */
export function listRecoveries(dirs: string[], dbPath: string): RecoveryInfo[] {
  const out: RecoveryInfo[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => NAME.test(n));
    } catch {
      continue;
    }
    for (const name of names) {
      if (seen.has(name)) continue;
      const e = readEntry(join(dir, name));
      if (!e || e.registryPath !== dbPath) continue;
      seen.add(name);
      out.push({ id: name, draftId: e.draftId, title: e.order.meta.title, subject: e.order.meta.subject, savedAt: e.savedAt, reason: e.reason });
    }
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
}

/** The entry of recovery token `id`, or null when there is no such file. */
export function readRecovery(dirs: string[], id: string): { file: string; entry: RecoveryEntry } | null {
  const file = fileOf(dirs, id);
  const entry = file ? readEntry(file) : null;
  return file && entry ? { file, entry } : null;
}

/** Removes the recovery file of token `id`. Out: true when a file was removed. Never throws. */
export function discardRecovery(dirs: string[], id: string): boolean {
  const file = fileOf(dirs, id);
  if (!file) return false;
  try {
    rmSync(file);
    return true;
  } catch {
    return false;
  }
}
