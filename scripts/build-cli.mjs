/**
 * The bundled command line: `electron/cli/bin.ts` → `dist/cli/cli.mjs` with esbuild (as `build-electron.ts`
 * bundles the main process), so that a call does not compile TypeScript at start (tsx: about 0.9 s).
 *
 * - ESM with code splitting: each command and each reader is a chunk of its own, loaded by its dynamic
 *   `import()` only when called, so `outline` of a text file never loads mammoth, docx, pdfjs or SQLite. The
 *   import worker thread (`electron/services/import-worker.ts`) is a second entry, `import-worker.mjs`, found
 *   beside the bundle by `import-isolated.ts` (whose `import.meta.url` is therefore left the bundle's own).
 * - Native or worker-based packages stay external and load from node_modules: better-sqlite3, @resvg/resvg-js,
 *   pdfjs-dist (and electron, which the CLI never imports).
 * - `import.meta.url` in a source file is replaced by that file's own URL, computed from the bundle's place
 *   (`new URL('../../electron/…/open.ts', import.meta.url)`), so the data a service finds beside its source (the
 *   sample registry, the database migrations, the chart font) is found as when it runs from source.
 * - Written without a window in which a running CLI could see half of it: chunks (named by their content) first,
 *   then the list of inputs, the entry last by a rename; chunks of older builds are removed after an hour.
 *   A lock folder keeps two processes from building at once.
 *
 * Plain JavaScript (no tsx needed to run it): `node scripts/build-cli.mjs` builds; `scripts/cli.mjs` (`npm run
 * cli`) builds when the bundle is older than any of its sources.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Folder of the bundle, its entry and the list of its inputs. */
export const CLI_DIR = join(ROOT, 'dist', 'cli');
export const CLI_ENTRY = 'cli.mjs';
const INPUTS = 'inputs.json';
/** Entries of the bundle: the CLI and the import worker thread it starts (`import-isolated.ts`). */
const ENTRIES = { cli: 'electron/cli/bin.ts', 'import-worker': 'electron/services/import-worker.ts' };
/**
 * Sources that look for files the build writes beside the bundle (the import worker): their `import.meta.url`
 * stays the bundle's own.
 */
const BUNDLE_RELATIVE = ['electron/services/import-isolated.ts'];
/** Packages the bundle loads from node_modules instead of bundling. */
export const CLI_EXTERNAL = ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfjs-dist', 'playwright-core'];
/** Files besides the bundle's own inputs whose change makes it stale: the installed packages and this script. */
const ALSO = ['package-lock.json', 'scripts/build-cli.mjs'];
const OLD_CHUNK_MS = 60 * 60 * 1000;

/**
 * Whether the bundle in `outDir` exists and is newer than each of its inputs (the project files esbuild read,
 * recorded at build time) and than `package-lock.json` and this script. A missing input makes it stale.
 * @param {string} [outDir]
 * @returns {boolean}
 */
