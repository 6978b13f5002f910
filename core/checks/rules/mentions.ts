/**
 * Rules on the units named inside the text (issue 11, item 3): the register (§ 2) is the one source of truth, so a
 * unit named in a task, a common duty or a clause must be one of its units, named as the register names it.
 * - `mentions.unknown-unit`: words that look like a unit (a unit kind such as `Referatu`, `Biurem`, then its name)
 *   and match no unit of the register: a typo (warning, with the nearest name and a fix turning the words into a
 *   mention of that unit) or a unit of another department (info, saying what to do if it is not one).
 * - `mentions.symbol-mismatch`: a unit's name followed by another unit's symbol in parentheses.
 * - `mentions.removed`: a mention of a unit, deputy or position that is no longer in the order (after removal), with
 *   fixes: point it to the unit that took over the removed unit's tasks, or remove the mention.
 * - `mentions.self`: a unit's own scope naming the unit itself (after a merge, or a name copied from elsewhere).
 * - `mentions.duplicate-name`: two units of the register with the same name (no mention can tell them apart).
 * - `mentions.symbol-reused`: a symbol that in the order being replaced meant another unit than in the draft.
 * Source: spec/glossary.md (komórka organizacyjna, symbol), spec/document-format.md (§ 2 as the register),
 * § 6 ZTP (the same words for the same thing: one name per unit throughout the act).
 */
import { compareNames, GRAMMATICAL_CASES, inflect, nameDistance, normalizeName, type GrammaticalCase } from '../../language/index.js';
import { lexicon } from '../../language/lexicon.js';
import { forEachOrderText, mapOrderTexts, type TextOwner } from '../../mentions/texts.js';
import { likelyCases, wordAfter, wordBefore } from '../../mentions/units.js';
import { Inline, type Reference, type UnitMention } from '../../model/inline.js';
import type { Order, Unit } from '../../model/order.js';
import { RichText } from '../../model/rich-text.js';
import { comparisonFor } from './coverage.js';
import type { CheckContext } from '../context.js';
import type { FixRef, RawFinding, Rule } from '../types.js';

/** Unit kinds that name an internal unit of a department (a `Wydział` or a `Dyrektor` is not one). */
const INTERNAL_KINDS = new Set(['referat', 'biuro', 'oddzial', 'zespol', 'sekcja', 'stanowisko', 'stanowiska', 'kancelaria', 'pracownia', 'archiwum', 'centrum', 'kasa']);
const CASES: readonly GrammaticalCase[] = GRAMMATICAL_CASES;
/** Words a lower-case part of a name (`ds. organizacji samorządowych`) ends before. */
const STOP = new Set(['w', 'we', 'z', 'ze', 'na', 'do', 'dla', 'od', 'po', 'przy', 'o', 'oraz', 'i', 'lub', 'a', 'przez', 'u', 'wraz', 'jak', 'także', 'również', 'w tym', 'zgodnie']);

/**
 * Where each visited text stands (its citation), by the owner `forEachOrderText` gives. The index is built on the
 * first call only (most runs find nothing to place), once per check run.
 */
function locator(ctx: CheckContext): (o: TextOwner) => string {
  let index: Map<string, string> | null = null;
  return (o) => {
    const byId = (index ??= locations(ctx));
    return (o.field !== 'prose' ? byId.get(o.id) : undefined) ?? (o.unitId ? byId.get(`scope:${o.unitId}`) : undefined) ?? '§ 1';
  };
}

function locations(ctx: CheckContext): Map<string, string> {
  const byId = new Map<string, string>();
  for (const e of ctx.enumerations) e.items.forEach((it, i) => byId.set(it.id, e.itemWhere[i]!));
  ctx.order.paragraphs.forEach((p, i) => {
    const c = p.content ?? [];
    if (p.role !== 'scope') c.forEach((u, k) => byId.set(u.id, c.length > 1 ? `§ ${i + 1} ust. ${k + 1}` : `§ ${i + 1}`));
    if (p.role === 'scope') for (const id of p.unitIds ?? []) byId.set(`scope:${id}`, `§ ${i + 1}`);
  });
  return byId;
}

