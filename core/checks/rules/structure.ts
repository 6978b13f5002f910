/**
 * Rules on the structure of an organisational order: every unit of the register has one scope paragraph and
 * one existing superior, no cycles, sub-units under an existing parent, the deputies of § 1 match § 3 and the
 * numeral, a unit is named the same way everywhere, and the subject is named consistently.
 * Source: spec/document-format.md (Parts: § 1–§ 4 and the model notes), the practice of the city hall.
 */
import { compareNames, GRAMMATICAL_CASES, nameDistance, normalizeName, toNominative, inflect, type GrammaticalCase } from '../../language/index.js';
import { likelyCases, wordAfter, wordBefore } from '../../mentions/units.js';
import type { Order, SuperiorRef, Unit } from '../../model/order.js';
import { RichText } from '../../model/rich-text.js';
import { nameBeforeSymbol, paragraphOf, symbolAtEnd, type CheckContext } from '../context.js';
import { cloneOrder } from '../edit.js';
import type { RawFinding, Rule } from '../types.js';

const isOrganizational = (ctx: CheckContext): boolean => ctx.order.meta.kind === 'organizational';

function label(u: Unit): string {
  return u.symbol ? `${u.name} (${u.symbol})` : u.name;
}

/** Every unit has exactly one scope paragraph. */
export const scopeParagraph: Rule<CheckContext> = {
  code: 'structure.scope',
  severity: 'error',
  title: 'Każda komórka ma dokładnie jeden paragraf z zakresem działania',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 4 … scopes (jeden paragraf na komórkę, w kolejności § 2)' },
  check(ctx) {
    if (!isOrganizational(ctx)) return [];
    const count = new Map<string, number[]>();
    ctx.order.paragraphs.forEach((p, i) => {
      if (p.role !== 'scope') return;
      for (const id of p.unitIds ?? []) count.set(id, [...(count.get(id) ?? []), i + 1]);
    });
    const out: RawFinding[] = [];
    for (const u of ctx.order.units) {
      const at = count.get(u.id) ?? [];
      if (at.length === 0) out.push({ where: ctx.unitWhere.get(u.id)!, message: `Komórka ${label(u)} nie ma paragrafu z zakresem działania.`, targetId: u.id });
      else if (at.length > 1) out.push({ where: `§ ${at[1]}`, message: `Zakres działania komórki ${label(u)} określono w kilku paragrafach (${at.map((n) => `§ ${n}`).join(', ')}).`, targetId: u.id });
    }
    return out;
  },
};

function superiorExists(order: Order, ref: SuperiorRef): boolean {
  if (ref.kind === 'deputy') return !!order.leadership?.deputies.some((d) => d.id === ref.id);
  if (ref.kind === 'unit') return order.units.some((u) => u.id === ref.id);
  if (ref.kind === 'head') return !!order.leadership;
  if (ref.kind === 'external') return ref.name.trim() !== '';
  return true;
}

/** The superior of every unit and deputy exists; no unit is its own superior through a chain. */
export const superiors: Rule<CheckContext> = {
  code: 'structure.superior',
  severity: 'error',
  title: 'Przełożony każdej komórki i zastępcy istnieje, bez cykli podległości',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 3 subordination (każda komórka i zastępca ma dokładnie jednego przełożonego)' },
  check(ctx) {
    if (!isOrganizational(ctx)) return [];
    const out: RawFinding[] = [];
    const { order } = ctx;
    for (const u of order.units) {
      if (!superiorExists(order, u.reportsTo)) {
        out.push({ where: ctx.unitWhere.get(u.id)!, message: `Komórka ${label(u)} podlega przełożonemu, którego nie ma w zarządzeniu.`, targetId: u.id });
      }
    }
    for (const d of order.leadership?.deputies ?? []) {
      if (!superiorExists(order, d.reportsTo)) out.push({ where: '§ 1', message: `${d.name} podlega przełożonemu, którego nie ma w zarządzeniu.`, targetId: d.id });
    }
    // cycles through unit → unit and deputy → deputy links
    const next = (key: string): string | null => {
      const [kind, id] = key.split(':') as [string, string];
      const ref = kind === 'unit' ? order.units.find((u) => u.id === id)?.reportsTo : order.leadership?.deputies.find((d) => d.id === id)?.reportsTo;
      if (!ref || (ref.kind !== 'unit' && ref.kind !== 'deputy')) return null;
      return `${ref.kind}:${ref.id}`;
    };
    const reported = new Set<string>();
    const starts = [...order.units.map((u) => `unit:${u.id}`), ...(order.leadership?.deputies ?? []).map((d) => `deputy:${d.id}`)];
    for (const s of starts) {
      const seen = new Set<string>();
      let k: string | null = s;
      while (k && !seen.has(k)) {
        seen.add(k);
        k = next(k);
      }
      if (k && k === s && !reported.has(s)) {
        for (const x of seen) reported.add(x);
        const names = [...seen].map((x) => {
          const [kind, id] = x.split(':');
          return kind === 'unit' ? label(order.units.find((u) => u.id === id)!) : order.leadership!.deputies.find((d) => d.id === id)!.name;
        });
        const first = [...seen][0]!.split(':');
        out.push({ where: first[0] === 'unit' ? ctx.unitWhere.get(first[1]!)! : '§ 3', message: `Podległość tworzy cykl: ${names.join(' → ')} → ${names[0]}.`, targetId: first[1] });
      }
    }
    return out;
  },
};

