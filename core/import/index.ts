/**
 * The importer: text of an order (from `.txt`, `.md`, or the text layer of a `.pdf` / `.docx` read by the
 * services) → the model. Pure: no file system; reading files is `electron/services/import-file.ts`.
 */
import type { Order } from '../model/order.js';
import { OrderSchema } from '../model/order.js';
import { interpret } from './interpret.js';
import { normalize } from './normalize.js';
import { buildDocument } from './structure.js';

export type SourceFormat = 'txt' | 'md' | 'pdf' | 'docx';

/** A typed import error: a stable code and a one-line Polish message. */
export interface ImportError {
  code: 'empty' | 'binary' | 'notAnOrder' | 'unknownFormat' | 'corrupt' | 'tooLarge' | 'scan' | 'unreadable';
  message: string;
}

/** Result of an import: the order with warnings (what was dropped or guessed), or an error. */
export type ImportResult = { ok: true; order: Order; warnings: string[] } | { ok: false; error: ImportError };

/**
 * Reads an order from its text.
 * In: the whole text and the format it came from (`md` turns on Markdown clean-up). Out: {@link ImportResult}.
 * Errors (as values): `empty` for a blank text, `notAnOrder` when the text has neither a § nor the heading
 * `ZARZĄDZENIE`. Never throws on any input string.
 */
export function importText(text: string, format: SourceFormat): ImportResult {
  if (!text || !text.trim()) return { ok: false, error: { code: 'empty', message: 'Plik jest pusty: nie ma w nim tekstu zarządzenia.' } };
  const { blocks, dropped } = normalize(text, { markdown: format === 'md' });
  const doc = buildDocument(blocks);
  if (doc.paragraphs.length === 0) {
    return {
      ok: false,
      error: { code: 'notAnOrder', message: 'To nie jest zarządzenie: w tekście nie ma ani jednego paragrafu (§).' },
    };
  }
  if (doc.headingLines.length === 0 && doc.title === null) {
    return {
      ok: false,
      error: { code: 'notAnOrder', message: 'To nie jest zarządzenie: brak nagłówka „ZARZĄDZENIE” i tytułu „w sprawie …”.' },
    };
  }
  const { order, warnings } = interpret(doc);
  const checked = OrderSchema.safeParse(order);
  if (!checked.success) {
    return { ok: false, error: { code: 'unreadable', message: `Nie udało się zbudować modelu zarządzenia: ${checked.error.issues[0]?.message ?? ''}` } };
  }
  return {
    ok: true,
    order: checked.data,
    warnings: [...dropped.map((d) => `Pominięto ${d.why} (wiersz ${d.line + 1}): ${d.text}`), ...warnings],
  };
}
