/**
 * Paths belong to the main process (issue 14, item 4): the renderer never names a file. A file the user picked in
 * a system dialog, dropped on the window or finds on the recent-files list is known to the main process by its
 * path and to the renderer only by an opaque token (128 random bits, hex), valid for this run of the app. The
 * handlers that read a file take a token and refuse anything else, so a compromised renderer can neither read an
 * arbitrary file nor learn whether one exists.
 *
 * The recent-files list (paths, newest first, at most {@link RECENT_MAX}) is kept in `ostatnie-pliki.json` in the
 * data folder; files that no longer exist are left off when it is listed.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { FileRef } from '../contract/api.js';
import { writeFileAtomic } from './export/write-atomic.js';

/** How many files the recent-files list keeps. */
export const RECENT_MAX = 10;

/** File name of the recent-files list in the data folder. */
export const RECENT_FILE = 'ostatnie-pliki.json';

/** The extensions of files the app reads (the importer's formats and its own `.json`). */
export const READABLE_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.html', '.htm', '.json'] as const;

/** A token as issued: 32 lower-case hex digits. Anything else is never looked up. */
const TOKEN = /^[0-9a-f]{32}$/;

/** The files the main process lets the renderer read, by token. */
export interface FileAccess {
  /** Issues (or gives again) the token of the file at absolute `path`. */
  issue(path: string): FileRef;
  /** The path of `token`, or null when it was not issued in this run (a path, a guess, anything else). */
  resolve(token: unknown): string | null;
  /** Records `path` as opened now, at the head of the recent-files list (kept on disk when a folder is given). */
  opened(path: string): Promise<void>;
  /** The recent-files list, newest first, files that still exist only, each with its token. */
  recent(): FileRef[];
}

const Stored = z.array(z.object({ path: z.string(), openedAt: z.string() }));

/**
 * The file access of one run. In: the data folder holding the recent-files list, or null to keep it in memory.
 * A damaged list file reads as empty; a failure to write it is ignored (the list is a convenience).
 */
export function createFileAccess(dataDir: string | null): FileAccess {
  const byToken = new Map<string, string>();
  const byPath = new Map<string, string>();
  const listFile = dataDir ? join(dataDir, RECENT_FILE) : null;
  let list: { path: string; openedAt: string }[] | null = null;
  const load = () => {
    if (list) return list;
    try {
      const r = listFile ? Stored.safeParse(JSON.parse(readFileSync(listFile, 'utf8'))) : null;
      list = r?.success ? r.data : [];
    } catch {
      list = [];
    }
    return list;
  };
  const access: FileAccess = {
    issue(path) {
      let token = byPath.get(path);
      if (!token) {
        token = randomBytes(16).toString('hex');
        byToken.set(token, path);
        byPath.set(path, token);
      }
      return { token, name: basename(path) };
    },
    resolve(token) {
      return typeof token === 'string' && TOKEN.test(token) ? byToken.get(token) ?? null : null;
    },
    async opened(path) {
      const at = new Date().toISOString();
      list = [{ path, openedAt: at }, ...load().filter((e) => e.path !== path)].slice(0, RECENT_MAX);
      if (!listFile) return;
      try {
        await mkdir(dirname(listFile), { recursive: true });
        await writeFileAtomic(listFile, `${JSON.stringify(list, null, 1)}\n`);
      } catch {
        /* the list stays in memory for this run */
      }
    },
    recent() {
      return load()
        .filter((e) => isReadableFile(e.path))
        .map((e) => ({ ...access.issue(e.path), openedAt: e.openedAt }));
    },
  };
  return access;
}

/** True when `path` is absolute, names an existing regular file and has an extension the app reads. Never throws. */
export function isReadableFile(path: string): boolean {
  if (!isAbsolute(path) || !(READABLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The refusal of a file named by anything but a token this run issued (the same whether the file exists or not). */
export const FORBIDDEN_FILE_MESSAGE =
  'Nie można otworzyć tego pliku: program otwiera tylko pliki wskazane w oknie wyboru, upuszczone na okno programu lub z listy ostatnio otwieranych.';
