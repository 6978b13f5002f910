/**
 * The search gives the same answers on both engines: SQLite's FTS5 and PostgreSQL's full-text search with unaccent,
 * over the same data (the real orders of the sample registry and 60 generated departments), for queries drawn from
 * the data itself: whole words, prefixes, two and three words, upper case, without diacritics, with `ł` typed as
 * `l`, words from different tasks (no hit), and punctuation a search box receives.
 */
import { describe, expect, it } from 'vitest';
import type { Registry, SearchHit } from '../../../electron/services/registry/index.js';
import { searchWords, taskRowsOf } from '../../../electron/services/registry/index.js';
import { generatedDepartments, makeOrder, prng } from '../../fixtures/registry/orders.js';
import { registryEngines } from './engines.js';

const engines = registryEngines();
const TODAY = '2026-01-01';

/** Removes the diacritics a user may not type (ą → a …, ł → l). */
function plain(s: string): string {
  return s.replace(/ł/g, 'l').replace(/Ł/g, 'L').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Queries drawn from the indexed texts with a seeded generator. */
function queriesFrom(texts: string[], count: number): string[] {
  const rand = prng(16);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out = ['', '  ', 'a', 'OR AND "(', "a:* & !b | c'", 'e-mail', '§ 4 ust. 1', 'Honoris Gratia', 'łączność', 'LACZNOSC', 'zieleni miejskiej', 'zamowien publicznych'];
  for (let i = 0; i < count; i++) {
    const words = searchWords(pick(texts)).filter((w) => w.length >= 2);
    if (!words.length) continue;
    const w = pick(words);
    const other = searchWords(pick(texts)).find((x) => x.length >= 3) ?? 'x';
    switch (i % 6) {
      case 0: out.push(w); break;
      case 1: out.push(w.slice(0, 2 + Math.floor(rand() * 4))); break;
      case 2: out.push(words.slice(0, 2 + Math.floor(rand() * 2)).join(' ')); break;
      case 3: out.push(plain(w).toUpperCase()); break;
      case 4: out.push(`${w}, ${other}!`); break;
      default: out.push(`„${plain(words.slice(-2).join(' '))}”`);
    }
  }
  return out;
}

const key = (h: SearchHit) => JSON.stringify([h.number, h.where, h.unit, h.symbol, h.subject, h.text]);

describe('search on both engines', () => {
  it('answers every query with the same hits', { timeout: 240_000 }, async () => {
    const regs: Registry[] = [];
    for (const e of engines) regs.push(await e.open({ sample: {} }));
    const extra = [
      ...generatedDepartments(60),
      makeOrder({
        number: '77/2025', date: '2025-02-01', subject: 'Wydział Łączności i Zieleni',
        units: [{ symbol: 'ŁZ-01', name: 'Referat Źródeł', tasks: ['obsługa poczty e-mail oraz www.krakow.pl', 'ŻÓŁTE tablice 1.5 m i § 4 ust. 1', 'Zieleń, łąki i źródła — ochrona'] }],
      }),
    ];
    for (const reg of regs) for (const o of extra) expect((await reg.addOrder({ order: o })).ok).toBe(true);

    const texts: string[] = [];
    for (const o of await regs[0]!.ordersInForce({ today: TODAY })) {
      const got = await regs[0]!.getOrder(o.id);
      if (got.ok) texts.push(...taskRowsOf(got.order.order).map((t) => t.text));
    }
    const queries = queriesFrom(texts, 150);
    let withHits = 0;
    for (const q of queries) {
      const [a, b] = await Promise.all(regs.map((r) => r.searchTasks(q, { today: TODAY, limit: 10_000 })));
      expect(b!.map(key).sort(), `query „${q}”`).toEqual(a!.map(key).sort());
      if (a!.length) withHits++;
      // with the default limit, a query of few hits gives the same list too
      if (a!.length <= 50) {
        const [c, d] = await Promise.all(regs.map((r) => r.searchTasks(q, { today: TODAY })));
        expect(d!.map(key).sort(), `query „${q}” (limit 50)`).toEqual(c!.map(key).sort());
      }
    }
    expect(withHits).toBeGreaterThan(queries.length * 0.7);
    for (const r of regs) await r.close();
  });
});
