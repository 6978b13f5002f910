/**
 * The importer: the blocks of an order's source (lines of a `.txt`/`.md`, the text layer of a `.pdf`, the
 * paragraphs of a `.docx`, the blocks of an `.html` page, pasted text) → the model. Pure: no file system; reading
 * files is `electron/services/import-file.ts` and the readers beside it.
 *
 * Stages (kept apart as slaw keeps extract, clean-up and grammar apart): `source.ts` (blocks with hard and soft
 * boundaries and their source positions), `segment.ts` (structure from markers), `structure.ts` (editorial
 * units), `interpret.ts` (the parts of an order), `words.ts` (no word lost: whatever the model does not hold
 * becomes an unplaced fragment with a warning).
 */
import type { Order } from '../model/order.js';
import { OrderSchema } from '../model/order.js';
import { recognizeReferences } from '../mentions/index.js';
import { interpret } from './interpret.js';
import { segment } from './segment.js';
import { describePos, textSource, type SourceText } from './source.js';
import { buildDocument } from './structure.js';
import { lostFragments } from './words.js';

export type { SourceBlock, SourcePos, SourceText, Dropped } from './source.js';
export { textSource, pagesSource, describePos, cleanCharacters } from './source.js';

export type SourceFormat = 'txt' | 'md' | 'pdf' | 'docx' | 'html';

/** A typed import error: a stable code and a one-line Polish message. */
export interface ImportError {
  code: 'empty' | 'binary' | 'notAnOrder' | 'unknownFormat' | 'corrupt' | 'tooLarge' | 'scan' | 'unreadable';
  message: string;
}

/** Result of an import: the order with warnings (what was dropped, guessed or left unplaced), or an error. */
export type ImportResult = { ok: true; order: Order; warnings: string[] } | { ok: false; error: ImportError };

/**
 * Longest text read, in characters: ten times the longest real orders (the office's rules of organisation run to
 * some 200,000). The importer's work and memory grow with the text (about 50 bytes a character); a longer text
 * (a 30 MB line of one word took 38 s and 1.3 GB) is refused before any work (hostile-file campaign, issue 15).
 */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Most blocks (paragraphs, lines, list items) read: fifteen times a 70-page order's 3,000 lines. The work after
 * reading grows with them faster than with the characters: a page of 200,000 one-word list items (1.4 MB) took
 * over a minute of import and the window's work on the order (hostile-file campaign, issue 15).
 */
export const MAX_BLOCKS = 50_000;

/** A count with its thousands set apart by a plain space, as the refusals print it (`2 000 000`). */
const grouped = (k: number): string => String(k).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** The refusal of a text of `chars` characters, longer than {@link MAX_TEXT_CHARS}. */
export function tooLong(chars: number): ImportResult {
  return {
    ok: false,
    error: { code: 'tooLarge', message: `Tekst pliku ma ${grouped(chars)} znaków, a najdłuższy obsługiwany to ${grouped(MAX_TEXT_CHARS)} (limit długości tekstu); odmówiono odczytu.` },
  };
}

/** Longest stretch of an unplaced fragment quoted in a warning, in characters. */
const QUOTE_MAX = 160;

function quote(text: string): string {
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

/**
 * Reads an order from its text.
 * In: the whole text and the format it came from (`md` turns on Markdown clean-up). Out: {@link ImportResult}.
 * Errors (as values): see {@link importSource}. Never throws on any input string.
 */
export function importText(text: string, format: SourceFormat): ImportResult {
  if ((text ?? '').length > MAX_TEXT_CHARS) return tooLong((text ?? '').length);
  return importSource(textSource(text ?? '', { markdown: format === 'md' }));
}

/**
 * Reads an order from the blocks of its source.
 * In: {@link SourceText} (blocks and the artefacts a reader dropped); optionally words a cross-check reader found
 * that the main reader did not (`unread`, kept as an unplaced fragment). Out: {@link ImportResult}; the order's
 * `unplaced` holds every run of input words the model does not hold otherwise, each with a warning.
 * Errors (as values): `tooLarge` for a text longer than {@link MAX_TEXT_CHARS} or of more than {@link MAX_BLOCKS}
 * blocks, `empty` for a source with no text, `notAnOrder` when the text has no paragraf and neither
 * the heading `ZARZĄDZENIE` nor a title `w sprawie …`. Never throws.
 */
export function importSource(src: SourceText, opts: { unread?: string } = {}): ImportResult {
  let chars = 0;
  for (const b of src.blocks) chars += b.text.length;
  if (chars > MAX_TEXT_CHARS) return tooLong(chars);
  if (src.blocks.length > MAX_BLOCKS) {
    return { ok: false, error: { code: 'tooLarge', message: `Plik ma ponad ${grouped(MAX_BLOCKS)} akapitów, wierszy lub pozycji list (limit liczby akapitów); odmówiono odczytu.` } };
  }
  if (!src.blocks.some((b) => b.text.trim())) return { ok: false, error: { code: 'empty', message: 'Plik jest pusty: nie ma w nim tekstu zarządzenia.' } };
  const seg = segment(src.blocks);
  const doc = buildDocument(seg);
  if (doc.paragraphs.length === 0 && doc.headingLines.length === 0 && doc.title === null) {
    return {
      ok: false,
      error: { code: 'notAnOrder', message: 'To nie jest zarządzenie: w tekście nie ma nagłówka „ZARZĄDZENIE”, tytułu „w sprawie …” ani paragrafów (§).' },
    };
  }
  if (doc.paragraphs.length > 0 && doc.headingLines.length === 0 && doc.title === null) {
    return {
      ok: false,
      error: { code: 'notAnOrder', message: 'To nie jest zarządzenie: brak nagłówka „ZARZĄDZENIE” i tytułu „w sprawie …”.' },
    };
  }
  const { order, warnings } = interpret(doc);
  const notes: string[] = src.dropped.map((d) => `Pominięto ${d.why} (${describePos(d.pos)}): ${d.text}`);
  if (doc.noParagraphSigns) notes.push('W tekście nie ma znaków paragrafu (§): paragrafy rozpoznano po ich numerach; sprawdź podział na paragrafy.');
  if (doc.paragraphs.length === 0) notes.push('Nie rozpoznano żadnego paragrafu: treść zarządzenia zachowano jako tekst nieprzypisany.');
  const lost = lostFragments(seg, order);
  if (opts.unread?.trim()) lost.push({ text: opts.unread.trim(), where: 'tekst spoza akapitów dokumentu, odczytany tylko przez czytnik kontrolny' });
  for (const l of lost) order.unplaced.push(l);
  const checked = OrderSchema.safeParse(recognizeReferences(order));
  if (!checked.success) {
    return { ok: false, error: { code: 'unreadable', message: `Nie udało się zbudować modelu zarządzenia: ${checked.error.issues[0]?.message ?? ''}` } };
  }
  return {
    ok: true,
    order: checked.data,
    warnings: [...notes, ...warnings, ...checked.data.unplaced.map((u) => `Tekst nieprzypisany (${u.where}): „${quote(u.text)}”`)],
  };
}
