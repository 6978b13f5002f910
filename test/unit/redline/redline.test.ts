/**
 * The redline (core/redline): on the fixture pair, on every fixture against its replacing draft and on restructured
 * drafts of our own, accepting every revision in `word/document.xml` gives exactly the new order's printed text
 * (labels included) and rejecting every one the old order's; moved tasks are moves, edits inside a task are word
 * revisions, renumbering is no revision, every revision carries the author and date.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { annexBlocks, orderBlocks } from '../../../core/docx/index.js';
import type { Order } from '../../../core/model/order.js';
import { buildRedline } from '../../../core/redline/index.js';
import { renderDocument } from '../../../core/render/document.js';
import { resolveRevisions } from '../../support/revisions.js';
import { fixturePairs, ownPairs, type Pair } from './cases.js';

const STAMP = { author: 'Anna Nowak', date: '2026-02-01T09:00:00Z' };

/** The printed paragraphs of an order as lines (label, tab or space, text), as the order's own DOCX has them. */
function lines(o: Order): string[] {
  const d = renderDocument(o);
  return [...orderBlocks(d), ...annexBlocks(d)].map((b) => (b.label ? `${b.label}${b.hanging ? '\t' : b.text ? ' ' : ''}${b.text}` : b.text));
}

function parts(docx: Uint8Array): { document: string; numbering: string } {
  const z = unzipSync(docx);
  return { document: strFromU8(z['word/document.xml']!), numbering: strFromU8(z['word/numbering.xml']!) };
}

let pairs: Pair[] = [];
beforeAll(async () => {
  pairs = [...(await fixturePairs()), ...(await ownPairs())];
});

describe('redline: accept all = new order, reject all = old order', () => {
  it('holds on every pair', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    for (const p of pairs) {
      const { document, numbering } = parts(buildRedline(p.old, p.neu, STAMP).docx);
      expect(resolveRevisions(document, numbering, 'accept').map((x) => x.line), `${p.name}: accept`).toEqual(lines(p.neu));
      expect(resolveRevisions(document, numbering, 'reject').map((x) => x.line), `${p.name}: reject`).toEqual(lines(p.old));
    }
  });

  it('an unchanged order gives no revision at all', () => {
    const o = pairs[1]!.old;
    const { document } = parts(buildRedline(o, structuredClone(o), STAMP).docx);
    expect(document).not.toMatch(/<w:(ins|del|moveFrom|moveTo|pPrChange)\b/);
  });
});

describe('redline: kinds of revision', () => {
  const find = (name: string) => pairs.find((p) => p.name.includes(name))!;

  it('a merge moves the tasks (moveFrom/moveTo in named ranges), deletes the unit and does not mark renumbering', () => {
    const p = find('połączenie');
    const r = buildRedline(p.old, p.neu, STAMP);
    const { document } = parts(r.docx);
    const from = [...document.matchAll(/<w:moveFromRangeStart [^>]*w:name="(move\d+)"/g)].map((m) => m[1]);
    const to = [...document.matchAll(/<w:moveToRangeStart [^>]*w:name="(move\d+)"/g)].map((m) => m[1]);
    expect(from.length).toBeGreaterThan(0);
    expect(new Set(to)).toEqual(new Set(from));
    expect(r.stats.moved).toBeGreaterThanOrEqual(5);
    // renumbering (§ n, the merged list's points 1) … 15)) is list numbering: no revision and no text is a label
    const revised = [...document.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((m) => m[1]!.trim());
    expect(revised.filter((t) => /^(§\s*\d+\.|\d+\)|[a-z]\)|\d+\.)$/.test(t))).toEqual([]);
    expect(document).not.toMatch(/<w:(?:t|delText)[^>]*>(§\s*\d+\.|\d+\)\t|[a-z]\)\t)/);
    // the merged unit's § 2 entry and scope heading are deleted
    expect(document).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">Referat Mediów Miejskich – KS-03;<\/w:delText>/);
  });

  it('edits inside a task are word revisions, a dropped task is deleted, a new one inserted, swapped tasks moved', () => {
    const p = find('zmiany słów');
    const { document } = parts(buildRedline(p.old, p.neu, STAMP).docx);
    expect(document).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve">i\u00a0nadzorowanie <\/w:t>/u);
    expect(document).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve">prowadzenie rejestru umów zawieranych przez Wydział\.<\/w:t>/);
    expect(document).toMatch(/<w:moveFrom [^>]*><w:r><w:delText/);
    expect(document).toMatch(/<w:moveTo [^>]*><w:r><w:t/);
  });

  it('every revision has the author and the date; moves and property changes too', () => {
    for (const p of pairs.slice(0, 3)) {
      const { document } = parts(buildRedline(p.old, p.neu, STAMP).docx);
      const tags = [...document.matchAll(/<w:(ins|del|moveFrom|moveTo|pPrChange|moveFromRangeStart|moveToRangeStart)\b[^>]*>/g)].map((m) => m[0]);
      expect(tags.length).toBeGreaterThan(0);
      for (const t of tags) expect(t, t).toMatch(/w:author="Anna Nowak" w:date="2026-02-01T09:00:00Z"/);
      const ids = [...document.matchAll(/<w:(?:ins|del|moveFrom|moveTo|pPrChange)\b[^>]* w:id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