/** Sub-units stand under an existing unit, and the parent chain has no cycle. */
export const subunitParent: Rule<CheckContext> = {
  code: 'structure.parent',
  severity: 'error',
  title: 'Komórka podrzędna należy do istniejącej komórki',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 2 units (komórki podrzędne pod komórką nadrzędną)' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const u of ctx.order.units) {
      if (u.parentId === null) continue;
      const seen = new Set<string>([u.id]);
      let p = ctx.unitById.get(u.parentId);
      if (!p) {
        out.push({ where: ctx.unitWhere.get(u.id)!, message: `Komórka ${label(u)} jest przypisana do komórki nadrzędnej, której nie ma w § 2.`, targetId: u.id });
        continue;
      }
      while (p && p.parentId !== null && !seen.has(p.id)) {
        seen.add(p.id);
        p = ctx.unitById.get(p.parentId);
      }
      if (p && seen.has(p.id)) out.push({ where: ctx.unitWhere.get(u.id)!, message: `Komórka ${label(u)} jest (pośrednio) komórką podrzędną samej siebie.`, targetId: u.id });
    }
    return out;
  },
};

/** Units named in § 3 (by symbol) and how often. */
function subordinationMentions(ctx: CheckContext): { unit: Unit; where: string; name: string }[] {
  const out: { unit: Unit; where: string; name: string }[] = [];
  const bySymbol = new Map(ctx.order.units.filter((u) => u.symbol).map((u) => [u.symbol, u]));
  for (const e of ctx.enumerations) {
    if (e.role !== 'subordination') continue;
    e.items.forEach((it, i) => {
      const text = ctx.plain(it.text);
      const sym = symbolAtEnd(text);
      const u = sym ? bySymbol.get(sym) : undefined;
      if (u) out.push({ unit: u, where: e.itemWhere[i]!, name: nameBeforeSymbol(text, sym!) });
    });
  }
  return out;
}

/** Ustępy of § 3 whose subject is a unit (`Samodzielne stanowisko … podlega bezpośrednio Prezydentowi …`). */
function subordinationSubjects(ctx: CheckContext): { unit: Unit; where: string; name: string }[] {
  const sub = paragraphOf(ctx, 'subordination');
  if (!sub) return [];
  const content = sub.p.content ?? [];
  const out: { unit: Unit; where: string; name: string }[] = [];
  content.forEach((u, i) => {
    if (u.items.length) return;
    const m = /^(.*?)\s+podlega(?:ją)?\s+bezpośrednio\s*(.*?)[.;]?$/u.exec(ctx.plain(u.text));
    if (!m) return;
    // `Unit podlega bezpośrednio Superior` or `Superior podlega bezpośrednio Unit`: the unit side carries a symbol or a register name
    const after = m[2]!.trim();
    const unitAfter = symbolAtEnd(after) !== null || ctx.order.units.some((x) => nameDistance(x.name, after) <= 2);
    const side = unitAfter ? after : m[1]!;
    const written = nameBeforeSymbol(side, symbolAtEnd(side) ?? '\u0000').trim();
    let best: Unit | null = null;
    let bestD = Infinity;
    for (const unit of ctx.order.units) {
      const d = nameDistance(unit.name, written);
      if (d < bestD) {
        bestD = d;
        best = unit;
      }
    }
    if (best && bestD <= 3) out.push({ unit: best, where: content.length > 1 ? `§ ${sub.no} ust. ${i + 1}` : `§ ${sub.no}`, name: written });
  });
  return out;
}

