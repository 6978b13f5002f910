/**
 * `export FILE|DRAFT.json --out DIR [--no-pdf]`: writes `zarzadzenie.docx`, `schemat.svg`, `schemat.png` and, when
 * Chromium is installed (and `--no-pdf` is not given), `zarzadzenie.pdf` into DIR (made when missing). Prints the
 * paths written; a Polish message and a non-zero exit code on error (1: the file or the export failed, 2: usage).
 */
import { chromiumPdfWriter, exportOrder } from '../../services/export/index.js';
import { parseArgs, type CliIo } from '../io.js';
import { importForCli } from '../load-order.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['no-pdf']);
  const file = positional[0];
  if (!file || typeof options.out !== 'string') {
    io.err('Użycie: npm run -s cli -- export PLIK|PROJEKT.json --out KATALOG [--no-pdf]\n');
    return 2;
  }
  const r = await importForCli(file);
  if (!r.ok) {
    io.err(`${r.error.message}\n`);
    return 1;
  }
  const pdf = options['no-pdf'] ? null : chromiumPdfWriter();
  const res = await exportOrder(r.order, options.out, { pdf });
  if (!res.ok) {
    io.err(`${res.error.message}\n`);
    return 1;
  }
  for (const w of res.warnings) io.err(`Uwaga: ${w}\n`);
  if (!pdf && !options['no-pdf']) io.err('Uwaga: nie znaleziono przeglądarki Chromium: pominięto plik PDF.\n');
  const written = [res.files.docx, res.files.svg, res.files.png, res.files.pdf].filter((p): p is string => !!p);
  io.out(`Zapisano:\n${written.map((p) => `  ${p}\n`).join('')}`);
  return 0;
}
