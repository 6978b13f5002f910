/**
 * The fuses set at packaging (scripts/after-pack.cjs). No Electron binary can be downloaded here, so the hook runs
 * on stand-in binaries that carry a fuse wire exactly as Electron's does (the sentinel, version 1, the wire's
 * length, one byte per fuse), with the real @electron/fuses doing the flipping, for each platform's file layout.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..', '..');
const hook = require(join(root, 'scripts', 'after-pack.cjs')) as {
  default(context: unknown): Promise<void>;
  electronBinaryPath(context: unknown): string;
};
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as {
  getCurrentFuseWire(path: string): Promise<Record<string, number>>;
  FuseV1Options: Record<string, number>;
};
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * A stand-in binary: some bytes, the fuse wire as Electron ships it (every fuse at its default: RunAsNode,
 * NODE_OPTIONS, --inspect and file:// privileges on, the rest off; a 9th fuse this version of @electron/fuses does
 * not know), more bytes.
 */
function fakeElectron(path: string): void {
  const wire = Buffer.from([1, 9, ...'101100011'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL, 'latin1'), wire, Buffer.alloc(4096, 0x90)]));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'after-pack-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const packager = { executableName: 'zarzadzenia-organizacyjne', appInfo: { productFilename: 'Zarządzenia organizacyjne' } };

describe('afterPack: Electron fuses', () => {
  it.each([
    ['linux', 'zarzadzenia-organizacyjne'],
    ['win32', 'Zarządzenia organizacyjne.exe'],
  ])('sets every fuse of the packaged %s binary and leaves the rest of the file as it was', async (platform, file) => {
    const appOutDir = join(dir, platform);
    mkdirSync(appOutDir, { recursive: true });
    const binary = join(appOutDir, file);
    fakeElectron(binary);
    const before = readFileSync(binary);
    const context = { appOutDir, electronPlatformName: platform, arch: 1, packager };
    expect(hook.electronBinaryPath(context)).toBe(binary);
    await hook.default(context);
    const wire = await getCurrentFuseWire(binary);
    const state = (name: string) => String.fromCharCode(wire[FuseV1Options[name]!]!);
    expect({
      RunAsNode: state('RunAsNode'),
      EnableCookieEncryption: state('EnableCookieEncryption'),
      EnableNodeOptionsEnvironmentVariable: state('EnableNodeOptionsEnvironmentVariable'),
      EnableNodeCliInspectArguments: state('EnableNodeCliInspectArguments'),
      EnableEmbeddedAsarIntegrityValidation: state('EnableEmbeddedAsarIntegrityValidation'),
      OnlyLoadAppFromAsar: state('OnlyLoadAppFromAsar'),
      LoadBrowserProcessSpecificV8Snapshot: state('LoadBrowserProcessSpecificV8Snapshot'),
      GrantFileProtocolExtraPrivileges: state('GrantFileProtocolExtraPrivileges'),
    }).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      LoadBrowserProcessSpecificV8Snapshot: '0', // not ours to set: left as shipped
      GrantFileProtocolExtraPrivileges: '0',
    });
    expect(String.fromCharCode(wire[8]!)).toBe('1'); // a fuse newer than @electron/fuses: untouched
    const after = readFileSync(binary);
    expect(after.length).toBe(before.length);
    const changed = [...after].map((b, i) => (b !== before[i] ? i : -1)).filter((i) => i >= 0);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(changed.every((i) => i >= wireStart && i < wireStart + 9)).toBe(true);
  });

  it('finds the framework of a macOS app bundle', () => {
    expect(hook.electronBinaryPath({ appOutDir: '/out/mac', electronPlatformName: 'darwin', arch: 1, packager })).toBe('/out/mac/Zarządzenia organizacyjne.app');
  });

  it('fails the packaging when the binary has no fuse wire', async () => {
    const appOutDir = join(dir, 'bez');
    mkdirSync(appOutDir);
    writeFileSync(join(appOutDir, 'zarzadzenia-organizacyjne'), Buffer.alloc(1024, 0x90));
    await expect(hook.default({ appOutDir, electronPlatformName: 'linux', arch: 1, packager })).rejects.toThrow(/sentinel/);
  });

  it('fails the packaging when a fuse did not take (a wire too short for one of them)', async () => {
    const appOutDir = join(dir, 'krotki');
    mkdirSync(appOutDir);
    const wire = Buffer.from([1, 4, ...Buffer.from('1011')]);
    writeFileSync(join(appOutDir, 'zarzadzenia-organizacyjne'), Buffer.concat([Buffer.from(SENTINEL, 'latin1'), wire, Buffer.alloc(64)]));
    await expect(hook.default({ appOutDir, electronPlatformName: 'linux', arch: 1, packager })).rejects.toThrow();
  });
});

describe('electron-builder.yml', () => {
  it('runs the hook after packing', () => {
    expect(readFileSync(join(root, 'electron-builder.yml'), 'utf8')).toMatch(/^afterPack: scripts\/after-pack\.cjs$/m);
  });
});
