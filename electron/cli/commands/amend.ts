/**
 * `amend OLD NEW --out ZM.json`: writes the amending order (zarządzenie zmieniające) that turns OLD (the order in
 * force) into NEW (a draft made from it, or any later version), as a draft in the app's file format; `render` and
 * `export` work on it. Prints on standard error how much changed (the measure of `core/amend/diff.ts`) and, above
 * the threshold, that a new order would read better. Without `--out` prints the file to standard output.
 */
import { amend, NEW_ORDER_THRESHOLD } from '../../../core/amend/index.js';
import { OrderFile } from '../../../core/model/order-file.js';
import { loadOrder } from '../load-order.js';
import { parseArgs, writeOrPrint, type CliIo } from '../io.js';

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  if (positional.length !== 2) {
    io.err('Użycie: amend STARE NOWE --out ZMIANA.json\n');
    return 2;
  }
  const oldOrder = await loadOrder(positional[0]!, io);
  if (!oldOrder) return 1;
  const newOrder = await loadOrder(positional[1]!, io);
  if (!newOrder) return 1;
  const { order, plan } = amend(oldOrder, newOrder);
  if (!plan.amendments.length) {
    io.err('Tekst obu wersji jest taki sam: nie ma czego zmieniać.\n');
    return 1;
  }
  io.err(
    `Zmian: ${plan.amendments.length}; zmienione jednostki redakcyjne: ${plan.touched} z ${plan.total} (${pct(plan.measure)}, próg ${pct(NEW_ORDER_THRESHOLD)}).\n` +
      (plan.proposeNewOrder ? 'Zmian jest tak dużo, że nowe zarządzenie będzie czytelniejsze niż zarządzenie zmieniające.\n' : ''),
  );
  const text = OrderFile.serialize(order);
  return writeOrPrint(options.out, text, 'Zapisano zarządzenie zmieniające', io);
}
