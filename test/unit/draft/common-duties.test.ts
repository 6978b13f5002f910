/**
 * Common duties in the editor (core/draft/common-duties.ts): imported lists matched to the template,
 * items switched off and on again at their template place, edited, added and removed, and the paragraf that
 * follows the list; checked through the rendered text of the order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText as render } from '../../../core/render/text.js';
import { loadCommonDuties } from '../../../core/templates/index.js';
import { addDuty, dutyRows, removeDuty, setDutyOn, setDutyText, similarity, withTemplateIds } from '../../../core/draft/common-duties.js';

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/orders');
function draftOf(name: string): Order {
  const r = importText(readFileSync(resolve(fixtures, name), 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return draftReplacing(r.order, { today: '2026-11-22' });
}
const templateIds = loadCommonDuties().items.map((t) => t.id);
const ANALYST = 'cd-analityk-budzetowy';
/** The printed text with the typography's non-breaking spaces as plain spaces. */
const renderText = (o: Order) => render(o).replace(/\u00a0/g, ' ');

describe('common duties against the template', () => {
  it('matches every item of 3468/2024 § 11 (the template was written from it), letters included', () => {
    const d = withTemplateIds(draftOf('krakow-3468-2024-wydzial-komunikacji-spolecznej.txt'));
    expect(d.commonDuties!.map((it) => it.templateId)).toEqual(templateIds);
    const analyst = d.commonDuties!.find((it) => it.templateId === ANALYST)!;
    expect(analyst.children.map((c) => c.templateId)).toEqual(loadCommonDuties().items.find((t) => t.id === ANALYST)!.children!.map((c) => c.id));
    expect(dutyRows(d).every((r) => r.on)).toBe(true);
    // nothing to tag the second time: the same object comes back
    expect(withTemplateIds(d)).toBe(d);
  });

  it("matches another department's wording (Kancelaria Prezydenta, 2006/2020) without taking a template item twice", () => {
    const raw = draftOf('krakow-2006-2020-kancelaria-prezydenta.txt');
    const d = withTemplateIds(raw);
    const ids = d.commonDuties!.map((it) => it.templateId).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(raw.commonDuties!.length - 3);
    const analyst = d.commonDuties!.find((it) => RichText.plain(it.text, d).includes('analitykowi budżetowemu'))!;
    expect(analyst.templateId).toBe(ANALYST);
    // the template items this order lacks are shown off, the others on; the model's own order is kept
    const rows = dutyRows(d);
    expect(rows.filter((r) => r.on).map((r) => r.item.id)).toEqual(d.commonDuties!.map((it) => it.id));
    expect(rows.filter((r) => !r.on).length).toBe(templateIds.length - ids.length);
  });

  it('a different sentence is not taken for a template item', () => {
    expect(similarity('przygotowywanie projektów aktów kierowania', 'przestrzeganie dyscypliny pracy i należyte wykorzystanie czasu pracy')).toBeLessThan(0.3);
  });
});

describe('editing the list', () => {
  const base = withTemplateIds(draftOf('krakow-3468-2024-wydzial-komunikacji-spolecznej.txt'));
  const bhp = 'cd-bhp-ppoz';

  it('switching an item off removes it from the printed order; on again puts it back at its template place', () => {
    const text = RichText.plain(base.commonDuties!.find((it) => it.templateId === bhp)!.text, base);
    const off = setDutyOn(base, bhp, false);
    expect(renderText(off)).not.toContain(text);
    expect(off.commonDuties).toHaveLength(base.commonDuties!.length - 1);
    const row = dutyRows(off).find((r) => r.templateId === bhp)!;
    expect(row.on).toBe(false);
    expect(dutyRows(off).map((r) => r.templateId)).toEqual(templateIds);
    const on = setDutyOn(off, bhp, true);
    expect(on.commonDuties!.map((it) => it.templateId)).toEqual(templateIds);
    const back = on.commonDuties!.find((it) => it.templateId === bhp)!;
    expect(RichText.plain(back.text, on)).toBe(text);
    expect(base.commonDuties!.some((it) => it.id === back.id)).toBe(false);
    expect(renderText(on)).toContain(text);
  });

  it('edits the text of an item and of a letter; adds and removes an item of its own', () => {
    const analyst = base.commonDuties!.find((it) => it.templateId === ANALYST)!;
    let o = setDutyText(base, analyst.children[1]!.id, ['informacji do harmonogramu wydatków i dochodów']);
    o = setDutyText(o, base.commonDuties![0]!.id, ['terminowe wykonywanie zarządzeń']);
    const added = addDuty(o, 'prowadzenie rejestru skarg w sprawach komórki');
    o = added.order;
    const text = renderText(o);
    expect(text).toContain(['informacji do harmonogramu wydatków i dochodów']);
    expect(text).toContain(['terminowe wykonywanie zarządzeń']);
    expect(text).toMatch(/25\) prowadzenie rejestru skarg w sprawach komórki\./);
    const rows = dutyRows(o);
    expect(rows.at(-1)).toMatchObject({ templateId: null, on: true });
    o = removeDuty(o, added.itemId);
    expect(renderText(o)).not.toContain('prowadzenie rejestru skarg');
  });

  it('with every item off the order has no common-duties paragraf; one item on brings it back before the annex', () => {
    let o = base;
    for (const id of templateIds) o = setDutyOn(o, id, false);
    expect(o.commonDuties).toBeNull();
    expect(o.paragraphs.some((p) => p.role === 'commonDuties')).toBe(false);
    expect(dutyRows(o).every((r) => !r.on)).toBe(true);
    o = setDutyOn(o, bhp, true);
    const roles = o.paragraphs.map((p) => p.role);
    expect(roles.indexOf('commonDuties')).toBe(roles.indexOf('annex') - 1);
    expect(renderText(o)).toMatch(/są odpowiedzialne za:\n1\) przestrzeganie obowiązujących przepisów BHP i ppoż\.\n/);
  });
});
