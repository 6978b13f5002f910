/**
 * A draft made from an order with unplaced text carries the text and a warning (`import.unplaced`) per fragment
 * until each is placed in a unit's scope or discarded (issue 10); the order read from the importer, not a fixture.
 */
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../../core/checks/index.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { resolveUnplaced } from '../../../core/import/unplaced.js';
import { RichText, type Order } from '../../../core/model/index.js';
import { UNPLACED_ORDER_LINES, UNPLACED_PASSAGE } from '../../support/unplaced-order.js';

const unplacedWarnings = (o: Order) => checkOrder(o).filter((f) => f.code === 'import.unplaced');

describe('a draft replacing an order with unplaced text', () => {
  it('keeps the fragments with one warning each until they are placed or discarded', () => {
    const read = importText(UNPLACED_ORDER_LINES.join('\n'), 'txt');
    if (!read.ok) throw new Error(read.error.message);
    const n = read.order.unplaced.length;
    expect(n).toBeGreaterThan(1);
    let draft = draftReplacing(read.order, { today: '2025-06-01' });
    expect(draft.unplaced).toEqual(read.order.unplaced);
    const warnings = unplacedWarnings(draft);
    expect(warnings).toHaveLength(n);
    expect(warnings.every((f) => f.severity === 'warning')).toBe(true);
    expect(warnings.find((f) => f.message.includes(UNPLACED_PASSAGE))?.message).toMatch(/\(§ 5\).*Umieść go w zakresie działania komórki albo odrzuć/);

    const index = draft.unplaced.findIndex((u) => u.text.includes(UNPLACED_PASSAGE));
    const unit = draft.units.find((u) => u.symbol === 'BP-02')!;
    const placed = resolveUnplaced(draft, { kind: 'place', index, text: draft.unplaced[index]!.text, unitId: unit.id });
    if (!placed.ok) throw new Error(placed.message);
    draft = placed.order;
    expect(unplacedWarnings(draft)).toHaveLength(n - 1);
    const scope = draft.units.find((u) => u.id === unit.id)!.scope;
    expect(scope.kind === 'tasks' && RichText.plain(scope.tasks.at(-1)!.text, draft)).toContain(UNPLACED_PASSAGE);
    // a decision taken on a list that changed since is refused, the order untouched
    expect(resolveUnplaced(draft, { kind: 'discard', index, text: placed.order.unplaced[index]?.text + ' (inny)' }).ok).toBe(false);
    while (draft.unplaced.length) {
      const r = resolveUnplaced(draft, { kind: 'discard', index: 0, text: draft.unplaced[0]!.text });
      if (!r.ok) throw new Error(r.message);
      draft = r.order;
    }
    expect(unplacedWarnings(draft)).toEqual([]);
  });
});