/** Each unit that § 3 lists is listed once: one superior. */
export const subordinationOnce: Rule<CheckContext> = {
  code: 'structure.subordination',
  severity: 'error',
  title: 'Każda komórka wymieniona w § 3 jeden raz (jeden przełożony)',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 3 subordination' },
  check(ctx) {
    if (!isOrganizational(ctx)) return [];
    const byUnit = new Map<string, string[]>();
    for (const m of [...subordinationMentions(ctx), ...subordinationSubjects(ctx)]) byUnit.set(m.unit.id, [...(byUnit.get(m.unit.id) ?? []), m.where]);
    const out: RawFinding[] = [];
    for (const [id, at] of byUnit) {
      if (at.length > 1) out.push({ where: at[1]!, message: `Komórka ${label(ctx.unitById.get(id)!)} ma w § 3 kilku przełożonych (${at.join(', ')}).`, targetId: id });
    }
    return out;
  },
};

const NUMERALS: Record<string, number> = { jednego: 1, dwóch: 2, dwu: 2, trzech: 3, czterech: 4, pięciu: 5, sześciu: 6, siedmiu: 7, ośmiu: 8, dziewięciu: 9 };

/** The number of deputies § 1 declares: from the numeral (`przy pomocy dwóch Zastępców`), 1 for a lone `Zastępcy`, 0 for none; null when § 1 is not written text. */
export function declaredDeputies(text: string): number | null {
  const m = /(\p{L}+)\s+Zastępców/u.exec(text);
  if (m) return NUMERALS[m[1]!.toLowerCase()] ?? null;
  // deputies named one by one: `przy pomocy Zastępcy Dyrektora ds. A i Zastępcy Dyrektora ds. B`
  const named = /przy pomocy\s+(.*)$/u.exec(text)?.[1];
  if (named) {
    const n = named.match(/(?:^|\s)(?:[IVX]+\s+)?Zastępcy(?!\p{L})/gu)?.length ?? 0;
    if (n > 0) return n;
  }
  if (/przy pomocy\s+(?:\S+\s+)?Zastępcy\b|podlega\s+Zastępca\b/u.test(text)) return 1;
  return 0;
}

/** Deputies declared in § 1 (numeral) = deputies of the model = deputies § 3 names. */
export const deputiesMatch: Rule<CheckContext> = {
  code: 'structure.deputies',
  severity: 'error',
  title: 'Liczba zastępców w § 1 zgodna z § 3',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 1 leadership (liczebnik słownie) i § 3' },
  check(ctx) {
    if (!isOrganizational(ctx) || !ctx.order.leadership) return [];
    const lead = paragraphOf(ctx, 'leadership');
    const first = lead?.p.content?.[0];
    if (!lead || !first?.written) return [];
    const declared = declaredDeputies(ctx.plain(first.text));
    if (declared === null) return [];
    const deputies = ctx.order.leadership.deputies;
    const where = (lead.p.content?.length ?? 0) > 1 ? `§ ${lead.no} ust. 1` : `§ ${lead.no}`;
    if (declared !== deputies.length) {
      const said = declared === 0 ? 'kierowaniu bez zastępców' : declared === 1 ? 'jednym zastępcy' : `${declared} zastępcach`;
      const found = deputies.length === 0 ? 'nie występuje żaden zastępca' : `liczba zastępców wynosi ${deputies.length} (${deputies.map((d) => d.name).join(', ')})`;
      return [{ where, message: `§ ${lead.no} mówi o ${said}, a w zarządzeniu (§ 3) ${found}.` }];
    }
    return [];
  },
};

interface NameOccurrence {
  where: string;
  name: string;
  /** The written name is the register's (nominative, source of truth). */
  register: boolean;
  nominative: boolean;
}

/** Names the register, § 3 and the scope headings give each unit. */
export function unitNameOccurrences(ctx: CheckContext): Map<string, NameOccurrence[]> {
  const out = new Map<string, NameOccurrence[]>();
  const add = (u: Unit, o: NameOccurrence): void => {
    out.set(u.id, [...(out.get(u.id) ?? []), o]);
  };
  for (const u of ctx.order.units) {
    const item = ctx.unitItem.get(u.id);
    if (item) add(u, { where: ctx.unitWhere.get(u.id)!, name: nameBeforeSymbol(ctx.plain(item.text), u.symbol), register: true, nominative: true });
  }
  for (const m of subordinationMentions(ctx)) add(m.unit, { where: m.where, name: m.name, register: false, nominative: true });
  for (const m of subordinationSubjects(ctx)) add(m.unit, { where: m.where, name: m.name, register: false, nominative: true });
  for (const h of scopeHeadings(ctx)) add(h.unit, { where: h.where, name: h.written, register: false, nominative: false });
  return out;
}

