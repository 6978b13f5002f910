/**
 * Language rules, through the language module: scope headings name the unit in the genitive, § 3 names the
 * superior in the dative with the verb agreeing (`podlega` / `podlegają`), and the execution clause names the
 * head in the dative. Source: spec/document-format.md (Language; Parts: § 3, § 4 … scopes, execution).
 */
import { compareNames, inflect, isDativeOf, isGenitiveOf, nameDistance, subordinationVerb, toNominative } from '../../language/index.js';
import { paragraphOf, symbolAtEnd, type CheckContext } from '../context.js';
import { cloneOrder } from '../edit.js';
import type { RawFinding, Rule } from '../types.js';
import { scopeHeadings } from './structure.js';

/** Scope headings in the genitive (`Do zakresu działania Referatu Organizacyjnego`). */
export const headingGenitive: Rule<CheckContext> = {
  code: 'language.heading-genitive',
  severity: 'warning',
  title: 'Nazwa komórki w nagłówku zakresu działania w dopełniaczu',
  source: { kind: 'spec', ref: 'spec/document-format.md: Language (dopełniacz w nagłówkach zakresów)' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const { paragraphId, intro, where, unit: u, written } of scopeHeadings(ctx)) {
      if (compareNames(written, u.name) !== 'same' || isGenitiveOf(u.name, written, u.forms)) continue;
      const gen = inflect(u.name, 'genitive', u.forms);
      out.push({
        where,
        message: `Nagłówek zakresu działania nazywa komórkę „${written}”; po „Do zakresu działania” nazwa stoi w dopełniaczu: „${gen}”.`,
        targetId: u.id,
        ...(intro.includes(written) ? { fix: { label: `Popraw na „${gen}”`, target: paragraphId, data: { from: written, to: gen } } } : {}),
      });
    }
    return out;
  },
  fix(order, fix) {
    const copy = cloneOrder(order);
    const p = copy.paragraphs.find((x) => x.id === fix.target);
    if (p?.writtenIntro && fix.data?.from && fix.data.to) p.writtenIntro = p.writtenIntro.replace(fix.data.from, fix.data.to);
    return copy;
  },
};

/** Names a § 3 superior may have, nominative: the head (`Dyrektor Wydziału`), the deputies, the units. */
function superiorNames(ctx: CheckContext): string[] {
  const names: string[] = [];
  const lead = ctx.order.leadership;
  if (lead) {
    names.push(...lead.deputies.map((d) => d.name));
  }
  names.push(...ctx.order.units.map((u) => u.name));
  return names;
}

const KNOWN_DATIVES = /^(Prezydentowi|Sekretarzowi|Skarbnikowi|Dyrektorowi|Zastępcy|Kierownikowi|Pełnomocnikowi|I+\s+Zastępcy|I?V\s+Zastępcy)\b/u;