/** The cases in which `word` is a form of a lexicon noun naming an internal unit (empty: not such a word). */
function unitWordCases(word: string): GrammaticalCase[] {
  const w = word.toLowerCase();
  const by = lexicon().byForm;
  return CASES.filter((c) => (by[c].get(w) ?? []).some((n) => INTERNAL_KINDS.has(n.unitKind ?? '')));
}

/** A unit-like phrase found in a plain run: its words, where it starts in the run and its likely cases. */
interface Phrase {
  words: string;
  at: number;
  cases: GrammaticalCase[];
}

/**
 * The unit-like phrases of a plain run: a capitalised word that is a form of an internal unit kind, followed by
 * the words of its name (capitalised words, `ds.` and the lower-case words after it, hyphenated parts, `i`/`oraz`
 * between capitalised words). A kind word alone (`Referatu`) is not a name.
 */
export function unitPhrases(run: string): Phrase[] {
  const out: Phrase[] = [];
  const re = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+/gu;
  let taken = 0;
  for (const m of run.matchAll(re)) {
    if (m.index! < taken) continue;
    const cases = unitWordCases(m[0]);
    if (!cases.length) continue;
    const tokens = run.slice(m.index! + m[0].length).split(/(\s+)/);
    let end = m.index! + m[0].length;
    let len = 0;
    let ds = false;
    let words = 0;
    for (let k = 1; k < tokens.length; k += 2) {
      const space = tokens[k]!;
      const raw = tokens[k + 1] ?? '';
      const tok = raw.replace(/[,;:.)]+$/u, '') || raw;
      const closes = raw !== tok && !(tok === 'ds' || raw === 'ds.');
      const next = tokens[k + 3] ?? '';
      let take = false;
      if (raw === 'ds.' || tok === 'ds.') (take = true), (ds = true);
      else if (/^[-–]$/u.test(tok) && /^\p{Lu}/u.test(next)) take = true;
      else if (/^\p{Lu}/u.test(tok)) take = true;
      else if ((tok === 'i' || tok === 'oraz') && /^\p{Lu}/u.test(next)) take = true;
      else if (ds && /^\p{Ll}/u.test(tok) && !STOP.has(tok)) take = true;
      if (!take) break;
      len += space.length + (raw === 'ds.' ? raw.length : tok.length);
      words++;
      end = m.index! + m[0].length + len;
      if (closes) break;
    }
    if (!words) continue;
    out.push({ words: run.slice(m.index!, end), at: m.index!, cases });
    taken = end;
  }
  return out;
}

/** The unit whose name (in any case) is nearest to `words`, with the distance; null for an empty register. */
function nearestUnit(units: readonly Unit[], words: string): { unit: Unit; distance: number } | null {
  let best: { unit: Unit; distance: number } | null = null;
  for (const u of units) {
    const d = nameDistance(words, u.name);
    if (!best || d < best.distance) best = { unit: u, distance: d };
  }
  return best;
}

/** True when `words` are exactly some unit's name in one of the cases (a name the recogniser left as text on purpose). */
function isExactName(units: readonly Unit[], words: string): boolean {
  const n = normalizeName(words);
  return units.some((u) => CASES.some((c) => normalizeName(inflect(u.name, c, u.forms)) === n));
}

/** Replaces, in the text owned by `target`, the first plain occurrence of `from` by `to`. Out: a new order. */
function replaceInText(order: Order, target: string, from: string, to: readonly Inline[]): Order {
  let done = false;
  return mapOrderTexts(structuredClone(order), (t, o) => {
    if (done || o.id !== target) return t;
    return RichText.mapRuns(t, (run) => {
      const i = done ? -1 : run.indexOf(from);
      if (i < 0) return run;
      done = true;
      return [run.slice(0, i), ...to, run.slice(i + from.length)];
    });
  });
}

