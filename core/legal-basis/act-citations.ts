/**
 * Citations of acts in written text: `ustawy o ochronie informacji niejawnych (Dz. U. z 2024 r. poz. 632)`,
 * `ustawy z dnia 8 marca 1990 r. o samorządzie gminnym (tekst jednolity: Dz. U. z 2020 r. poz. 713)`. Finds the
 * acts the book of citations knows (each act's `match` words) followed by the journal citation in parentheses.
 * Form of a journal citation as the orders write it (metryczka: `Dz. U. z 2024 r. poz. 1465, 1572`, before 2012 with the
 * issue: `Dz. U. z 2001 r. Nr 142, poz. 1591`).
 */
import type { JournalCitation } from '../model/order.js';
import type { JournalCitations } from '../templates/schemas.js';

/** A journal citation in text. Group 1 year, group 2 issue, group 3 the positions (`1465, 1572 i 1907`). */
const JOURNAL = /Dz\.\s*U\.\s*(?:z\s*)?(\d{4})\s*r\.\s*,?\s*(?:Nr\s*(\d+)\s*,?\s*)?poz\.\s*(\d+(?:\s*(?:,|i|oraz)\s*\d+)*)/u;

/** A journal citation read from text, with where its words stand (`start`, `end`: offsets in the text). */
export interface WrittenJournalCitation {
  citation: JournalCitation;
  start: number;
  end: number;
}

/** The first journal citation in `text` (at or after `from`), or null. Never throws. */
export function parseJournalCitation(text: string, from = 0): WrittenJournalCitation | null {
  const re = new RegExp(JOURNAL.source, 'gu');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  const positions = m[3]!.split(/\s*(?:,|\bi\b|\boraz\b)\s*/u).filter((x) => /^\d+$/.test(x)).map(Number);
  const citation: JournalCitation = { year: Number(m[1]), positions, ...(m[2] ? { issue: Number(m[2]) } : {}) };
  return { citation, start: m.index, end: m.index + m[0].length };
}

/** The key of the act a text names (`ustawy z dnia 8 marca 1990 r. o samorządzie gminnym` → its key), or null. */
export function actKeyOf(text: string, book: JournalCitations): string | null {
  for (const a of book.acts) if (new RegExp(a.match, 'u').test(text)) return a.key;
  return null;
}

/** An act of the book cited in text with its journal citation. */
export interface ActCitation extends WrittenJournalCitation {
  actKey: string;
}

/**
 * Every citation of a known act in `text`: the act's words followed, within the same sentence and before any other
 * act's words, by an opening parenthesis holding a journal citation. In: a text, the book. Out: the citations in
 * text order.
 */
export function actCitationsIn(text: string, book: JournalCitations): ActCitation[] {
  const out: ActCitation[] = [];
  for (const a of book.acts) {
    for (const m of text.matchAll(new RegExp(a.match, 'gu'))) {
      const after = m.index + m[0].length;
      const open = /^[^()]{0,80}?\(\s*(?:tekst\s+jednolity:?\s*|t\.\s*j\.\s*)?/u.exec(text.slice(after));
      if (!open) continue;
      const at = after + open[0].length;
      const j = parseJournalCitation(text, at);
      if (!j || j.start !== at) continue;
      out.push({ actKey: a.key, ...j });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
