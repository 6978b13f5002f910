/**
 * `consolidate BASE AMENDING… [--date YYYY-MM-DD] [--text] --out ORDER.json`: the text in force of BASE with the
 * amending orders in force by the date applied (`core/amend/consolidate.ts`), written as an order file (or, with
 * `--text`, as the text with the letters of inserted units and `(uchylony)` units). An amending order that cannot be
 * applied is named on standard error with each problem and its place, and nothing of it is applied.
 */
import { consolidate, consolidatedOrder } from '../../../core/amend/index.js';
import { OrderFile } from '../../../core/model/order-file.js';
import { loadOrders } from '../load-order.js';
import { dateOption, parseArgs, writeOrPrint, type CliIo } from '../io.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['text']);
  if (positional.length < 2) {
    io.err('Użycie: consolidate PODSTAWOWE ZMIENIAJĄCE… [--date RRRR-MM-DD] --out ZARZĄDZENIE.json\n');
    return 2;
  }
  const d = dateOption(options, io);
  if (!d.ok) return 2;
  const date = d.date;
  const orders = await loadOrders(positional, io);
  if (!orders) return 1;
  const c = consolidate(orders[0]!, orders.slice(1), date ? { date } : {});
  for (const s of c.skipped) io.err(`Nie zastosowano zarządzenia ${s.order}:\n${s.problems.map((p) => `  ${p}\n`).join('')}`);
  let text = c.text;
  if (!options.text) {
    const r = consolidatedOrder(c, orders[0]!);
    if (!r.ok) {
      io.err(`${r.message}\n`);
      return 1;
    }
    text = OrderFile.serialize(r.order);
  }
  const written = await writeOrPrint(options.out, text, `Zastosowano zarządzeń zmieniających: ${c.applied.length}. Zapisano`, io);
  if (written) return written;
  return c.skipped.some((s) => s.reason !== 'notYetInForce') ? 1 : 0;
}
