/**
 * The change report (zestawienie zmian): its rows and totals asserted on `word/document.xml` for the real
 * restructuring 1630/2007 → 2006/2020 and for a merge, a split and a symbol reused for another unit made with
 * core/draft's operations; tasks counted as the editor counts them (points of scopes); the justification, the
 * author, the date and the director's block; the ledger's answers in the dropped-tasks table.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareOrders } from '../../../core/compare/index.js';
import { withLedger } from '../../../core/ledger/index.js';
import type { Order } from '../../../core/model/order.js';
import { buildChangeReportData } from '../../../core/report/change-report.js';
import { scopePoints } from '../../../core/report/points.js';
import { patternSlots, TEMPLATE_FILES } from '../../../core/templates/index.js';
import { buildChangeReport } from '../../../electron/services/change-report.js';
import { fixturePairs, ownPairs, type Pair } from '../redline/cases.js';

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Text of an XML fragment: its `w:t` runs, paragraphs joined with a newline. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join('')).join('\n');
}

/** The tables of a document: rows of cells of text (header row first). */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]))));
}

async function report(p: Pair, opts: { justification?: string } = {}): Promise<{ xml: string; units: string[][]; summary: Map<string, [string, string]>; dropped: string[][]; text: string }> {
  const cmp = withLedger(compareOrders(p.old, p.neu), p.neu);
  const bytes = await buildChangeReport(cmp, p.old, p.neu, { author: 'Anna Nowak', date: '2026-02-01', ...opts });
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const [units, summary, dropped] = tables(xml);
  return {
    xml,
    units: units!.slice(1).map((r) => r),
    summary: new Map(summary!.slice(1).map((r) => [r[0]!.trim(), [r[1]!, r[2]!] as [string, string]])),
    dropped: dropped ? dropped.slice(1) : [],
    text: textOf(xml),
  };
}

/** Points of every unit of an order as the editor counts them. */
function editorPoints(o: Order): number {
  return o.units.reduce((n, u) => n + (scopePoints(u.scope) ?? 0), 0);
}

/** A row of the units table by the old and the new symbol in its cells ('' for an absent side). */
function row(units: string[][], oldSym: string, newSym: string): string[] {
  const r = units.find((c) => (oldSym ? c[1]!.startsWith(`${oldSym} `) : c[1] === '—') && (newSym ? c[2]!.startsWith(`${newSym} `) : c[2] === '—'));
  if (!r) throw new Error(`brak wiersza ${oldSym} → ${newSym}:\n${units.map((c) => `${c[1]!.split('\n')[0]} | ${c[2]!.split('\n')[0]}`).join('\n')}`);
  return r;
}

let pairs: Pair[] = [];
beforeAll(async () => {
  pairs = [...(await fixturePairs()).slice(0, 1), ...(await ownPairs())];
});
const pair = (name: string) => pairs.find((p) => p.name.includes(name))!;

