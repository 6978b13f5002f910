/**
 * Rules on unit symbols: one pattern and prefix per order (`KS-01`, sub-units `KS-01-1`; a few units such as a
 * pełnomocnik carry a short letter symbol like `PO`), unique, numbered consecutively in the order of § 2, and a
 * sub-unit's symbol under its parent's. Source: the practice of the city hall (every fixture) and
 * spec/glossary.md (symbol).
 */
import { renumberSymbols } from '../../draft/register.js';
import { UnitSymbol } from '../../lexicon/index.js';
import type { Order, Unit } from '../../model/order.js';
import type { CheckContext } from '../context.js';
import type { RawFinding, Rule } from '../types.js';

/** Prefix and number parts of a symbol (`KS-01-2` → `{ prefix: 'KS', main: 1, sub: 2 }`), or null (the lexicon's). */
export const parseSymbol = UnitSymbol.parse;

function mainPrefix(units: Unit[]): string | null {
  const count = new Map<string, number>();
  for (const u of units) {
    const p = parseSymbol(u.symbol);
    if (p) count.set(p.prefix, (count.get(p.prefix) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [k, v] of count) if (best === null || v > count.get(best)!) best = k;
  return best;
}

/** One pattern and prefix; every unit has a symbol. */
export const symbolPattern: Rule<CheckContext> = {
  code: 'symbols.pattern',
  severity: 'warning',
  title: 'Symbole komórek według jednego wzoru i z jednym przedrostkiem',
  source: { kind: 'practice', ref: 'praktyka UMK: symbol PRZEDROSTEK-NN, komórka podrzędna PRZEDROSTEK-NN-N' },
  check(ctx) {
    if (ctx.order.meta.kind !== 'organizational') return [];
    const prefix = mainPrefix(ctx.order.units);
    const out: RawFinding[] = [];
    for (const u of ctx.order.units) {
      const where = ctx.unitWhere.get(u.id)!;
      if (!u.symbol.trim()) {
        out.push({ where, message: `Komórka „${u.name}” nie ma symbolu.`, targetId: u.id });
        continue;
      }
      const p = parseSymbol(u.symbol);
      if (p && prefix && p.prefix !== prefix) out.push({ where, message: `Symbol ${u.symbol} ma przedrostek „${p.prefix}”, a pozostałe komórki „${prefix}”.`, targetId: u.id });
      else if (!p && !UnitSymbol.isLettersOnly(u.symbol)) out.push({ where, message: `Symbol „${u.symbol}” nie ma postaci ${prefix ?? 'XX'}-NN.`, targetId: u.id });
    }
    return out;
  },
};

/** No two units share a symbol. */
export const symbolUnique: Rule<CheckContext> = {
  code: 'symbols.unique',
  severity: 'error',
  title: 'Symbole komórek się nie powtarzają',
  source: { kind: 'practice', ref: 'praktyka UMK: symbol wskazuje jedną komórkę' },
  check(ctx) {
    const seen = new Map<string, Unit>();
    const out: RawFinding[] = [];
    for (const u of ctx.order.units) {
      if (!u.symbol) continue;
      const prev = seen.get(u.symbol);
      if (prev) out.push({ where: ctx.unitWhere.get(u.id)!, message: `Symbol ${u.symbol} nosi już komórka „${prev.name}” (${ctx.unitWhere.get(prev.id)}).`, targetId: u.id });
      else seen.set(u.symbol, u);
    }
    return out;
  },
};

/** The fix of a broken sequence: the whole register renumbered in the order of § 2. */
const RENUMBER = { label: 'Przenumeruj symbole kolejno', target: '' };

/**
 * Main numbers follow each other in the order of § 2; sub-unit numbers follow each other under their parent and carry
 * its number. The fix renumbers the register in its order (`core/draft` `renumberSymbols`: letter symbols such as
 * `PO` kept); mentions in the text follow, since they point to the unit, not to its symbol.
 */
export const symbolSequence: Rule<CheckContext> = {
  code: 'symbols.sequence',
  severity: 'warning',
  title: 'Symbole numerowane kolejno w porządku § 2, symbole komórek podrzędnych pod symbolem komórki nadrzędnej',
  source: { kind: 'practice', ref: 'praktyka UMK (wszystkie zarządzenia w fixtures)' },
  check(ctx) {
    if (ctx.order.meta.kind !== 'organizational') return [];
    const prefix = mainPrefix(ctx.order.units);
    const out: RawFinding[] = [];
    let expectMain = 1;
    const subCount = new Map<string, number>();
    for (const u of ctx.order.units) {
      const p = parseSymbol(u.symbol);
      if (!p || p.prefix !== prefix) continue;
      const where = ctx.unitWhere.get(u.id)!;
      const parent = u.parentId ? ctx.unitById.get(u.parentId) : undefined;
      const pp = parent ? parseSymbol(parent.symbol) : null;
      if (p.sub === null) {
        if (pp && pp.prefix === p.prefix) {
          out.push({ where, message: `Komórka podrzędna ${u.symbol} powinna mieć symbol pod symbolem komórki nadrzędnej (${parent!.symbol}-N).`, targetId: u.id });
          continue;
        }
        if (p.main !== expectMain) {
          out.push({ where, message: `Symbol ${u.symbol} przerywa kolejność: w tym miejscu § 2 oczekiwano ${prefix}-${String(expectMain).padStart(2, '0')}.`, targetId: u.id, fix: RENUMBER });
        }
        expectMain = p.main + 1;
      } else {
        if (!parent || !pp || pp.prefix !== p.prefix || pp.main !== p.main || pp.sub !== null) {
          out.push({ where, message: `Symbol ${u.symbol} oznacza komórkę podrzędną ${p.prefix}-${String(p.main).padStart(2, '0')}, a komórka ${parent ? `należy do ${parent.symbol || parent.name}` : 'nie ma komórki nadrzędnej'}.`, targetId: u.id });
          continue;
        }
        const k = (subCount.get(parent.id) ?? 0) + 1;
        subCount.set(parent.id, p.sub);
        if (p.sub !== k) out.push({ where, message: `Symbol ${u.symbol} przerywa kolejność komórek podrzędnych ${parent.symbol}: oczekiwano ${parent.symbol}-${k}.`, targetId: u.id, fix: RENUMBER });
      }
    }
    return out;
  },
  fix(order: Order) {
    const r = renumberSymbols(order);
    return r.ok ? r.order : order;
  },
};

export const SYMBOL_RULES = [symbolPattern, symbolUnique, symbolSequence];
