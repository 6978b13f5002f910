/**
 * A text copied from a paginated PDF carries the running head of every page (`Zarządzenie Nr … z dnia …` after
 * `Strona 1 z 4`) in the middle of the order's text: it is page furniture, dropped with a note, never a task's words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import { runningLineIndexes } from '../../../core/import/source.js';
import { RichText } from '../../../core/model/rich-text.js';
import type { Item, Order } from '../../../core/model/order.js';
import { OWN } from '../fixtures.js';

const text = readFileSync(join(OWN, 'orders', 'biuro-oddzialy-referaty-z-pdf.txt'), 'utf8');

function allTasks(items: Item[], order: Order): string[] {
  return items.flatMap((i) => [RichText.plain(i.text, order), ...allTasks(i.children, order)]);
}

describe('running heads of a text copied from a PDF', () => {
  it('are not read into the tasks, and the import says what it dropped', () => {
    const r = importText(text, 'txt');
    if (!r.ok) throw new Error(r.error.message);
    const tasks = r.order.units.flatMap((u) => (u.scope.kind === 'tasks' ? allTasks(u.scope.tasks, r.order) : u.scope.kind === 'prose' ? [RichText.plain(u.scope.text, r.order)] : []));
    expect(tasks.filter((t) => /Zarządzenie Nr 1187\/2021/.test(t))).toEqual([]);
    expect(tasks).toContain('prowadzenie ksiąg rachunkowych budżetu Gminy Miejskiej Kraków w zakresie dochodów i wydatków');
    expect(r.warnings.filter((w) => /nagłówek lub stopka strony/.test(w))).toHaveLength(3);
  });

  it('are only lines written twice beside a page number: a repeated line elsewhere is text', () => {
    const lines = ['§ 1. Tekst', 'powtórzony wiersz', 'dalej', 'Strona 1 z 2', '', 'Nagłówek', 'powtórzony wiersz', 'jeszcze', 'Strona 2 z 2', 'Nagłówek', 'jeden raz obok', '7'];
    expect([...runningLineIndexes(lines)]).toEqual([5, 9]);
  });
});
