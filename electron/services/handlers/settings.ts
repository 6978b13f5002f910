/**
 * The app's settings kept in `settings.json` in the data folder: for now the name the user chose to be recorded
 * as the author of saved draft versions (issue 6 item 3), set once and kept between runs. A missing or damaged
 * file reads as "nothing set" (the system user's name is the author); writes are atomic, so a failed write leaves
 * the previous settings in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../export/index.js';

/** File name of the settings inside the data folder. */
export const SETTINGS_FILE = 'settings.json';

/** Longest author name accepted (characters); the registry stores it with every version. */
export const AUTHOR_MAX = 80;

const StoredSettingsSchema = z.object({
  authorName: z.string().min(1).max(AUTHOR_MAX).nullable().default(null),
  /** The registry to open: a SQLite file path or a `postgresql://` address of the office's server; null: `<dataDir>/rejestr.sqlite`. */
  registry: z.string().min(1).max(2000).nullable().optional(),
});
/** What is stored: the author's name set by the user (or null) and the registry chosen (or null). */
export type StoredSettings = z.infer<typeof StoredSettingsSchema>;

/** Reads and writes the stored settings. Handlers get one through `HandlerDeps.settings`. */
export interface SettingsStore {
  /** The stored settings; `{ authorName: null }` when nothing is stored. */
  get(): StoredSettings;
  /** Replaces the stored settings. Rejects with the file system's error when the file cannot be written. */
  set(next: StoredSettings): Promise<void>;
}

/** A store over `<dataDir>/settings.json` (see module doc). */
export function fileSettingsStore(dataDir: string): SettingsStore {
  const path = join(dataDir, SETTINGS_FILE);
  let cached: StoredSettings | null = null;
  return {
    get() {
      if (cached) return cached;
      try {
        const r = StoredSettingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        cached = r.success ? r.data : { authorName: null };
      } catch {
        cached = { authorName: null };
      }
      return cached;
    },
    async set(next) {
      await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`);
      cached = next;
    },
  };
}

/** A store kept in memory only (tests, or when no data folder is given). */
export function memorySettingsStore(initial: StoredSettings = { authorName: null }): SettingsStore {
  let current = initial;
  return {
    get: () => current,
    async set(next) {
      current = next;
    },
  };
}

/**
 * A name typed by the user, tidied: inner runs of white space made one space, trimmed. Out: the name, null for an
 * empty one (back to the system user's name), or a Polish message when it is too long or has control characters.
 */
export function normaliseAuthorName(raw: string | null): { ok: true; name: string | null } | { ok: false; message: string } {
  if (raw === null) return { ok: true, name: null };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw.replace(/[\t\n\r]/g, ' '))) return { ok: false, message: 'Imię i nazwisko autora nie może zawierać znaków sterujących.' };
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name) return { ok: true, name: null };
  if (name.length > AUTHOR_MAX) return { ok: false, message: `Imię i nazwisko autora może mieć najwyżej ${AUTHOR_MAX} znaków (podano ${name.length}).` };
  return { ok: true, name };
}
