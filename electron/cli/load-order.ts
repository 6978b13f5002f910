/**
 * Reading an order named on the command line: imports the file (any format the importer takes, or a draft
 * `.json`) and, when it cannot be read, writes the importer's one-line Polish message to standard error.
 */
import type { Order } from '../../core/model/order.js';
import { importFileIsolated } from '../services/import-isolated.js';
import type { CliIo } from './io.js';

/** The order in `path`, or null after printing why it could not be read (the caller exits with 1). */
export async function loadOrder(path: string, io: CliIo): Promise<Order | null> {
  const r = await importFileIsolated(path);
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
