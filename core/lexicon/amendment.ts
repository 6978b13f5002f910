/**
 * The words of an amending order (zarządzenie zmieniające), in the forms of the Zasady techniki prawodawczej
 * (ZTP § 92–§ 94, rozporządzenie Prezesa Rady Ministrów z 20 czerwca 2002 r.) as the city writes them:
 * - its title: `zmieniające zarządzenie Nr 3468/2024 Prezydenta Miasta Krakowa z dnia … w sprawie …`, or the older
 *   `w sprawie zmiany zarządzenia …`;
 * - its introductory sentence: `W zarządzeniu Nr … Prezydenta Miasta Krakowa z dnia … w sprawie … [, zmienionym
 *   zarządzeniem nr … z dnia …,] wprowadza się następujące zmiany:` (or `… otrzymuje brzmienie` for one change).
 * The importer recognises an amending order by these, the amendment module writes and reads them.
 */
import { DATE_SOURCE, parsePolishDate } from './dates.js';

/** Words of the introductory sentence before the list of changes (ZTP § 92). */
export const INTRO_TAIL = 'wprowadza się następujące zmiany';

/** The title of an amending order (`zmieniające zarządzenie …`, `w sprawie zmiany zarządzenia …`), unanchored. */
export const AMENDING_TITLE = /(?<![\p{L}])(?:zmieniając\p{L}*\s+zarządzeni\p{L}*|[Ww]\s+sprawie\s+zmian\p{L}*\s+zarządze\p{L}*)(?![\p{L}])/u;

/** Where the title of an amending order starts in a heading (`… Z DNIA … zmieniające zarządzenie …`). */
export const AMENDING_TITLE_START = /(?<![\p{L}])zmieniając\p{L}*\s+zarządzeni\p{L}*(?![\p{L}])/u;

/** The order an amending order amends, as its introductory sentence cites it. */
export interface AmendedCitation {
  /** `3468/2024`, or null when left blank (`……`). */
  number: string | null;
  /** ISO date, or null when blank or not a date. */
  date: string | null;
  /** `w sprawie …` as cited, or '' when the sentence gives none. */
  title: string;
  /** Earlier amendments the sentence names (`zmienionym zarządzeniem nr 12/2025 z dnia …`), by number. */
  earlier: string[];
}

const NUMBER = String.raw`(\d+\/\d{4}|…+|\.{3,})`;
const CITED = new RegExp(String.raw`W\s+zarządzeniu\s+(?:nr|Nr|NR)\.?\s*${NUMBER}`, 'u');
const CITED_DATE = new RegExp(String.raw`z\s+dnia\s+(${DATE_SOURCE}|…+)`, 'iu');

/**
 * Reads the amended order from the introductory sentence of an amending order. In: the sentence (plain text, any
 * spacing). Out: null when it is not such a sentence (no `W zarządzeniu nr …` or no `wprowadza się następujące
 * zmiany` / `otrzymuje brzmienie`). Never throws.
 */
export function readAmendedCitation(sentence: string): AmendedCitation | null {
  const s = sentence.replace(/[\s\u00a0]+/g, ' ').trim();
  const head = CITED.exec(s);
  if (!head || !(s.includes(INTRO_TAIL) || /otrzymuje\s+brzmienie/.test(s))) return null;
  const number = /^\d/.test(head[1]!) ? head[1]! : null;
  const rest = s.slice(head.index + head[0].length);
  const d = CITED_DATE.exec(rest);
  const date = d && !d[1]!.startsWith('…') ? parsePolishDate(d[1]!) : null;
  const tail = rest.indexOf(INTRO_TAIL);
  const body = tail >= 0 ? rest.slice(0, tail) : rest;
  const changed = /,?\s*zmienion\p{L}*\s+zarządzeni\p{L}*\s+([\s\S]*?),?\s*$/u.exec(body);
  const titleText = (changed ? body.slice(0, changed.index) : body).trim();
  const title = /(?<![\p{L}])w\s+sprawie\s+[\s\S]*$/u.exec(titleText)?.[0].replace(/[,\s]+$/, '') ?? '';
  const earlier = changed ? [...changed[1]!.matchAll(/\d+\/\d{4}/g)].map((m) => m[0]) : [];
  return { number, date, title, earlier };
}
