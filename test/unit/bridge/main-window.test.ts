import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, guardNavigation, secureSession } from '../../../electron/main/security.js';
import { createMainWindow } from '../../../electron/main/window.js';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState, WINDOW_STATE_FILE } from '../../../electron/main/window-state.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'zo-win-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for BrowserWindow recording what the app does with it. */
class FakeWindow {
  static last: FakeWindow;
  listeners = new Map<string, Array<(...a: unknown[]) => void>>();
  contentsListeners = new Map<string, Array<(...a: unknown[]) => void>>();
  windowOpenHandler: (() => unknown) | null = null;
  loaded: string | null = null;
  shown = false;
  maximizedCalled = false;
  webContents = {
    on: (ev: string, fn: (...a: unknown[]) => void) => this.contentsListeners.set(ev, [...(this.contentsListeners.get(ev) ?? []), fn]),
    setWindowOpenHandler: (fn: () => unknown) => (this.windowOpenHandler = fn),
  };
  constructor(public options: Record<string, unknown>) {
    FakeWindow.last = this;
  }
  on(ev: string, fn: (...a: unknown[]) => void) {
    this.listeners.set(ev, [...(this.listeners.get(ev) ?? []), fn]);
  }
  once(ev: string, fn: (...a: unknown[]) => void) {
    this.on(ev, fn);
  }
  emit(ev: string, ...a: unknown[]) {
    for (const fn of this.listeners.get(ev) ?? []) fn(...a);
  }
  maximize() {
    this.maximizedCalled = true;
  }
  show() {
    this.shown = true;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1200, height: 800 };
  }
  async loadURL(url: string) {
    this.loaded = url;
  }
}

const display = { x: 0, y: 0, width: 1920, height: 1040 };
function open() {
  return createMainWindow({
    BrowserWindow: FakeWindow as never,
    displays: () => [display],
    userData: dir,
    preloadPath: '/app/dist/electron/preload.cjs',
    rendererUrl: 'file:///app/dist/renderer/index.html',
  }) as unknown as FakeWindow;
}

describe('main window', () => {
  it('is isolated, sandboxed, without Node, spell-checked, with the preload', () => {
    const w = open();
    expect(w.options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true, spellcheck: true,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(w.loaded).toBe('file:///app/dist/renderer/index.html');
    expect(w.shown).toBe(false);
    w.emit('ready-to-show');
    expect(w.shown).toBe(true);
  });

  it('blocks navigation elsewhere, redirects, webviews and new windows', () => {
    const w = open();
    const prevent = vi.fn();
    w.contentsListeners.get('will-navigate')![0]!({ preventDefault: prevent }, 'https://example.com/');
    expect(prevent).toHaveBeenCalledTimes(1);
    const allowed = vi.fn();
    w.contentsListeners.get('will-navigate')![0]!({ preventDefault: allowed }, 'file:///app/dist/renderer/index.html');
    expect(allowed).not.toHaveBeenCalled();
    for (const ev of ['will-redirect', 'will-attach-webview']) {
      const p = vi.fn();
      w.contentsListeners.get(ev)![0]!({ preventDefault: p });
      expect(p).toHaveBeenCalled();
    }
    expect(w.windowOpenHandler!()).toEqual({ action: 'deny' });
  });

  it('remembers its bounds in userData and restores them on the next start', () => {
    const first = open();
    expect(first.options).toMatchObject({ width: DEFAULT_WINDOW_STATE.width, height: DEFAULT_WINDOW_STATE.height });
    expect(first.options.x).toBeUndefined();
    first.emit('close');
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual({ x: 40, y: 30, width: 1200, height: 800, maximized: false });
    const second = open();
    expect(second.options).toMatchObject({ x: 40, y: 30, width: 1200, height: 800 });
  });

  it('reopens maximised when it was closed maximised', () => {
    saveWindowState(dir, { width: 1000, height: 700, maximized: true });
    expect(open().maximizedCalled).toBe(true);
  });
});

describe('window state', () => {
  it('falls back to the default for a missing, broken or out-of-shape file', () => {
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{nie json');
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, WINDOW_STATE_FILE), JSON.stringify({ width: 10, height: 'x' }));
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position that is off every display and shrinks an oversize window', () => {
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800, maximized: false }, [display])).toEqual({ width: 1200, height: 800, maximized: false });
    expect(fitToDisplays({ x: 100, y: -500, width: 1200, height: 800, maximized: false }, [display])).toEqual({ width: 1200, height: 800, maximized: false });
    expect(fitToDisplays({ x: 100, y: 100, width: 4000, height: 3000, maximized: false }, [display])).toEqual({ x: 100, y: 100, width: 1920, height: 1040, maximized: false });
    // on a second monitor to the right
    expect(fitToDisplays({ x: 2000, y: 50, width: 800, height: 600, maximized: false }, [display, { x: 1920, y: 0, width: 1280, height: 1000 }]).x).toBe(2000);
  });
});

describe('session security', () => {
  it('adds the CSP to every response, refuses permissions and checks Polish spelling', () => {
    let onHeaders: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | null = null;
    let permission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    const session = {
      webRequest: { onHeadersReceived: (fn: typeof onHeaders) => (onHeaders = fn) },
      setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerLanguages: vi.fn(),
    };
    secureSession(session as never);
    const cb = vi.fn();
    onHeaders!({ responseHeaders: { 'X-A': ['1'] } }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    const answer = vi.fn();
    permission!(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['pl']);
  });

  it('the CSP allows nothing remote and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('guardNavigation works on any web contents', () => {
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    guardNavigation({ on, setWindowOpenHandler } as never, 'file:///x/index.html');
    expect(on.mock.calls.map((c) => c[0]).sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });
});
