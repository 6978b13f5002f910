/**
 * The scope editor's model conversion (renderer/src/editor/scope-blocks.ts): tree ↔ flat blocks, generated
 * labels and punctuation, pasted text clean-up; and moving units by one place (order-edit.ts).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import type { Item } from '../../../core/model/order.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { blockEndings, blockLabels, cleanPaste, fromBlocks, indexItems, retypeBlocks, toBlocks } from '../../../renderer/src/editor/scope-blocks.js';
import { moveUnitBy } from '../../../renderer/src/editor/order-edit.js';

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/orders');
function fixtureOrder(name: string, format: 'txt' | 'md' = 'txt') {
  const r = importText(readFileSync(resolve(fixtures, name), 'utf8'), format);
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

describe('scope blocks', () => {
  it('round-trips every scope of the real orders (ids, texts, nesting and hidden fields kept)', () => {
    for (const [file, format] of [['krakow-3468-2024-wydzial-komunikacji-spolecznej.txt', 'txt'], ['krakow-1630-2007-kancelaria-prezydenta.md', 'md'], ['krakow-2006-2020-kancelaria-prezydenta.txt', 'txt']] as const) {
      const order = fixtureOrder(file, format);
      for (const u of order.units) {
        if (u.scope.kind !== 'tasks') continue;
        const back = fromBlocks(toBlocks(u.scope.tasks), indexItems(u.scope.tasks));
        expect(back, `${file} ${u.symbol}`).toEqual(u.scope.tasks);
      }
    }
  });

  it('an empty list is one empty point in the editor and empty again in the model', () => {
    const blocks = toBlocks([]);
    expect(blocks).toHaveLength(1);
    expect(fromBlocks(blocks, new Map())).toEqual([]);
  });

  it('rebuilds nesting from depths and clamps a depth that jumps two levels', () => {
    const b = (id: string, depth: 0 | 1 | 2, text = id) => ({ type: 'item' as const, id, depth, children: [{ text }] });
    const items = fromBlocks([b('a', 0), b('b', 2), b('c', 1), b('d', 0)], new Map());
    const shape = (xs: Item[]): unknown => xs.map((x) => [x.id, shape(x.children)]);
    expect(shape(items)).toEqual([['a', [['b', []], ['c', []]]], ['d', []]]);
  });

  it('typing in one point makes one new item: unchanged leaf points keep their items, a point with letters is rebuilt', () => {
    const b = (id: string, depth: 0 | 1 | 2, text = id) => ({ type: 'item' as const, id, depth, children: [{ text }] });
    const blocks = [b('a', 0), b('b', 0), b('c', 1), b('d', 0)];
    const originals = new Map<string, Item>([['a', { id: 'a', text: ['a'], children: [], templateId: 'tpl-1' }]]);
    const first = fromBlocks(blocks, originals);
    // Slate replaces the block typed in (and keeps the others): `d` typed in
    const typed = [blocks[0]!, blocks[1]!, blocks[2]!, b('d', 0, 'dx')];
    const second = fromBlocks(typed, originals);
    expect(second[0]).toBe(first[0]); // unchanged leaf: same item, its hidden field kept
    expect(second[0]).toMatchObject({ templateId: 'tpl-1' });
    expect(second[1]!.children[0]).toBe(first[1]!.children[0]); // unchanged letter
    expect(second[1]).not.toBe(first[1]); // a point with letters: its list is built anew
    expect(second[1]).toEqual(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]!.text).toEqual(['dx']);
    // a leaf that gains a letter under it is not reused with an old, empty list
    const nested = fromBlocks([blocks[0]!, b('e', 1), blocks[1]!, blocks[2]!, typed[3]!], originals);
    expect(nested[0]).not.toBe(first[0]);
    expect(nested[0]!.children.map((x) => x.id)).toEqual(['e']);
    expect(first[0]!.children).toEqual([]);
    // a changed original (a field set elsewhere) is taken up, not the item made before
    const changed = new Map(originals).set('a', { id: 'a', text: ['a'], children: [] });
    expect(fromBlocks(blocks, changed)[0]).not.toHaveProperty('templateId');
  });

  it('typing rebuilds only the typed item and the lists above it, and gives what a full rebuild gives', () => {
    const b = (id: string, depth: 0 | 1 | 2, text = id) => ({ type: 'item' as const, id, depth, children: [{ text }] });
    const blocks = [b('a', 0), b('b', 0), b('c', 1), b('d', 2), b('e', 1), b('f', 0)];
    const originals = new Map<string, Item>([['d', { id: 'd', text: ['d'], children: [], templateId: 'tpl-d' }]]);
    const paths = new Map<string, number[]>();
    const first = fromBlocks(blocks, originals, paths);
    expect(paths.get('d')).toEqual([1, 0, 0]);
    expect(paths.get('f')).toEqual([2]);
    // a tiret typed in (Slate replaces the block typed in and keeps the others)
    const typed = blocks.map((x) => (x.id === 'd' ? b('d', 2, 'dx') : x));
    const next = retypeBlocks(first, paths, typed, [3])!;
    expect(next).toEqual(fromBlocks(typed, originals));
    expect(next[1]!.children[0]!.children[0]).toMatchObject({ text: ['dx'], templateId: 'tpl-d' });
    expect(next[0]).toBe(first[0]);
    expect(next[2]).toBe(first[2]);
    expect(next[1]!.children[1]).toBe(first[1]!.children[1]);
    expect(next[1]).not.toBe(first[1]);
    expect(first[1]!.children[0]!.children[0]!.text).toEqual(['d']);
    // a block of unknown place, or a lone block (an empty list has no items), is left to fromBlocks
    expect(retypeBlocks(first, paths, [...typed, b('g', 0)], [6])).toBeNull();
    expect(retypeBlocks([], new Map(), [b('x', 0, '')], [0])).toBeNull();
  });

  it('labels: points 1), 2)…, letters a), b)… restarting under each point, tirets –', () => {
    expect(blockLabels([0, 1, 1, 2, 2, 0, 1])).toEqual(['1)', 'a)', 'b)', '–', '–', '2)', 'a)']);
    expect(blockLabels(Array(29).fill(1).map((_, i) => (i === 0 ? 0 : 1))).slice(-2)).toEqual(['za)', 'zb)']);
  });

  it('punctuation: ; between points, . after the last, : before letters, , between letters, last letter ends as its point', () => {
    expect(blockEndings([0, 0, 0])).toEqual([';', ';', '.']);
    expect(blockEndings([0, 1, 1, 0])).toEqual([':', ',', ';', '.']);
    expect(blockEndings([0, 1, 1])).toEqual([':', ',', '.']);
    expect(blockEndings([0, 1, 2, 2, 1, 0])).toEqual([':', ':', ',', ',', ';', '.']);
  });

  it('cleans text pasted from a PDF or Word: labels and closing punctuation dropped, broken lines joined', () => {
    const pasted = [
      '1. prowadzenie obsługi kancelaryjno-biurowej Wydziału, w tym ewidencja i koordy-',
      'nacja obiegu korespondencji;',
      '2) współpraca z mediami:',
      '   a) lokalnymi,',
      '   b) Informacyjno-',
      'Promocyjnymi;',
      '– w tym portale,',
      '3) inne zadania.',
    ].join('\r\n');
    expect(cleanPaste(pasted)).toEqual([
      { text: 'prowadzenie obsługi kancelaryjno-biurowej Wydziału, w tym ewidencja i koordynacja obiegu korespondencji', depth: 0 },
      { text: 'współpraca z mediami', depth: 0 },
      { text: 'lokalnymi', depth: 1 },
      { text: 'Informacyjno-Promocyjnymi', depth: 1 },
      { text: 'w tym portale', depth: 2 },
      { text: 'inne zadania', depth: 0 },
    ]);
  });
});

describe('moving units', () => {
  it('moves a top-level unit one place up and down; the scope paragrafy follow', () => {
    const order = fixtureOrder('krakow-3468-2024-wydzial-komunikacji-spolecznej.txt');
    const symbols = (o: typeof order) => o.units.map((u) => u.symbol);
    const ks03 = order.units.find((u) => u.symbol === 'KS-03')!.id;
    const up = moveUnitBy(order, ks03, -1);
    if (!up.ok) throw new Error(up.message);
    expect(symbols(up.order).slice(0, 4)).toEqual(['KS-01', 'KS-03', 'KS-02', 'KS-04']);
    const scopeOrder = up.order.paragraphs.filter((p) => p.role === 'scope').map((p) => p.unitIds![0]);
    expect(scopeOrder).toEqual(up.order.units.map((u) => u.id));
    const down = moveUnitBy(up.order, ks03, 1);
    if (!down.ok) throw new Error(down.message);
    expect(symbols(down.order)).toEqual(symbols(order));
    const first = moveUnitBy(order, order.units[0]!.id, -1);
    expect(first.ok && first.order).toBe(order);
  });
});
