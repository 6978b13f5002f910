/**
 * electron-builder cannot run here (no Electron download); this checks its configuration against the schema
 * that ships with electron-builder, and that every file it refers to exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

describe('electron-builder.yml', () => {
  const yaml = require('js-yaml') as { load(s: string): unknown };
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
    win: { target: Array<{ target: string }>; icon: string };
    linux: { target: Array<{ target: string }>; icon: string };
    extraResources: Array<{ from: string; to: string }>;
  };

  it('is valid against electron-builder\'s own schema', () => {
    const Ajv = require('ajv') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? null, JSON.stringify(validate.errors)).toBeNull();
    expect(valid).toBe(true);
  });

  it('builds a Windows installer and a Linux AppImage from files that exist', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage']);
    for (const f of [config.win.icon, config.linux.icon, ...config.extraResources.map((r) => r.from)]) expect(existsSync(join(root, f)), f).toBe(true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });
});
