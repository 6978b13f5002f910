/**
 * Locations as the lawyer sees them in an imported text. A finding is located by position (`§ 11 pkt 3`); where an
 * imported order's own labels differ from the positions (two paragrafy written `§ 10`, a skipped point), the
 * location is rewritten to the written labels, saying which occurrence of a repeated label is meant
 * (`§ 10 (drugi)`), so that it points at the place of the text in front of the lawyer. A draft's labels are its
 * positions (drafts keep no written labels), so nothing changes there. Source: issue 10 (findings in an imported
 * order cite what the lawyer sees).
 */
import { labelNumber } from '../lexicon/index.js';
import { Citation } from '../model/citation.js';
import { locateItems, type ItemLocation } from '../model/locate.js';
import type { Order } from '../model/order.js';

const ORDINALS = ['pierwszy', 'drugi', 'trzeci', 'czwarty', 'piąty', 'szósty', 'siódmy', 'ósmy', 'dziewiąty', 'dziesiąty'];
/** A citation inside a location string (`§ 3 ust. 2 pkt 1 lit. a tiret drugie`). */
const CITATION_IN_TEXT = /§ \d+(?: ust\. \d+)?(?: pkt \d+)?(?: lit\. [a-z]+)?(?: tiret \S+)?/g;

/** `(drugi)` for the second of several equal labels; '' for a label written once. */
function occurrence(k: number, of: number): string {
  return of > 1 ? ` (${ORDINALS[k] ?? `${k + 1}.`})` : '';
}

/** Written label of an item as a citation part: `7)` → `pkt 7`, `c)` → `lit. c`; null when it has none. */
function itemPart(label: string | null | undefined, depth: number): string | null {
  if (!label) return null;
  if (depth === 0) return /^\d+/.test(label) ? `pkt ${labelNumber(label)}` : null;
  if (depth === 1) return /^[a-z]+\)$/.test(label) ? `lit. ${label.slice(0, -1)}` : null;
  return null;
}

/**
 * A function rewriting a positional location into the written one for an imported order whose written labels
 * differ from the positions; null when they agree everywhere (or the order has no written labels: a draft).
 * In: the order (and its item locations, when already computed). Out: `(where) => where`, applied to every citation inside the string; text that is not a citation
 * is kept.
 */
export function writtenLocator(order: Order, locations: Map<string, ItemLocation> = locateItems(order)): ((where: string) => string) | null {
  const map = new Map<string, string>();
  let differs = false;
  const paras = order.paragraphs;
  const counts = new Map<string, number>();
  for (const p of paras) if (p.writtenNumber) counts.set(p.writtenNumber, (counts.get(p.writtenNumber) ?? 0) + 1);
  const seen = new Map<string, number>();
  const paraWritten: string[] = paras.map((p, i) => {
    if (!p.writtenNumber) return `§ ${i + 1}`;
    const k = seen.get(p.writtenNumber) ?? 0;
    seen.set(p.writtenNumber, k + 1);
    if (p.writtenNumber !== String(i + 1)) differs = true;
    return `§ ${p.writtenNumber}${occurrence(k, counts.get(p.writtenNumber)!)}`;
  });
  paras.forEach((p, i) => {
    map.set(`§ ${i + 1}`, paraWritten[i]!);
    if (p.role !== 'scope' && p.content && p.content.length > 1) {
      p.content.forEach((u, k) => {
        const n = labelNumber(u.written?.label ?? null);
        if (n !== null && n !== k + 1) differs = true;
        map.set(`§ ${i + 1} ust. ${k + 1}`, `${paraWritten[i]!} ust. ${n ?? k + 1}`);
      });
    }
  });
  for (const loc of locations.values()) {
    const c = loc.citation;
    const part = itemPart(loc.item.written?.label, loc.depth);
    if (!part) continue;
    const n = loc.depth === 0 ? c.punkt : c.litera;
    const written = loc.depth === 0 ? labelNumber(loc.item.written?.label ?? null) : Citation.letterIndex(loc.item.written!.label!.slice(0, -1));
    if (written === null || written === n) continue;
    differs = true;
    const parent: typeof c = { ...c };
    if (loc.depth === 0) delete parent.punkt;
    delete parent.litera;
    delete parent.tiret;
    const parentWritten = map.get(Citation.format(parent)) ?? rewrite(Citation.format(parent));
    map.set(Citation.format({ ...parent, ...(loc.depth === 0 ? { punkt: c.punkt } : { punkt: c.punkt, litera: c.litera }) }), `${parentWritten} ${part}`);
  }
  if (!differs) return null;

  function rewrite(citation: string): string {
    const exact = map.get(citation);
    if (exact) return exact;
    const c = Citation.parse(citation);
    if (!c) return citation;
    // the longest prefix that has a written form, and the rest as it is
    const prefixes: Citation[] = [
      { paragraf: c.paragraf, ustep: c.ustep, punkt: c.punkt, litera: c.litera },
      { paragraf: c.paragraf, ustep: c.ustep, punkt: c.punkt },
      { paragraf: c.paragraf, ustep: c.ustep },
      { paragraf: c.paragraf },
    ];
    for (const p of prefixes) {
      const key = Citation.format(p);
      const w = map.get(key);
      if (w && citation.startsWith(key)) return `${w}${citation.slice(key.length)}`;
    }
    return citation;
  }
  return (where) => where.replace(CITATION_IN_TEXT, (m) => rewrite(m));
}
