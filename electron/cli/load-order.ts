/**
 * Reading an order named on the command line: imports the file (any format the importer takes, or a draft
 * `.json`) and, when it cannot be read, writes the importer's one-line Polish message to standard error.
 *
 * The CLI imports in its own process (`importFile`), not in the import worker thread the app's window uses
 * (`import-isolated.ts`): starting that thread and loading the importer a second time in it cost a call 0.3–0.5 s
 * (issue 15), and what the worker guards, the window's process against a reader that runs away, is here a
 * process the user started for this one file. The readers' own limits (pages, sizes, zip entries) answer the
 * hostile files they know with the same Polish lines; anything else ends only this command.
 */
import type { Order } from '../../core/model/order.js';
import { importFile, type ImportResult } from '../services/import-file.js';
import type { CliIo } from './io.js';

/** Imports the file at `path` for a command of the CLI, in this process (see the module doc). Never throws. */
export function importForCli(path: string): Promise<ImportResult> {
  return importFile(path);
}

/** The order in `path`, or null after printing why it could not be read (the caller exits with 1). */
export async function loadOrder(path: string, io: CliIo): Promise<Order | null> {
  const r = await importForCli(path);
  if (r.ok) return r.order;
  io.err(`${r.error.message}\n`);
  return null;
}

/**
 * The orders in `paths`, read in order (see {@link loadOrder}); null after printing why the first one that cannot
 * be read failed (the caller exits with 1).
 */
export async function loadOrders(paths: readonly string[], io: CliIo): Promise<Order[] | null> {
  const orders: Order[] = [];
  for (const p of paths) {
    const o = await loadOrder(p, io);
    if (!o) return null;
    orders.push(o);
  }
  return orders;
}
