/**
 * The redline (wersja ze zmianami): the new order written as Word tracked changes against the old one — words
 * inserted and deleted inside a paragraph, whole paragraphs inserted and deleted, a task moved to another place
 * (another unit, or out of its order) as a move, renumbering left to Word's list numbering and not marked; every
 * revision carries the author and the date. Accepting every revision gives the new order's text exactly, rejecting
 * every one the old order's (the tests check this on `word/document.xml`).
 *
 * The signed order keeps its numbers as text (spec/document-format.md, "Printed layout"); the redline is a review
 * copy, where list numbering is what lets Word renumber as changes are accepted or rejected.
 *
 * Pure: bytes out, no file system.
 */
import { compareOrders, type Comparison } from '../compare/index.js';
import { withLedger } from '../ledger/index.js';
import type { Order } from '../model/order.js';
import { alignBlocks, type AlignedEntry } from './align.js';
import { redlineBlocks, type ListRef, type RedlineBlock } from './blocks.js';
import { ListIds, packageDocx, paragraphXml, propsOf, Revisions, type MarkPlacement, type RevisionStamp } from './ooxml.js';

export { redlineBlocks, printedLine, type RedlineBlock } from './blocks.js';
export { alignBlocks, type AlignedEntry } from './align.js';
export type { RevisionStamp } from './ooxml.js';

/** Options of the redline: the stamp of every revision, and the comparison when the caller has it already. */
export interface RedlineOptions extends RevisionStamp {
  comparison?: Comparison;
}

/** Counts of what the redline marks, for the CLI and the benchmark. */
export interface RedlineStats {
  paragraphs: number;
  same: number;
  changed: number;
  inserted: number;
  deleted: number;
  moved: number;
}

function listKey(l: ListRef): string {
  return l.kind === 'paragraf' ? 'paragraf' : `${l.kind}:${l.group}`;
}

/**
 * Gives every list a Word numId: the new order's lists first; an old list continues the new list most of its
 * paragraphs stay in (when no other old list claimed it first), so that a list that merely changed is one list.
 */
function assignLists(O: RedlineBlock[], N: RedlineBlock[], entries: AlignedEntry[]): ListIds {
  const lists = new ListIds();
  for (const b of N) if (b.list) lists.id('n', b.list);
  const votes = new Map<string, Map<string, { n: number; list: ListRef }>>();
  const oldLists = new Map<string, ListRef>();
  for (const b of O) if (b.list) oldLists.set(listKey(b.list), b.list);
  for (const e of entries) {
    if (e.op !== 'same') continue;
    const a = O[e.o]!.list;
    const b = N[e.n]!.list;
    if (!a || !b || a.kind !== b.kind || a.kind === 'paragraf') continue;
    const k = listKey(a);
    if (!votes.has(k)) votes.set(k, new Map());
    const v = votes.get(k)!;
    const nk = listKey(b);
    v.set(nk, { n: (v.get(nk)?.n ?? 0) + 1, list: b });
  }
  const claimed = new Set<string>();
  const ranked = [...votes.entries()].map(([k, v]) => [k, [...v.entries()].sort((x, y) => y[1].n - x[1].n)[0]!] as const).sort((x, y) => y[1][1].n - x[1][1].n);
  for (const [k, [nk, { list }]] of ranked) {
    if (claimed.has(nk)) continue;
    claimed.add(nk);
    lists.id('o', oldLists.get(k)!, { side: 'n', list });
  }
  for (const l of oldLists.values()) if (!lists.has('o', l)) lists.id('o', l);
  return lists;
}

/** The redline's paragraphs and package. In: the old and the new order, options. Out: the DOCX bytes and counts. */
export function buildRedline(old: Order, neu: Order, opts: RedlineOptions): { docx: Uint8Array; stats: RedlineStats } {
  const cmp = opts.comparison ?? withLedger(compareOrders(old, neu), neu);
  const O = redlineBlocks(old);
  const N = redlineBlocks(neu);
  const entries = alignBlocks(old, neu, O, N, cmp);
  const lists = assignLists(O, N, entries);
  const numOf = (side: 'o' | 'n', b: RedlineBlock): number | null => (b.list ? lists.id(side, b.list) : null);
  const rev = new Revisions(opts);
  // named move ranges: each move's first and last paragraph on either side
  const ends = new Map<string, { first: number; last: number; id: number }>();
  entries.forEach((e, k) => {
    if (e.op !== 'moveFrom' && e.op !== 'moveTo') return;
    const key = `${e.op}:${e.move}`;
    const r = ends.get(key);
    if (r) r.last = k;
    else ends.set(key, { first: k, last: k, id: rev.id() });
  });
  const rangeOf = (k: number) => (e: AlignedEntry) => {
    if (e.op !== 'moveFrom' && e.op !== 'moveTo') return { start: '', end: '' };
    const r = ends.get(`${e.op}:${e.move}`)!;
    const tag = e.op === 'moveFrom' ? 'moveFromRange' : 'moveToRange';
    return {
      start: r.first === k ? `<w:${tag}Start w:id="${r.id}" ${rev.stampAttrs()} w:name="move${e.move}"/>` : '',
      end: r.last === k ? `<w:${tag}End w:id="${r.id}"/>` : '',
    };
  };
  // the break before a run of inserted paragraphs goes onto the paragraph that stays before them (MarkPlacement)
  const place: MarkPlacement[] = entries.map(() => ({}));
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    if (e.op !== 'same' || k + 1 >= entries.length) continue;
    let j = k + 1;
    while (j < entries.length && (entries[j]!.op === 'ins' || entries[j]!.op === 'moveTo')) j++;
    if (j === k + 1) continue;
    place[k]!.insertedMark = true;
    const o = O[e.o]!;
    place[j - 1]!.priorProps = propsOf(o, numOf('o', o));
  }
  const paragraphs = entries.map((e, k) => paragraphXml(e, O, N, numOf, rev, rangeOf(k), place[k]));
  const annexAt = entries.findIndex((e) => ('n' in e ? N[e.n]! : O[e.o]!).annex);
  const stats: RedlineStats = { paragraphs: entries.length, same: 0, changed: 0, inserted: 0, deleted: 0, moved: 0 };
  for (const e of entries) {
    if (e.op === 'same') {
      if (O[e.o]!.printed.text === N[e.n]!.printed.text) stats.same++;
      else stats.changed++;
    } else if (e.op === 'ins') stats.inserted++;
    else if (e.op === 'del') stats.deleted++;
    else if (e.op === 'moveTo') stats.moved++;
  }
  const title = `Zmiany: ${neu.meta.number ? `zarządzenie nr ${neu.meta.number}` : 'projekt zarządzenia'} ${neu.meta.title} wobec zarządzenia nr ${old.meta.number ?? '…'}`;
  const docx = packageDocx(paragraphs, annexAt, lists, { title, author: opts.author, date: opts.date });
  return { docx, stats };
}

/** The redline as DOCX bytes (see {@link buildRedline}). */
export function redlineDocx(old: Order, neu: Order, opts: RedlineOptions): Uint8Array {
  return buildRedline(old, neu, opts).docx;
}
export { redlineHtml, redlineCounts, type RedlineHtmlOptions, type RedlineHtmlStats } from './html.js';