/** § 3: the superior in the dative and the verb agreeing with the number of subordinates. */
export const subordinationLanguage: Rule<CheckContext> = {
  code: 'language.subordination',
  severity: 'warning',
  title: 'Przełożony w § 3 w celowniku, czasownik „podlega”/„podlegają” zgodny z liczbą',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 3 subordination i Language (celownik)' },
  check(ctx) {
    const sub = paragraphOf(ctx, 'subordination');
    if (!sub) return [];
    const content = sub.p.content ?? [];
    const out: RawFinding[] = [];
    const headDative = ctx.order.leadership ? inflect(ctx.order.leadership.head, 'dative') : null;
    const names = superiorNames(ctx);
    content.forEach((u, i) => {
      if (!u.written) return;
      const where = content.length > 1 ? `§ ${sub.no} ust. ${i + 1}` : `§ ${sub.no}`;
      const m = /^(.*?)\s+(podlega|podlegają)\s+bezpośrednio\b(.*)$/u.exec(ctx.plain(u.text));
      if (!m) return;
      const [, before, verb, after] = m as unknown as [string, string, string, string];
      if (u.items.length) {
        const x = before.trim();
        const isHead = headDative !== null && x.split(/\s+/)[0] === headDative;
        if (!isHead) {
          let best: string | null = null;
          let bestD = Infinity;
          for (const n of names) {
            const d = nameDistance(n, x);
            if (d < bestD) {
              bestD = d;
              best = n;
            }
          }
          if (best && bestD === 0 && !isDativeOf(best, x)) {
            out.push({ where, message: `Przełożony „${x}” powinien stać w celowniku: „${inflect(best, 'dative')}”.`, targetId: u.id });
          } else if (!best || bestD > 2) {
            if (!KNOWN_DATIVES.test(x)) out.push({ where, message: `Nie rozpoznano przełożonego „${x}” jako celownika nazwy kierującego, zastępcy lub komórki.`, targetId: u.id, severity: 'info' });
          }
        }
        const n = u.items.length;
        const expVerb = subordinationVerb(n);
        if (verb !== expVerb) out.push({ where, message: `Podlega ${n === 1 ? 'jedna komórka lub osoba' : `${n} komórek lub osób`}: powinno być „${expVerb}”, a jest „${verb}”.`, targetId: u.id });
      } else {
        // `X podlega bezpośrednio Y` or `Y podlega bezpośrednio X`: the superior is the side that opens in the
        // dative (`Prezydentowi`, `I Zastępcy Dyrektora`); otherwise whichever side is not a unit of the register
        const a = after.trim().replace(/^:\s*/, '').replace(/[.;,]$/, '');
        const leftDative = /^(?:[IVX]+\s+)?(?:\p{Lu}\p{Ll}*owi|Zastępcy)(?!\p{L})/u.test(before.trim());
        const afterIsUnit = leftDative || symbolAtEnd(a) !== null || ctx.order.units.some((un) => nameDistance(un.name, a) <= 2);
        const sup = afterIsUnit ? before.trim() : a;
        const isHead = headDative !== null && sup.split(/\s+/)[0] === headDative;
        if (sup && !isHead && !KNOWN_DATIVES.test(sup) && !names.some((n) => isDativeOf(n, sup))) {
          out.push({ where, message: `Przełożony „${sup}” powinien stać w celowniku (np. „Prezydentowi Miasta Krakowa”).`, targetId: u.id });
        }
      }
    });
    return out;
  },
};

/** The execution clause names the head of the subject in the dative (`Dyrektorowi Wydziału`). */
export const executionDative: Rule<CheckContext> = {
  code: 'language.execution',
  severity: 'warning',
  title: 'Wykonanie zarządzenia powierza się kierującemu (w celowniku)',
  source: { kind: 'spec', ref: 'spec/document-format.md: execution (`Wykonanie zarządzenia powierza się Dyrektorowi Wydziału.`)' },
  check(ctx) {
    const ex = ctx.order.execution;
    const lead = ctx.order.leadership;
    if (!ex || !lead || ctx.order.meta.kind !== 'organizational') return [];
    const p = paragraphOf(ctx, 'execution');
    const where = p ? `§ ${p.no}` : '§ 1';
    const nom = toNominative(ex.addressee, 'dative');
    const headWord = lead.head.split(/\s+/)[0]!;
    if (nom === ex.addressee || !isDativeOf(nom, ex.addressee)) {
      return [{ where, message: `Adresat wykonania „${ex.addressee}” powinien stać w celowniku (np. „${inflect(lead.head, 'dative')} ${ctx.order.leadership?.shortName ? inflect(ctx.order.leadership.shortName, 'genitive') : ''}”).`.replace(' ”', '”') }];
    }
    if (nom.split(/\s+/)[0] !== headWord) {
      return [{ where, message: `Wykonanie zarządzenia powierzono „${ex.addressee}”, a kieruje ${lead.head}.`, severity: 'info' }];
    }
    return [];
  },
};

export const LANGUAGE_RULES = [headingGenitive, subordinationLanguage, executionDative];
