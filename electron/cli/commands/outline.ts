/**
 * `outline FILE`: prints the outline JSON of an order (`spec/outline.md`) and nothing else; on a file that is not
 * a readable order prints one Polish line on stderr and exits 1.
 */
import { outlineOf } from '../../../core/outline/outline.js';
import { loadOrder } from '../load-order.js';
import type { CliIo } from '../io.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    io.err('Podaj plik: npm run -s cli -- outline PLIK\n');
    return 2;
  }
  const order = await loadOrder(file, io);
  if (!order) return 1;
  io.out(`${JSON.stringify(outlineOf(order), null, 2)}\n`);
  return 0;
}
