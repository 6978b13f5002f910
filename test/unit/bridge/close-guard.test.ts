/**
 * Nothing lost on close, in the main process (Electron faked): the window's close waits for the renderer's last
 * save; saved → it closes without a question; no answer → the edit the renderer staged is saved and it closes;
 * the save failed → the user is asked, and staying keeps the window (and calls off a quit); a crash of the renderer
 * saves the staged edit and reloads. The staging area itself: the latest state per draft, saved through draft:save.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { FLUSH_CHANNEL, FLUSHED_CHANNEL, type ApiResult } from '../../../electron/contract/api.js';
import { guardClose, requestFlush, type CloseGuardDeps } from '../../../electron/main/close-guard.js';
import { createStaging } from '../../../electron/services/handlers/staging.js';

/** A window whose renderer answers flush requests as `answer` says (or never). */
class FakeWindow extends EventEmitter {
  closed = false;
  reloaded = 0;
  crashed = false;
  sent: Array<[string, unknown]> = [];
  constructor(private ipc: FakeIpc, public answer: (() => Promise<boolean>) | null) {
    super();
  }
  webContents = Object.assign(new EventEmitter(), {
    send: (channel: string, token: unknown) => {
      this.sent.push([channel, token]);
      if (channel === FLUSH_CHANNEL && this.answer) void this.answer().then((saved) => this.ipc.emit(FLUSHED_CHANNEL, { sender: this.webContents }, token, saved));
    },
    isDestroyed: () => false,
    isCrashed: () => this.crashed,
    reload: () => void this.reloaded++,
  });
  isDestroyed() {
    return this.closed;
  }
  /** Electron's close: 'close' listeners may prevent it. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
}
class FakeIpc extends EventEmitter {}

function setup(answer: FakeWindow['answer'], over: Partial<CloseGuardDeps> = {}) {
  const ipc = new FakeIpc();
  const win = new FakeWindow(ipc, answer);
  const deps: CloseGuardDeps = {
    ipcMain: ipc as never,
    saveStaged: vi.fn(async () => true),
    confirmLoss: vi.fn(async () => false),
    quitting: () => false,
    quit: vi.fn(),
    stayed: vi.fn(),
    timeoutMs: 50,
    ...over,
  };
  const guard = guardClose(win as never, deps);
  return { ipc, win, deps, guard };
}

const settle = () => new Promise((r) => setTimeout(r, 120));

describe('close guard', () => {
  it('waits for the renderer’s last save, then closes without a question', async () => {
    let saved = false;
    const { win, deps } = setup(async () => {
      await new Promise((r) => setTimeout(r, 20)); // the save takes a moment
      saved = true;
      return true;
    });
    win.close();
    expect(win.closed).toBe(false);
    expect(win.sent[0]![0]).toBe(FLUSH_CHANNEL);
    await settle();
    expect(saved).toBe(true);
    expect(win.closed).toBe(true);
    expect(deps.confirmLoss).not.toHaveBeenCalled();
    expect(deps.saveStaged).not.toHaveBeenCalled();
  });

  it('a renderer that does not answer: the staged edit is saved and the window closes', async () => {
    const { win, deps } = setup(null);
    win.close();
    await settle();
    expect(deps.saveStaged).toHaveBeenCalledOnce();
    expect(win.closed).toBe(true);
    expect(deps.confirmLoss).not.toHaveBeenCalled();
  });

  it('asks only when the save failed; staying keeps the window and calls off a quit; closing anyway closes', async () => {
    const stay = setup(async () => false);
    stay.win.close();
    await settle();
    expect(stay.deps.confirmLoss).toHaveBeenCalledWith('failed');
    expect(stay.win.closed).toBe(false);
    expect(stay.deps.stayed).toHaveBeenCalled();

    const go = setup(async () => false, { confirmLoss: vi.fn(async () => true) });
    go.win.close();
    await settle();
    expect(go.win.closed).toBe(true);
  });

  it('while quitting, goes on with the quit after the save', async () => {
    const { win, deps } = setup(async () => true, { quitting: () => true });
    win.close();
    await settle();
    expect(deps.quit).toHaveBeenCalledOnce();
  });

  it('a crash of the renderer saves what it staged and reloads the page', async () => {
    const { win, deps } = setup(null);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await settle();
    expect(deps.saveStaged).toHaveBeenCalledOnce();
    expect(win.reloaded).toBe(1);
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    await settle();
    expect(deps.saveStaged).toHaveBeenCalledOnce();
  });

  it('reload (Widok → Odśwież) saves first', async () => {
    let saved = false;
    const { win, guard } = setup(async () => ((saved = true), true));
    await guard.reload();
    expect(saved).toBe(true);
    expect(win.reloaded).toBe(1);
  });

  it('ignores answers from another window or with another token', async () => {
    const ipc = new FakeIpc();
    const win = new FakeWindow(ipc, null);
    const p = requestFlush(win as never, ipc as never, 60);
    const token = win.sent[0]![1];
    ipc.emit(FLUSHED_CHANNEL, { sender: {} }, token, true);
    ipc.emit(FLUSHED_CHANNEL, { sender: win.webContents }, 'inny', true);
    await expect(p).resolves.toBe('timeout');
    expect(ipc.listenerCount(FLUSHED_CHANNEL)).toBe(0);
  });
});

describe('staging', () => {
  it('keeps the latest state per draft and saves it through draft:save, forgetting what was saved', async () => {
    const s = createStaging();
    expect((await s.handler({ id: 3, order: { v: 1 } })).ok).toBe(true);
    expect((await s.handler({ id: 3, order: { v: 2 } })).ok).toBe(true);
    expect((await s.handler({ id: 'x', order: null })).ok).toBe(false);
    const saved: unknown[] = [];
    const save = async (arg: unknown): Promise<ApiResult<{ versionId: number; savedAt: string; unchanged: boolean }>> => {
      saved.push(arg);
      return { ok: true, value: { versionId: 1, savedAt: '', unchanged: false } };
    };
    await expect(s.saveAll(save)).resolves.toEqual({ ok: true, errors: [] });
    expect(saved).toEqual([{ id: 3, order: { v: 2 } }]);
    expect(s.ids()).toEqual([]);
    await s.handler({ id: 4, order: { v: 1 } });
    const failing = async () => ({ ok: false as const, error: { code: 'x', message: 'Rejestr tylko do odczytu.' } });
    const r = await s.saveAll(failing);
    expect(r.ok).toBe(false);
    expect(s.ids()).toEqual([4]);
  });
});
