/**
 * The text in force at a date counts only the amending orders in force by then (issue 17): the entry into force read
 * from each amending order's clause (`z dniem podpisania`, `z dniem 1 stycznia 2027 r.`, `po upływie 14 dni od dnia
 * podpisania`), an amending order whose date cannot be told (`… od dnia ogłoszenia`, no date) reported and never
 * applied, and an amending draft shown "as amended" applied after the text in force whatever its date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amend, amendInForce, consolidate, countsFromPublication, entryIntoForceOf, orderTree, treeLines } from '../../../core/amend/index.js';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/order.js';
import { renderText as render } from '../../../core/render/text.js';
import { fixturePath } from '../fixtures.js';

/** The rendered text with ordinary spaces (rendering puts non-breaking ones after `§`, `w`, `z`, …). */
const renderText = (o: Order): string => render(o).replace(/\u00a0/g, ' ');

function read(text: string): Order {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
const base = read(readFileSync(fixturePath('3468'), 'utf8'));

/** An amending order of `base` signed on `date`, read from its text with `clause` as its entry-into-force sentence. */
function amending(next: Order, number: string, date: string, clause: string): Order {
  const zm = amend(base, next).order;
  const text = renderText({ ...zm, meta: { ...zm.meta, number, date } }).replace(/Zarządzenie wchodzi w życie[^\n]*/, clause);
  return read(text);
}

const renamed = (o: Order, suffix: string): Order => {
  const n = structuredClone(o);
  n.units[1]!.name += suffix;
  delete n.units[1]!.forms;
  return n;
};

describe('entry into force of an amending order', () => {
  const next = renamed(base, ' i Analiz');
  it.each([
    ['Zarządzenie wchodzi w życie z dniem podpisania.', '2025-03-10'],
    ['Zarządzenie wchodzi w życie z dniem 1 stycznia 2027 r.', '2027-01-01'],
    ['Zarządzenie wchodzi w życie po upływie 14 dni od dnia podpisania.', '2025-03-25'],
  ])('%s → %s', (clause, day) => {
    expect(entryIntoForceOf(amending(next, '10/2025', '2025-03-10', clause))).toEqual({ date: day });
  });
  it('cannot be told for a clause counted from publication, or for an order with no signing date', () => {
    const published = entryIntoForceOf(amending(next, '10/2025', '2025-03-10', 'Zarządzenie wchodzi w życie po upływie 14 dni od dnia ogłoszenia w Dzienniku Urzędowym Województwa Małopolskiego.'));
    expect(published.date).toBeNull();
    expect(published.reason).toContain('ogłoszeni');
    expect(entryIntoForceOf(amend(base, next).order).date).toBeNull();
  });
});

describe('entry into force counted from publication', () => {
  const next = renamed(base, ' i Analiz');
  const fromPublication = amending(next, '10/2025', '2025-03-10', 'Zarządzenie wchodzi w życie po upływie 14 dni od dnia ogłoszenia w Dzienniku Urzędowym Województwa Małopolskiego.');
  it('counts from the day of publication entered in the registry, never from signing', () => {
    expect(countsFromPublication(fromPublication)).toBe(true);
    const published = { ...fromPublication, meta: { ...fromPublication.meta, publishedOn: '2025-04-02' } };
    // 14 days from the day after publication (3–16 April), in force the day after they lapse
    expect(entryIntoForceOf(published)).toEqual({ date: '2025-04-17' });
    const onPublication = amending(next, '10/2025', '2025-03-10', 'Zarządzenie wchodzi w życie z dniem ogłoszenia.');
    expect(entryIntoForceOf({ ...onPublication, meta: { ...onPublication.meta, publishedOn: '2025-04-02' } })).toEqual({ date: '2025-04-02' });
    expect(countsFromPublication(amending(next, '10/2025', '2025-03-10', 'Zarządzenie wchodzi w życie z dniem podpisania.'))).toBe(false);
  });
  it('is applied in the text in force only once the day of publication is known, and from the day counted', () => {
    const unknown = consolidate(base, [fromPublication], { date: '2030-01-01' });
    expect(unknown.applied).toEqual([]);
    expect(unknown.skipped.map((x) => x.reason)).toEqual(['dateUnknown']);
    expect(unknown.skipped[0]!.problems[0]).toContain('podaj datę ogłoszenia');
    const published = { ...fromPublication, meta: { ...fromPublication.meta, publishedOn: '2025-04-02' } };
    expect(consolidate(base, [published], { date: '2025-04-16' }).skipped.map((x) => x.reason)).toEqual(['notYetInForce']);
    expect(consolidate(base, [published], { date: '2025-04-17' }).applied).toHaveLength(1);
  });
});

describe('the text in force at a date', () => {
  const first = renamed(base, ' i Analiz');
  const second = renamed(first, ' Miejskich');
  const now = amending(first, '10/2025', '2025-03-10', 'Zarządzenie wchodzi w życie z dniem podpisania.');
  // written from the first one's text: it renames the unit again, from 1 January 2027
  const zm2 = amend(first, second).order;
  const later = read(renderText({ ...zm2, meta: { ...zm2.meta, number: '20/2025', date: '2025-04-01' } }).replace(/Zarządzenie wchodzi w życie[^\n]*/, 'Zarządzenie wchodzi w życie z dniem 1 stycznia 2027 r.'));
  const body = (o: Order) => treeLines(orderTree(o));

  it('has only the amendment in force by then; at the later date both', () => {
    const today = consolidate(base, [later, now], { date: '2026-11-23' });
    expect(today.applied.map((a) => a.slice(0, 10))).toEqual(['nr 10/2025']);
    expect(today.skipped.map((s) => [s.order.slice(0, 10), s.reason])).toEqual([['nr 20/2025', 'notYetInForce']]);
    expect(treeLines(today.tree)).toEqual(body(first));
    const after = consolidate(base, [later, now], { date: '2027-01-01' });
    expect(after.applied.map((a) => a.slice(0, 10))).toEqual(['nr 10/2025', 'nr 20/2025']);
    expect(treeLines(after.tree)).toEqual(body(second));
    const before = consolidate(base, [later, now], { date: '2025-03-09' });
    expect(before.applied).toEqual([]);
    expect(treeLines(before.tree)).toEqual(body(base));
  });

  it('reports and never applies an amendment whose date cannot be told', () => {
    const published = amending(first, '30/2025', '2025-03-10', 'Zarządzenie wchodzi w życie z dniem ogłoszenia.');
    const c = consolidate(base, [published], { date: '2099-01-01' });
    expect(c.applied).toEqual([]);
    expect(c.skipped.map((s) => s.reason)).toEqual(['dateUnknown']);
    expect(treeLines(c.tree)).toEqual(body(base));
  });

  it('applies a pending amending draft after the text in force, whatever its date', () => {
    const draft = amend(first, second).order;
    const c = consolidate(base, [now, later], { date: '2026-11-23', pending: [draft] });
    expect(c.applied).toHaveLength(2);
    expect(c.skipped.map((s) => s.reason)).toEqual(['notYetInForce']);
    expect(treeLines(c.tree)).toEqual(body(second));
  });

  it('writes a new amendment from the text in force: a later amendment is left out of it and of the citation; one that cannot be applied stops it with its place', () => {
    const third = renamed(first, ' Miejskich');
    const w = amendInForce(base, [now, later], third, { date: '2026-11-23' });
    if (!w.ok) throw new Error(JSON.stringify(w.skipped));
    expect(treeLines(w.inForce.tree)).toEqual(body(first));
    const intro = renderText(w.amended.order);
    expect(intro).toContain('zmienionym zarządzeniem nr 10/2025');
    expect(intro).not.toContain('20/2025');
    // an amending order in force citing a point § 2 does not have: nothing is written, the place is named
    const broken = read(renderText({ ...amend(base, first).order, meta: { ...now.meta } }).replace('w § 2 pkt 2 otrzymuje brzmienie', 'w § 2 pkt 99 otrzymuje brzmienie'));
    const refused = amendInForce(base, [broken], third, { date: '2026-11-23' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.skipped.map((x) => [x.reason, x.problems])).toEqual([['notApplicable', ['pkt 1: w zmienianym zarządzeniu nie ma jednostki § 2 pkt 99']]]);
    // the same broken order not yet in force at the date does not stop it (it is not part of that text)
    expect(amendInForce(base, [broken], third, { date: '2025-03-01' }).ok).toBe(true);
  });
});
