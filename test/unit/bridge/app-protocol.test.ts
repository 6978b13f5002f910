/** The app's scheme (`app://zarzadzenia/…`): the renderer's files with the CSP header, nothing else of the disk. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolHandler, RENDERER_URL } from '../../../electron/main/app-protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security.js';

let dir: string;
let serve: (r: Request) => Promise<Response>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dir, 'renderer', 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'renderer', 'assets', 'Font Ąę.woff2'), 'font');
  writeFileSync(join(dir, 'sekret.txt'), 'nie dla strony');
  serve = appProtocolHandler(join(dir, 'renderer'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// handler', () => {
  it('serves the page and its assets with the CSP as a response header and the right type', async () => {
    for (const [url, type, body] of [
      [RENDERER_URL, 'text/html; charset=utf-8', '<!doctype html><title>x</title>'],
      ['app://zarzadzenia/', 'text/html; charset=utf-8', '<!doctype html><title>x</title>'],
      ['app://zarzadzenia/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['app://zarzadzenia/assets/Font%20%C4%84%C4%99.woff2', 'font/woff2', 'font'],
    ] as const) {
      const r = await get(url);
      expect(r.status, url).toBe(200);
      expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-type')).toBe(type);
      expect(await r.text()).toBe(body);
    }
    const head = await get(RENDERER_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves nothing outside the renderer folder, of another host or scheme, and no folder', async () => {
    for (const url of [
      'app://zarzadzenia/..%2fsekret.txt',
      'app://zarzadzenia/%2e%2e/sekret.txt',
      'app://zarzadzenia/assets/..%2f..%2fsekret.txt',
      'app://zarzadzenia/%2E%2E%5Csekret.txt',
      'app://zarzadzenia/index.html%00.js',
      'app://inny/index.html',
      'file:///etc/passwd',
      'app://zarzadzenia/assets',
      'app://zarzadzenia/brak.js',
      'app://zarzadzenia/%E0%A4%A',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await r.text()).not.toContain('nie dla strony');
    }
    expect((await get(RENDERER_URL, 'POST')).status).toBe(405);
  });
});
