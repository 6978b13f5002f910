/**
 * The app's own scheme: the renderer is served from `app://zarzadzenia/…` by a `protocol.handle` handler instead of
 * `file://` (Electron's security checklist, "Use a custom protocol instead of the file:// protocol",
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols).
 * Only files under the renderer's folder are served (no `..`, no other host), each with the Content Security
 * Policy as a real response header, so a page of the app can read no other file of the disk and the policy cannot
 * be dropped by editing the page.
 *
 * The scheme must be registered as privileged before the app is ready ({@link APP_SCHEME_PRIVILEGES}); the handler
 * ({@link appProtocolHandler}) is plain `Request` → `Response` and runs in Node without Electron.
 */
import type { CustomScheme } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security.js';

/** The scheme of the app's pages. */
export const APP_SCHEME = 'app';
/** The one host of the scheme. */
export const APP_HOST = 'zarzadzenia';
/** Origin of the app's pages, with the trailing slash: every trusted frame's URL starts with it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}/`;
/** The renderer's page. */
export const RENDERER_URL = `${APP_ORIGIN}index.html`;

/**
 * The privileges of the scheme (`protocol.registerSchemesAsPrivileged`, before `app.whenReady()`): a standard,
 * secure origin (relative URLs, `'self'` in the CSP, storage) with V8's code cache (`codeCache`, Electron 28+: the
 * page's scripts compiled once are kept in the app's data folder, so a later start does not compile them again;
 * issue 15), nothing more: no CORS bypass, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** The headers every answer carries: the CSP, no MIME sniffing, no caching of an old build. */
function headers(contentType: string): Record<string, string> {
  return { 'Content-Type': contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
}

function notFound(status = 404): Response {
  return new Response(status === 405 ? 'Metoda niedozwolona.' : 'Nie ma takiego pliku aplikacji.', { status, headers: headers('text/plain; charset=utf-8') });
}

/**
 * The handler of the scheme: serves the files under `rootDir` (the built renderer) to GET and HEAD requests for
 * `app://zarzadzenia/<path>` (`/` is `index.html`). Anything else (another host, a path leaving the folder once
 * decoded, a folder, a missing file, another method) gets 404 (405 for the method). Never throws.
 */
export function appProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = normalize(rootDir + sep);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
    let url: URL;
    let path: string;
    try {
      url = new URL(request.url);
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || path.includes('\0')) return notFound();
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, { status: 200, headers: headers(MIME[extname(file).toLowerCase()] ?? 'application/octet-stream') });
    } catch {
      return notFound();
    }
  };
}
