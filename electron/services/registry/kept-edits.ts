/**
 * Edits a server registry could not take (issue 16 item 4: a network cut, a server down, a full disk on the
 * server), kept on this computer in the recovery folders (`recovery.ts`, the data folder's `odzyskiwanie/`) so that
 * nothing typed is lost if the window is closed before the server is back; the start screen offers them back
 * (`registry:info` lists them, `recovery:restore` saves one). A later save of the same draft that the server takes
 * makes the kept copy obsolete, and it is removed. The SQLite file's refusals keep their edits through `faults.ts`.
 */
import { discardRecovery, keepForRecovery, listRecoveries } from './recovery.js';
import type { PendingEdit } from './faults.js';
import type { RegistryError } from './types.js';

/** Refusals whose edit is kept: the server was unreachable or could not write; not a conflict of data or a lock. */
const KEPT: ReadonlySet<RegistryError['code']> = new Set(['offline', 'diskFull', 'readOnly', 'writeFailed']);

/**
 * Keeps `edit` (a draft save the server refused with `failed`) in the first writable folder of `dirs`, recorded
 * for registry `location`, and adds to the message where it is. Out: the refusal, its message extended. Never throws.
 */
export function keepRefusedEdit(dirs: string[], location: string, failed: { ok: false; error: RegistryError }, edit?: PendingEdit): { ok: false; error: RegistryError } {
  if (!edit || !KEPT.has(failed.error.code)) return failed;
  const file = keepForRecovery(dirs, {
    registryPath: location,
    draftId: edit.draftId,
    // the server cannot be asked for the version now: restoring saves the edit as a new version of its draft
    baseVersion: null,
    author: edit.author,
    savedAt: new Date().toISOString(),
    reason: failed.error.message,
    order: edit.order,
  });
  const kept = file
    ? ` Zmiana jest zachowana na tym komputerze („${file}”); jeśli okno zostanie zamknięte przed zapisem, program zaproponuje jej przywrócenie.`
    : ' Nie udało się też zachować jej na tym komputerze, więc nie zamykaj okna.';
  return { ok: false, error: { code: failed.error.code, message: `${failed.error.message}${kept}` } };
}

/** Removes the kept edit of draft `draftId` of registry `location`, if any (it has been saved since). Never throws. */
export function forgetKeptEdit(dirs: string[], location: string, draftId: number): void {
  for (const r of listRecoveries(dirs, location)) if (r.draftId === draftId) discardRecovery(dirs, r.id);
}
