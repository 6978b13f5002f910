/**
 * Shapes of paragrafy that real orders write and the importer must hold without an unplaced word, and render back
 * as written: the common duties paragraf with further ustępy (`§ 7. 1. Wszystkie … komórki … są odpowiedzialne za:
 * … 2. Kierownicy komórek odpowiadają …`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import { Citation } from '../../../core/model/citation.js';
import { locateItems } from '../../../core/model/locate.js';
import type { Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText } from '../../../core/render/text.js';
import { OWN } from '../fixtures.js';
import { TRANSFORMS } from './transforms.js';
import { missingWords } from './words.js';

const read = (name: string): string => readFileSync(join(OWN, 'import', name), 'utf8');

function imported(text: string): Order {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

/** The lines of paragraf `n` (from `§ n.` to the next paragraf), spaces folded (non-breaking ones too). */
function paragrafLines(text: string, n: number): string[] {
  const lines = text.replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const from = lines.findIndex((l) => l.startsWith(`§ ${n}.`));
  const to = lines.findIndex((l, i) => i > from && /^§ \d/.test(l));
  return lines.slice(from, to < 0 ? undefined : to).filter(Boolean);
}

describe('the common duties paragraf with further ustępy', () => {
  const text = read('wydzial-obowiazki-wspolne-ustepy.txt');
  const order = imported(text);
  const par = order.paragraphs.find((p) => p.role === 'commonDuties')!;

  it('holds ust. 1 as the common duties and the further ustępy as written, nothing unplaced', () => {
    expect(order.unplaced).toEqual([]);
    expect(missingWords(text, order)).toEqual([]);
    expect(order.commonDuties!.map((it) => RichText.plain(it.text, order))).toHaveLength(4);
    expect(order.commonDuties![3]!.children.map((c) => c.written?.label)).toEqual(['a)', 'b)']);
    expect(par.content!.map((u) => u.written?.label)).toEqual(['1.', '2.', '3.']);
    expect(par.content![0]!.items).toEqual([]);
    expect(par.content![1]!.items.map((it) => it.written?.label)).toEqual(['1)', '2)', '3)']);
    expect(RichText.plain(par.content![2]!.text, order)).toMatch(/^Pracownicy Wydziału wykonują także inne zadania/);
  });

  it('renders the paragraf back as written', () => {
    const n = order.paragraphs.indexOf(par) + 1;
    expect(paragrafLines(renderText(order), n)).toEqual(paragrafLines(text, Number(par.writtenNumber)));
  });

  it('cites the points of each ustęp with the ustęp', () => {
    const at = locateItems(order);
    const n = order.paragraphs.indexOf(par) + 1;
    expect(Citation.format(at.get(order.commonDuties![0]!.id)!.citation)).toBe(`§ ${n} ust. 1 pkt 1`);
    expect(Citation.format(at.get(par.content![1]!.items[2]!.id)!.citation)).toBe(`§ ${n} ust. 2 pkt 3`);
  });

  it('reads the same from a copy flattened to one line and from its own rendering', () => {
    for (const copy of [TRANSFORMS.flat!(text), renderText(order)]) {
      const again = imported(copy);
      expect(again.unplaced).toEqual([]);
      expect(again.commonDuties).toHaveLength(4);
      expect(again.paragraphs.find((p) => p.role === 'commonDuties')!.content!.map((u) => u.items.length)).toEqual([0, 3, 0]);
    }
  });

  it('keeps a common duties paragraf of one ustęp as before (no copy of it as written)', () => {
    const one = imported(text.replace(/§ 7\. 1\. /, '§ 7. ').replace(/\n2\. Kierownicy[\s\S]*?przepisów prawa\.\n/, '\n'));
    expect(one.unplaced).toEqual([]);
    expect(one.paragraphs.find((p) => p.role === 'commonDuties')!.content).toBeUndefined();
  });
});
