/**
 * Editing an amending order (issue 17, `core/amend/edit.ts`): a quoted wording is edited without its quotation marks
 * and closing, which stay where they stand; a point removed leaves the new last point closing with `”.` and takes
 * the chart annex with it; the only point cannot be removed; the cited order is written from the registry's data;
 * points out of the order of the text are found and put back in it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amend, checkAmendingOrder, orderTree, pointIdsInTextOrder, pointsOutOfOrder, quotedLine, readAmendments, removePoint, setAmendedOrder, setQuotedLine } from '../../../core/amend/index.js';
import { importText } from '../../../core/import/index.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText } from '../../../core/render/text.js';
import { fixturePath, importedFixture } from '../fixtures.js';

const load = (): Order => importedFixture('3468');

/** OLD and its amending order: KS-02 renamed (§ 2, § 3, § 5 heading, annex) and a task inserted in the first scope. */
function pair(): { old: Order; zm: Order } {
  const old = load();
  const next = structuredClone(old);
  next.units[1]!.name += ' i Analiz';
  delete next.units[1]!.forms;
  const tasks = (next.units.find((u) => u.scope.kind === 'tasks')!.scope as { tasks: Item[] }).tasks;
  tasks.splice(1, 0, { id: 'n1', text: ['prowadzenie nowych spraw'], children: [] });
  return { old, zm: amend(old, next).order };
}
const points = (o: Order): Item[] => o.paragraphs[0]!.content![0]!.items;
const words = (o: Order, it: { text: Item['text'] }): string => RichText.plain(it.text, RichText.context(o));
const ok = (r: ReturnType<typeof removePoint>): Order => {
  if (!r.ok) throw new Error(r.message);
  return r.order;
};

describe('editing an amending order', () => {
  it('edits a quoted wording and its label; the quotation marks and the closing stay', () => {
    const { old, zm } = pair();
    const line = points(zm)[0]!.children[0]!;
    // the wording keeps its own ending (`;` of a point of a list); the quotation's `”;` is not part of it
    expect(quotedLine(line, RichText.context(zm))).toEqual({ label: '2)', text: 'Biuro Prasowe i Analiz – KS-02;' });
    const edited = ok(setQuotedLine(zm, line.id, { text: '„Biuro Prasowe i Analiz Medialnych – KS-02;”;' }));
    const after = points(edited)[0]!.children[0]!;
    expect(after.fixedLabel).toBe('„2)');
    expect(words(edited, after)).toBe('Biuro Prasowe i Analiz Medialnych – KS-02;”;');
    expect(zm).not.toBe(edited);
    expect(points(zm)[0]!.children[0]).toEqual(line);
    const unlabelled = ok(setQuotedLine(edited, line.id, { label: '' }));
    expect(points(unlabelled)[0]!.children[0]!.fixedLabel).toBe('„');
    expect(checkAmendingOrder(unlabelled, old).map((f) => f.code)).toContain('amend.quote');
    const relabelled = ok(setQuotedLine(unlabelled, line.id, { label: '2)' }));
    expect(checkAmendingOrder(relabelled, old).filter((f) => f.code === 'amend.quote')).toEqual([]);
    expect(setQuotedLine(zm, 'brak', { text: 'x' })).toEqual({ ok: false, message: expect.stringContaining('nie ma') });
  });

  it('removes a point: the new last point closes the order, the annex goes with its point, the only point stays', () => {
    const { zm } = pair();
    const n = points(zm).length;
    expect(words(zm, points(zm)[n - 1]!)).toMatch(/^załącznik/);
    const noAnnex = ok(removePoint(zm, n));
    expect(points(noAnnex)).toHaveLength(n - 1);
    expect(noAnnex.annex.present).toBe(false);
    expect(renderText(noAnnex)).toMatch(/”\.\n/);
    expect(renderText(noAnnex)).not.toMatch(/”;\n\s*§ 2\./);
    let one = noAnnex;
    while (points(one).length > 1) one = ok(removePoint(one, 1));
    expect(removePoint(one, 1)).toEqual({ ok: false, message: expect.stringContaining('jedyna zmiana') });
    expect(readAmendments(one)!.amendments).toHaveLength(1);
  });

  it('writes the introductory sentence, the title and the link from the registry data', () => {
    const { old, zm } = pair();
    const other = { ...old.meta, number: '12/2025', date: '2025-02-03' };
    const r = ok(setAmendedOrder(zm, other, [{ number: '40/2025', date: '2025-03-01', title: 'zmieniające zarządzenie' }]));
    expect(r.meta.amends).toEqual({ number: '12/2025', date: '2025-02-03', title: old.meta.title });
    expect(r.meta.title).toMatch(/^zmieniające zarządzenie Nr 12\/2025 Prezydenta Miasta Krakowa z dnia 3 lutego 2025 r\. w sprawie/);
    expect(words(r, r.paragraphs[0]!.content![0]!)).toMatch(/^W zarządzeniu nr 12\/2025 .* zmienionym zarządzeniem nr 40\/2025 z dnia 1 marca 2025 r\., wprowadza się następujące zmiany$/);
  });

  it('finds points out of the order of the text and puts them back', () => {
    const { old, zm } = pair();
    const tree = orderTree(old);
    expect(pointsOutOfOrder(zm, tree)).toEqual([]);
    const ids = points(zm).map((p) => p.id);
    expect(pointIdsInTextOrder(zm, tree)).toEqual(ids);
    const swapped = structuredClone(zm);
    const ps = points(swapped);
    ps.splice(0, 2, ps[1]!, ps[0]!);
    expect(pointsOutOfOrder(swapped, tree)).toEqual([[1, 2]]);
    expect(pointIdsInTextOrder(swapped, tree)).toEqual(ids);
  });
});
