/**
 * Findings in an imported order cite what the lawyer sees: where the text's own labels differ from the positions
 * (two paragrafy written `§ 10`, a point written `4)` after `2)`), the location is the written label with the
 * occurrence (`§ 10 (drugi)`); in a draft made from it, labels are positions and locations stay positional.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../../core/checks/index.js';
import { writtenLocator } from '../../../core/checks/written-location.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { fixturePath, OWN } from '../fixtures.js';

function load(path: string) {
  const r = importText(readFileSync(path, 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

describe('locations by written labels', () => {
  const order = load(join(OWN, 'import', 'wydzial-podwojny-paragraf.txt'));
  const found = checkOrder(order);
  it('names the second of two paragrafy written § 10 as `§ 10 (drugi)`', () => {
    expect(found.filter((f) => f.code === 'numbering.paragraf').map((f) => f.where)).toEqual(['§ 10 (drugi)', '§ 11']);
  });
  it('names a point by its written number', () => {
    expect(found.filter((f) => f.code === 'numbering.items').map((f) => f.where)).toEqual(['§ 4 pkt 4']);
  });
  it('rewrites a citation inside a longer location and keeps other text', () => {
    const locate = writtenLocator(order)!;
    expect(locate('§ 11, § 12 i podstawa prawna')).toBe('§ 10 (drugi), § 11 i podstawa prawna');
    expect(locate('§ 4 pkt 3')).toBe('§ 4 pkt 4');
  });
  it('leaves a draft made from it at its positions', () => {
    const draft = draftReplacing(order, { today: '2026-01-01' });
    expect(writtenLocator(draft)).toBeNull();
    expect(checkOrder(draft).every((f) => !/\((?:pierwszy|drugi)\)/.test(f.where))).toBe(true);
  });
  it('changes nothing for an order whose labels are its positions', () => {
    expect(writtenLocator(load(fixturePath('3468')))).toBeNull();
  });
});
