import { z } from 'zod';
import { SCHEMA_VERSION, type Order } from './order.js';
import { brokenReference, issuePhrase } from './integrity.js';
import { readStoredOrder } from './upgrade.js';

/**
 * Envelope of the app's own file (`.json`): a format tag, the schema version and the order. Files of older
 * schema versions are read through the upgrade chain (`upgrade.ts`); a file is always written in the current one.
 */
export const OrderFileSchema = z.object({
  format: z.literal('zarzadzenie-organizacyjne'),
  schemaVersion: z.number().int().positive(),
  order: z.unknown(),
});
export type OrderFile = { format: 'zarzadzenie-organizacyjne'; schemaVersion: typeof SCHEMA_VERSION; order: Order };

/**
 * Result of reading a file: the order (with the schema version it was upgraded from, null when it was current),
 * or a Polish message saying what is wrong.
 */
export type OrderFileResult = { ok: true; order: Order; upgradedFrom?: number | null } | { ok: false; message: string };

/** Functions over the app's file format. */
export const OrderFile = {
  /** Serialises an order to the file format: pretty JSON, UTF-8 text. Lossless: `parse(serialize(o))` equals `o`. */
  serialize(order: Order): string {
    const file: OrderFile = { format: 'zarzadzenie-organizacyjne', schemaVersion: SCHEMA_VERSION, order };
    return JSON.stringify(file, null, 2) + '\n';
  },

  /**
   * Reads the file format, of any released schema version (upgraded on the way in). Never throws: a text that
   * is not JSON, another format, a newer schema version, an invalid model or one with a broken reference inside
   * (`integrity.ts`: a repeated id, a unit inside itself) gives `{ ok: false, message }` in
   * Polish.
   */
  parse(text: string): OrderFileResult {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, message: 'Plik nie jest poprawnym plikiem JSON projektu zarządzenia.' };
    }
    if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== 'zarzadzenie-organizacyjne') {
      return { ok: false, message: 'Plik JSON nie jest plikiem zarządzenia tej aplikacji.' };
    }
    const version = (json as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      return { ok: false, message: `Plik zapisano w nowszej wersji aplikacji (schemat ${version}); zaktualizuj aplikację.` };
    }
    const env = OrderFileSchema.safeParse(json);
    if (!env.success) {
      return { ok: false, message: `Plik zarządzenia jest uszkodzony: ${issuePhrase(env.error.issues[0])}.` };
    }
    const r = readStoredOrder(env.data.order);
    if (!r.ok) return { ok: false, message: r.reason === 'invalid' ? `Plik zarządzenia jest uszkodzony: order.${r.detail}.` : r.message };
    const broken = brokenReference(r.order);
    if (broken) return { ok: false, message: `Plik zarządzenia jest uszkodzony: ${broken}.` };
    return { ok: true, order: r.order, upgradedFrom: r.upgradedFrom };
  },
};
