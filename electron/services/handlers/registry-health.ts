/**
 * Handlers of the registry's health (issue 14, item 3): whether it is open read-only, the edits kept from refused
 * saves (restore or discard them), and the full integrity check, which the app runs in the background after start
 * and the user can run on demand. Plain data only; recovery files are named by opaque tokens, never by paths.
 */
import { z } from 'zod';
import type { IntegrityReport } from '../../contract/api.js';
import { checkIntegrity, discardRecovery, listRecoveries, recoveryDirs, restoreRecovery, type Registry } from '../registry/index.js';
import { defaultFaultLogPath } from '../db/fault-log.js';
import { fail, failWith, ok } from './define.js';
import type { HandlerDeps } from './deps.js';
import { registryCall } from './registry.js';
import { memorySettingsStore } from './settings.js';

/** A recovery token: the base name of a recovery file (`projekt-12.json`), nothing else. */
const RecoveryId = z.object({ id: z.string().regex(/^projekt-\d+\.json$/, 'nieznany plik odzyskiwania') });

/** `registry:info`, `registry:checkIntegrity`, `recovery:restore`, `recovery:discard`. */
export function registryHealthHandlers(deps: HandlerDeps) {
  const withRegistry = registryCall(deps);
  const settings = deps.settings ?? memorySettingsStore();
  const author = () => settings.get().authorName ?? deps.author;
  const dirs = (reg: Registry) => reg.recoveryDirs ?? recoveryDirs(reg.path);
  /** The last full check of this run (background or on demand). */
  let integrity: IntegrityReport | null = null;

  return {
    'registry:info': withRegistry(z.undefined(), (reg) =>
      ok({ path: reg.path, readOnly: reg.fileGuard?.mode === 'readOnly', recoveries: listRecoveries(dirs(reg), reg.path), integrity }),
    ),

    'registry:checkIntegrity': withRegistry(z.undefined(), async (reg) => {
      const r = await checkIntegrity(reg.db, reg.path, reg.faultLogPath ?? defaultFaultLogPath(reg.path));
      integrity = { ok: r.ok, checkedAt: r.checkedAt, message: r.ok ? `Pełna kontrola spójności rejestru nie wykryła błędów (${(r.ms / 1000).toFixed(1).replace('.', ',')} s).` : r.message };
      return ok(integrity);
    }),

    'recovery:restore': withRegistry(RecoveryId, (reg, { id }) => {
      const r = restoreRecovery(reg, id, author());
      if (!r.ok) return failWith(r.error);
      return ok({ draftId: r.draftId, asNew: r.asNew, message: r.message });
    }),

    'recovery:discard': withRegistry(RecoveryId, (reg, { id }) =>
      discardRecovery(dirs(reg), id) ? ok(null) : fail<null>('notFound', 'Tego pliku odzyskiwania już nie ma; mógł zostać przywrócony lub odrzucony wcześniej.'),
    ),
  };
}
