/**
 * `npm run build:electron`: bundles the main process and the preload with esbuild.
 *
 * - `electron/main/main.ts` → `dist/electron/main.cjs` (CommonJS, Node platform). Native or worker-based
 *   packages stay external and are loaded from node_modules at run time: electron, better-sqlite3,
 *   @resvg/resvg-js, pdfjs-dist.
 * - `electron/main/services.ts` → `dist/electron/main-services.cjs`: the handler table and all behind it, which
 *   `main.ts` loads (`import('./services.js')`, made a `require` of this file) once its window is created, so the
 *   main process's first load is the small window part (issue 15: the first start). The two bundles share no
 *   state: the window part holds no service.
 * - `electron/services/import-worker.ts` → `dist/electron/import-worker.cjs`, the import worker thread the main
 *   process starts beside it (same externals).
 * - `electron/preload/preload.ts` → `dist/electron/preload.cjs`. A sandboxed preload may require only
 *   'electron', so everything else is bundled in and the build fails if any other `require` survives.
 *
 * `import.meta.url` in bundled ESM sources is replaced by the bundle's own file URL, so files a service finds
 * next to its source must be copied next to the bundle: the database migrations
 * (`electron/services/db/migrations/*.sql` → `dist/electron/migrations/`).
 *
 * The sample registry (`resources/sample`) is read with the importer here, once, into
 * `dist/electron/sample-preimported.json`, which the first start adds to the empty registry without importing
 * (`electron/services/registry/sample-preimport.ts`).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_WORKER_BUNDLE } from '../electron/services/import-isolated.js';
import { PREIMPORTED_FILE, preimportSample } from '../electron/services/registry/sample-preimport.js';
import { importText } from '../core/import/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages the main bundle loads from node_modules instead of bundling. */
export const MAIN_EXTERNAL = ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfjs-dist'];

/**
 * zod's messages in English only: zod's index re-exports every language's messages (`z.locales`, about 350 kB of
 * the bundle, read and compiled at each start, about a tenth of the services' load), which nothing here uses (the
 * app words its own messages in Polish; zod's default, English, comes from `locales/en.js` directly).
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-english-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({ contents: "export { default as en } from './en.js';", loader: 'js', resolveDir: dirname(args.path) }));
  },
};

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("url").pathToFileURL(__filename).href;' },
  plugins: [zodEnglishOnly],
};

/**
 * Bundles one Node entry (a service run in its own thread or process, or a test's child) the way the main bundle
 * is built: CommonJS, `import.meta.url` as the bundle's URL, {@link MAIN_EXTERNAL} loaded from node_modules.
 * @throws Error when esbuild fails.
 */
export async function bundleNode(entry: string, outfile: string): Promise<void> {
  await build({ ...common, entryPoints: [entry], outfile, external: MAIN_EXTERNAL });
}

/** The services bundle's file name, beside `main.cjs`. */
export const MAIN_SERVICES_BUNDLE = 'main-services.cjs';

/** Makes `main.ts`'s `import('./services.js')` a run-time `require` of the services bundle beside it. */
const servicesApart: Plugin = {
  name: 'services-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/services\.js$/ }, (args) => (args.importer.endsWith(join('electron', 'main', 'main.ts')) ? { path: `./${MAIN_SERVICES_BUNDLE}`, external: true } : undefined));
  },
};

/** Modules a bundle requires at run time (its `require("…")` calls). */
export function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))];
}

/**
 * Builds both bundles into `outDir` (default `dist/electron`).
 * @throws Error when esbuild fails or the preload requires anything but 'electron' (besides Node's `url`,
 *   used only by the banner, which is not emitted for the preload).
 */
export async function buildElectron(outDir = join(root, 'dist/electron')): Promise<{ main: string; preload: string }> {
  const main = join(outDir, 'main.cjs');
  const preload = join(outDir, 'preload.cjs');
  await build({ ...common, entryPoints: [join(root, 'electron/main/main.ts')], outfile: main, external: MAIN_EXTERNAL, plugins: [zodEnglishOnly, servicesApart], supported: { 'dynamic-import': false } });
  await bundleNode(join(root, 'electron/main/services.ts'), join(outDir, MAIN_SERVICES_BUNDLE));
  // the import worker (a worker thread the main process starts: `electron/services/import-isolated.ts`)
  await bundleNode(join(root, 'electron/services/import-worker.ts'), join(outDir, IMPORT_WORKER_BUNDLE));
  await build({
    ...common,
    define: {},
    banner: {},
    entryPoints: [join(root, 'electron/preload/preload.ts')],
    outfile: preload,
    external: ['electron'],
  });
  await cp(join(root, 'electron/services/db/migrations'), join(outDir, 'migrations'), { recursive: true });
  await writeFile(join(outDir, PREIMPORTED_FILE), JSON.stringify(preimportSample(join(root, 'resources/sample'), importText)));
  const extra = requiredModules(await readFile(preload, 'utf8')).filter((m) => m !== 'electron');
  if (extra.length) throw new Error(`Preload wymaga modułów niedostępnych w piaskownicy: ${extra.join(', ')}`);
  return { main, preload };
}

const isEntry = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  buildElectron().then(
    (r) => process.stdout.write(`Zbudowano ${r.main} i ${r.preload}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
