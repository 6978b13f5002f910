/**
 * `render FILE|DRAFT.json`: prints the whole order as text, every sentence generated from the model.
 */
import { renderText } from '../../../core/render/text.js';
import { importFile } from '../../services/import-file.js';
import type { CliIo } from '../io.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    io.err('Podaj plik: npm run -s cli -- render PLIK|PROJEKT.json\n');
    return 2;
  }
  const r = await importFile(file);
  if (!r.ok) {
    io.err(`${r.error.message}\n`);
    return 1;
  }
  io.out(renderText(r.order));
  return 0;
}
