/**
 * What a rich-text field of the editor does to the model (renderer/src/editor/order-edit.ts): the text as the field
 * holds it is stored as it is, and when the field is left the names of units and the citations typed in become
 * references, the words unchanged; nothing recognised gives the same order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { inflect } from '../../../core/language/index.js';
import { RichText, type Order } from '../../../core/model/index.js';
import { recognizeTextMentions, setProseRichText, setScopeKind } from '../../../renderer/src/editor/order-edit.js';
import { fixturePath } from '../fixtures.js';

function draft(): Order {
  const r = importText(readFileSync(fixturePath('3468-2024'), 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return draftReplacing(r.order, { today: '2026-01-10' });
}

const proseOf = (o: Order, id: string) => {
  const s = o.units.find((u) => u.id === id)!.scope;
  if (s.kind !== 'prose') throw new Error('prose expected');
  return s.text;
};

describe('rich-text fields', () => {
  it('a scope in one sentence: names and citations typed in become references when the field is left', () => {
    const base = draft();
    const [host, named] = base.units;
    let o = setScopeKind(base, host!.id, 'prose');
    const typed = `współpraca z ${inflect(named!.name, 'instrumental', named!.forms)} w sprawach, o których mowa w § 2`;
    o = setProseRichText(o, host!.id, RichText.of(typed));
    expect(proseOf(o, host!.id)).toEqual([typed]);
    const left = recognizeTextMentions(o, proseOf(o, host!.id), (t) => setProseRichText(o, host!.id, t));
    const text = proseOf(left, host!.id);
    expect(RichText.plain(text, left)).toBe(typed);
    expect(RichText.refs(text).map((r) => r.kind).sort()).toEqual(['provision', 'unit']);
    // nothing more to recognise: the same order
    expect(recognizeTextMentions(left, proseOf(left, host!.id), () => { throw new Error('not called'); })).toBe(left);
  });
});
