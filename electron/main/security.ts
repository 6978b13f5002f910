/**
 * Security settings of the window: web preferences, the Content Security Policy, and the guards that block
 * navigation, new windows, webviews and permission requests (Electron's security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security).
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/**
 * The Content Security Policy of the renderer: everything from the app itself, nothing remote, no eval.
 * Inline styles are allowed because React and Slate set style attributes; scripts are not.
 * The same string is in `renderer/index.html` as a meta tag (a test keeps them equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Web preferences of every window: isolated, sandboxed, no Node, Polish spell checking. */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
    navigateOnDragDrop: false,
  };
}

/**
 * Blocks every navigation away from `appUrl`, every new window and every `<webview>`.
 * In: the web contents, the URL of the renderer's index page. Links to the web are never opened.
 */
export function guardNavigation(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== appUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Session-wide settings: CSP header on every response, all permission requests (camera, notifications…)
 * refused, the spell checker in Polish.
 */
export function secureSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setSpellCheckerLanguages(['pl']);
}
