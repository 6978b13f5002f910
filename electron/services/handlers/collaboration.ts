/**
 * Handlers of working together on one registry (issue 16 item 2): `registry:status`, polled by the window, says
 * whether the registry answers now (the offline indicator) and counts the changes it announced (the lists refresh
 * when the count grows: `LISTEN/NOTIFY` on the office's server, the app's own writes on a SQLite file).
 */
import { z } from 'zod';
import type { ApiResult, ConnectionState } from '../../contract/api.js';
import type { Registry } from '../registry/index.js';
import { defineHandler, ok } from './define.js';
import type { HandlerDeps } from './deps.js';

/** The sentence of the offline indicator. */
export function offlineMessage(location: string): string {
  return `Brak połączenia z rejestrem ${location}. Zmiany są zachowywane na tym komputerze i zostaną zapisane, gdy połączenie wróci.`;
}

/** `registry:status`. */
export function collaborationHandlers(deps: HandlerDeps) {
  let changes = 0;
  let watched: Registry | null = null;
  let unsubscribe: (() => void) | null = null;
  /** Counts the changes of `reg` (once per registry opened; a registry opened again is watched anew). */
  const watch = (reg: Registry) => {
    if (watched === reg) return;
    unsubscribe?.();
    watched = reg;
    unsubscribe = reg.onChange(() => void changes++);
  };

  return {
    'registry:status': defineHandler(z.undefined(), async (): Promise<ApiResult<ConnectionState>> => {
      const opened = await deps.registry();
      if (!opened.ok) {
        const target = deps.registryTarget?.() ?? { engine: 'sqlite' as const, location: '' };
        return ok({ engine: target.engine, online: false, message: opened.error.message, changes });
      }
      const reg = opened.registry;
      watch(reg);
      const online = await reg.ping();
      return ok({ engine: reg.info.engine, online, message: online ? null : offlineMessage(reg.info.location), changes });
    }),
  };
}
