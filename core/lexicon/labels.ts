/**
 * Labels of editorial units as orders write them (ZTP § 54–§ 59 applied to zarządzenia): `§ 1.` paragraf,
 * `1.` ustęp (or a point in older orders), `1)` punkt, `a)` litera, a dash tiret. Source: ZTP, and the
 * fixture orders for the spellings met in copies (`§ 3 . 1 .`, `1.Wykonanie`, `–`/`−`/`•` as tirets).
 */
import { Citation } from '../model/citation.js';

/** Kinds of list labels below the paragraf, in the order ZTP nests them. */
export type ListLabelKind = 'numDot' | 'numParen' | 'letter' | 'tiret';

/** Every character a copy uses for a tiret (or a list bullet standing for one). */
export const DASHES = '-–—−•‒·';

/** A dash as a tiret mark at the start of a text, with the space after it. */
export const TIRET_AT_START = new RegExp(`^[${DASHES}]\\s*`);

/** A label at the start of a text, by kind (each anchored; group 1 is the number or letters). */
export const LABEL_AT_START = {
  paragraf: /^§\s*(\d+[a-z]?)\s*\.?\s*/,
  numDot: /^(\d{1,3})\s?\.(?:\s+|(?=[A-ZĄĆĘŁŃÓŚŹŻ„"]))/,
  numParen: /^(\d{1,3})\s?\)\s*/,
  letter: /^([a-z]{1,2})\)\s*/,
  tiret: TIRET_AT_START,
} as const;

/** A label read at the start of a text: its kind, the label in canonical spelling and the rest of the text. */
export interface LeadingLabel {
  kind: ListLabelKind;
  /** `1.`, `1)`, `a)`, `–`. */
  label: string;
  /** Number of the label (`b)` → 2), null for a tiret. */
  number: number | null;
  rest: string;
}

/**
 * Reads the list label a text starts with (not the paragraf sign), or null. Used where the text is already cut
 * at its labels (a pasted line, a DOCX paragraph); the importer decides labels in running text itself
 * (`core/import/segment.ts`).
 */
export function leadingLabel(text: string): LeadingLabel | null {
  let m = LABEL_AT_START.numParen.exec(text);
  if (m) return { kind: 'numParen', label: `${Number(m[1])})`, number: Number(m[1]), rest: text.slice(m[0].length) };
  m = LABEL_AT_START.letter.exec(text);
  if (m) {
    const n = Citation.letterIndex(m[1]!);
    if (n !== null) return { kind: 'letter', label: `${m[1]})`, number: n, rest: text.slice(m[0].length) };
  }
  m = LABEL_AT_START.numDot.exec(text);
  if (m) return { kind: 'numDot', label: `${Number(m[1])}.`, number: Number(m[1]), rest: text.slice(m[0].length).trimStart() };
  m = LABEL_AT_START.tiret.exec(text);
  if (m && text.length > m[0].length) return { kind: 'tiret', label: '–', number: null, rest: text.slice(m[0].length) };
  return null;
}

/** Number a written label stands for (`7)` → 7, `7.` → 7, `b)` → 2, `za)` → 27), or null (a tiret, no label). */
export function labelNumber(label: string | null): number | null {
  if (!label) return null;
  const d = /^(\d+)/.exec(label);
  if (d) return Number(d[1]);
  const l = /^([a-z]{1,2})\)/.exec(label);
  return l ? Citation.letterIndex(l[1]!) : null;
}
