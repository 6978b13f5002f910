import { describe, expect, it } from 'vitest';
import {
  currentCitation,
  fillPattern,
  formatJournalCitation,
  getClause,
  getOrderKind,
  GMINA_ACT_KEY,
  isCitationCurrent,
  listOrderKinds,
  loadClauses,
  loadCommonDuties,
  loadJournalCitations,
  loadTypicalScopes,
  loadUnitKinds,
  patternSlots,
  TEMPLATE_FILES,
  type Pattern,
  type TemplateItem,
} from '../../../core/templates/index.js';
import { inflect } from '../../../core/language/index.js';

describe('every template file matches its schema', () => {
  it.each(Object.entries(TEMPLATE_FILES))('%s', (name, { data, schema }) => {
    const r = schema.safeParse(data);
    expect(r.success, r.success ? '' : r.error.message).toBe(true);
    expect((data as { name: string }).name).toBe(name);
    expect((data as { description: string }).description).toMatch(/\p{L}/u);
  });
  it('a broken file is refused', () => {
    const { schema, data } = TEMPLATE_FILES['common-duties'];
    const d = structuredClone(data) as { items: TemplateItem[] };
    d.items[1]!.id = d.items[0]!.id;
    expect(schema.safeParse(d).success).toBe(false);
  });
});

function allPatterns(): [string, Pattern][] {
  const out: [string, Pattern][] = [];
  for (const k of listOrderKinds())
    for (const key of ['title', 'leadership', 'leadershipNoDeputies', 'ownTasks', 'unitsIntro', 'subordinationIntro', 'scopeHeading', 'commonDutiesIntro'] as const)
      out.push([`${k.name}.${key}`, k[key]]);
  for (const c of loadClauses().clauses) out.push([`clause ${c.name}`, c.pattern]);
  return out;
}

describe('patterns', () => {
  it.each(allPatterns())('%s declares exactly the slots it uses', (_, p) => {
    expect(patternSlots(p.text).sort()).toEqual(Object.keys(p.slots).sort());
  });
  it('fills a pattern and reports missing slots', () => {
    const p = getClause('repeal-one')!.pattern;
    expect(fillPattern(p, { number: '1837/2023', date: '6 lipca 2023 r.' })).toEqual({ ok: false, missing: ['title'] });
    const r = fillPattern(p, { number: '1837/2023', date: '6 lipca 2023 r.', title: 'w sprawie X' });
    expect(r).toEqual({ ok: true, text: 'Traci moc zarządzenie Prezydenta Miasta Krakowa nr 1837/2023 z dnia 6 lipca 2023 r. w sprawie X.' });
  });
});

describe('order kinds', () => {
  it('has the department and the office wording', () => {
    expect(listOrderKinds().map((k) => k.name).sort()).toEqual(['kancelaria-biuro', 'wydzial']);
    expect(getOrderKind('nie-ma')).toBeNull();
  });
  it('writes the 3468/2024 title from the subject', () => {
    const k = getOrderKind('wydzial')!;
    const r = fillPattern(k.title, { subjectGenitive: inflect('Wydział Komunikacji Społecznej', 'genitive') });
    expect(r).toEqual({ ok: true, text: 'w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Wydziału Komunikacji Społecznej' });
  });
  it('writes the 2006/2020 title and § 1 from the subject', () => {
    const k = getOrderKind('kancelaria-biuro')!;
    expect(fillPattern(k.title, { subjectGenitive: inflect('Kancelaria Prezydenta', 'genitive') })).toEqual({
      ok: true,
      text: 'w sprawie organizacji i szczegółowego zakresu działania Kancelarii Prezydenta',
    });
    expect(fillPattern(k.leadership, { subjectInstrumental: inflect('Kancelaria Prezydenta', 'instrumental'), head: 'Dyrektor', deputies: 'dwóch Zastępców' })).toEqual({
      ok: true,
      text: 'Kancelarią Prezydenta kieruje Dyrektor, któremu podlega dwóch Zastępców.',
    });
  });
  it('names only clauses that exist', () => {
    for (const k of listOrderKinds()) for (const c of k.finalClauses) expect(getClause(c), c).not.toBeNull();
  });
});

describe('clause library', () => {
  it('has every part', () => {
    const parts = new Set(loadClauses().clauses.map((c) => c.part));
    expect([...parts].sort()).toEqual(['annex', 'entryIntoForce', 'execution', 'legalBasis', 'repeal', 'signature']);
    for (const n of ['repeal-one', 'repeal-many', 'entry-signing', 'entry-date', 'entry-after-days']) expect(getClause(n), n).not.toBeNull();
  });
});

