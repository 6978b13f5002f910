/**
 * Rich text (core/model/inline.ts, rich-text.ts): the structural operations, the words of every kind of reference
 * from the register, provision forms, edits in a plain input, and the editor's conversion to Slate blocks and back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { Citation, formatProvision, Inline, RichText, type Order, type Reference } from '../../../core/model/index.js';
import { fromBlocks, indexItems, toBlocks } from '../../../renderer/src/editor/scope-blocks.js';
import { fixturePath } from '../fixtures.js';

function load(name: string): Order {
  const r = importText(readFileSync(fixturePath(name), 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
const order = draftReplacing(load('3468-2024'));
const ks03 = order.units.find((u) => u.symbol === 'KS-03')!;

describe('structure', () => {
  it('normalises: runs joined, empty runs dropped', () => {
    const ref: Reference = { kind: 'unit', unitId: 'u', case: 'genitive', symbol: false };
    expect(Inline.normalize(['a', '', 'b', ref, '', 'c'])).toEqual(['ab', ref, 'c']);
    expect(Inline.of('')).toEqual([]);
    expect(Inline.trim([' a ', ref, ' b '])).toEqual(['a ', ref, ' b']);
    expect(Inline.editEnd(['a', ref], (s) => s + '.')).toEqual(['a', ref, '.']);
    expect(Inline.editStart(['Ala', ref], (s) => s.toLowerCase())).toEqual(['ala', ref]);
    expect(Inline.mapRefs(['x ', ref, ' y'], () => null)).toEqual(['x  y']);
  });
});

describe('words from the register', () => {
  it('a unit in each case, with and without its symbol, following a rename', () => {
    const ctx = RichText.context(order);
    const m = (c: 'nominative' | 'genitive' | 'dative' | 'instrumental', symbol = false) => RichText.refText({ kind: 'unit', unitId: ks03.id, case: c, symbol }, ctx);
    expect(m('nominative')).toBe('Referat Mediów Miejskich');
    expect(m('genitive', true)).toBe('Referatu Mediów Miejskich (KS-03)');
    expect(m('dative')).toBe('Referatowi Mediów Miejskich');
    expect(m('instrumental')).toBe('Referatem Mediów Miejskich');
    const renamed = { ...order, units: order.units.map((u) => (u.id === ks03.id ? { ...u, name: 'Biuro Prasowe', symbol: 'KS-09' } : u)) };
    expect(RichText.plain(['współpraca z ', { kind: 'unit', unitId: ks03.id, case: 'instrumental', symbol: true }], renamed)).toBe('współpraca z Biurem Prasowym (KS-09)');
  });

  it('the department, full and short, and a missing target reads as recorded', () => {
    const ctx = RichText.context(order);
    expect(RichText.refText({ kind: 'subject', case: 'genitive', short: false }, ctx)).toBe('Wydziału Komunikacji Społecznej');
    expect(RichText.refText({ kind: 'subject', case: 'genitive', short: true }, ctx)).toBe('Wydziału');
    expect(RichText.refText({ kind: 'unit', unitId: 'nie-ma', case: 'genitive', symbol: true, written: 'Referatu X (KS-99)' }, ctx)).toBe('Referatu X (KS-99)');
    expect(RichText.refText({ kind: 'provision', targetId: 'nie-ma', form: 'paragraf' }, ctx)).toMatch(/usuniętego/);
  });

  it('a provision from the level its form names', () => {
    const c: Citation = { paragraf: 7, ustep: 1, punkt: 3, litera: 6 };
    expect(formatProvision(c, 'paragraf')).toBe('§ 7 ust. 1 pkt 3 lit. f');
    expect(formatProvision(c, 'ustep')).toBe('ust. 1 pkt 3 lit. f');
    expect(formatProvision(c, 'punkt')).toBe('pkt 3 lit. f');
    expect(formatProvision(c, 'litera')).toBe('lit. f');
    expect(formatProvision({ paragraf: 4 }, 'punkt')).toBe('§ 4');
    const task = ks03.scope.kind === 'tasks' ? ks03.scope.tasks[1]! : null;
    const text = ['o którym mowa w ', { kind: 'provision', targetId: task!.id, form: 'paragraf' } as Reference];
    const before = RichText.plain(text, order);
    expect(before).toMatch(/^o którym mowa w § \d+ pkt 2$/);
    // the task moves up one place: the reference follows
    const moved = structuredClone(order);
    const u = moved.units.find((x) => x.id === ks03.id)!;
    if (u.scope.kind === 'tasks') u.scope.tasks.splice(0, 1);
    expect(RichText.plain(text, moved)).toBe(before.replace(/pkt 2$/, 'pkt 1'));
  });

  it('an edit in a plain input keeps the references whose words stay', () => {
    const ref: Reference = { kind: 'unit', unitId: ks03.id, case: 'instrumental', symbol: true };
    const prev = ['współpraca z ', ref, ' w sprawach prasowych'];
    expect(RichText.fromPlainEdit(prev, 'stała współpraca z Referatem Mediów Miejskich (KS-03) w sprawach', order)).toEqual(['stała współpraca z ', ref, ' w sprawach']);
    expect(RichText.fromPlainEdit(prev, 'współpraca z Referatem Mediów', order)).toEqual(['współpraca z Referatem Mediów']);
    expect(RichText.fromPlainEdit(['abc'], 'abd', order)).toEqual(['abd']);
  });
});

describe('the scope editor blocks', () => {
  it('references become chips between text leaves and come back unchanged', () => {
    const ref: Reference = { kind: 'provision', targetId: 'x', form: 'punkt', written: 'pkt 2' };
    const items = [{ id: 'a', text: ['w zakresie ', ref], children: [{ id: 'b', text: [ref, ' i dalej'], children: [] }] }];
    const blocks = toBlocks(items);
    expect(blocks[0]!.children).toEqual([{ text: 'w zakresie ' }, { type: 'ref', ref, children: [{ text: '' }] }, { text: '' }]);
    expect(blocks[1]!.children[0]).toEqual({ text: '' });
    expect(fromBlocks(blocks, indexItems(items))).toEqual(items);
  });

  it('a block holding only a chip is not empty', () => {
    const ref: Reference = { kind: 'subject', case: 'nominative', short: true };
    const items = [{ id: 'a', text: [ref], children: [] }];
    expect(fromBlocks(toBlocks(items), new Map())).toEqual(items);
  });
});
