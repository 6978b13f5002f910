/**
 * The redline in document form (core/redline/html.ts, issue 13 item 5): on the fixture pair, every fixture against
 * its replacing draft and the restructured drafts, the page read with every insertion kept and every deletion
 * dropped is the newer order's printed text, paragraph by paragraph (labels included); read the other way round it
 * is the older order's text. An unchanged order has no mark; a reworded task is marked word by word; a moved task
 * is a move; every mark has a title, not only a colour.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annexBlocks, orderBlocks } from '../../../core/docx/index.js';
import type { Order } from '../../../core/model/order.js';
import { redlineHtml } from '../../../core/redline/index.js';
import { renderDocument } from '../../../core/render/document.js';
import { fixturePairs, ownPairs, type Pair } from './cases.js';

const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The printed paragraphs of an order: label and text, or the text alone. */
function printed(o: Order): { label: string; text: string }[] {
  const d = renderDocument(o);
  return [...orderBlocks(d), ...annexBlocks(d)].map((b) => ({ label: norm(b.label ?? ''), text: norm(b.text) }));
}

/** The order's paragraphs of the page, read keeping insertions (`accept`) or deletions (`reject`). */
function read(html: string, how: 'accept' | 'reject'): { label: string; text: string }[] {
  const drop = how === 'accept' ? /<del\b[^>]*>[\s\S]*?<\/del>/g : /<ins\b[^>]*>[\s\S]*?<\/ins>/g;
  const out: { label: string; text: string }[] = [];
  const sections = [...html.matchAll(/<section class="(?:order|annex)"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1]!).join('\n');
  for (const m of sections.matchAll(/<p class="([^"]*)"[^>]*>([\s\S]*?)<\/p>/g)) {
    if (/\bs-projekt\b/.test(m[1]!)) continue;
    const inner = m[2]!.replace(drop, '');
    const label = /<span class="label"[^>]*>([\s\S]*?)<\/span>/.exec(inner);
    const text = norm(decode(inner.replace(/<span class="label"[^>]*>[\s\S]*?<\/span>/, '').replace(/<[^>]+>/g, '')));
    const l = norm(decode((label?.[1] ?? '').replace(/<[^>]+>/g, '')));
    if (!text && !l) continue; // a paragraph inserted (or deleted) whole, read the other way
    out.push({ label: l, text });
  }
  return out;
}

let pairs: Pair[] = [];
beforeAll(async () => {
  pairs = [...(await fixturePairs()), ...(await ownPairs())];
});

describe('redline in document form', () => {
  it('keeping the insertions gives the newer order, keeping the deletions the older one (texts; renumbering is not marked)', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    for (const p of pairs) {
      const { html, stats } = redlineHtml(p.old, p.neu, { title: p.name });
      expect(read(html, 'accept'), `${p.name}: accept`).toEqual(printed(p.neu).filter((b) => b.text || b.label));
      expect(read(html, 'reject').map((b) => b.text), `${p.name}: reject`).toEqual(printed(p.old).filter((b) => b.text || b.label).map((b) => b.text));
      expect(stats.changed + stats.inserted + stats.deleted + stats.moved, p.name).toBeGreaterThan(0);
    }
  });

  it('an unchanged order has no mark and no change bar', () => {
    const o = pairs[1]!.neu;
    const { html, stats } = redlineHtml(o, structuredClone(o), { title: 'bez zmian', caption: ['Porównanie'] });
    const body = html.slice(html.indexOf('<section'));
    expect(body).not.toMatch(/<(ins|del)\b|rl-mark/);
    expect(stats).toEqual({ paragraphs: printed(o).length, changed: 0, inserted: 0, deleted: 0, moved: 0 });
  });

  it('marks words inside a reworded task, a dropped and a new task whole, swapped tasks as moves; every mark has a title', () => {
    const p = pairs.find((x) => x.name.startsWith('zmiany słów'))!;
    const { html, stats } = redlineHtml(p.old, p.neu, { title: p.name, caption: ['wersja 1 → wersja 2'] });
    // only the two words added are marked; the rest of the task stays plain
    expect(html).toMatch(/prowadzenie <ins class="rl" title="dodano">i[\s\u00a0]nadzorowanie <\/ins>obsługi kancelaryjno-biurowej/);
    expect(html).toContain('<ins class="rl" title="dodano">prowadzenie rejestru umów zawieranych przez Wydział');
    expect(stats.moved).toBeGreaterThan(0);
    expect(html).toMatch(/<ins class="rl rl-move" title="przeniesiono tutaj">/);
    expect(html).toMatch(/<del class="rl rl-move" title="przeniesiono stąd">/);
    for (const m of html.matchAll(/<(ins|del)\b[^>]*>/g)) expect(m[0]).toMatch(/title="[^"]+"/);
    // the caption names the versions and explains the marks; it is not printed
    expect(html).toContain('wersja 1 → wersja 2');
    expect(html).toMatch(/@media print \{ \.rl-caption \{ display: none; \} \}/);
  });
});