/** Each unit named with its symbol in a written scope heading, and the name as written there. */
export function scopeHeadings(ctx: CheckContext): { paragraphId: string; intro: string; where: string; unit: Unit; written: string }[] {
  const out: { paragraphId: string; intro: string; where: string; unit: Unit; written: string }[] = [];
  ctx.order.paragraphs.forEach((p, i) => {
    if (p.role !== 'scope' || !p.writtenIntro) return;
    for (const id of p.unitIds ?? []) {
      const u = ctx.unitById.get(id);
      if (!u?.symbol) continue;
      const written = headingName(p.writtenIntro, u);
      if (written) out.push({ paragraphId: p.id, intro: p.writtenIntro, where: `§ ${i + 1}`, unit: u, written });
    }
  });
  return out;
}

/** The unit's name as a scope heading writes it before `(SYMBOL)`, as many words as the name has; null if absent. */
export function headingName(intro: string, u: Unit): string | null {
  const at = intro.indexOf(`(${u.symbol})`);
  if (at < 0) return null;
  const before = normalizeName(intro.slice(0, at));
  const words = normalizeName(u.name).split(' ').length;
  const tokens = before.split(' ');
  if (tokens.length < words) return null;
  return tokens.slice(tokens.length - words).join(' ');
}

/** A unit is named the same way everywhere it is named. */
export const unitNameConsistent: Rule<CheckContext> = {
  code: 'structure.unit-name',
  severity: 'error',
  title: 'Komórka nazwana tak samo we wszystkich miejscach zarządzenia',
  source: { kind: 'spec', ref: 'spec/document-format.md: rejestr komórek jest jedynym źródłem nazw (§ 2, § 3, nagłówki zakresów)' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [id, occ] of unitNameOccurrences(ctx)) {
      if (occ.length < 2) continue;
      const u = ctx.unitById.get(id)!;
      // group occurrences that name the same name (in any case)
      const groups: NameOccurrence[][] = [];
      for (const o of occ) {
        const g = groups.find((gr) => compareNames(gr[0]!.name, o.name) === 'same');
        if (g) g.push(o);
        else groups.push([o]);
      }
      if (groups.length < 2) continue;
      groups.sort((a, b) => b.length - a.length || (a.some((o) => o.register) ? -1 : 1));
      const ref = groups[0]!;
      for (const g of groups.slice(1)) {
        // only spellings of the same name; a heading cut at the wrong word is not a second name
        if (compareNames(ref[0]!.name, g[0]!.name) !== 'misspelt') continue;
        const tie = g.length === ref.length;
        const odd = tie && g.some((o) => o.register) ? ref : g;
        const good = odd === g ? ref : g;
        const refNom = good.find((o) => o.nominative)?.name ?? toNominative(good[0]!.name, 'genitive');
        const fixable = odd.some((o) => o.register);
        out.push({
          where: odd[0]!.where,
          message: `Komórka ${u.symbol || u.name} jest nazwana w ${odd.map((o) => o.where).join(', ')} „${odd[0]!.name}”, a w ${good.map((o) => o.where).join(', ')} „${good[0]!.name}”: jedna komórka, dwie nazwy.`,
          targetId: u.id,
          ...(fixable ? { fix: { label: `Nazwij „${refNom}”`, target: u.id, data: { name: refNom, old: odd.find((o) => o.register)!.name } } } : {}),
        });
      }
    }
    return out;
  },
  fix(order, fix) {
    const copy = cloneOrder(order);
    const u = copy.units.find((x) => x.id === fix.target);
    const name = fix.data?.name;
    const old = fix.data?.old;
    if (!u || !name) return copy;
    u.name = name;
    for (const p of copy.paragraphs) {
      if (p.role !== 'units' || !old) continue;
      for (const us of p.content ?? []) for (const it of us.items) if (u.symbol && symbolAtEnd(RichText.plain(it.text, copy)) === u.symbol) it.text = RichText.mapRuns(it.text, (run) => run.replace(old, name));
    }
    return copy;
  },
};

