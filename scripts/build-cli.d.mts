/** Types of `build-cli.mjs` (plain JavaScript, so that `npm run cli` needs no TypeScript at start). */
import type { Metafile } from 'esbuild';

/** The project folder. */
export const ROOT: string;
/** Folder of the bundled CLI (`dist/cli`). */
export const CLI_DIR: string;
/** File name of the bundle's entry in its folder (`cli.mjs`). */
export const CLI_ENTRY: string;
/** Packages the bundle loads from node_modules. */
export const CLI_EXTERNAL: string[];
/** Whether the bundle in `outDir` exists and is newer than each of its sources. */
export function cliIsFresh(outDir?: string): boolean;
/** Builds the bundle unless fresh (or `force`); `metafile` when it was built. @throws Error when a source does not compile. */
export function buildCli(options?: { outDir?: string; force?: boolean }): Promise<{ entry: string; built: boolean; metafile?: Metafile }>;