describe('common duties', () => {
  const cd = loadCommonDuties();
  it('has the 24 items of 3468/2024 § 11 with unique stable ids', () => {
    expect(cd.items).toHaveLength(24);
    const ids = cd.items.flatMap((i) => [i.id, ...(i.children ?? []).map((c) => c.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(cd.items[5]!.children).toHaveLength(3);
  });
  it('has no broken lines, double spaces or closing punctuation left', () => {
    for (const i of cd.items.flatMap((i) => [i, ...(i.children ?? [])])) {
      expect(i.text).not.toMatch(/\s{2,}|\n/);
      expect(i.text).not.toMatch(/[;,:]$/);
    }
  });
});

describe('typical scopes', () => {
  it('has the organisational unit and the budget position lists', () => {
    const names = loadTypicalScopes().lists.map((l) => l.name);
    expect(names).toEqual(['organizational-unit', 'budget-position']);
  });
});

describe('journal citations', () => {
  it('formats a citation', () => {
    expect(formatJournalCitation({ year: 2024, positions: [1465, 1572, 1907, 1940] })).toBe('Dz. U. z 2024 r. poz. 1465, 1572, 1907 i 1940');
    expect(formatJournalCitation({ year: 2001, issue: 142, positions: [1591] })).toBe('Dz. U. z 2001 r. Nr 142, poz. 1591');
    expect(formatJournalCitation({ year: 2020, positions: [713] }, { nbsp: true })).toBe('Dz.\u00a0U. z\u00a02020\u00a0r. poz.\u00a0713');
  });
  it('gives the citation current on a date', () => {
    const at = (d: string) => {
      const r = currentCitation(GMINA_ACT_KEY, d);
      return r.ok ? r.citation : r.error.code;
    };
    expect(at('2007-07-27')).toEqual({ year: 2001, issue: 142, positions: [1591] });
    expect(at('2020-08-19')).toEqual({ year: 2020, positions: [713] });
    expect(at('2023-12-15')).toEqual({ year: 2023, positions: [40, 572, 1463, 1688] });
    expect(at('2030-01-01')).toEqual({ year: 2024, positions: [1465, 1572, 1907, 1940] });
    expect(at('1999-01-01')).toBe('beforeFirstEntry');
    expect(at('1.1.2020')).toBe('badDate');
    const unknown = currentCitation('nie-ma', '2024-01-01');
    expect(unknown.ok ? null : unknown.error.message).toMatch(/Nieznany akt/);
  });
  it('says whether a written citation is current (order of positions ignored)', () => {
    expect(isCitationCurrent({ year: 2024, positions: [1572, 1465] }, GMINA_ACT_KEY, '2024-12-30')).toBe(true);
    expect(isCitationCurrent({ year: 2020, positions: [713] }, GMINA_ACT_KEY, '2024-12-30')).toBe(false);
    expect(isCitationCurrent({ year: 2024, positions: [1465, 1572] }, GMINA_ACT_KEY, '2025-06-01')).toBe(false);
  });
  it('records a source for every entry', () => {
    for (const a of loadJournalCitations().acts) for (const c of a.citations) expect(c.source.length).toBeGreaterThan(5);
  });
});

describe('unit-kind lexicon', () => {
  it('covers every kind of the model but `inny`, and the positions the brief lists', () => {
    const lex = loadUnitKinds();
    const kinds = new Set([...lex.nouns.map((n) => n.unitKind), ...lex.phrases.map((p) => p.unitKind)]);
    for (const k of ['referat', 'biuro', 'oddzial', 'zespol', 'sekcja', 'stanowisko', 'stanowiska', 'samodzielneStanowisko', 'pelnomocnik', 'rzecznik', 'specjalista', 'inspektor', 'kancelaria', 'pracownia', 'archiwum', 'centrum', 'kasa', 'punkt', 'wydzial'])
      expect(kinds.has(k as never), k).toBe(true);
    const lemmas = new Set(lex.nouns.map((n) => n.lemma));
    for (const l of ['dyrektor', 'zastępca', 'prezydent', 'sekretarz', 'skarbnik', 'kierownik', 'koordynator', 'audytor', 'radca', 'sekretariat', 'magistrat', 'urząd', 'departament', 'zarząd'])
      expect(lemmas.has(l), l).toBe(true);
  });
});