const SUBJECT_WORDS: Record<string, RegExp> = {
  wydzial: /(?<!\p{L})Wydzia(?:ł|łu|łowi|łem|le)(?=$|[\s.,;:)]+(?:\p{Ll}|$))/gu,
  kancelaria: /(?<!\p{L})Kancelari(?:a|i|ą|ę)(?=$|[\s.,;:)]+(?:\p{Ll}|$))/gu,
  biuro: /(?<!\p{L})Biur(?:o|a|u|em|ze)(?=$|[\s.,;:)]+(?:\p{Ll}|$))/gu,
};
/** The nominative of each kind of `SUBJECT_WORDS`. */
const KIND_NOMINATIVE: Record<string, string> = { wydzial: 'Wydział', kancelaria: 'Kancelaria', biuro: 'Biuro' };

/**
 * The case a kind word of `SUBJECT_WORDS` is in where it stands: among the cases whose form it is (`Kancelarii`:
 * genitive, dative, locative; `Wydział`: nominative, accusative), the one the word before it calls for
 * (`likelyCases`, core/mentions/units.ts).
 */
function caseOfKindWord(kind: string, word: string, text: string, at: number): GrammaticalCase {
  const cases = GRAMMATICAL_CASES.filter((c) => inflect(KIND_NOMINATIVE[kind]!, c) === word);
  return likelyCases(wordBefore(text, at), wordAfter(text, at + word.length), text.slice(0, at)).find((c) => cases.includes(c)) ?? 'nominative';
}

/** The subject's kind word (`wydzial`, `kancelaria`, `biuro`) from its nominative name. */
function subjectKind(subject: string): string | null {
  const w = subject.trim().split(/\s+/)[0]?.toLowerCase();
  return w === 'wydział' ? 'wydzial' : w === 'kancelaria' ? 'kancelaria' : w === 'biuro' ? 'biuro' : null;
}

/** The order names its subject consistently: an office's order does not speak of `Wydziału` (a copied text). */
export const subjectConsistent: Rule<CheckContext> = {
  code: 'structure.subject-name',
  severity: 'warning',
  title: 'Przedmiot zarządzenia nazwany konsekwentnie (np. zarządzenie Kancelarii nie mówi o „Wydziale”)',
  source: { kind: 'practice', ref: 'praktyka UMK: tekst przeniesiony z zarządzenia innej komórki (1630/2007 § 6 pkt 15)' },
  check(ctx) {
    const subject = ctx.order.meta.subject;
    if (!subject || !isOrganizational(ctx)) return [];
    const own = subjectKind(subject);
    if (!own) return [];
    const others = Object.entries(SUBJECT_WORDS).filter(([k]) => k !== own);
    const out: RawFinding[] = [];
    const scan = (text: string, where: string, id: string): void => {
      for (const [kind, re] of others) {
        re.lastIndex = 0;
        const m = re.exec(text);
        if (!m) continue;
        const replacement = inflect(subject, caseOfKindWord(kind, m[0], text, m.index), ctx.order.meta.subjectForms);
        out.push({
          where,
          message: `Zarządzenie dotyczy jednostki „${subject}”, a tekst mówi o „${m[0]}” — prawdopodobnie przeniesiony z zarządzenia innej komórki.`,
          targetId: id,
          ...(replacement ? { fix: { label: `Zamień na „${replacement}”`, target: id, data: { from: m[0], to: replacement } } } : {}),
        });
      }
    };
    for (const e of ctx.enumerations) e.items.forEach((it, i) => scan(ctx.plain(it.text), e.itemWhere[i]!, it.id));
    return out;
  },
  fix(order, fix) {
    const copy = cloneOrder(order);
    const from = fix.data?.from;
    const to = fix.data?.to;
    if (!from || !to) return copy;
    const visit = (items: Order['commonDuties']): void => {
      for (const it of items ?? []) {
        if (it.id === fix.target) it.text = RichText.mapRuns(it.text, (run) => run.replace(new RegExp(`(?<!\\p{L})${from}(?!\\p{L})`, 'u'), to));
        visit(it.children);
      }
    };
    for (const u of copy.units) if (u.scope.kind === 'tasks') {
      visit(u.scope.tasks);
      for (const p of u.scope.positions) visit(p.tasks);
    }
    visit(copy.commonDuties);
    for (const p of copy.paragraphs) for (const us of p.content ?? []) visit(us.items);
    return copy;
  },
};

export const STRUCTURE_RULES = [scopeParagraph, superiors, subunitParent, subordinationOnce, deputiesMatch, unitNameConsistent, subjectConsistent];
