/**
 * The journal citations the registry keeps (electron/services/registry/citations.ts, issue 11 item 4) on both
 * engines: learned from signed orders as they are imported or signed, added and removed by the user, the book the
 * checks and drafting read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newestKnown } from '../../../core/legal-basis/index.js';
import type { Order } from '../../../core/model/index.js';
import { GMINA_ACT_KEY } from '../../../core/templates/index.js';
import { addUserCitation, readCitations, removeStoredCitation, type Registry } from '../../../electron/services/registry/index.js';
import { makeOrder } from '../../fixtures/registry/orders.js';
import { registryEngines } from './engines.js';

const NIEJAWNE = 'ustawa-o-ochronie-informacji-niejawnych';

/** A signed order citing the ustawa o samorządzie gminnym with `positions` of `year`, and the ustawa o ochronie informacji niejawnych in a task. */
function signed(number: string, date: string, year: number, positions: number[], task = 'zadanie'): Order {
  const o = makeOrder({ number, date, subject: `Wydział ${number}`, units: [{ symbol: 'WA-01', name: 'Referat Pierwszy', tasks: [task] }] });
  o.legalBasis = { provision: 'art. 33 ust. 3', act: 'ustawy z dnia 8 marca 1990 r. o samorządzie gminnym', actKey: GMINA_ACT_KEY, citation: { year, positions } };
  return o;
}

describe.each(registryEngines())('journal citations in the registry on $name', (engine) => {
  let reg: Registry;
  beforeEach(async () => {
    reg = await engine.open();
  });
  afterEach(async () => {
    await reg.close();
  });

  it('learns the newest citation from a signed order it imports, with the order as the source; a draft teaches nothing', async () => {
    const before = newestKnown((await readCitations(reg)).book, GMINA_ACT_KEY, '2026-06-01')!;
    expect(before.entry.source).not.toMatch(/12\/2026/);
    await reg.addOrder({ order: makeOrder({ subject: 'Wydział Projekt' }) });
    expect((await readCitations(reg)).stored.entries).toEqual([]);
    const task = 'przestrzeganie ustawy o ochronie informacji niejawnych (Dz. U. z 2025 r. poz. 1209)';
    const r = await reg.addOrder({ order: signed('12/2026', '2026-02-03', 2026, [100, 150], task) });
    expect(r.ok && r.outcome).toBe('added');
    const { stored, book } = await readCitations(reg);
    expect(stored.entries.map((e) => [e.actKey, e.year, e.positions, e.currentFrom, e.origin])).toEqual([
      [GMINA_ACT_KEY, 2026, [100, 150], '2026-02-03', 'learned'],
      [NIEJAWNE, 2025, [1209], '2026-02-03', 'learned'],
    ]);
    const newest = newestKnown(book, GMINA_ACT_KEY, '2026-06-01')!;
    expect(newest.citation).toEqual({ year: 2026, positions: [100, 150] });
    expect(newest.entry.source).toBe('zarządzenie nr 12/2026 z dnia 3 lutego 2026 r.');
    // an older order imported later teaches nothing new about the newest
    await reg.addOrder({ order: signed('11/2026', '2026-01-20', 2026, [100, 150]) });
    const again = (await readCitations(reg)).stored.entries.find((e) => e.actKey === GMINA_ACT_KEY)!;
    expect(again).toMatchObject({ currentFrom: '2026-01-20', source: 'zarządzenie nr 11/2026 z dnia 20 stycznia 2026 r.' });
    expect((await readCitations(reg)).stored.entries).toHaveLength(2);
  });

  it('learns from a draft when it is signed', async () => {
    const draft = signed('x', '2026-01-01', 2026, [300]);
    draft.meta = { ...draft.meta, number: null, date: null, status: 'draft' };
    const created = await reg.createDraft({ order: draft, author: 'Anna' });
    if (!created.ok) throw new Error(created.error.message);
    expect((await readCitations(reg)).stored.entries).toEqual([]);
    const s = await reg.signDraft(created.draftId, { number: '40/2026', date: '2026-03-04', author: 'Anna' });
    expect(s.ok).toBe(true);
    expect((await readCitations(reg)).stored.entries).toMatchObject([{ actKey: GMINA_ACT_KEY, year: 2026, positions: [300], currentFrom: '2026-03-04', origin: 'learned', source: 'zarządzenie nr 40/2026 z dnia 4 marca 2026 r.' }]);
  });

  it('the user adds and removes a citation; wrong input is refused in Polish', async () => {
    const added = await addUserCitation(reg, { actKey: NIEJAWNE, text: 'Dz. U. z 2025 r. poz. 1209', currentFrom: '2025-09-01', author: 'Anna' });
    expect(added.ok).toBe(true);
    const { book } = await readCitations(reg);
    expect(newestKnown(book, NIEJAWNE, '2025-10-01')).toMatchObject({ citation: { year: 2025, positions: [1209] }, entry: { source: 'wpis użytkownika Anna' } });
    const bad = await addUserCitation(reg, { actKey: NIEJAWNE, text: 'poz. dwa', currentFrom: '2025-09-01', author: 'Anna' });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'invalidCitation' });
    expect(!bad.ok && bad.error.message).toMatch(/nie jest metryczką/);
    const dup = await addUserCitation(reg, { actKey: NIEJAWNE, text: '2025 r. poz. 1209', currentFrom: '2025-10-01', author: 'Anna' });
    expect(!dup.ok && dup.error.code).toBe('exists');
    const date = await addUserCitation(reg, { actKey: NIEJAWNE, text: 'Dz. U. z 2025 r. poz. 1300', currentFrom: '2025-13-01', author: 'Anna' });
    expect(!date.ok && date.error.code).toBe('invalidDate');
    expect((await addUserCitation(reg, { actKey: 'nie-ma', text: 'Dz. U. z 2025 r. poz. 1', currentFrom: '2025-01-01', author: 'A' })).ok).toBe(false);
    const which = { actKey: NIEJAWNE, year: 2025, positions: [1209], currentFrom: '2025-09-01' };
    expect((await removeStoredCitation(reg, which)).ok).toBe(true);
    expect(newestKnown((await readCitations(reg)).book, NIEJAWNE, '2025-10-01')).toBeNull();
    const gone = await removeStoredCitation(reg, which);
    expect(!gone.ok && gone.error.code).toBe('notFound');
  });
});