export const unknownUnit: Rule<CheckContext> = {
  code: 'mentions.unknown-unit',
  severity: 'warning',
  title: 'Komórka wymieniona w tekście jest komórką z § 2 i ma nazwę z § 2',
  source: { kind: 'spec', ref: 'spec/glossary.md: komórka organizacyjna (rejestr § 2 jedynym źródłem nazw); § 6 ZTP' },
  check(ctx) {
    const units = ctx.order.units;
    // an amending order's words quote and cite the amended order; the units it carries are its annex's chart (issue 17)
    if (!units.length || ctx.order.meta.amends) return [];
    const where = locator(ctx);
    const out: RawFinding[] = [];
    forEachOrderText(ctx.order, (t, owner) => {
      for (const run of t) {
        if (typeof run !== 'string') continue;
        for (const p of unitPhrases(run)) {
          if (isExactName(units, p.words)) continue;
          const near = nearestUnit(units, p.words);
          if (!near) continue;
          const u = near.unit;
          const close = compareNames(p.words, u.name) !== 'different';
          const c = likelyCases(wordBefore(run, p.at), wordAfter(run, p.at + p.words.length), run.slice(0, p.at)).find((x) => p.cases.includes(x)) ?? p.cases[0]!;
          const name = `${u.name}${u.symbol ? ` (${u.symbol})` : ''}`;
          out.push({
            where: where(owner),
            severity: close ? 'warning' : 'info',
            message: close
              ? `„${p.words}” nie odpowiada nazwie żadnej komórki z § 2; najbliższa: „${name}”.`
              // a name unlike every unit's: naming the nearest would send the user to a unit unrelated to it
              : `„${p.words}” nie jest komórką z § 2. Jeśli to komórka tego wydziału, dodaj ją do § 2 albo popraw nazwę; jeśli innej jednostki, tekst może tak zostać.`,
            targetId: owner.id,
            ...(close ? { fix: { label: `Zamień na „${inflect(u.name, c, u.forms)}”`, target: owner.id, data: { from: p.words, unitId: u.id, case: c } } } : {}),
          });
        }
      }
    });
    return out;
  },
  fix(order, fix) {
    const { from, unitId, case: c } = fix.data ?? {};
    if (!from || !unitId || !c) return order;
    const ref: UnitMention = { kind: 'unit', unitId, case: c as GrammaticalCase, symbol: false };
    return replaceInText(order, fix.target, from, [ref]);
  },
};

export const symbolMismatch: Rule<CheckContext> = {
  code: 'mentions.symbol-mismatch',
  severity: 'error',
  title: 'Symbol w nawiasie po nazwie komórki jest symbolem tej komórki',
  source: { kind: 'spec', ref: 'spec/glossary.md: symbol komórki (rejestr § 2)' },
  check(ctx) {
    const units = ctx.order.units;
    const where = locator(ctx);
    const out: RawFinding[] = [];
    forEachOrderText(ctx.order, (t, owner) => {
      t.forEach((x, i) => {
        const next = t[i + 1];
        if (typeof x !== 'string' || !next || typeof next === 'string' || next.kind !== 'unit' || !next.symbolOnly || !x.endsWith(' (')) return;
        const other = ctx.textContext.units.get(next.unitId);
        if (!other) return;
        for (const p of unitPhrases(x)) {
          if (p.at + p.words.length !== x.length - 2) continue;
          const u = units.find((v) => v.id !== other.id && CASES.some((c) => normalizeName(inflect(v.name, c, v.forms)) === normalizeName(p.words)));
          if (!u) continue;
          const c = CASES.find((k) => normalizeName(inflect(u.name, k, u.forms)) === normalizeName(p.words))!;
          out.push({
            where: where(owner),
            message: `Po nazwie „${p.words}” stoi symbol ${other.symbol}, który w § 2 ma „${other.name}”; ta komórka ma symbol ${u.symbol || '(brak)'}.`,
            targetId: owner.id,
            fix: { label: `Popraw symbol na ${u.symbol || 'właściwy'}`, target: owner.id, data: { from: p.words, unitId: u.id, case: c, wrong: next.unitId } },
          });
        }
      });
    });
    return out;
  },
  fix(order, fix) {
    const { from, unitId, case: c, wrong } = fix.data ?? {};
    if (!from || !unitId || !c || !wrong) return order;
    let done = false;
    return mapOrderTexts(structuredClone(order), (t, o) => {
      if (done || o.id !== fix.target) return t;
      const out: Inline[] = [];
      for (let i = 0; i < t.length; i++) {
        const x = t[i]!;
        const next = t[i + 1];
        const after = t[i + 2];
        if (!done && typeof x === 'string' && x.endsWith(`${from} (`) && next && typeof next !== 'string' && next.kind === 'unit' && next.unitId === wrong && typeof after === 'string' && after.startsWith(')')) {
          out.push(x.slice(0, x.length - from.length - 2), { kind: 'unit', unitId, case: c as GrammaticalCase, symbol: true }, after.slice(1));
          i += 2;
          done = true;
        } else out.push(x);
      }
      return Inline.normalize(out);
    });
  },
};

