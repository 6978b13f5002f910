/**
 * Command-line entry: `npm run -s cli -- COMMAND ARGS…`. Each command lives in `electron/cli/commands/<name>.ts`
 * and exports `run(args: string[], io: CliIo): Promise<number>` (the exit code). The CLI uses the same services
 * as the app and never imports 'electron'.
 *
 * Errors the user can cause are printed as one Polish line on stderr with a non-zero exit code; a stack trace is
 * printed only with the environment variable `ZO_DEBUG=1`.
 */
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import type { CliIo } from './io.js';

const COMMANDS: Record<string, string> = {
  outline: 'wypisuje strukturę zarządzenia jako JSON',
  inflect: 'odmienia nazwę przez przypadki (--case genitive|dative|instrumental)',
  draft: 'tworzy projekt zarządzenia (--replacing PLIK | --template NAZWA --subject "…") --out PROJEKT.json',
  render: 'wypisuje pełny tekst zarządzenia',
  export: 'eksportuje DOCX, schemat SVG/PNG i PDF (--out KATALOG)',
  check: 'sprawdza zarządzenie lub projekt (--against PLIK) --json',
  compare: 'porównuje dwa zarządzenia (--json | --report PLIK.docx)',
  registry: 'rejestr zarządzeń (import, list, search, draft, versions, sign, backup) --db PLIK',
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
  if (!(command in COMMANDS)) {
    io.err(`Nieznane polecenie „${command}”.\n${usage()}\n`);
    return 2;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const file = join(here, 'commands', `${command}.ts`);
  if (!existsSync(file)) {
    io.err(`Polecenie „${command}” nie jest jeszcze dostępne w tej wersji.\n`);
    return 2;
  }
  const mod = (await import(pathToFileURL(file).href)) as { run: (args: string[], io: CliIo) => Promise<number> };
  return mod.run(rest, io);
}

const isEntry = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  // `npm run` starts in the package folder; paths on the command line are relative to where the user typed it
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
  main(process.argv.slice(2), io)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`Błąd: ${msg.split('\n')[0]}\n`);
      if (process.env.ZO_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack}\n`);
      process.exitCode = 1;
    });
}
