/**
 * Registers the handler table with `ipcMain.handle`, one channel of the contract at a time.
 *
 * - A call from any frame other than the app's own page is refused (`forbidden`).
 * - A channel whose service has not landed yet answers `unavailable` with a Polish message, so the renderer
 *   always gets a value and never a rejected promise.
 * - A handler that throws anyway (it should not: `defineHandler` catches) gives `internal`.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type ApiResult, type Channel, type HandlerTable } from '../contract/api.js';

/** True when the call comes from the app's own page (not from a frame of another origin). */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** The Polish answer for a call whose service is not part of this version. */
export function unavailable(channel: Channel): ApiResult<never> {
  return { ok: false, error: { code: 'unavailable', message: `Ta funkcja (${channel}) nie jest jeszcze dostępna w tej wersji aplikacji.` } };
}

/**
 * Registers every channel of the contract. In: `ipcMain`, the handler table, the sender check.
 * Out: the list of channels that have a real handler (the rest answer `unavailable`).
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, table: HandlerTable, isTrusted: SenderCheck): Channel[] {
  const served: Channel[] = [];
  for (const channel of CHANNELS) {
    const handler = table[channel] as ((arg: unknown) => Promise<ApiResult<unknown>>) | undefined;
    if (handler) served.push(channel);
    registerChannel(ipcMain, channel, handler ?? (async () => unavailable(channel)), isTrusted);
  }
  return served;
}

/**
 * Registers one channel: a call from an untrusted frame is refused (`forbidden`), a handler that throws anyway
 * gives `internal`, so the renderer always gets a value. Also used for the drop channel, which is not in the table.
 */
export function registerChannel(ipcMain: Pick<IpcMain, 'handle'>, channel: string, handler: (arg: unknown) => Promise<ApiResult<unknown>>, isTrusted: SenderCheck): void {
  ipcMain.handle(channel, async (event, arg: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrusted(event)) return { ok: false, error: { code: 'forbidden', message: 'Wywołanie spoza okna aplikacji zostało odrzucone.' } };
    try {
      return await handler(arg);
    } catch (e) {
      const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      return { ok: false, error: { code: 'internal', message: `Wystąpił nieoczekiwany błąd: ${msg}` } };
    }
  });
}

/** A sender check accepting only frames whose URL starts with `appUrlPrefix` (the renderer's folder). */
export function trustFramesUnder(appUrlPrefix: string): SenderCheck {
  return (event) => {
    const url = event.senderFrame?.url ?? '';
    return url.startsWith(appUrlPrefix);
  };
}
