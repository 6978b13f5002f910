/**
 * A word broken at a line end after a hyphen, as a PDF or a text copy of a typeset order carries it: either a word
 * the typesetter hyphenated (`koordy-` / `nacja` → `koordynacja`) or a compound written with its hyphen
 * (`kancelaryjno-` / `biurowej` → `kancelaryjno-biurowej`). A lawyer tells them apart by the words: the word is
 * read whole when the order writes it whole elsewhere; the hyphen stays when the order writes the compound with
 * it elsewhere; otherwise the Polish spelling rule for compound adjectives decides (two adjectives of equal rank
 * are written with a hyphen, the first ending in `-o`: `finansowo-księgowy`, `społeczno-gospodarczy`; Wielki
 * słownik ortograficzny PWN, zasady pisowni, § 44–45), and a part after the hyphen that starts with a capital
 * letter is a name's (`Podgórze-Wschód`, `Informacyjno-Promocyjnych`). Pure; linear in the text.
 */

const LETTERS = /\p{L}+/gu;
const COMPOUND = /\p{L}+(?:-\p{L}+)+/gu;
/** The first part of a compound adjective: an adjective's stem closed by `-o` (`finansowo`, `kancelaryjno`, `polsko`, `techniczno`). */
const ADJECTIVE_FIRST_PART = /(?:ow|n|sk|ck|cz|ln|rt|dz)o$/iu;
/** An adjective's form (`biurowej`, `księgowych`, `gospodarczy`, `administracyjne`, `polskiego`). */
const ADJECTIVE_FORM = /(?:ow|n|sk|ck|cz|dz|ln)(?:y|a|e|ego|ej|emu|ych|ym|ymi|ą|i|ich|im|imi|iego|iej|iemu|ie)$/iu;

/** Decides, for a word broken after a hyphen at a line end, whether its hyphen stays. */
export interface HyphenRule {
  /**
   * In: the letters before the hyphen (`koordy`) and the letters after the line break (`nacja`). Out: true when
   * the hyphen belongs to the word (`kancelaryjno-biurowej`), false when it only marked the break (`koordynacja`).
   */
  keepsHyphen(before: string, after: string): boolean;
}

/**
 * Builds the rule for one text. In: the lines (blocks) of the text, as the reader gave them. Out: {@link HyphenRule}
 * that looks words up in that text: what a line writes whole counts as attested, never the pieces of a word broken
 * at a line's end.
 */
export function hyphenRule(lines: string[]): HyphenRule {
  const whole = new Set<string>();
  const compounds = new Set<string>();
  for (const line of lines) {
    // a word broken at the line's end is no evidence of itself
    const inner = line.replace(/\p{L}+-\s*$/u, '');
    for (const m of inner.matchAll(LETTERS)) whole.add(m[0].toLowerCase());
    for (const m of inner.matchAll(COMPOUND)) compounds.add(m[0].toLowerCase());
  }
  return {
    keepsHyphen(before: string, after: string): boolean {
      const a = before.toLowerCase();
      const b = after.toLowerCase();
      if (compounds.has(`${a}-${b}`)) return true;
      if (whole.has(a + b)) return false;
      if (/^\p{Lu}/u.test(after)) return true;
      return a.length >= 5 && b.length >= 5 && ADJECTIVE_FIRST_PART.test(a) && ADJECTIVE_FORM.test(b);
    },
  };
}
