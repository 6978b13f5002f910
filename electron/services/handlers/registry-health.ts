/**
 * Handlers of the registry's health (issue 14, item 3): whether it is open read-only, the edits kept from refused
 * saves (restore or discard them), and the full integrity check, which the app runs in the background after start
 * and the user can run on demand. Plain data only; recovery files are named by opaque tokens, never by paths.
 */
import { z } from 'zod';
import type { ApiResult, IntegrityReport, RegistryInfo } from '../../contract/api.js';
import { discardRecovery, listRecoveries, restoreRecovery } from '../registry/index.js';
import { defineHandler, fail, failWith, ok } from './define.js';
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
  /** The last full check of this run (background or on demand). */
  let integrity: IntegrityReport | null = null;

  return {
    // answers even when the registry cannot be opened: the start screen says which registry it is trying to reach
    'registry:info': defineHandler(z.undefined(), async (): Promise<ApiResult<RegistryInfo>> => {
      const opened = await deps.registry();
      if (!opened.ok) {
        const target = deps.registryTarget?.() ?? { engine: 'sqlite' as const, location: '' };
        return ok({ engine: target.engine, path: target.location, connected: false, message: opened.error.message, readOnly: false, recoveries: [], integrity });
      }
      const reg = opened.registry;
      const recoveries = listRecoveries(reg.recoveryDirs, reg.info.location);
      return ok({ engine: reg.info.engine, path: reg.info.location, connected: true, message: null, readOnly: reg.readOnly, recoveries, integrity });
    }),

    'registry:checkIntegrity': withRegistry(z.undefined(), async (reg) => {
      const r = await reg.checkIntegrity();
      integrity = !r
        ? { ok: true, checkedAt: new Date().toISOString(), message: `Spójność bazy rejestru na serwerze (${reg.info.location}) sprawdza administrator serwera.` }
        : { ok: r.ok, checkedAt: r.checkedAt, message: r.ok ? `Pełna kontrola spójności rejestru nie wykryła błędów (${(r.ms / 1000).toFixed(1).replace('.', ',')} s).` : r.message };
      return ok(integrity);
    }),

    'recovery:restore': withRegistry(RecoveryId, async (reg, { id }) => {
      const r = await restoreRecovery(reg, id, author());
      if (!r.ok) return failWith(r.error);
      return ok({ draftId: r.draftId, asNew: r.asNew, message: r.message });
    }),

    'recovery:discard': withRegistry(RecoveryId, (reg, { id }) =>
      discardRecovery(reg.recoveryDirs, id) ? ok(null) : fail<null>('notFound', 'Tego pliku odzyskiwania już nie ma; mógł zostać przywrócony lub odrzucony wcześniej.'),
    ),
  };
}
