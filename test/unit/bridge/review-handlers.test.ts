/** The checks, comparison, render and chart handlers on a real order and a draft replacing it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import { RichText } from '../../../core/model/rich-text.js';
import type { ApiResult } from '../../../electron/contract/api.js';
import { documentHandlers } from '../../../electron/services/handlers/document.js';
import { reviewHandlers } from '../../../electron/services/handlers/review.js';

const text = readFileSync(resolve(import.meta.dirname, '../../../../shared/fixtures/orders/krakow-3468-2024-wydzial-komunikacji-spolecznej.txt'), 'utf8');
const imported = importText(text, 'txt');
if (!imported.ok) throw new Error(imported.error.message);
const old = imported.order;
const review = reviewHandlers();
const doc = documentHandlers();
function value<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('review handlers', () => {
  it('check:run lists findings errors first, and check:fix applies a finding\'s fix', async () => {
    const draft = draftReplacing(old);
    const findings = value(await review['check:run']({ order: draft, against: old }));
    const rank = { error: 0, warning: 1, info: 2 };
    expect(findings.map((f) => rank[f.severity])).toEqual([...findings.map((f) => rank[f.severity])].sort());
    const fixable = value(await review['check:run']({ order: old })).find((f) => f.fix);
    if (fixable) {
      const fixed = value(await review['check:fix']({ order: old, finding: fixable }));
      expect(fixed).not.toEqual(old);
    }
  });

  it('compare:run reports a dropped task as an open question of the coverage ledger, answered once recorded', async () => {
    const draft = structuredClone(draftReplacing(old));
    const unit = draft.units[1]!;
    if (unit.scope.kind !== 'tasks') throw new Error('lista zadań');
    const [gone] = unit.scope.tasks.splice(0, 1);
    const c = value(await review['compare:run']({ old, new: draft }));
    expect(c.coverage).toHaveLength(1);
    expect(c.coverage[0]!.oldText).toBe(RichText.plain(gone!.text, old));
    expect(c.coverage[0]!.answer).toBeNull();
    draft.coverage = [{ oldWhere: c.coverage[0]!.oldWhere, oldText: RichText.plain(gone!.text, old), answer: 'givenUp' }];
    const again = value(await review['compare:run']({ old, new: draft }));
    expect(again.coverage[0]!.answer?.answer).toBe('givenUp');
  });

  it('refuses what is not an order', async () => {
    for (const r of [await review['check:run']({ order: { units: [] } }), await review['compare:run']({ old, new: null }), await doc['chart:svg']({})]) {
      expect(!r.ok && r.error.code).toBe('invalid-argument');
    }
  });

  it('render and chart give the document and the SVG of the order', async () => {
    const t = value(await doc['render:text']({ order: old }));
    expect(t).toContain('Referat ds. Organizacyjnych');
    const d = value(await doc['render:document']({ order: old }));
    expect(d.body.length).toBeGreaterThan(50);
    const svg = value(await doc['chart:svg']({ order: old }));
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*KS-07[\s\S]*<\/svg>\s*$/);
  });
});
