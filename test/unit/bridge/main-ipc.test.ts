import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type HandlerTable } from '../../../electron/contract/api.js';
import { registerIpc, trustFramesUnder } from '../../../electron/main/ipc.js';

type Listener = (event: unknown, arg: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return { handlers, handle: vi.fn((channel: string, fn: Listener) => void handlers.set(channel, fn)) };
}
const fromApp = { senderFrame: { url: 'file:///opt/app/dist/renderer/index.html' } };
const trusted = trustFramesUnder('file:///opt/app/dist/renderer/');

describe('registerIpc', () => {
  it('registers every channel of the contract exactly once and reports which ones are served', () => {
    const ipc = fakeIpcMain();
    const table: HandlerTable = { 'import:file': async () => ({ ok: true, value: { order: {} as never, warnings: [], fileName: 'a' } }) };
    const served = registerIpc(ipc, table, trusted);
    expect(ipc.handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(served).toEqual(['import:file']);
  });

  it('passes the argument to the handler and returns its result', async () => {
    const ipc = fakeIpcMain();
    const h = vi.fn(async (arg: unknown) => ({ ok: true as const, value: [{ echo: arg }] as never }));
    registerIpc(ipc, { 'registry:list': h }, trusted);
    const r = await ipc.handlers.get('registry:list')!(fromApp, { x: 1 });
    expect(h).toHaveBeenCalledWith({ x: 1 });
    expect(r).toEqual({ ok: true, value: [{ echo: { x: 1 } }] });
  });

  it('answers a channel without a handler with a Polish "unavailable" error value', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, {}, trusted);
    const r = (await ipc.handlers.get('export:pdf')!(fromApp, {})) as { ok: boolean; error: { code: string; message: string } };
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('unavailable');
    expect(r.error.message).toContain('nie jest jeszcze dostępna');
  });

  it('refuses calls from frames outside the renderer folder without calling the handler', async () => {
    const ipc = fakeIpcMain();
    const h = vi.fn(async () => ({ ok: true as const, value: [] }));
    registerIpc(ipc, { 'registry:list': h }, trusted);
    for (const event of [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: null }, { senderFrame: { url: 'file:///etc/passwd' } }]) {
      const r = (await ipc.handlers.get('registry:list')!(event, undefined)) as { ok: boolean; error: { code: string } };
      expect(r.error.code).toBe('forbidden');
    }
    expect(h).not.toHaveBeenCalled();
  });

  it('turns a handler that throws into an internal error value', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, { 'registry:list': async () => { throw new Error('dysk pełny\nstack'); } }, trusted);
    expect(await ipc.handlers.get('registry:list')!(fromApp, undefined)).toEqual({ ok: false, error: { code: 'internal', message: 'Wystąpił nieoczekiwany błąd: dysk pełny' } });
  });
});
