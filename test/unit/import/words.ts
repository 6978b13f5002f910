/**
 * The no-word-lost measure: the words of an order's text against the words held by its model.
 */
import { isPageNumber, isStrayUrl, repeatedHeadingStart, runningLineIndexes } from '../../../core/import/source.js';
import type { Order } from '../../../core/model/order.js';

/** Words of a text: letters and digits, lower-cased; Markdown/HTML markup and artefact lines excluded. */
export function textWords(text: string, markdown = false): string[] {
  // invisible characters (a soft hyphen inside `archiwi­zowanie`) are not word breaks
  let t = text.replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '');
  if (markdown) t = t.replace(/<\/?b>/gi, ' ');
  // page furniture (page numbers, link addresses alone on a line) is not the order's text
  let all = t.split(/\r?\n/);
  // a web page's own words above the order, when the page repeats the order's heading there
  const start = repeatedHeadingStart(all);
  if (start) all = [all[start.line]!.slice(start.col), ...all.slice(start.line + 1)];
  const running = runningLineIndexes(all);
  const lines = all.filter((l, i) => !isPageNumber(l.trim()) && !isStrayUrl(l.trim()) && !running.has(i));
  // a paragraf sign written as a word (`Par. 4`) is the sign `§`, not a word of the order
  return lines.join('\n').replace(/(?<![\p{L}\d])Par\.(?=\s*\d)/gu, ' ').toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
}

/** Every string value anywhere in the model, joined. */
export function modelStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) modelStrings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'id' && k !== 'unitIds') modelStrings(v, out);
  return out;
}

/**
 * Words of the text missing from the model, counted with multiplicity: a word that occurs 5 times in the text
 * must occur at least 5 times in the model's strings.
 */
export function missingWords(text: string, order: Order, markdown = false): string[] {
  const have = new Map<string, number>();
  for (const w of modelStrings(order).join(' ').toLowerCase().match(/[\p{L}\d]+/gu) ?? []) have.set(w, (have.get(w) ?? 0) + 1);
  const take = (w: string): boolean => {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    return n > 0;
  };
  // a word broken after a hyphen at a line end (`koordy-` / `nacja`) may be held whole (`koordynacja`)
  const broken = [...text.toLowerCase().matchAll(/(\p{L}+)-[ \t]*\r?\n\s*(\p{L}+)/gu)].map((m) => [m[1]!, m[2]!] as const);
  const missing: string[] = [];
  for (const w of textWords(text, markdown)) if (!take(w)) missing.push(w);
  for (const [a, b] of broken) {
    const i = missing.indexOf(a);
    const j = missing.indexOf(b, i + 1);
    if (i >= 0 && j >= 0 && take(a + b)) missing.splice(j, 1), missing.splice(i, 1);
  }
  return missing;
}