/** The unit of the draft that took over most tasks of the removed unit `unitId` (by the comparison with the replaced order). */
function takerOf(ctx: CheckContext, unitId: string): Unit | null {
  const against = ctx.options.against;
  if (!against || !against.units.some((u) => u.id === unitId)) return null;
  const count = new Map<string, number>();
  for (const r of comparisonFor(against, ctx.order).tasks) {
    const to = r.newOwner?.unitId;
    if (r.oldOwner?.unitId === unitId && to && to !== unitId) count.set(to, (count.get(to) ?? 0) + 1);
  }
  const best = [...count.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? ctx.unitById.get(best[0]) ?? null : null;
}

function isLive(r: Reference, ctx: CheckContext): boolean {
  const c = ctx.textContext;
  if (r.kind === 'unit') return c.units.has(r.unitId);
  if (r.kind === 'deputy') return c.deputies.has(r.deputyId);
  if (r.kind === 'position') return c.positions.has(r.positionId);
  return true;
}

export const removedMention: Rule<CheckContext> = {
  code: 'mentions.removed',
  severity: 'error',
  title: 'Tekst nie wymienia komórki, zastępcy ani stanowiska, których już nie ma',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 2 rejestr komórek; odesłanie podąża za celem' },
  check(ctx) {
    const where = locator(ctx);
    const out: RawFinding[] = [];
    forEachOrderText(ctx.order, (t, owner) => {
      Inline.refs(t).forEach((r, k) => {
        if (r.kind === 'provision' || r.kind === 'subject' || isLive(r, ctx)) return;
        const words = RichText.refText(r, ctx.textContext);
        const what = r.kind === 'unit' ? 'komórkę, której' : r.kind === 'deputy' ? 'zastępcę, którego' : 'stanowisko, którego';
        const remove: FixRef = { label: 'Usuń wzmiankę', target: owner.id, data: { index: String(k) } };
        const taker = r.kind === 'unit' ? takerOf(ctx, r.unitId) : null;
        const point: FixRef | null = taker ? { label: `Wskaż „${taker.name}”`, target: owner.id, data: { index: String(k), unitId: taker.id } } : null;
        out.push({
          where: where(owner),
          message: `„${words}” wskazuje ${what} nie ma już w zarządzeniu${taker ? `; jej zadania przejęła komórka „${taker.name}”` : ''}.`,
          targetId: owner.id,
          fix: point ?? remove,
          ...(point ? { alternatives: [remove] } : {}),
        });
      });
    });
    return out;
  },
  fix(order, fix) {
    const index = Number(fix.data?.index);
    const to = fix.data?.unitId;
    if (!Number.isInteger(index)) return order;
    let done = false;
    return mapOrderTexts(structuredClone(order), (t, o) => {
      if (done || o.id !== fix.target) return t;
      done = true;
      let k = -1;
      const at = t.findIndex((x) => typeof x !== 'string' && ++k === index);
      const r = t[at];
      if (at < 0 || !r || typeof r === 'string') return t;
      if (to && r.kind === 'unit') {
        const { written: _gone, ...rest } = r;
        return [...t.slice(0, at), { ...rest, unitId: to }, ...t.slice(at + 1)];
      }
      // the mention goes; the words around it close up (no doubled space, no space before a comma)
      const before = typeof t[at - 1] === 'string' ? (t[at - 1] as string) : null;
      const after = typeof t[at + 1] === 'string' ? (t[at + 1] as string) : null;
      const left = (before ?? '').replace(/\s+$/u, '');
      const right = (after ?? '').replace(/^\s+/u, '');
      const joint = left && right && !/^[,;:.)]/u.test(right) ? ' ' : '';
      const from = before === null ? at : at - 1;
      const upto = after === null ? at + 1 : at + 2;
      return Inline.normalize([...t.slice(0, from), left + joint + right, ...t.slice(upto)]);
    });
  },
};

