/**
 * The log of registry faults: the technical detail of every SQLite, schema and file error (SQLite's code and
 * English message, the stack's first lines) goes to a text file, so that the user sees one Polish sentence that
 * names the file and an administrator can read what happened. One line per fault, appended, UTF-8:
 * `2025-03-01T10:00:00.000Z	context	CODE	message	| at …`.
 *
 * The log lives beside the registry (`<registry folder>/dziennik-bledow.log`); when that folder cannot be written
 * (a read-only share, a vanished disk) it goes to the system's temporary folder instead, and the sentence names
 * the place actually written.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { errorCode } from './file-guard.js';

/** File name of the log beside the registry. */
export const FAULT_LOG_NAME = 'dziennik-bledow.log';

/** The log beside the registry file `dbPath`: `<folder>/dziennik-bledow.log`. */
export function defaultFaultLogPath(dbPath: string): string {
  return join(dirname(dbPath), FAULT_LOG_NAME);
}

/**
 * The app's folder in the system's temporary folder, per system user (`<tmp>/zarzadzenia-<user>`): the place of
 * last resort for the fault log and recovery files when the registry's own folder cannot be written.
 */
export function userTempDir(): string {
  let user = 'uzytkownik';
  try {
    user = userInfo().username.replace(/[^\w.-]/g, '_') || user;
  } catch {
    /* no user name: a shared name is still better than nowhere to write */
  }
  return join(tmpdir(), `zarzadzenia-${user}`);
}

/**
 * Appends one line about `error` met while doing `context` (English or Polish, e.g. `save draft 12`) to the log
 * `logPath`, or to the fallback log when that cannot be written. Out: the path of the log actually written, or
 * null when neither could be (the caller's sentence then says so). Never throws.
 */
export function logFault(logPath: string, context: string, error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 4).map((l) => l.trim()).join(' ') : '';
  const line = [new Date().toISOString(), context, errorCode(error) || '-', message.replace(/\s+/g, ' '), stack ? `| ${stack}` : ''].join('\t') + '\n';
  for (const path of [logPath, join(userTempDir(), FAULT_LOG_NAME)]) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      appendFileSync(path, line, 'utf8');
      return path;
    } catch {
      /* try the next place */
    }
  }
  return null;
}

/** The parenthesis naming the log in a sentence: `(szczegóły w pliku „…”)`, or a note that none could be written. */
export function seeLog(written: string | null): string {
  return written ? `(szczegóły w pliku „${written}”)` : '(szczegółów nie udało się zapisać w dzienniku błędów)';
}
