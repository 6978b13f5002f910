/**
 * The bundled CLI (`scripts/build-cli.mjs`, run by `npm run cli` through `scripts/cli.mjs`): prints the same
 * bytes as the CLI run from source, loads the heavy libraries only in the commands that need them, and is rebuilt
 * when a source is newer than the bundle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main.js';
import { buildCli, CLI_ENTRY, cliIsFresh, ROOT } from '../../../scripts/build-cli.mjs';
import { fixturePath } from '../fixtures.js';

/** Output of the CLI run in this process (from source). */
async function inProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

/** Output of the bundle run as a process of its own. */
function bundled(entry: string, args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: '' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/**
 * Output files a command loads at once: the entry and the command's chunk, or the import worker (a thread of its
 * own), with everything they import statically (dynamic imports are loaded only when reached).
 */
function staticClosure(meta: Metafile, command: string): { files: Set<string>; external: Set<string> } {
  const files = new Set<string>();
  const external = new Set<string>();
  const walk = (k: string): void => {
    if (files.has(k)) return;
    files.add(k);
    for (const i of meta.outputs[k]!.imports) {
      if (i.kind !== 'import-statement') continue;
      if (i.external) external.add(i.path);
      else walk(i.path);
    }
  };
  const output = (re: RegExp): string => {
    const k = Object.keys(meta.outputs).find((o) => re.test(o));
    if (!k) throw new Error(`no output ${re}`);
    return k;
  };
  if (command === 'import-worker') walk(output(/\/import-worker\.mjs$/));
  else {
    // (each dynamically imported command is an entry point too: the CLI's own entry is the file named so)
    walk(output(new RegExp(`/${CLI_ENTRY.replace('.', '\\.')}$`)));
    walk(output(new RegExp(`/${command}-[A-Z0-9]+\\.mjs$`)));
  }
  return { files, external };
}

/** Packages whose code is in the given output files. */
function packagesIn(meta: Metafile, files: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const f of files) for (const input of Object.keys(meta.outputs[f]!.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (m) out.add(m[1]!);
  }
  return out;
}

// a bundle of its own inside the project (external packages resolve from node_modules above it)
const outDir = join(ROOT, 'dist', `cli-test-${process.pid}`);
let entry = '';
let meta: Metafile;
beforeAll(async () => {
  const r = await buildCli({ outDir, force: true });
  entry = r.entry;
  meta = r.metafile!;
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('bundled CLI', () => {
  it('prints the same bytes and exit codes as the CLI from source', async () => {
    const cases = [
      ['outline', fixturePath('3468')],
      ['outline', fixturePath('1630-2007')],
      ['check', fixturePath('2006-2020'), '--json'],
      ['render', fixturePath('3842')],
      ['inflect', 'Wydział Komunikacji Społecznej', '--case', 'genitive'],
      ['outline', join(ROOT, 'package.json')],
      ['nieznane'],
    ];
    for (const args of cases) {
      const a = await inProcess(args);
      const b = bundled(entry, args);
      expect(b, args.join(' ')).toEqual(a);
    }
  });

  it('reads a PDF through pdfjs from the bundle as from source', async () => {
    const have = (cmd: string) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
    if (!have('soffice')) return;
    const dir = mkdtempSync(join(tmpdir(), 'cli-bundle-pdf-'));
    try {
      copyFileSync(fixturePath('3468'), join(dir, 'z.txt'));
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'z.txt')], { stdio: 'ignore', timeout: 120_000 });
      const args = ['outline', join(dir, 'z.pdf')];
      const a = await inProcess(args);
      expect(a.code).toBe(0);
      expect(bundled(entry, args)).toEqual(a);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('outline of a text file loads no reader, exporter or database library, nor does the import worker; the commands that need them do', () => {
    const heavy = ['mammoth', 'docx', 'pdfjs-dist', 'better-sqlite3', '@resvg/resvg-js', 'playwright-core', 'elkjs'];
    for (const part of ['outline', 'import-worker']) {
      const c = staticClosure(meta, part);
      const loaded = new Set([...packagesIn(meta, c.files), ...c.external]);
      expect(heavy.filter((p) => loaded.has(p)), part).toEqual([]);
    }
    expect(staticClosure(meta, 'registry').external).toContain('better-sqlite3');
    expect(packagesIn(meta, staticClosure(meta, 'export').files)).toContain('docx');
  });

  it('imports in its own process: reading an order file starts no worker thread (outline, render, registry import)', () => {
    // a preload that reports every worker thread started in the process on stderr
    const dir = mkdtempSync(join(tmpdir(), 'cli-no-worker-'));
    try {
      const preload = join(dir, 'report-workers.cjs');
      writeFileSync(preload, `const wt = require('node:worker_threads'); const W = wt.Worker;
wt.Worker = class extends W { constructor(...a) { process.stderr.write('WĄTEK-ROBOCZY\\n'); super(...a); } };
require('node:module').syncBuiltinESMExports();`);
      const run = (args: string[]) => spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: '' } });
      // the preload does report a worker
      expect(run(['-e', "new (require('node:worker_threads').Worker)('0', { eval: true })"]).stderr).toContain('WĄTEK-ROBOCZY');
      const cases = [['outline', fixturePath('3468')], ['render', fixturePath('3842')], ['registry', 'import', fixturePath('2006-2020'), '--db', join(dir, 'r.sqlite')]];
      for (const args of cases) {
        const r = run([entry, ...args]);
        expect(r.status, args.join(' ')).toBe(0);
        expect(r.stderr, args.join(' ')).not.toContain('WĄTEK-ROBOCZY');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is stale when a source is newer than the bundle, fresh after a build', async () => {
    expect(cliIsFresh(outDir)).toBe(true);
    const built = statSync(join(outDir, CLI_ENTRY)).mtime;
    const past = new Date(built.getTime() - 3_600_000);
    utimesSync(join(outDir, CLI_ENTRY), past, past);
    expect(cliIsFresh(outDir)).toBe(false);
    expect((await buildCli({ outDir })).built).toBe(true);
    expect(cliIsFresh(outDir)).toBe(true);
    expect((await buildCli({ outDir })).built).toBe(false);
  }, 120_000);
});
