/**
 * Several apps on the office's server in one e2e file: Chromium and a private PostgreSQL server
 * (test/support/postgres-server.ts) started before the file's tests and stopped after them; each test opens its
 * apps on a fresh database at 1280×720.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openApp, type AppSession } from './harness.js';
import { startPostgres, type PgTestServer } from '../support/postgres-server.js';

/** The window size of these tests. */
export const VIEW = { width: 1280, height: 720 };

/** What a test gets: the running server, and two apps opened as named people on one fresh database. */
export interface OfficeServer {
  server(): PgTestServer;
  /** A fresh database on the server and an app on it for each of two people, opened in this order. */
  apps(first: string, second: string): Promise<[AppSession, AppSession]>;
  /** One more app on the database of the last {@link apps}, as `author`, on data folder `dataDir` (a restart). */
  reopen(author: string, dataDir: string): Promise<AppSession>;
}

/** Registers the browser and the server for the file (call at the top level of the test file). */
export function officeServer(): OfficeServer {
  let browser: Browser;
  let server: PgTestServer;
  let last = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startPostgres();
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });
  return {
    server: () => server,
    async apps(first, second) {
      const registry = (last = await server.createDatabase());
      const a = await openApp(browser, VIEW, { author: first, registry });
      return [a, await openApp(browser, VIEW, { author: second, registry })];
    },
    reopen: (author, dataDir) => openApp(browser, VIEW, { author, registry: last, dataDir }),
  };
}
