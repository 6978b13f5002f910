/**
 * Writing a file so that a failure never leaves a half-written one: the bytes go to a temporary name beside the
 * target (same folder, so the rename stays on one file system), are flushed, then the temporary file is renamed
 * over the target; on any failure the temporary file is removed and the target is left as it was.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** The temporary name used for `path`: `.<name>.<pid>-<n>.tmp` in the same folder. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${++counter}.tmp`);
}

/**
 * Writes `data` to `path` atomically (see module doc). In: an absolute or relative path, bytes or UTF-8 text.
 * Out: resolves when the file is in place. Throws the file system's error (ENOENT, EACCES, ENOSPC …) after
 * removing the temporary file; the caller turns it into a Polish message.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * The synchronous form of {@link writeFileAtomic}, for callers that cannot wait (a refused registry write keeping
 * the edit in a recovery file inside a synchronous service call). Same guarantees and errors.
 */
export function writeFileAtomicSync(path: string, data: Uint8Array | string): void {
  const tmp = tempPathFor(path);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