export function cliIsFresh(outDir = CLI_DIR) {
  let built;
  let inputs;
  try {
    built = statSync(join(outDir, CLI_ENTRY)).mtimeMs;
    inputs = JSON.parse(readFileSync(join(outDir, INPUTS), 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs.files) || inputs.root !== ROOT) return false;
  for (const f of [...inputs.files, ...ALSO]) {
    try {
      if (statSync(join(ROOT, f)).mtimeMs > built) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * esbuild plugin: in each project source, `import.meta.url` becomes the URL of that source file, reached from
 * the bundle's folder (so it follows the tree when it moves).
 * @param {string} outDir
 * @returns {import('esbuild').Plugin}
 */
function sourceUrls(outDir) {
  return {
    name: 'source-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        if (BUNDLE_RELATIVE.some((f) => args.path === join(ROOT, f))) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
        const rel = relative(outDir, args.path).split(sep).join('/');
        return { contents: text.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

/**
 * esbuild plugin: zod's namespace of 250 locales (`z.locales`, 0.5 MB that every command would parse at start)
 * reduced to the English one zod configures itself with; the project never selects a locale.
 * @returns {import('esbuild').Plugin}
 */
function zodEnglishOnly() {
  return {
    name: 'zod-english-only',
    setup(b) {
      b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => {
        if (!args.importer.includes(`${sep}zod${sep}`)) return undefined;
        const en = join(dirname(args.importer), '..', 'locales', 'en.js');
        return { path: args.importer + '#locales', namespace: 'zod-locales', pluginData: en };
      });
      b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.pluginData)};`, loader: 'js', resolveDir: dirname(args.pluginData) }));
    },
  };
}

/** Waits for and takes the build lock (a folder); a lock older than two minutes is from a build that died. */
function lock(dir) {
  mkdirSync(dirname(dir), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(dir);
      return;
    } catch {
      try {
        if (Date.now() - statSync(dir).mtimeMs > 120_000) rmSync(dir, { recursive: true, force: true });
      } catch {
        /* released meanwhile */
      }
      if (waited > 120_000) throw new Error('Nie doczekano się budowania CLI (blokada dist/.cli-build.lock).');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/**
 * Builds the bundle into `outDir` (default `dist/cli`) unless another process built it meanwhile.
 * @param {{ outDir?: string, force?: boolean }} [options]
 * @returns {Promise<{ entry: string, built: boolean, metafile?: import('esbuild').Metafile }>}
 * @throws Error with esbuild's message when a source does not compile.
 */
export async function buildCli({ outDir = CLI_DIR, force = false } = {}) {
  const entry = join(outDir, CLI_ENTRY);
  const lockDir = join(dirname(outDir), `.${outDir.split(sep).pop()}-build.lock`);
  lock(lockDir);
  try {
    if (!force && cliIsFresh(outDir)) return { entry, built: false };
    const { build } = await import('esbuild');
    const started = Date.now();
    const result = await build({
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, join(ROOT, v)])),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outdir: outDir,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      external: CLI_EXTERNAL,
      // bundled CommonJS packages (mammoth) call require() for Node's own modules
      banner: { js: "import { createRequire as __zoCreateRequire } from 'node:module'; const require = __zoCreateRequire(import.meta.url);" },
      sourcemap: 'linked',
      metafile: true,
      write: false,
      logLevel: 'silent',
      absWorkingDir: ROOT,
      plugins: [sourceUrls(outDir), zodEnglishOnly()],
    });
    mkdirSync(outDir, { recursive: true });
    const names = new Set();
    // chunks (named by their content) first, then the worker, the entry last: a CLI starting meanwhile sees
    // either the old entry with its chunks or the new one with its own
    const entries = Object.keys(ENTRIES).map((k) => join(outDir, `${k}.mjs`)).sort((a, b) => (a === entry ? 1 : 0) - (b === entry ? 1 : 0));
    for (const f of result.outputFiles) {
      names.add(relative(outDir, f.path));
      if (!entries.includes(f.path) && (!existsSync(f.path) || f.path.endsWith('.map'))) writeFileSync(f.path, f.contents);
    }
    const files = Object.keys(result.metafile.inputs)
      .filter((p) => !p.startsWith('node_modules/') && !p.includes('/node_modules/') && !p.includes(':'))
      .map((p) => relative(ROOT, resolve(ROOT, p)).split(sep).join('/'));
    writeFileSync(join(outDir, INPUTS), JSON.stringify({ root: ROOT, files, builtMs: Date.now() - started }, null, 1));
    for (const e of entries) {
      const f = result.outputFiles.find((o) => o.path === e);
      if (!f) throw new Error(`esbuild nie utworzył pliku ${relative(outDir, e)}.`);
      writeFileSync(`${e}.tmp`, f.contents);
      renameSync(`${e}.tmp`, e);
    }
    // chunks of older builds: a CLI started before this build may still load them for a while
    for (const f of readdirSync(outDir)) {
      if (names.has(f) || f === INPUTS) continue;
      const p = join(outDir, f);
      if (Date.now() - statSync(p).mtimeMs > OLD_CHUNK_MS) rmSync(p, { force: true });
    }
    return { entry, built: true, metafile: result.metafile };
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

const isEntry = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  buildCli({ force: true }).then(
    (r) => process.stdout.write(`Zbudowano ${pathToFileURL(r.entry).pathname}\n`),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
