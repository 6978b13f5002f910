#!/usr/bin/env node
/**
 * `npm run -s cli -- COMMAND …`: runs the bundled CLI (`dist/cli/cli.mjs`, see `build-cli.mjs`), building it
 * first when it is missing or older than any of its sources (a clean clone, an edited file), so that development
 * needs no build step and a call costs no TypeScript compilation. When the bundle cannot be built (a source
 * that esbuild cannot read), runs the CLI from source with tsx instead, which prints the same output and shows
 * the error where it is. `ZO_DEBUG=1` maps stack traces to the sources.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_DIR, CLI_ENTRY, ROOT, buildCli, cliIsFresh } from './build-cli.mjs';

if (process.env.ZO_DEBUG === '1') process.setSourceMapsEnabled(true);
let ready = cliIsFresh();
if (!ready) {
  try {
    await buildCli();
    ready = true;
  } catch (e) {
    if (process.env.ZO_DEBUG === '1') process.stderr.write(`CLI bez pakietu (esbuild: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}); uruchamianie ze źródeł.\n`);
  }
}
if (ready) {
  await import(pathToFileURL(join(CLI_DIR, CLI_ENTRY)).href);
} else {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
