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
import { DROP_CHANNEL, MENU_CHANNEL, type MenuCommand } from '../contract/api.js';
import { createAppHandlers } from '../services/handlers/app.js';
import { PREIMPORTED_FILE } from '../services/registry/sample-preimport.js';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, RENDERER_URL } from './app-protocol.js';
import { dropHandler } from '../services/handlers/import.js';
import { ChartWindows, registerChartWindow } from './chart-window.js';
import { guardClose, type CloseGuard } from './close-guard.js';
import { confirmLoss, electronDialogs } from './dialogs.js';
import { registerChannel, registerIpc, trustFramesUnder } from './ipc.js';
import { buildMenuTemplate } from './menu.js';
import { electronPdfWriter, electronPrinter, hiddenPage } from './printing.js';
import { guardNavigation, secureSession } from './security.js';
import { createMainWindow } from './window.js';

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
  const handlers = createAppHandlers({
    dataDir: userData,
    dialogs: electronDialogs(dialog, () => mainWindow),
    author: systemUserName(),
    // electron-builder copies resources/sample to <resources>/sample (extraResources)
    sampleDir: app.isPackaged ? join(process.resourcesPath, 'sample') : join(app.getAppPath(), 'resources', 'sample'),
    // the sample as the build read it, next to this bundle (scripts/build-electron.ts): no import on first start
    samplePreimported: join(dirname(fileURLToPath(import.meta.url)), PREIMPORTED_FILE),
    pdf: electronPdfWriter(printPage),
    print: electronPrinter(printPage),
    // the start runs only the quick check; the full one follows once the window is up and idle
    integrityCheckDelayMs: 30_000,
  });
  app.on('will-quit', () => {
    printPage.dispose();
    void handlers.close();
  });
  // quitting closes the window, which first waits for the renderer's last save (close-guard.ts)
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  let guard: CloseGuard | null = null;
  registerIpc(ipcMain, handlers.table, trustFramesUnder(APP_ORIGIN));
  registerChannel(ipcMain, DROP_CHANNEL, dropHandler(handlers.files), trustFramesUnder(APP_ORIGIN));
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
      saveStaged: () => handlers.saveStaged(),
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
  // the registry opens (and on a first start loads the sample) while the window's page loads in its own process
  setImmediate(() => handlers.warm());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
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
  start().catch((e: unknown) => {
    dialog.showErrorBox('Zarządzenia organizacyjne', `Nie udało się uruchomić aplikacji: ${e instanceof Error ? e.message : String(e)}`);
    app.exit(1);
  });
}
