/**
 * Entry of the bundled CLI (`scripts/build-cli.mjs` → `dist/cli/cli.mjs`): runs the command line of this process.
 */
import { runCli } from './main.js';

await runCli();
