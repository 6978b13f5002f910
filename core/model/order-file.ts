import { z } from 'zod';
import { OrderSchema, SCHEMA_VERSION, type Order } from './order.js';

/** Envelope of the app's own file (`.json`): a format tag, the schema version and the order. */
export const OrderFileSchema = z.object({
  format: z.literal('zarzadzenie-organizacyjne'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  order: OrderSchema,
});
export type OrderFile = z.infer<typeof OrderFileSchema>;

/** Result of reading a file: the order, or a Polish message saying what is wrong. */
export type OrderFileResult = { ok: true; order: Order } | { ok: false; message: string };

/** Functions over the app's file format. */
export const OrderFile = {
  /** Serialises an order to the file format: pretty JSON, UTF-8 text. Lossless: `parse(serialize(o))` equals `o`. */
  serialize(order: Order): string {
    const file: OrderFile = { format: 'zarzadzenie-organizacyjne', schemaVersion: SCHEMA_VERSION, order };
    return JSON.stringify(file, null, 2) + '\n';
  },

  /**
   * Reads the file format. Never throws: a text that is not JSON, another format, a newer schema version or
   * an invalid model gives `{ ok: false, message }` in Polish.
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
    const r = OrderFileSchema.safeParse(json);
    if (!r.success) {
      const issue = r.error.issues[0];
      return { ok: false, message: `Plik zarządzenia jest uszkodzony: ${issue ? issue.path.join('.') + ' – ' + issue.message : 'niezgodny ze schematem'}.` };
    }
    return { ok: true, order: r.data.order };
  },
};
