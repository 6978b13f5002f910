/**
 * Final clauses: the repeal present and matching the order it replaces (number, date, title), entry into force
 * not before signing, the annex reference present when the order has units, the journal citation (metryczka)
 * of the legal basis current on the order's date. The execution clause is checked in `language.ts`.
 * Source: spec/document-format.md (Parts: legal basis, annex reference, repeal, entry into force) and the
 * bundled metryczka data (templates/journal-citations.json).
 */
import { compareJournalCitations, newestKnown } from '../../legal-basis/citations.js';
import { formatJournalCitation, loadJournalCitations, sameJournalCitation } from '../../templates/index.js';
import { JournalCitationSchema, type JournalCitation, type Order } from '../../model/order.js';
import { MONTHS } from '../../lexicon/index.js';
import { paragraphOf, type CheckContext } from '../context.js';
import { cloneOrder } from '../edit.js';
import type { RawFinding, Rule } from '../types.js';


/** `2024-12-30` → `30 grudnia 2024 r.`; other text unchanged. */
export function polishDate(iso: string | null): string {
  if (!iso) return 'bez daty';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]} r.` : iso;
}

function normTitle(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').replace(/[.\s]+$/, '').trim().toLowerCase();
}

function normNumber(s: string | null): string {
  return (s ?? '').replace(/^(?:nr|Nr|NR)\.?\s*/, '').trim();
}

/** Where a missing final clause would stand: before the entry into force, else after the last paragraf. */
function finalWhere(ctx: CheckContext, role: 'repeal' | 'annex'): string {
  const own = paragraphOf(ctx, role);
  if (own) return `§ ${own.no}`;
  const after = role === 'annex' ? ['execution', 'repeal', 'entryIntoForce'] : ['entryIntoForce'];
  const i = ctx.order.paragraphs.findIndex((p) => after.includes(p.role));
  return `§ ${i >= 0 ? i + 1 : ctx.order.paragraphs.length + 1}`;
}

/** Repeal present; with `against`, it names that order with its number, date and title. */
export const repealMatches: Rule<CheckContext> = {
  code: 'final.repeal',
  severity: 'error',
  title: 'Przepis uchylający wskazuje zarządzenie zastępowane (numer, data, tytuł)',
  source: { kind: 'spec', ref: 'spec/document-format.md: repeal (numer, data i pełny tytuł zgodne z rejestrem)' },
  check(ctx) {
    const { order, options } = ctx;
    if (order.meta.kind !== 'organizational') return [];
    const where = finalWhere(ctx, 'repeal');
    const against = options.against;
    if (!against) {
      if (!order.repeals.length) return [{ where, severity: 'warning', message: 'Zarządzenie organizacyjne nie uchyla żadnego zarządzenia: sprawdź, czy nie zastępuje zarządzenia obowiązującego.' }];
      return [];
    }
    const fix = { label: `Uchyl zarządzenie nr ${against.meta.number ?? ''}`, target: '' };
    const want = normNumber(against.meta.number);
    const r = order.repeals.find((x) => normNumber(x.number) === want);
    if (!r) {
      const cited = order.repeals.map((x) => `nr ${x.number}${x.date ? ` z dnia ${polishDate(x.date)}` : ''}`).join(', ');
      return [{
        where,
        message: cited
          ? `Przepis uchylający wskazuje zarządzenie ${cited}, a zarządzeniem zastępowanym (obowiązującym) jest nr ${against.meta.number} z dnia ${polishDate(against.meta.date)}`
          : `Brak przepisu uchylającego zarządzenie nr ${against.meta.number} z dnia ${polishDate(against.meta.date)}, które ten projekt zastępuje.`,
        fix,
      }];
    }
    const out: RawFinding[] = [];
    if (against.meta.date && r.date !== against.meta.date) {
      out.push({ where, message: `Przepis uchylający podaje datę ${polishDate(r.date)}, a zarządzenie nr ${against.meta.number} wydano ${polishDate(against.meta.date)}`, fix });
    }
    if (against.meta.title && normTitle(r.title) !== normTitle(against.meta.title)) {
      out.push({ where, message: `Przepis uchylający podaje tytuł „${r.title}”, a zarządzenie nr ${against.meta.number} ma tytuł „${against.meta.title}”.`, fix });
    }
    return out;
  },
  fix(order) {
    // the fix needs the replaced order: applyFix passes it through `withAgainst`
    return order;
  },
};

/** The repeal fix with the replaced order at hand (used by `applyFix`). */
export function fixRepeal(order: Order, against: Order): Order {
  const copy = cloneOrder(order);
  const keep = copy.repeals.filter((r) => normNumber(r.number) === normNumber(against.meta.number));
  copy.repeals = [{ number: against.meta.number ?? '', date: against.meta.date, title: against.meta.title.replace(/\.$/, '') }, ...keep.slice(1)];
  const p = copy.paragraphs.find((x) => x.role === 'repeal');
  if (p) delete p.content;
  else {
    const at = copy.paragraphs.findIndex((x) => x.role === 'entryIntoForce');
    copy.paragraphs.splice(at < 0 ? copy.paragraphs.length : at, 0, { id: `repeal-${copy.paragraphs.length + 1}`, role: 'repeal' });
  }
  return copy;
}

/** Entry into force present, dated, and not before signing. */
export const entryIntoForce: Rule<CheckContext> = {
  code: 'final.entry-into-force',
  severity: 'error',
  title: 'Wejście w życie określone i nie przed dniem podpisania',
  source: { kind: 'spec', ref: 'spec/document-format.md: entry into force (z dniem podpisania, z dniem …, po upływie … dni)' },
  check(ctx) {
    const e = ctx.order.entryIntoForce;
    const p = paragraphOf(ctx, 'entryIntoForce');
    const where = p ? `§ ${p.no}` : `§ ${ctx.order.paragraphs.length + 1}`;
    if (!e) return [{ where, severity: 'warning', message: 'Zarządzenie nie określa, kiedy wchodzi w życie.' }];
    if (e.kind !== 'date') return [];
    if (!e.date) return [{ where, severity: 'warning', message: 'Przepis o wejściu w życie nie podaje daty.' }];
    if (ctx.date && e.date < ctx.date) {
      return [{
        where,
        message: `Zarządzenie wchodzi w życie ${polishDate(e.date)}, wcześniej niż ${ctx.order.meta.date ? `je podpisano (${polishDate(ctx.order.meta.date)})` : `dziś (${polishDate(ctx.date)})`}.`.replace('r.).', 'r.).'),
        fix: { label: 'Wejście w życie z dniem podpisania', target: '' },
      }];
    }
    return [];
  },
  fix(order) {
    const copy = cloneOrder(order);
    copy.entryIntoForce = { kind: 'signing' };
    const p = copy.paragraphs.find((x) => x.role === 'entryIntoForce');
    if (p) delete p.content;
    return copy;
  },
};

/** An organisational order with units refers to its chart annex. */
export const annexReference: Rule<CheckContext> = {
  code: 'final.annex',
  severity: 'warning',
  title: 'Przepis o załączniku (schemat organizacyjny), gdy zarządzenie ma komórki',
  source: { kind: 'spec', ref: 'spec/document-format.md: annex reference (`Graficzny schemat organizacyjny … stanowi załącznik do zarządzenia.`)' },
  check(ctx) {
    const o = ctx.order;
    if (o.meta.kind !== 'organizational' || !o.units.length || o.annex.present) return [];
    return [{ where: finalWhere(ctx, 'annex'), message: 'Brak przepisu o załączniku: schemat organizacyjny jednostki stanowi załącznik do zarządzenia.', fix: { label: 'Dodaj przepis o załączniku', target: '' } }];
  },
  fix(order) {
    const copy = cloneOrder(order);
    copy.annex = { present: true };
    if (!copy.paragraphs.some((p) => p.role === 'annex')) {
      const at = copy.paragraphs.findIndex((p) => p.role === 'execution' || p.role === 'repeal' || p.role === 'entryIntoForce');
      copy.paragraphs.splice(at < 0 ? copy.paragraphs.length : at, 0, { id: `annex-${copy.paragraphs.length + 1}`, role: 'annex' });
    }
    return copy;
  },
};

/**
 * Location of findings about the legal basis: it stands before § 1 and has no citation of its own, so the
 * finding names the part (`podstawa prawna`), the one place where `where` is not a § citation.
 */
export const LEGAL_BASIS_WHERE = 'podstawa prawna';

/** `JSON.parse` that gives null for malformed text. */
function parseJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

/** The citation a fix writes, carried in the finding (the fix has no access to the book the check read). */
function citationData(c: JournalCitation): Record<string, string> {
  return { citation: JSON.stringify(c) };
}

/**
 * The journal citation of the legal basis is not older than the newest one known on the order's date (a draft:
 * today): the book is the shipped data, the user's entries and what the registry learned from signed orders
 * (`CheckOptions.citations`, default the shipped data). A newer citation than any known is not reported.
 */
export const journalCitation: Rule<CheckContext> = {
  code: 'final.journal-citation',
  severity: 'warning',
  title: 'Metryczka ustawy w podstawie prawnej nie starsza niż najnowsza znana na dzień zarządzenia',
  source: { kind: 'practice', ref: 'praktyka UMK: powołuje się ostatni tekst jednolity ze zmianami; metryczki z danych aplikacji, ustawień i podpisanych zarządzeń rejestru' },
  check(ctx) {
    const lb = ctx.order.legalBasis;
    if (!lb) return ctx.order.meta.kind === 'organizational' ? [{ where: LEGAL_BASIS_WHERE, severity: 'warning', message: 'Zarządzenie nie ma podstawy prawnej.' }] : [];
    if (!lb.actKey || !ctx.date) return [];
    const cur = newestKnown(ctx.options.citations ?? loadJournalCitations(), lb.actKey, ctx.date);
    if (!cur) return [];
    const fix = { label: 'Wstaw najnowszą metryczkę', target: '', data: citationData(cur.citation) };
    const newest = `„${formatJournalCitation(cur.citation)}” (źródło: ${cur.entry.source})`;
    if (!lb.citation) return [{ where: LEGAL_BASIS_WHERE, message: `Podstawa prawna nie podaje metryczki ustawy; najnowsza znana na ${polishDate(ctx.date)}: ${newest}.`, fix }];
    if (sameJournalCitation(lb.citation, cur.citation) || compareJournalCitations(lb.citation, cur.citation) > 0) return [];
    return [{
      where: LEGAL_BASIS_WHERE,
      message: `Metryczka w podstawie prawnej („${formatJournalCitation(lb.citation)}”) jest starsza niż najnowsza znana na ${polishDate(ctx.date)}: ${newest}.`,
      fix,
    }];
  },
  fix(order, fix) {
    const copy = cloneOrder(order);
    const lb = copy.legalBasis;
    const parsed = fix.data?.citation ? JournalCitationSchema.safeParse(parseJson(fix.data.citation)) : null;
    if (!lb || !parsed?.success) return copy;
    lb.citation = parsed.data;
    delete lb.written;
    return copy;
  },
};

export const FINAL_RULES = [repealMatches, entryIntoForce, annexReference, journalCitation];
