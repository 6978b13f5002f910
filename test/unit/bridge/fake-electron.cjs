/**
 * A stand-in for the 'electron' module, installed with `node -r` before the bundled main process is loaded
 * (test/unit/bridge/main-bundle.test.ts). It records what the app does and, once started, calls the
 * registered `import:file` handler the way the renderer would, then prints everything as one JSON line.
 */
const Module = require('node:module');
const path = require('node:path');

const record = { handled: [], menu: null, windows: [], spell: null, csp: null, loaded: [], appEvents: [], result: null, schemes: null, schemesBeforeReady: null, protocol: null };
let ready = false;
const handlers = new Map();

class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.contentsEvents = [];
    this.webContents = {
      on: (ev) => this.contentsEvents.push(ev),
      setWindowOpenHandler: (fn) => (this.openHandler = fn()),
      send: () => {},
    };
    record.windows.push(this);
  }
  on() {}
  once() {}
  maximize() {}
  isMinimized() { return false; }
  loadURL(url) { record.loaded.push(url); return Promise.resolve(); }
  static getAllWindows() { return record.windows; }
  static getFocusedWindow() { return null; }
}

const fake = {
  app: {
    isPackaged: false,
    whenReady: () => Promise.resolve().then(() => { ready = true; }),
    getPath: () => process.env.FAKE_USER_DATA,
    getAppPath: () => process.env.FAKE_APP_PATH,
    requestSingleInstanceLock: () => true,
    on: (ev) => record.appEvents.push(ev),
    quit: () => {},
    exit: (code) => { record.exit = code; },
  },
  BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes) => { record.schemes = schemes; record.schemesBeforeReady = !ready; },
    handle: (scheme, fn) => { record.protocol = { scheme, fn }; },
  },
  ipcMain: { handle: (channel, fn) => { record.handled.push(channel); handlers.set(channel, fn); } },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (t) => (record.menu = t.map((m) => m.label)) },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  dialog: {
    showErrorBox: (title, text) => { record.errorBox = text; },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
  },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: (fn) => fn({ responseHeaders: {} }, (r) => (record.csp = r.responseHeaders['Content-Security-Policy'][0])) },
      setPermissionRequestHandler: () => {},
      setPermissionCheckHandler: () => {},
      setSpellCheckerLanguages: (l) => (record.spell = l),
    },
  },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return fake;
  return load.call(this, request, ...rest);
};

setTimeout(async () => {
  const win = record.windows[0];
  const rendererUrl = record.loaded[0];
  const event = { senderFrame: { url: rendererUrl } };
  // as the preload does for a dropped file: its path (from webUtils) becomes a token
  const dropped = await handlers.get('files:drop')(event, { path: process.env.FAKE_IMPORT_PATH });
  const imported = dropped.ok ? await handlers.get('import:file')(event, { token: dropped.value.token }) : dropped;
  const forbidden = await handlers.get('import:file')({ senderFrame: { url: 'https://example.com/' } }, { token: dropped.ok && dropped.value.token });
  const forgedPath = await handlers.get('import:file')(event, { token: process.env.FAKE_IMPORT_PATH });
  const exportPdf = await handlers.get('export:pdf')(event, {});
  // the page as the window loads it, and what the scheme refuses
  const serve = async (url, method = 'GET') => {
    const res = await record.protocol.fn(new Request(url, { method }));
    const body = await res.text();
    return { status: res.status, csp: res.headers.get('content-security-policy'), type: res.headers.get('content-type'), start: body.slice(0, 15).toLowerCase() };
  };
  const served = {
    scheme: record.protocol && record.protocol.scheme,
    page: await serve(rendererUrl),
    refused: await Promise.all([
      rendererUrl.replace('index.html', '..%2f..%2fpackage.json'),
      rendererUrl.replace('index.html', '%2e%2e/%2e%2e/package.json'),
      rendererUrl.replace('zarzadzenia', 'inny'),
      rendererUrl.replace('index.html', 'assets'),
      rendererUrl.replace('index.html', 'brak.js'),
    ].map((u) => serve(u).then((r) => r.status))),
    post: (await serve(rendererUrl, 'POST')).status,
  };
  const list = await handlers.get('registry:list')(event, undefined);
  const out = {
    handled: record.handled,
    menu: record.menu,
    spell: record.spell,
    csp: record.csp,
    appEvents: record.appEvents,
    loaded: record.loaded.map((u) => path.basename(u)),
    webPreferences: win && { ...win.options.webPreferences, preload: path.basename(win.options.webPreferences.preload) },
    contentsEvents: win && win.contentsEvents,
    openHandler: win && win.openHandler,
    imported: imported.ok ? { ok: true, units: imported.value.order.units.map((u) => u.symbol), fileName: imported.value.fileName } : imported,
    forbidden,
    forgedPath,
    exportPdf: exportPdf.error && exportPdf.error.code,
    schemes: record.schemes,
    schemesBeforeReady: record.schemesBeforeReady,
    served,
    rendererUrl,
    errorBox: record.errorBox ?? null,
    registry: list.ok ? list.value.map((e) => `${e.number}:${e.status}`) : list,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}, 300);
