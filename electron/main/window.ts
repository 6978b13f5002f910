/**
 * The main window: secure web preferences, the remembered size and position, navigation guards, and the
 * renderer loaded from `dist/renderer/index.html`.
 */
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { guardNavigation, secureWebPreferences } from './security.js';
import { fitToDisplays, loadWindowState, saveWindowState, type Area, type WindowState } from './window-state.js';

/** What creating the window needs, injected so the module can be tested with Electron mocked. */
export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  /** Work areas of the connected displays. */
  displays(): Area[];
  /** The user-data folder (window state lives there). */
  userData: string;
  preloadPath: string;
  /** `app://zarzadzenia/index.html` (`app-protocol.ts`). */
  rendererUrl: string;
}

/** The constructor options of the main window for a remembered state. */
export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Zarządzenia organizacyjne',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Creates the main window, restores its state, guards navigation, loads the renderer and shows it when
 * ready; saves the state when it closes.
 */
export function createMainWindow(deps: WindowDeps): BrowserWindowType {
  const state = fitToDisplays(loadWindowState(deps.userData), deps.displays());
  const win = new deps.BrowserWindow(mainWindowOptions(state, deps.preloadPath));
  if (state.maximized) win.maximize();
  guardNavigation(win.webContents, deps.rendererUrl);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(deps.userData, { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  void win.loadURL(deps.rendererUrl);
  return win;
}
