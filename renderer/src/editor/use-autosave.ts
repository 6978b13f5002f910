/**
 * Autosave of a draft: a change is saved `delayMs` after the last edit through `draft:save`; one save runs at a
 * time and the newest state is saved after it; a failed save keeps the changes and shows the Polish message.
 * `flush()` saves at once (before leaving the editor, when the window closes) and tells whether everything is saved.
 * Between saves the latest state is staged in the main process (`draft:stage`, `stageMs` after the last change), which
 * saves it itself if this window's renderer crashes or hangs when the window closes (electron/main/close-guard.ts).
 * Every autosave carries the token of this editing sitting, so the registry keeps the sitting's autosaves as one
 * version (issue 13, item 5); `saveNamed(name)` saves a named version (Ctrl+S).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Order } from '../../../core/model/order.js';
import type { ApiResult, DraftSaved } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { whenIdle } from './idle.js';

/** A saved version the editor's state builds on: its id and save time (an autosave may replace a version's content). */
export interface BaseVersion {
  versionId: number;
  savedAt: string;
}

/** A token for one editing sitting: unique enough among one draft's sittings (time and randomness), no secure context needed. */
function newSitting(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * What the editor shows: saved (with the time), changes waiting, saving, the error of the last attempt, or a
 * conflict: someone else saved the draft since the version this editor's state is based on (nothing was written;
 * the editor offers to compare and choose, task by task).
 */
export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'offline'; message: string };

/** The state once a change waits to be saved (a save under way, a conflict shown with its dialog, offline, stays). */
function toPending(s: SaveState): SaveState {
  return s.kind === 'saving' || s.kind === 'pending' || s.kind === 'conflict' || s.kind === 'offline' ? s : { kind: 'pending' };
}

/**
 * In: the draft's id, the order as rendered (its changes schedule the saves), when it was last saved, `newest`,
 * the editor's newest order (ahead of `order` while a typing transition is pending): what a save writes, and
 * `base`, the version the editor opened and its save time (the base of the first save). Every save sends its base
 * (`baseVersionId`, `baseSavedAt`) and takes the version it wrote as the next base; a save refused as `conflict` stops the
 * autosave until {@link rebase} says which version the editor's state now builds on. A save refused as `offline`
 * (the office's server cannot be reached; the service kept the edit on this computer) is tried again every
 * `retryMs` until the server takes it.
 */