describe('change report: totals', () => {
  it('counts points as the editor does, and every old and new point has exactly one fate', async () => {
    for (const p of pairs) {
      const r = await report(p);
      const [before, after] = r.summary.get('Zadania komórek (punkty zakresów działania)')!;
      expect(Number(before), p.name).toBe(editorPoints(p.old));
      expect(Number(after), p.name).toBe(editorPoints(p.neu));
      const n = (k: string, side: 0 | 1) => Number(r.summary.get(k)![side] || 0);
      const oldSum = n('– bez zmian', 0) + n('– przeredagowane', 0) + n('– przeniesione do innej komórki', 0) + n('– włączone do innych zadań', 0) + n('– przeniesione do wspólnych obowiązków', 0) + n('– usunięte', 0);
      const newSum = n('– bez zmian', 1) + n('– przeredagowane', 1) + n('– przeniesione do innej komórki', 1) + n('– nowe', 1) + n('– wydzielone z innych zadań', 1) + n('– przejęte ze wspólnych obowiązków', 1);
      expect(oldSum, `${p.name}: old`).toBe(Number(before));
      expect(newSum, `${p.name}: new`).toBe(Number(after));
      expect(Number(r.summary.get('Komórki organizacyjne')![0])).toBe(p.old.units.length);
      expect(Number(r.summary.get('Komórki organizacyjne')![1])).toBe(p.neu.units.length);
      // the per-unit counts add up to the totals
      const sum = (side: 1 | 2) => r.units.reduce((s, c) => s + (Number(c[4]!.split(' → ')[side - 1]) || 0), 0);
      expect(sum(1), p.name).toBe(Number(before));
      expect(sum(2), p.name).toBe(Number(after));
    }
  });

  it('has one row per unit of either order', async () => {
    for (const p of pairs) {
      const r = await report(p);
      const cmp = compareOrders(p.old, p.neu);
      expect(r.units.length, p.name).toBe(cmp.units.length);
      for (const u of p.old.units) expect(r.units.filter((c) => c[1]!.startsWith(`${u.symbol || u.name} `) || c[1]!.startsWith(u.name)).length, `${p.name}: ${u.symbol}`).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('change report: restructurings', () => {
  it('a merge: the merged unit went into the other, which shows the tasks each side brought', async () => {
    const p = pair('połączenie');
    const r = await report(p);
    const ks03 = p.old.units.find((u) => u.symbol === 'KS-03')!;
    const ks02 = p.old.units.find((u) => u.symbol === 'KS-02')!;
    const n03 = scopePoints(ks03.scope)!;
    const n02 = scopePoints(ks02.scope)!;
    const gone = row(r.units, 'KS-03', '');
    expect(gone[3]).toMatch(/^włączona do innej komórki\nwłączona do KS-02$/);
    expect(gone[4]).toBe(`${n03} → —`);
    // (both units end with the same catch-all task: which of the two stays at the end is the comparison's choice)
    expect(gone[5]).toMatch(new RegExp(`^→ KS-02, przeniesione: ${n03} \\(w projekcie § \\d+ pkt \\d+–\\d+\\)$`));
    const kept = row(r.units, 'KS-02', 'KS-02');
    expect(kept[3]).toBe('bez zmian\nprzejęła zadania KS-03');
    expect(kept[4]).toBe(`${n02} → ${n02 + n03}`);
    const own = kept[5]!.split('\n').filter((l) => l.startsWith('← własne')).map((l) => Number(/: (\d+)/.exec(l)![1]));
    expect(own.reduce((a, b) => a + b, 0)).toBe(n02);
    expect(kept[5]).toContain(`← KS-03, przeniesione: ${n03}`);
    // the units after it were renumbered: KS-04 is now KS-03 (the symbol KS-03 means another unit)
    const renumbered = row(r.units, 'KS-04', 'KS-03');
    expect(renumbered[3]).toBe('zmiana symbolu\nsymbol KS-04 → KS-03');
    expect(r.summary.get('– przeniesione do innej komórki')).toEqual([String(n03), String(n03)]);
    expect(r.text).toContain('włączenie komórki Referat Mediów Miejskich (KS-03) do komórki KS-02');
  });

  it('a split: the old unit gave part of its tasks to the new one', async () => {
    const p = pair('podział');
    const r = await report(p);
    const ks01 = p.old.units.find((u) => u.symbol === 'KS-01')!;
    const n = scopePoints(ks01.scope)!;
    const src = row(r.units, 'KS-01', 'KS-01');
    expect(src[3]).toBe('podzielona\nwydzielono: KS-02');
    expect(src[4]).toBe(`${n} → ${n - 4}`);
    expect(src[5]).toContain('→ KS-02, przeniesione: 4');
    const fresh = row(r.units, '', 'KS-02');
    expect(fresh[2]).toContain('Referat ds. Kadr i Szkoleń');
    expect(fresh[3]).toBe('wydzielona z innej komórki\nwydzielona z KS-01');
    expect(fresh[4]).toBe('— → 4');
    expect(fresh[5]).toMatch(/^← KS-01, przeniesione: 4 \(dotychczas § \d+ pkt \d+–\d+\)$/);
    expect(r.text).toContain('wydzielenie z komórki KS-01 nowej komórki Referat ds. Kadr i Szkoleń (KS-02)');
  });

  it('a reused symbol: KS-05 took the symbol KS-03, and the report does not confuse the two units', async () => {
    const p = pair('symbol KS-03');
    const r = await report(p);
    expect(row(r.units, 'KS-03', 'KS-08')[3]).toBe('zmiana symbolu\nsymbol KS-03 → KS-08');
    const moved = row(r.units, 'KS-05', 'KS-03');
    expect(moved[3]).toBe('zmiana symbolu, zmiana nazwy\nsymbol KS-05 → KS-03\nnazwa: „Referat Kampanii Informacyjno-Promocyjnych Miasta” → „Referat Kampanii Miejskich”');
    expect(r.units.some((c) => c[1]!.startsWith('KS-03 ') && c[2]!.startsWith('KS-03 '))).toBe(false);
  });

  it('1630/2007 → 2006/2020: reused symbols, renamed and abolished units, dropped tasks with their answers', async () => {
    const p = pair('1630/2007');
    const open = await report(p);
    expect(row(open.units, 'KP-01', 'KP-02')[3]).toMatch(/^zmiana symbolu, zmiana nazwy/);
    expect(row(open.units, 'KP-03', 'KP-03')[3]).toMatch(/^zmiana nazwy/);
    expect(row(open.units, '', 'KP-01')[3]).toMatch(/^nowa komórka/);
    for (const sym of ['KP-06', 'KP-07', 'KP-08', 'KP-09']) expect(row(open.units, sym, '')[3], sym).toMatch(/^(komórka zniesiona|włączona do innej komórki|podzielona)/);
    for (const where of ['§ 3 pkt 9', '§ 3 pkt 10', '§ 6 pkt 7']) expect(open.dropped.find((d) => d[1]!.startsWith(where))?.[4], where).toBe('bez odpowiedzi');
    expect(open.text).toContain('Wykaz pokrycia zadań nie jest zamknięty');
    // every dropped task answered: the ledger is closed and the answers are in the table and the summary
    const cmp = compareOrders(p.old, p.neu);
    const answered: Pair = { ...p, neu: { ...p.neu, coverage: cmp.coverage.map((q) => ({ oldWhere: q.oldWhere, oldText: q.oldText, answer: 'movedToOtherDepartment' as const, department: 'Wydział Organizacji i Nadzoru', byOrder: 'nr 1/2020' })) } };
    const closed = await report(answered);
    expect(closed.text).toContain('Wykaz pokrycia zadań jest zamknięty');
    expect(closed.dropped.every((d) => d[4] === 'przekazane innemu wydziałowi: Wydział Organizacji i Nadzoru (zarządzenie nr 1/2020)')).toBe(true);
    expect(closed.summary.get('w tym przekazane innemu wydziałowi')![0]).toBe(closed.summary.get('– usunięte')![0]);
    expect(closed.summary.get('w tym bez odpowiedzi w wykazie pokrycia')![0]).toBe('0');
  });
});

describe('change report: justification and signature', () => {
  it('fills the template, adds the user text, the author, the date and the director', async () => {
    const p = pair('połączenie');
    const r = await report(p, { justification: 'Połączenie referatów wynika z reorganizacji obsługi mediów.\n\nZmiana nie powoduje zwiększenia zatrudnienia.' });
    expect(r.text).toContain('Projekt zarządzenia w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania Wydziału Komunikacji Społecznej zastępuje zarządzenie Prezydenta Miasta Krakowa nr 3468/2024 z dnia 30 grudnia 2024 r.');
    expect(r.text).toMatch(/Liczba komórek organizacyjnych: dotychczas \d+, według projektu \d+\./);
    expect(r.text).toContain('Przyczyny zmian:\nPołączenie referatów wynika z reorganizacji obsługi mediów.\nZmiana nie powoduje zwiększenia zatrudnienia.');
    expect(r.text).toContain('Sporządził(a): Anna Nowak, 1 lutego 2026 r.');
    expect(r.text).toMatch(/Zatwierdzam:\n…+\n\(data i podpis\)\nDyrektor Wydziału Komunikacji Społecznej$/);
    // without a text of the user's, the place for it says so; the draft's own text is used when none is given
    expect((await report(p)).text).toContain('Przyczyny zmian:\n(uzasadnienie merytoryczne do uzupełnienia)');
    const own = { ...p, neu: { ...p.neu, changeReport: { justification: 'Tekst z projektu.' } } };
    expect((await report(own)).text).toContain('Przyczyny zmian:\nTekst z projektu.');
  });

  it('the template declares exactly the slots it uses', () => {
    const tpl = TEMPLATE_FILES['change-report'].data as Record<string, unknown>;
    for (const [k, v] of Object.entries(tpl)) {
      if (!v || typeof v !== 'object' || !('text' in v)) continue;
      const p = v as { text: string; slots: Record<string, string> };
      expect(patternSlots(p.text).sort(), k).toEqual(Object.keys(p.slots).sort());
    }
  });

  it('the data is plain and the per-unit flows name the other unit', () => {
    const p = pair('połączenie');
    const d = buildChangeReportData(withLedger(compareOrders(p.old, p.neu), p.neu), p.old, p.neu, { date: '2026-02-01' });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(d.preparedBy).toBe('Sporządził(a): ……………………, 1 lutego 2026 r.');
  });
});
