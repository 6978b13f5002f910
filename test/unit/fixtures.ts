/**
 * Access to the shared fixtures (`../shared/fixtures`, beside the repository) for tests and benchmarks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../core/import/index.js';
import type { Order } from '../../core/model/order.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Folder of the shared fixtures. */
export const SHARED = resolve(root, '..', 'shared', 'fixtures');
/** Folder of the project's own test inputs. */
export const OWN = join(root, 'test', 'fixtures');

/** A real order and, where it exists, its expected outline. */
export interface FixtureOrder {
  name: string;
  stem: string;
  path: string;
  expectedOutline: unknown | null;
}

/** Lists the orders in `../shared/fixtures/orders/`. */
export function fixtureOrders(): FixtureOrder[] {
  const dir = join(SHARED, 'orders');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const stem = basename(name, extname(name));
      const exp = join(SHARED, 'expected', `${stem}.outline.json`);
      return { name, stem, path: join(dir, name), expectedOutline: existsSync(exp) ? JSON.parse(readFileSync(exp, 'utf8')) : null };
    });
}

/** Reads a JSON file of `../shared/fixtures/expected/`. */
export function expected<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(join(SHARED, 'expected', name), 'utf8')) as T;
}

/** Path of a fixture order by (part of) its name. */
export function fixturePath(part: string): string {
  const f = fixtureOrders().find((o) => o.name.includes(part));
  if (!f) throw new Error(`no fixture ${part}`);
  return f.path;
}

/** A fixture order (by part of its name) read by the importer from its text; throws when it cannot be read. */
export function importedFixture(part: string): Order {
  const r = importText(readFileSync(fixturePath(part), 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
