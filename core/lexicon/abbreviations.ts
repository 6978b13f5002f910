/**
 * Abbreviations of Polish legal and office text that end with a full stop which does not end the sentence
 * (`ds.`, `m.in.`, `ust.`, `Dz. U.`), and the abbreviations of editorial units and acts that stand before a
 * number (`ust. 1`, `pkt 3`, `poz. 1465`). Source: the fixture orders, ZTP § 56–§ 60 (citations), and the
 * usual abbreviations of Polish office writing.
 */

/** Abbreviations written with a closing full stop (without it here). */
export const ABBREVIATIONS = [
  'ds', 'tj', 'np', 'm.in', 'm. in', 'r', 'ust', 'art', 'poz', 'nr', 'Nr', 'pkt', 'lit', 'zm', 'itp', 'itd', 'pn',
  'tzw', 'ww', 'dot', 'ok', 'godz', 'al', 'ul', 'św', 'im', 'prof', 'dr', 'inż', 'mgr', 'tel', 'zał', 'Dz', 'U',
  'tys', 'mln', 'zł', 'ppoż', 'UMK', 'RP', 'późn', 'jedn', 'j.t', 'ze zm', 'Sp', 'sp', 'o.o', 'z o.o',
] as const;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
}

const ENDS_WITH = new RegExp(`(?:^|[\\s(])(?:${[...ABBREVIATIONS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\.$`, 'u');

/** True when the text ends with an abbreviation and its full stop (`… ds.`, `… m.in.`): the stop ends no sentence. */
export function endsWithAbbreviation(text: string): boolean {
  return ENDS_WITH.test(text.trimEnd());
}

/** Abbreviations of editorial units and acts that stand before a number and stay with it on a printed line. */
export const UNIT_ABBREVIATIONS = ['ust.', 'pkt', 'lit.', 'nr', 'Nr', 'poz.', 'art.'] as const;

/** Source text matching one of {@link UNIT_ABBREVIATIONS} (for building patterns). */
export const UNIT_ABBREVIATION_SOURCE = UNIT_ABBREVIATIONS.map(escape).join('|');
