/**
 * The legal basis kept current (core/legal-basis, issue 11 item 4): the book of journal citations (shipped, the
 * user's entries, learned from signed orders), which citation is newer, what a signed order teaches, drafting
 * `--replacing` with the newer of the two, and the checks of the legal basis and of act citations in the text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFix, checkOrder } from '../../../core/checks/index.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import {
  actCitationsIn, citationBook, compareJournalCitations, learnFromOrder, mergeLearned, newerCitation, newestKnown, parseJournalCitation,
  readStoredCitations, type StoredCitation,
} from '../../../core/legal-basis/index.js';
import { RichText, type Order } from '../../../core/model/index.js';
import { GMINA_ACT_KEY, loadJournalCitations } from '../../../core/templates/index.js';
import { fixturePath } from '../fixtures.js';

function load(name: string): Order {
  const r = importText(readFileSync(fixturePath(name), 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
const shipped = loadJournalCitations();
const NIEJAWNE = 'ustawa-o-ochronie-informacji-niejawnych';
const user = (actKey: string, year: number, positions: number[], currentFrom: string): StoredCitation => ({ actKey, year, positions, currentFrom, source: 'wpis użytkownika Test', origin: 'user' });

describe('the book of citations', () => {
  it('orders citations by publication: year, then the last position', () => {
    expect(compareJournalCitations({ year: 2024, positions: [609] }, { year: 2024, positions: [1465, 1572] })).toBeLessThan(0);
    expect(compareJournalCitations({ year: 2024, positions: [1572, 1465] }, { year: 2024, positions: [1465, 1572] })).toBe(0);
    expect(compareJournalCitations({ year: 2020, positions: [713] }, { year: 2001, issue: 142, positions: [1591] })).toBeGreaterThan(0);
    expect(newerCitation({ year: 2020, positions: [713] }, null)).toEqual({ year: 2020, positions: [713] });
  });

  it('reads journal citations as the orders write them', () => {
    expect(parseJournalCitation('(Dz. U. z 2001 r. Nr 142 poz. 1591 z późn. zm.)')!.citation).toEqual({ year: 2001, issue: 142, positions: [1591] });
    expect(parseJournalCitation('(Dz. U. z 2023 r. poz. 40, 572, 1463 i 1688)')!.citation).toEqual({ year: 2023, positions: [40, 572, 1463, 1688] });
    expect(parseJournalCitation('bez metryczki')).toBeNull();
    const t = 'przestrzeganie przepisów ustawy o ochronie informacji niejawnych (tekst jednolity: Dz. U. z 2023 r. poz. 756) oraz ustawy o ochronie danych osobowych';
    const found = actCitationsIn(t, shipped);
    expect(found.map((f) => [f.actKey, f.citation.year])).toEqual([[NIEJAWNE, 2023]]);
    expect(t.slice(found[0]!.start, found[0]!.end)).toBe('Dz. U. z 2023 r. poz. 756');
  });

  it('ships only confirmed entries, each with its source, and acts without a confirmed citation empty', () => {
    for (const a of shipped.acts) for (const c of a.citations) expect(c.source).toMatch(/^zarządzenie nr \d+\/\d{4} Prezydenta Miasta Krakowa|^wzór podstawy prawnej w opisie formatu zarządzenia/);
    expect(shipped.acts.find((a) => a.key === NIEJAWNE)!.citations).toEqual([]);
    // the newest the orders confirm for the ustawa o samorządzie gminnym is at least 3468/2024's
    const newest = newestKnown(shipped, GMINA_ACT_KEY)!;
    expect(compareJournalCitations(newest.citation, { year: 2024, positions: [1465, 1572] })).toBeGreaterThanOrEqual(0);
  });

  it('adds the stored entries to their acts; the newest is taken on a date', () => {
    const book = citationBook(shipped, [user(GMINA_ACT_KEY, 2026, [100], '2026-03-01'), user(NIEJAWNE, 2025, [50], '2025-06-01')]);
    expect(newestKnown(book, GMINA_ACT_KEY, '2026-03-01')!.citation).toEqual({ year: 2026, positions: [100] });
    expect(newestKnown(book, GMINA_ACT_KEY, '2026-02-28')!.citation.year).toBe(2024);
    expect(newestKnown(book, NIEJAWNE, '2025-05-31')).toBeNull();
    expect(newestKnown(book, NIEJAWNE, '2026-01-01')!.entry.source).toBe('wpis użytkownika Test');
    expect(readStoredCitations({ entries: [{ bad: 1 }] })).toEqual({ entries: [] });
  });
});

describe('the registry learns from signed orders', () => {
  it('a signed order teaches its legal basis citation from its date, with the order as source; a draft teaches nothing', () => {
    const o = load('3468-2024');
    const learned = learnFromOrder(o, shipped);
    expect(learned).toEqual([{ actKey: GMINA_ACT_KEY, year: 2024, positions: [1572, 1465], currentFrom: '2024-12-30', source: 'zarządzenie nr 3468/2024 z dnia 30 grudnia 2024 r.', origin: 'learned' }]);
    // the shipped data already has it from that date: nothing to store
    expect(mergeLearned({ entries: [] }, shipped, learned).changed).toBe(false);
    expect(learnFromOrder(draftReplacing(o, { today: '2026-01-10' }), shipped)).toEqual([]);
  });

  it('a newer citation is stored once; an earlier date for a stored one replaces its date and source', () => {
    const o = load('3468-2024');
    o.meta = { ...o.meta, number: '10/2026', date: '2026-02-01' };
    o.legalBasis!.citation = { year: 2026, positions: [100] };
    const first = mergeLearned({ entries: [] }, shipped, learnFromOrder(o, shipped));
    expect(first.changed).toBe(true);
    expect(first.entries).toHaveLength(1);
    const book = citationBook(shipped, first.entries);
    expect(mergeLearned({ entries: first.entries }, book, learnFromOrder(o, book)).changed).toBe(false);
    o.meta = { ...o.meta, number: '5/2026', date: '2026-01-15' };
    const earlier = mergeLearned({ entries: first.entries }, book, learnFromOrder(o, book));
    expect(earlier.changed).toBe(true);
    expect(earlier.entries[0]).toMatchObject({ currentFrom: '2026-01-15', source: 'zarządzenie nr 5/2026 z dnia 15 stycznia 2026 r.' });
  });
});

describe('drafting and checking against the newest known citation', () => {
  const replaced = load('3468-2024');

  it('draft --replacing takes the newer of the replaced order and the newest known', () => {
    const known = draftReplacing(replaced, { today: '2026-01-10' }).legalBasis!.citation!;
    expect(known).toEqual(newestKnown(shipped, GMINA_ACT_KEY, '2026-01-10')!.citation);
    const newerOld = structuredClone(replaced);
    newerOld.legalBasis!.citation = { year: 2025, positions: [1153] };
    expect(draftReplacing(newerOld, { today: '2026-01-10' }).legalBasis!.citation).toEqual({ year: 2025, positions: [1153] });
    const book = citationBook(shipped, [user(GMINA_ACT_KEY, 2026, [100], '2026-01-01')]);
    expect(draftReplacing(newerOld, { today: '2026-01-10', citations: book }).legalBasis!.citation).toEqual({ year: 2026, positions: [100] });
  });

  it('final.journal-citation: a draft citing the newest known passes; a newer entry makes it a warning with a fix; a future one does not', () => {
    const draft = draftReplacing(replaced, { today: '2026-01-10' });
    const journal = (o: Order, book = shipped) => checkOrder(o, { today: '2026-01-10', citations: book }).filter((f) => f.code === 'final.journal-citation');
    expect(journal(draft)).toEqual([]);
    const book = citationBook(shipped, [user(GMINA_ACT_KEY, 2026, [100], '2026-01-01')]);
    const found = journal(draft, book);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/jest starsza niż najnowsza znana na 10 stycznia 2026 r\.: „Dz\. U\. z 2026 r\. poz\. 100” \(źródło: wpis użytkownika Test\)/);
    const fixed = applyFix(draft, found[0]!, { citations: book });
    expect(fixed.legalBasis!.citation).toEqual({ year: 2026, positions: [100] });
    expect(journal(fixed, book)).toEqual([]);
    expect(journal(draft, citationBook(shipped, [user(GMINA_ACT_KEY, 2026, [100], '2026-02-01')]))).toEqual([]);
    // a citation newer than any known is not reported
    const newer = structuredClone(draft);
    newer.legalBasis!.citation = { year: 2026, positions: [200] };
    expect(journal(newer, book)).toEqual([]);
  });

  it('references.act-citation: an act cited in a common duty is checked the same way', () => {
    const draft = draftReplacing(replaced, { today: '2026-01-10' });
    const duty = draft.commonDuties!.find((d) => /ochronie informacji niejawnych/.test(RichText.plain(d.text, draft)))!;
    duty.text = RichText.mapRuns(duty.text, (run) => run.replace('ustawy o ochronie informacji niejawnych', 'ustawy o ochronie informacji niejawnych (Dz. U. z 2023 r. poz. 756)'));
    const acts = (o: Order, book = shipped) => checkOrder(o, { today: '2026-01-10', citations: book }).filter((f) => f.code === 'references.act-citation');
    expect(acts(draft)).toEqual([]); // nothing known about the act: nothing to say
    const book = citationBook(shipped, [user(NIEJAWNE, 2025, [1209], '2025-09-01')]);
    const found = acts(draft, book);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/„Dz\. U\. z 2023 r\. poz\. 756” jest starsza niż najnowsza znana/);
    const fixed = applyFix(draft, found[0]!, { citations: book });
    expect(acts(fixed, book)).toEqual([]);
    expect(RichText.plain(fixed.commonDuties!.find((d) => d.id === duty.id)!.text, fixed)).toContain('niejawnych (Dz. U. z 2025 r. poz. 1209)');
  });
});
