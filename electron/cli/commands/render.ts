/**
 * `render FILE|DRAFT.json`: prints the whole order as text, every sentence generated from the model.
 */
import { renderText } from '../../../core/render/text.js';
import { loadOrder } from '../load-order.js';
import type { CliIo } from '../io.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    io.err('Podaj plik: npm run -s cli -- render PLIK|PROJEKT.json\n');
    return 2;
  }
  const order = await loadOrder(file, io);
  if (!order) return 1;
  io.out(renderText(order));
  return 0;
}
