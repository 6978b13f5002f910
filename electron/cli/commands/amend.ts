/**
 * `amend OLD [EARLIER…] NEW [--date YYYY-MM-DD] --out ZM.json`: writes the amending order (zarządzenie zmieniające) that turns OLD (the
 * order in force) into NEW (a draft made from it, or any later version), as a draft in the app's file format; `render`
 * and `export` work on it. EARLIER are OLD's earlier amending orders (files of any format the importer reads): they are
 * applied first (the text in force, as `consolidate` makes it), the amendment is written from that text and its
 * introductory sentence cites them; one that cannot be applied is reported with its places and nothing is written.
 * With `--date` only the earlier amending orders in force by that date make the text in force (and are cited); one
 * entering into force later is left out, one whose entry into force cannot be told is reported and nothing is written.
 * Prints on standard error how much changed (the measure of `core/amend/diff.ts`) and, above the threshold, that a
 * new order would read better. Without `--out` prints the file to standard output.
 */
import { amendInForce, NEW_ORDER_THRESHOLD } from '../../../core/amend/index.js';
import { OrderFile } from '../../../core/model/order-file.js';
import { loadOrders } from '../load-order.js';
import { dateOption, parseArgs, writeOrPrint, type CliIo } from '../io.js';

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  if (positional.length < 2) {
    io.err('Użycie: amend STARE [WCZEŚNIEJSZE_ZMIENIAJĄCE…] NOWE [--date RRRR-MM-DD] --out ZMIANA.json\n');
    return 2;
  }
  const d = dateOption(options, io);
  if (!d.ok) return 2;
  const date = d.date;
  const orders = await loadOrders(positional, io);
  if (!orders) return 1;
  const r = amendInForce(orders[0]!, orders.slice(1, -1), orders[orders.length - 1]!, date ? { date } : {});
  if (!r.ok) {
    for (const s of r.skipped) io.err(`Nie zastosowano wcześniejszego zarządzenia zmieniającego ${s.order}:\n${s.problems.map((p) => `  ${p}\n`).join('')}`);
    io.err('Nie napisano zarządzenia zmieniającego: tekst obowiązujący nie jest pewny.\n');
    return 1;
  }
  const { order, plan } = r.amended;
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
