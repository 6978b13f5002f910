/**
 * The chart window of the main process (electron/main/chart-window.ts) with Electron mocked: a second BrowserWindow
 * with the main window's secure web preferences and preload, loading the app's own page at `#schemat`; one per
 * editor window (opening again refreshes and focuses it, a refresh of a closed one opens nothing); it closes with
 * its editor; the calls answer only the app's own frames, and each chart window reads its own content.
 */
import { describe, expect, it } from 'vitest';
import { CHART_CONTENT_CHANNEL, CHART_UPDATED_CHANNEL, CHART_WINDOW_CHANNEL, type ChartWindowContent } from '../../../electron/contract/api.js';
import { CHART_HASH, ChartWindows, chartWindowOptions, registerChartWindow } from '../../../electron/main/chart-window.js';
import { trustFramesUnder } from '../../../electron/main/ipc.js';
import { secureWebPreferences } from '../../../electron/main/security.js';
import { makeOrder } from '../../fixtures/registry/orders.js';

let nextId = 100;
class FakeWindow {
  static made: FakeWindow[] = [];
  listeners = new Map<string, Array<() => void>>();
  sent: string[] = [];
  loaded: string | null = null;
  destroyed = false;
  focused = 0;
  menuRemoved = false;
  title: string;
  webContents = { id: nextId++, send: (channel: string) => this.sent.push(channel) };
  constructor(public options: Record<string, unknown>) {
    this.title = String(options.title);
    FakeWindow.made.push(this);
  }
  on(ev: string, fn: () => void) {
    this.listeners.set(ev, [...(this.listeners.get(ev) ?? []), fn]);
  }
  once(ev: string, fn: () => void) {
    this.on(ev, fn);
  }
  emit(ev: string) {
    for (const fn of this.listeners.get(ev) ?? []) fn();
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
  removeMenu() {
    this.menuRemoved = true;
  }
  setTitle(t: string) {
    this.title = t;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused++;
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

const content = (title: string): ChartWindowContent => ({ order: makeOrder({ subject: 'Wydział Testowy' }), title });

function setup() {
  FakeWindow.made = [];
  const editor = new FakeWindow({ title: 'edytor' });
  const windows = new ChartWindows({
    BrowserWindow: FakeWindow as never,
    preloadPath: '/app/preload.cjs',
    rendererUrl: 'app://zarzadzenia/index.html',
    windowOf: (id) => (id === editor.webContents.id ? (editor as never) : null),
  });
  return { editor, windows };
}

describe('the chart window (main process)', () => {
  it('is a second window with the main window’s security, loading the app’s page at #schemat', () => {
    const { editor, windows } = setup();
    expect(windows.open(editor.webContents.id, content('Schemat organizacyjny: Wydział Testowy'), true)).toEqual({ open: true });
    const chart = FakeWindow.made.at(-1)!;
    expect(chart).not.toBe(editor);
    expect(chart.options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    expect(chart.options).toMatchObject({ show: false, title: 'Schemat organizacyjny: Wydział Testowy' });
    expect(chart.loaded).toBe(`app://zarzadzenia/index.html${CHART_HASH}`);
    expect(chart.menuRemoved).toBe(true);
    expect(chartWindowOptions('/p', 'x').webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(windows.contentOf(chart.webContents.id)?.title).toBe('Schemat organizacyjny: Wydział Testowy');
    expect(windows.contentOf(editor.webContents.id)).toBeNull();
  });

  it('is one per editor: opening again refreshes and focuses it; a refresh alone never opens one', () => {
    const { editor, windows } = setup();
    expect(windows.open(editor.webContents.id, content('A'), false)).toEqual({ open: false });
    expect(FakeWindow.made).toHaveLength(1);
    windows.open(editor.webContents.id, content('A'), true);
    const chart = FakeWindow.made.at(-1)!;
    expect(windows.open(editor.webContents.id, content('B'), false)).toEqual({ open: true });
    expect(chart.sent).toEqual([CHART_UPDATED_CHANNEL]);
    expect(chart.focused).toBe(0);
    expect(chart.title).toBe('B');
    windows.open(editor.webContents.id, content('C'), true);
    expect(chart.focused).toBe(1);
    expect(FakeWindow.made).toHaveLength(2);
    // closed by the user: a refresh opens nothing
    chart.close();
    expect(windows.open(editor.webContents.id, content('D'), false)).toEqual({ open: false });
    expect(FakeWindow.made).toHaveLength(2);
  });

  it('closes with its editor’s window', () => {
    const { editor, windows } = setup();
    windows.open(editor.webContents.id, content('A'), true);
    const chart = FakeWindow.made.at(-1)!;
    editor.close();
    expect(chart.destroyed).toBe(true);
  });

  it('answers only the app’s own frames; a bad argument is a value; each window reads its own content', async () => {
    const { editor, windows } = setup();
    const handlers = new Map<string, (event: unknown, arg?: unknown) => unknown>();
    registerChartWindow({ handle: (channel: string, fn: (event: unknown, arg?: unknown) => unknown) => void handlers.set(channel, fn) } as never, windows, trustFramesUnder('app://zarzadzenia/'));
    const from = (sender: { id: number }, url = 'app://zarzadzenia/index.html') => ({ sender, senderFrame: { url } });
    const open = handlers.get(CHART_WINDOW_CHANNEL)!;
    const read = handlers.get(CHART_CONTENT_CHANNEL)!;
    expect(await open(from(editor.webContents, 'https://example.com/'), { ...content('A'), show: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await open(from(editor.webContents), { title: 'A', show: true })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(FakeWindow.made).toHaveLength(1);
    expect(await open(from(editor.webContents), { ...content('A'), show: true })).toEqual({ ok: true, value: { open: true } });
    const chart = FakeWindow.made.at(-1)!;
    expect(await read(from(chart.webContents, 'app://zarzadzenia/index.html#schemat'))).toMatchObject({ ok: true, value: { title: 'A' } });
    expect(await read(from(editor.webContents))).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });
});
