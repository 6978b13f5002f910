/**
 * Unit symbols as the city hall writes them: a prefix of one to five capital letters, then up to three numbers
 * (`KS-01`, `KP-02-1`, `FK-01-1`), or the prefix alone for a few units such as a pełnomocnik (`PO`, `PP`).
 * Source: every fixture order and spec/glossary.md (symbol). The importer also accepts a full stop between the
 * parts (`KS.01`), as some copies write it.
 */

/** Capital letters a symbol's prefix is made of (Polish capitals included). */
export const CAPITALS = 'A-ZĄĆĘŁŃÓŚŹŻ';

/** Source text of the pattern of a symbol as written (no anchors, no flags). */
export const SYMBOL_SOURCE = `[${CAPITALS}]{1,5}(?:[-.]\\d{1,3}){0,3}`;

/** Source of a numbered symbol (`KS-01`, `KP-02-1`): the form a symbol in brackets cites a unit by. */
export const NUMBERED_SYMBOL_SOURCE = `[${CAPITALS}]{1,5}-\\d{1,3}(?:-\\d{1,3}){0,2}`;

/** A symbol as written, anywhere in a text (no flags; build a global copy with `new RegExp(SYMBOL.source, 'g')`). */
export const SYMBOL = new RegExp(SYMBOL_SOURCE);

/** A symbol written in brackets after a name: `Referat Organizacyjny (KS-01)`; group 1 is the symbol. */
export const SYMBOL_IN_BRACKETS = new RegExp(`\\((${SYMBOL_SOURCE})\\)`);

const WHOLE = new RegExp(`^${SYMBOL_SOURCE}$`);
const NUMBERED = /^([A-Z]{1,5})-(\d{1,3})(?:-(\d{1,3}))?$/;
const LETTERS_ONLY = /^[A-Z]{1,4}$/;
/** Source of a symbol cut after one of its hyphens (`DK-`, `WI-04-`): what a line break inside a symbol leaves. */
export const OPEN_SYMBOL_SOURCE = `[${CAPITALS}]{1,5}(?:-\\d{1,3}){0,2}-`;
/** Text ending with a symbol cut after its hyphen (`… (DK-`, `KS- `, `WI-04-`): a digit after it is the symbol's tail. */
const OPEN_PREFIX = new RegExp(`(?:^|[^\\p{L}\\d])${OPEN_SYMBOL_SOURCE}\\s*$`, 'u');
const AT_END = new RegExp(`(?:^|[\\s–—−-])(${SYMBOL_SOURCE})\\s*[;.,:]*\\s*$`, 'u');

/** Functions over unit symbols. */
export const UnitSymbol = {
  /** True when the whole string is a symbol as written (`KS-01`, `PO`). */
  is(text: string): boolean {
    return WHOLE.test(text);
  },

  /**
   * Prefix and numbers of a well-formed numbered symbol (`KS-01-2` → `{ prefix: 'KS', main: 1, sub: 2 }`), or
   * null for anything else (a letters-only symbol, a symbol with a full stop, a malformed one).
   */
  parse(symbol: string): { prefix: string; main: number; sub: number | null } | null {
    const m = NUMBERED.exec(symbol);
    return m ? { prefix: m[1]!, main: Number(m[2]), sub: m[3] ? Number(m[3]) : null } : null;
  },

  /** True for a letters-only symbol of up to four letters (`PO`, `PP`), which the practice allows for a few units. */
  isLettersOnly(symbol: string): boolean {
    return LETTERS_ONLY.test(symbol);
  },

  /**
   * The symbol a register entry ends with (`Referat Organizacyjny - KP-04;` → `KP-04`), or null; a symbol in
   * brackets (`Referat Organizacyjny (KP-01)`) is a citation of the unit, not an entry's symbol, and gives null.
   * The caller decides whether a letters-only word is a symbol or an acronym of the name.
   */
  atEnd(text: string): string | null {
    return AT_END.exec(text)?.[1] ?? null;
  },

  /**
   * The symbol of the unit a sub-unit's symbol extends: `FK-01-1` → `FK-01`, `KP-02-2` → `KP-02`; null for a
   * symbol with a single number or none.
   */
  parentOf(symbol: string): string | null {
    const m = /^(.+)[-.]\d{1,3}$/.exec(symbol);
    return m && /\d/.test(m[1]!) ? m[1]! : null;
  },

  /**
   * True when `before` (the text up to a digit) ends with a symbol cut after a hyphen (`(DK-`, `KS- `, `WI-04-`):
   * the digit is the symbol's tail and never an editorial label.
   */
  endsWithOpenPrefix(before: string): boolean {
    return OPEN_PREFIX.test(before);
  },
};