export function useAutosave(draftId: number, order: Order, savedAt: string, newest?: { current: Order }, delayMs = 1000, stageMs = 120, baseVersion?: BaseVersion, retryMs = 3000) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: savedAt });
  /** When the order in `saved` was written (what the indicator says again when an undo comes back to it). */
  const savedWhen = useRef(savedAt);
  const own = useRef(order);
  const latest = newest ?? own;
  const saved = useRef(order);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stageTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Cancels the staging waiting for an idle moment (`whenIdle`), if any. */
  const stageIdle = useRef<(() => void) | null>(null);
  /** The version the editor's state builds on (sent as `baseVersionId`); null: none known, the save is not checked. */
  const base = useRef<BaseVersion | null>(baseVersion ?? null);
  /** Set while a conflict waits for the user's choice: no save is attempted. */
  const conflicted = useRef(false);
  /** This editing sitting (the editor open on this draft): its autosaves coalesce into one version (`draft:save`). */
  const sitting = useRef(newSitting());
  if (!newest) own.current = order;

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    if (latest.current === saved.current) return true;
    if (conflicted.current) return false;
    const target = latest.current;
    setState({ kind: 'saving' });
    const p = (async () => {
      const b = base.current;
      const r = await call((api) => api.draftSave({ id: draftId, order: target, sitting: sitting.current, ...(b && b.versionId > 0 ? { baseVersionId: b.versionId, baseSavedAt: b.savedAt } : {}) }));
      if (!r.ok) {
        if (r.error.code === 'conflict') conflicted.current = true;
        const kind = r.error.code === 'conflict' ? 'conflict' : r.error.code === 'offline' ? 'offline' : 'error';
        setState({ kind, message: r.error.message });
        // the server cannot be reached: the edit is kept on this computer, and saved once the server answers again
        if (kind === 'offline') {
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void saveNow(), retryMs);
        }
        return false;
      }
      base.current = { versionId: r.value.versionId, savedAt: r.value.savedAt };
      saved.current = target;
      savedWhen.current = r.value.savedAt;
      setState(latest.current === target ? { kind: 'saved', at: r.value.savedAt } : { kind: 'pending' });
      return true;
    })();
    inFlight.current = p;
    const okSaved = await p;
    inFlight.current = null;
    if (okSaved && latest.current !== saved.current) return saveNow();
    return okSaved;
  }, [draftId]);

  useEffect(() => {
    if (order === saved.current) {
      // typing taken back at once (Ctrl+Z before the pause): the indicator said „Niezapisane zmiany” at the first
      // key; back at what is saved, it says so again (nothing waits: no save is due)
      if (latest.current === saved.current && !inFlight.current) {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        setState((st) => (st.kind === 'pending' ? { kind: 'saved', at: savedWhen.current } : st));
      }
      return;
    }
    setState(toPending);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), delayMs);
    if (stageTimer.current) clearTimeout(stageTimer.current);
    stageIdle.current?.();
    stageTimer.current = setTimeout(() => {
      stageTimer.current = null;
      // staging copies the whole order to the main process: in an idle moment, not between a key and its frame
      stageIdle.current = whenIdle(() => {
        stageIdle.current = null;
        const b = base.current;
        if (latest.current !== saved.current) void call((api) => api.draftStage({ id: draftId, order: latest.current, ...(b && b.versionId > 0 ? { baseVersionId: b.versionId, baseSavedAt: b.savedAt } : {}) }));
      }, 300);
    }, stageMs);
  }, [order, delayMs, stageMs, saveNow, draftId]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
    if (stageTimer.current) clearTimeout(stageTimer.current);
    stageIdle.current?.();
  }, []);

  /**
   * The editor's state now builds on version `b` (a conflict resolved against their version, a version
   * restored): the autosave resumes and the next save is checked against it.
   */
  const rebase = useCallback((b: BaseVersion) => {
    base.current = b;
    conflicted.current = false;
  }, []);

  /**
   * The editor's newest order changed ahead of `order` (typing whose render waits for a pause): the indicator says
   * at once that changes wait; the save is scheduled when `order` follows.
   */
  const changed = useCallback(() => setState(toPending), []);

  /**
   * Saves the editor's newest state as a named version (`dla Dyrektora`): pending changes go into it (the sitting's
   * autosaved version becomes the named one), and the autosaves after it start a version of their own. Out: the version written, or the error (an invalid name, a
   * conflict, a failed write: the state is kept and autosaved as before).
   */
  const saveNamed = useCallback(async (name: string): Promise<ApiResult<DraftSaved>> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    if (conflicted.current) return { ok: false, error: { code: 'conflict', message: 'Najpierw rozstrzygnij konflikt zapisu; potem zapisz nazwaną wersję.' } };
    const target = latest.current;
    const p = (async () => {
      const b = base.current;
      const r = await call((api) => api.draftSave({ id: draftId, order: target, name, sitting: sitting.current, ...(b && b.versionId > 0 ? { baseVersionId: b.versionId, baseSavedAt: b.savedAt } : {}) }));
      if (r.ok) {
        base.current = { versionId: r.value.versionId, savedAt: r.value.savedAt };
        saved.current = target;
        savedWhen.current = r.value.savedAt;
        setState(latest.current === target ? { kind: 'saved', at: r.value.savedAt } : { kind: 'pending' });
      } else if (r.error.code === 'conflict') {
        conflicted.current = true;
        setState({ kind: 'conflict', message: r.error.message });
      }
      return r;
    })();
    inFlight.current = p.then((r) => r.ok);
    const r = await p;
    inFlight.current = null;
    if (r.ok && latest.current !== saved.current) void saveNow();
    return r;
  }, [draftId, saveNow]);

  return { state, flush: saveNow, rebase, changed, saveNamed };
}
