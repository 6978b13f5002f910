/**
 * Entry of the Electron main process (bundled to `dist/electron/main.cjs`).
 *
 * One window, sandboxed and isolated, its page served from the app's own scheme (`app-protocol.ts`) with a strict
 * CSP as a response header; the handler table (the same one the CLI and the
 * end-to-end tests use) answers every call of the contract through `ipcMain.handle`; the data folder is
 * `app.getPath('userData')`; the application menu is in Polish; the spell checker checks Polish.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS, DROP_CHANNEL, MENU_CHANNEL, type ApiResult, type HandlerTable, type MenuCommand } from '../contract/api.js';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, RENDERER_URL } from './app-protocol.js';
import { ChartWindows, registerChartWindow } from './chart-window.js';
import { guardClose, type CloseGuard } from './close-guard.js';
import { confirmLoss, electronDialogs } from './dialogs.js';
import { registerChannel, registerIpc, trustFramesUnder, unavailable } from './ipc.js';
import { buildMenuTemplate } from './menu.js';
import { electronPdfWriter, electronPrinter, hiddenPage } from './printing.js';
import { guardNavigation, secureSession } from './security.js';
import type * as Services from './services.js';
import { createMainWindow } from './window.js';

/**
 * Loads the services (`services.ts`: the handler table and all behind it). In the bundle a file of its own,
 * `main-services.cjs` (scripts/build-electron.ts), read only when called: the window is created before.
 */
const loadServices = (): Promise<typeof Services> => import('./services.js');

/** Folder of the bundle: `dist/electron`. */
const here = dirname(fileURLToPath(import.meta.url));
/** The built renderer, served as `app://zarzadzenia/…` (never over `file://`). */
const rendererDir = join(here, '..', 'renderer');
const rendererUrl = RENDERER_URL;

let mainWindow: BrowserWindow | null = null;

/** Sends a menu command to the window in front (or the main window). */
function sendMenuCommand(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
  win?.webContents.send(MENU_CHANNEL, command);
}

/** The system user's name, recorded as the author of saved draft versions. */
function systemUserName(): string {
  try {
    return userInfo().username || 'Użytkownik';
  } catch {
    return 'Użytkownik';
  }
}

/** Starts the application once Electron is ready. Exported for the test that runs it with Electron mocked. */
export async function start(): Promise<void> {
  await app.whenReady();
  secureSession(session.defaultSession);
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
  const userData = app.getPath('userData');
  // one hidden window prints every PDF and printout of the session (destroyed with the app's window, so that
  // closing it still quits the app)
  const printPage = hiddenPage(BrowserWindow);
  // the services (most of the main process's code) are loaded once the window is created, while its renderer
  // process starts and before the page can call; every channel is registered now and waits for them
  let servicesLoaded: (services: typeof Services) => void = () => undefined;
  const services = new Promise<typeof Services>((resolve) => (servicesLoaded = resolve));
  const handlers = services.then((s) =>
    s.createAppHandlers({
      dataDir: userData,
      dialogs: electronDialogs(dialog, () => mainWindow),
      author: systemUserName(),
      // electron-builder copies resources/sample to <resources>/sample (extraResources)
      sampleDir: app.isPackaged ? join(process.resourcesPath, 'sample') : join(app.getAppPath(), 'resources', 'sample'),
      // the sample as the build read it, next to this bundle (scripts/build-electron.ts): no import on first start
      samplePreimported: join(here, s.PREIMPORTED_FILE),
      pdf: electronPdfWriter(printPage),
      print: electronPrinter(printPage),
      // the start runs only the quick check; the full one follows once the window is up and idle
      integrityCheckDelayMs: 30_000,
    }),
  );
  app.on('will-quit', () => {
    printPage.dispose();
    void handlers.then((h) => h.close());
  });
  // quitting closes the window, which first waits for the renderer's last save (close-guard.ts)
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  let guard: CloseGuard | null = null;
  const table = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (arg: unknown): Promise<ApiResult<unknown>> => {
        const handler = (await handlers).table[channel] as ((a: unknown) => Promise<ApiResult<unknown>>) | undefined;
        return handler ? handler(arg) : unavailable(channel);
      },
    ]),
  ) as HandlerTable;
  registerIpc(ipcMain, table, trustFramesUnder(APP_ORIGIN));
  const dropped = handlers.then(async (h) => (await services).dropHandler(h.files));
  registerChannel(ipcMain, DROP_CHANNEL, async (arg) => (await dropped)(arg), trustFramesUnder(APP_ORIGIN));
  // the chart in a window of its own: the same page, preload and security as the main window
  const charts = new ChartWindows({ BrowserWindow, preloadPath: join(here, 'preload.cjs'), rendererUrl, windowOf: (id) => BrowserWindow.getAllWindows().find((w) => w.webContents.id === id) ?? null });
  registerChartWindow(ipcMain, charts, trustFramesUnder(APP_ORIGIN));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ send: sendMenuCommand, dev: !app.isPackaged, platform: process.platform, reload: () => void guard?.reload() })));
  const open = () => {
    mainWindow = createMainWindow({
      BrowserWindow,
      displays: () => screen.getAllDisplays().map((d) => d.workArea),
      userData,
      preloadPath: join(here, 'preload.cjs'),
      rendererUrl,
    });
    const win = mainWindow;
    guard = guardClose(win, {
      ipcMain,
      saveStaged: async () => (await handlers).saveStaged(),
      confirmLoss: (outcome) => confirmLoss(dialog, win, outcome),
      quitting: () => quitting,
      quit: () => app.quit(),
      stayed: () => (quitting = false),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
      charts.closeAll();
      printPage.dispose();
    });
  };
  open();
  // then the services, and the registry opens (on a first start loading the sample) while the window's page loads
  // in its own process
  setImmediate(() => {
    loadServices().then(servicesLoaded, fail);
    // a failure to create the handlers ends the start as a failure to load them does (before the split: start()'s catch)
    handlers.then((h) => h.warm(), fail);
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
}

/** Shows why the app could not start (Polish) and ends it. */
function fail(e: unknown): void {
  dialog.showErrorBox('Zarządzenia organizacyjne', `Nie udało się uruchomić aplikacji: ${e instanceof Error ? e.message : String(e)}`);
  app.exit(1);
}

// the app's scheme must be privileged before the app is ready
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // every web contents (including any the app did not create itself) gets the navigation guards
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, rendererUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch(fail);
}