export const selfMention: Rule<CheckContext> = {
  code: 'mentions.self',
  severity: 'warning',
  title: 'Zakres działania komórki nie odsyła do niej samej',
  source: { kind: 'practice', ref: 'praktyka UMK: zakres komórki mówi o współpracy z innymi komórkami' },
  check(ctx) {
    const where = locator(ctx);
    const out: RawFinding[] = [];
    forEachOrderText(ctx.order, (t, owner) => {
      if (!owner.unitId) return;
      for (const r of Inline.refs(t)) {
        if (r.kind !== 'unit' || r.unitId !== owner.unitId) continue;
        out.push({ where: where(owner), message: `Zakres działania komórki „${ctx.unitById.get(r.unitId)?.name ?? ''}” wymienia ją samą („${RichText.refText(r, ctx.textContext)}”): wskaż inną komórkę albo usuń wzmiankę.`, targetId: owner.id });
      }
    });
    return out;
  },
};

export const duplicateName: Rule<CheckContext> = {
  code: 'mentions.duplicate-name',
  severity: 'error',
  title: 'Każda komórka ma inną nazwę',
  source: { kind: 'spec', ref: 'spec/glossary.md: komórka organizacyjna (nazwa wskazuje jedną komórkę); § 6 ZTP' },
  check(ctx) {
    const seen = new Map<string, Unit>();
    const out: RawFinding[] = [];
    for (const u of ctx.order.units) {
      const key = normalizeName(u.name).toLowerCase();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, u);
        continue;
      }
      out.push({ where: ctx.unitWhere.get(u.id) ?? '§ 2', message: `Dwie komórki mają tę samą nazwę „${u.name}” (${first.symbol || 'bez symbolu'} i ${u.symbol || 'bez symbolu'}): tekst nie może wskazać, o którą chodzi.`, targetId: u.id });
    }
    return out;
  },
};

export const symbolReused: Rule<CheckContext> = {
  code: 'mentions.symbol-reused',
  severity: 'warning',
  title: 'Symbol komórki zastępowanego zarządzenia nie oznacza w projekcie innej komórki',
  source: { kind: 'practice', ref: 'praktyka UMK: symbol wskazuje komórkę także w dokumentach sprzed zmiany' },
  check(ctx) {
    const against = ctx.options.against;
    if (!against) return [];
    const cmp = comparisonFor(against, ctx.order);
    // the old unit each new unit continues (the comparison's pairing)
    const continues = new Map<string, Set<string>>();
    for (const r of cmp.units) if (r.oldUnit && r.newUnit) continues.set(r.newUnit.id, (continues.get(r.newUnit.id) ?? new Set()).add(r.oldUnit.id));
    const out: RawFinding[] = [];
    for (const u of ctx.order.units) {
      if (!u.symbol) continue;
      const old = against.units.find((x) => x.symbol === u.symbol);
      if (!old || continues.get(u.id)?.has(old.id)) continue;
      const was = [...(continues.get(u.id) ?? [])][0];
      const wasUnit = was ? against.units.find((x) => x.id === was) : undefined;
      out.push({
        where: ctx.unitWhere.get(u.id) ?? '§ 2',
        message: `Symbol ${u.symbol} oznaczał w zarządzeniu nr ${against.meta.number ?? ''} komórkę „${old.name}”, a ${ctx.order.meta.status === 'draft' ? 'w projekcie' : 'w tym zarządzeniu'} oznacza „${u.name}”${wasUnit ? ` (dawniej ${wasUnit.symbol || wasUnit.name})` : ' (nową komórkę)'}: nadaj jej nowy symbol albo wyjaśnij zmianę w uzasadnieniu.`,
        targetId: u.id,
      });
    }
    return out;
  },
};

export const MENTION_RULES = [unknownUnit, symbolMismatch, removedMention, selfMention, duplicateName, symbolReused];
