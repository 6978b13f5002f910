/**
 * Command-line entry: `npm run -s cli -- COMMAND ARGS…`. Each command lives in `electron/cli/commands/<name>.ts`
 * and exports `run(args: string[], io: CliIo): Promise<number>` (the exit code). The CLI uses the same services
 * as the app and never imports 'electron'.
 *
 * Errors the user can cause are printed as one Polish line on stderr with a non-zero exit code; a stack trace is
 * printed only with the environment variable `ZO_DEBUG=1`.
 */
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io.js';

const COMMANDS = {
  outline: 'wypisuje strukturę zarządzenia jako JSON',
  inflect: 'odmienia nazwę przez przypadki (--case genitive|dative|accusative|instrumental|locative)',
  draft: 'tworzy projekt zarządzenia (--replacing PLIK | --template NAZWA --subject "…") --out PROJEKT.json; draft edit PROJEKT.json --rename|--symbol|--superior|--merge|--move-task|--remove|--split … --out NOWY.json',
  render: 'wypisuje pełny tekst zarządzenia',
  export: 'eksportuje DOCX, schemat SVG/PNG i PDF (--out KATALOG)',
  check: 'sprawdza zarządzenie lub projekt (--against PLIK) --json',
  compare: 'porównuje dwa zarządzenia (--json | --report PLIK.docx)',
  registry: 'rejestr zarządzeń (import, list, search, draft, versions, sign, backup) --db PLIK',
  amend: 'pisze zarządzenie zmieniające: amend STARE [WCZEŚNIEJSZE_ZMIENIAJĄCE…] NOWE [--date RRRR-MM-DD] --out ZMIANA.json',
  consolidate: 'tekst obowiązujący: consolidate PODSTAWOWE ZMIENIAJĄCE… [--date RRRR-MM-DD] --out PLIK.json',
} as const satisfies Record<string, string>;

/** A command module: `run(args, io)` resolves to the exit code. */
type Command = { run: (args: string[], io: CliIo) => Promise<number> };

/**
 * Each command is loaded only when it is called, and with it the libraries it needs (pdfjs for a PDF, docx for
 * an export, better-sqlite3 for the registry): `outline` of a text file never loads them. The bundled CLI
 * (`scripts/build-cli.mjs`) makes each of these a chunk of its own.
 */
const LOADERS: Record<keyof typeof COMMANDS, () => Promise<Command>> = {
  outline: () => import('./commands/outline.js'),
  inflect: () => import('./commands/inflect.js'),
  draft: () => import('./commands/draft.js'),
  render: () => import('./commands/render.js'),
  export: () => import('./commands/export.js'),
  check: () => import('./commands/check.js'),
  compare: () => import('./commands/compare.js'),
  registry: () => import('./commands/registry.js'),
  amend: () => import('./commands/amend.js'),
  consolidate: () => import('./commands/consolidate.js'),
};

function usage(): string {
  return ['Użycie: npm run -s cli -- POLECENIE [ARGUMENTY]', '', ...Object.entries(COMMANDS).map(([k, v]) => `  ${k.padEnd(9)} ${v}`)].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    io.out(usage() + '\n');
    return command ? 0 : 2;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    io.err(`Nieznane polecenie „${command}”.\n${usage()}\n`);
    return 2;
  }
  const mod = await LOADERS[command as keyof typeof COMMANDS]();
  return mod.run(rest, io);
}

/**
 * Runs the CLI as a process does: paths on the command line are relative to where the user typed it (`npm run`
 * starts in the package folder and passes that folder as INIT_CWD), output to stdout/stderr, the exit code in
 * `process.exitCode`; an unexpected error is one Polish line (its stack only with `ZO_DEBUG=1`).
 */
export async function runCli(argv: string[] = process.argv.slice(2)): Promise<void> {
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
  try {
    process.exitCode = await main(argv, io);
  } catch (e: unknown) {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`Błąd: ${msg.split('\n')[0]}\n`);
    if (process.env.ZO_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  }
}

const isEntry = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) void runCli();
