/**
 * The editor's latest state of each open draft, kept in the main process between autosaves (`draft:stage`): the
 * renderer sends it a moment after every change, before its autosave writes a version. If the window's renderer
 * crashes, or does not answer when the window closes, the main process saves what it was last sent
 * ({@link Staging.saveAll} through `draft:save`), so an edit that reached the main process is never lost. Nothing
 * is validated when staged (that would cost a schema check per keystroke); `draft:save` validates when it saves.
 */
import { z } from 'zod';
import type { ApiError, ApiResult, Handler } from '../../contract/api.js';
import { defineHandler, ok } from './define.js';

/** The staged states and the handler that stages them. */
export interface Staging {
  /** The `draft:stage` handler: keeps `{ id, order }` as the draft's latest state. */
  handler: Handler<'draft:stage'>;
  /** Draft ids with a staged state, oldest first. */
  ids(): number[];
  /**
   * Saves every staged state through `save` (the `draft:save` handler: a state equal to the saved one writes
   * nothing), forgetting each one saved. Out: true when all were saved (or none was staged), and the errors.
   */
  saveAll(save: Handler<'draft:save'>): Promise<{ ok: boolean; errors: ApiError[] }>;
}

const StageArg = z.object({ id: z.number().int().positive(), order: z.record(z.string(), z.unknown()), baseVersionId: z.number().int().positive().optional(), baseSavedAt: z.string().max(40).optional() });

/** A new, empty staging area. */
export function createStaging(): Staging {
  // the state and the version it builds on (saved with it: never over someone else's newer version)
  const staged = new Map<number, { order: unknown; baseVersionId?: number; baseSavedAt?: string }>();
  return {
    handler: defineHandler(StageArg, ({ id, order, baseVersionId, baseSavedAt }): ApiResult<null> => {
      staged.delete(id);
      staged.set(id, { order, baseVersionId, baseSavedAt });
      return ok(null);
    }),
    ids: () => [...staged.keys()],
    async saveAll(save) {
      const errors: ApiError[] = [];
      for (const [id, entry] of [...staged]) {
        const r = await save({ id, order: entry.order, ...(entry.baseVersionId ? { baseVersionId: entry.baseVersionId, baseSavedAt: entry.baseSavedAt } : {}) });
        if (r.ok) {
          // a newer state may have been staged while this one was being saved
          if (staged.get(id) === entry) staged.delete(id);
        } else errors.push(r.error);
      }
      return { ok: errors.length === 0, errors };
    },
  };
}
