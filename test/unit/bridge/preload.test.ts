import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, DROP_CHANNEL, FLUSH_CHANNEL, FLUSHED_CHANNEL, MENU_CHANNEL, METHODS } from '../../../electron/contract/api.js';
import { ipcRenderer } from 'electron';

/** Calls whose contract argument is `void`. */
const NO_ARG = new Set(['importChoose', 'registryList', 'draftTemplates', 'settingsGet', 'registryInfo', 'registryCheckIntegrity', 'filesRecent', 'citationsGet', 'registryStatus', 'usersList', 'reviewPaths']);

const exposed: Record<string, unknown> = {};
const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
const invoke = vi.fn(async (channel: string, arg?: unknown) => ({ ok: true, value: { channel, arg } }));

vi.mock('electron', () => ({
  // Electron knows the path of a File the user dropped; a File the page made has none
  webUtils: { getPathForFile: (file: { droppedFrom?: string }) => file.droppedFrom ?? '' },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...a: [string, unknown?]) => invoke(...a),
    send: vi.fn(),
    on: (ch: string, fn: (...a: unknown[]) => void) => listeners.set(ch, (listeners.get(ch) ?? new Set()).add(fn)),
    removeListener: (ch: string, fn: (...a: unknown[]) => void) => listeners.get(ch)?.delete(fn),
  },
}));

describe('preload bridge', () => {
  beforeEach(async () => {
    invoke.mockClear();
    await import('../../../electron/preload/preload.js');
  });

  it('exposes exactly one method per call of the contract, under the name "api" only', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed.api as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(METHODS), 'onMenuCommand', 'onFlushRequest', 'fileDropped', 'openChartWindow', 'chartWindowContent', 'onChartWindowUpdated'].sort());
    for (const v of Object.values(api)) expect(typeof v).toBe('function');
  });

  it('each method invokes its own channel with the argument it was given', async () => {
    const api = exposed.api as Record<string, (arg?: unknown) => Promise<unknown>>;
    for (const [method, channel] of Object.entries(METHODS)) {
      invoke.mockClear();
      const arg = { probe: method };
      await api[method]!(arg);
      expect(invoke).toHaveBeenCalledTimes(1);
      const [calledChannel, calledArg] = invoke.mock.calls[0]!;
      expect(calledChannel).toBe(channel);
      // calls without an argument pass none; the others forward it unchanged
      if (NO_ARG.has(method)) expect(calledArg).toBeUndefined();
      else expect(calledArg).toBe(arg);
    }
  });

  it('fileDropped sends the main process the path Electron knows for the File, never one the page chose', async () => {
    const api = exposed.api as { fileDropped: (f: unknown) => Promise<unknown> };
    invoke.mockClear();
    await api.fileDropped({ name: 'zarzadzenie.txt', droppedFrom: '/home/anna/zarzadzenie.txt' });
    // a File made by the page, whatever it claims in its name or properties
    await api.fileDropped({ name: '/etc/passwd', path: '/etc/passwd' });
    expect(invoke.mock.calls).toEqual([[DROP_CHANNEL, { path: '/home/anna/zarzadzenie.txt' }], [DROP_CHANNEL, { path: '' }]]);
  });

  it('does not expose ipcRenderer, invoke or process', () => {
    const api = exposed.api as Record<string, unknown>;
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'process', 'require']) expect(api[forbidden]).toBeUndefined();
  });

  it('channels are unique and read domain:verb', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    for (const c of CHANNELS) expect(c).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
  });

  it('onMenuCommand passes only the command (never the IPC event) and unsubscribes', () => {
    const api = exposed.api as { onMenuCommand: (fn: (...a: unknown[]) => void) => () => void };
    const got: unknown[][] = [];
    const off = api.onMenuCommand((...a) => got.push(a));
    const fake = { sender: { send: () => {} } };
    for (const fn of listeners.get(MENU_CHANNEL)!) fn(fake, 'save');
    expect(got).toEqual([['save']]);
    off();
    expect(listeners.get(MENU_CHANNEL)!.size).toBe(0);
  });

  it('onFlushRequest answers the main process with the token and whether the page saved (a failure is false)', async () => {
    const api = exposed.api as { onFlushRequest: (fn: () => Promise<boolean>) => () => void };
    const send = ipcRenderer.send as unknown as ReturnType<typeof vi.fn>;
    send.mockClear();
    let result: Promise<boolean> = Promise.resolve(true);
    const off = api.onFlushRequest(() => result);
    for (const fn of listeners.get(FLUSH_CHANNEL)!) fn({ sender: {} }, 'flush-1');
    await new Promise((r) => setTimeout(r, 0));
    result = Promise.reject(new Error('save failed'));
    for (const fn of listeners.get(FLUSH_CHANNEL)!) fn({ sender: {} }, 'flush-2');
    await new Promise((r) => setTimeout(r, 0));
    expect(send.mock.calls).toEqual([[FLUSHED_CHANNEL, 'flush-1', true], [FLUSHED_CHANNEL, 'flush-2', false]]);
    off();
    expect(listeners.get(FLUSH_CHANNEL)!.size).toBe(0);
  });
});
