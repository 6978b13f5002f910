import { SYMBOL } from '../lexicon/index.js';

export { SYMBOL };

/**
 * Loose matching of names written in different cases, for the importer only: `Pełnomocnika Prezydenta … ds.
 * Ochrony Informacji Niejawnych` (genitive, § 1) is the unit `Pełnomocnik Prezydenta … ds. Ochrony Informacji
 * Niejawnych` (nominative, § 2). Each word is cut to its first four letters, so case endings do not count;
 * the number of words must agree. The symbol, where the text gives one, always wins over the name.
 */
export function nameKey(name: string): string {
  return nameWords(name)
    .map((w) => w.slice(0, 4))
    .join(' ');
}

/**
 * True when both names are the same name, whatever the case they are written in: the same {@link nameKey}, and
 * each pair of words differs only in its last three letters at most (a case ending with its alternation:
 * `Referat`/`Referacie`, `Biuro`/`Biurze`, `Zastępca`/`Zastępców`). The second condition tells apart words that
 * share their first four letters only (`Zastępca Dyrektora ds. Wydawnictw` is not `… ds. Wydarzeń`).
 */
export function looselySameName(a: string, b: string): boolean {
  if (nameKey(a) !== nameKey(b)) return false;
  const x = nameWords(a);
  const y = nameWords(b);
  return x.every((w, i) => {
    const v = y[i]!;
    const short = Math.min(w.length, v.length);
    let p = 0;
    while (p < short && w[p] === v[p]) p++;
    return p >= short - 3;
  });
}

/** The lower-cased words of a name as {@link nameKey} splits them, whole. */
function nameWords(name: string): string[] {
  return name
    .replace(/[„”"()]/g, ' ')
    .replace(/\s+[-–—]\s+/g, '-')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Folds whitespace (including the column gaps kept by normalisation) to single spaces and trims. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}


/**
 * Splits a § 2 / § 3 list entry into name and symbol: `Referat ds. Organizacyjnych  KS-01;` →
 * `{ name: 'Referat ds. Organizacyjnych', symbol: 'KS-01' }`. A trailing all-capitals word counts as a symbol
 * only when it holds a digit or stands after a dash or a column gap, so `Referat ds. ISO` keeps its name.
 */
export function splitSymbol(entry: string): { name: string; symbol: string | null } {
  const t = entry.trim().replace(/[;.,:]+$/, '').trimEnd();
  // `Referat Organizacyjny (KS-01)`
  const paren = new RegExp(`^(.*?)\\s*\\((${SYMBOL.source})\\)$`).exec(t);
  if (paren && paren[1]!.trim()) return { name: fold(paren[1]!), symbol: paren[2]! };
  const m = new RegExp(`^(.*?)(\\s{2,}|\\s*[-–—−]\\s*|\\s+)(${SYMBOL.source})$`).exec(t);
  if (m) {
    const sep = m[2]!;
    const symbol = m[3]!;
    const strongSep = /[-–—−]/.test(sep) || sep.length >= 2;
    if ((/\d/.test(symbol) || strongSep) && m[1]!.trim()) {
      return { name: fold(m[1]!.replace(/\s*[-–—−]\s*$/, '')), symbol };
    }
  }
  return { name: fold(t), symbol: null };
}
