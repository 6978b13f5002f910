/**
 * Rules on how the department is organised, the mistakes of quick editing that the structure rules do not see:
 * two deputies with the same name (§ 3 cannot say which one a unit reports to), several deputies none of whom is
 * numbered or given a field (`I Zastępca…`, `Zastępca… ds. Promocji`), a scope with nothing in it, and one superior
 * with an unusually wide span of control.
 * Sources: spec/document-format.md (§ 1 leadership, § 3 subordination, § 4 … scopes), the orders of the city hall
 * (2006/2020: `I Zastępca Dyrektora`, `II Zastępca Dyrektora`; 3468/2024: `Zastępca Dyrektora ds. Promocji`; in
 * 1630/2007, 2006/2020 and 3468/2024 the head has 4 direct subordinates).
 */
import type { Deputy, Order, SuperiorRef, Unit } from '../../model/order.js';
import { paragraphOf, type CheckContext } from '../context.js';
import { cloneOrder } from '../edit.js';
import type { RawFinding, Rule } from '../types.js';

/** More direct subordinates (units and deputies) than this under one superior gives a remark. */
export const SPAN_OF_CONTROL_LIMIT = 8;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const NUMBERED = /^([IVX]+)\s+/u;
const FIELD = /\bds\.\s*\S/u;

function leadershipWhere(ctx: CheckContext): string {
  const p = paragraphOf(ctx, 'leadership');
  return `§ ${p?.no ?? 1}`;
}

const normal = (s: string) => s.toLocaleLowerCase('pl').replace(/\s+/g, ' ').trim();

/** Two deputies named alike: § 3 and the chart cannot tell them apart. */
export const deputyDuplicate: Rule<CheckContext> = {
  code: 'leadership.deputy-duplicate',
  severity: 'error',
  title: 'Każdy zastępca ma inną nazwę (podległość w § 3 wskazuje zastępcę z nazwy)',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 1 leadership i § 3 subordination' },
  check(ctx) {
    const deputies = ctx.order.leadership?.deputies ?? [];
    const seen = new Map<string, Deputy>();
    const out: RawFinding[] = [];
    for (const d of deputies) {
      const first = seen.get(normal(d.name));
      if (!first) {
        seen.set(normal(d.name), d);
        continue;
      }
      out.push({
        where: leadershipWhere(ctx),
        targetId: d.id,
        message: `Dwóch zastępców nazywa się „${d.name}”: z § 3 nie wynika, któremu z nich podlegają komórki. Nadaj im różne nazwy (I, II albo „ds. …”) albo usuń zbędnego.`,
      });
    }
    return out;
  },
};

/** Numerals of the deputies that have one (`I`, `II`). */
function numerals(deputies: Deputy[]): Set<string> {
  return new Set(deputies.map((d) => NUMBERED.exec(d.name)?.[1]).filter((x): x is string => !!x));
}

const distinguished = (d: Deputy) => NUMBERED.test(d.name) || FIELD.test(d.name);

/** Several deputies, some without a numeral or a field: the order cannot refer to each unambiguously. */
export const deputyUnnumbered: Rule<CheckContext> = {
  code: 'leadership.deputy-unnumbered',
  severity: 'warning',
  title: 'Przy kilku zastępcach każdy ma numer (I, II…) albo zakres spraw („ds. …”)',
  source: { kind: 'practice', ref: 'praktyka UMK: „I Zastępca Dyrektora”, „II Zastępca Dyrektora” (2006/2020), „Zastępca Dyrektora ds. Promocji” (3468/2024)' },
  check(ctx) {
    const deputies = ctx.order.leadership?.deputies ?? [];
    if (deputies.length < 2) return [];
    const plain = deputies.filter((d) => !distinguished(d));
    if (!plain.length) return [];
    return [{
      where: leadershipWhere(ctx),
      targetId: plain[0]!.id,
      message: `Wydział ma ${deputies.length} zastępców, a ${plain.length === 1 ? `zastępca „${plain[0]!.name}” nie ma` : `${plain.length} z nich nie ma`} numeru ani zakresu spraw: nazwij ich np. „I Zastępca Dyrektora”, „II Zastępca Dyrektora” albo „Zastępca Dyrektora ds. …”.`,
      fix: { label: 'Ponumeruj zastępców (I, II…)', target: '' },
    }];
  },
  fix(order: Order) {
    const o = cloneOrder(order);
    const deputies = o.leadership?.deputies ?? [];
    const used = numerals(deputies);
    const free = ROMAN.filter((r) => !used.has(r));
    for (const d of deputies) {
      if (distinguished(d) || !free.length) continue;
      d.name = `${free.shift()!} ${d.name.trim()}`;
      delete d.forms;
    }
    return o;
  },
};

/** A unit's scope (or a position inside it) with nothing in it. */
export const scopeEmpty: Rule<CheckContext> = {
  code: 'structure.scope-empty',
  severity: 'warning',
  title: 'Zakres działania każdej komórki i każdego stanowiska ma treść',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 4 … scopes (zakres działania każdej komórki)' },
  check(ctx) {
    const out: RawFinding[] = [];
    const scopeNo = new Map<string, number>();
    ctx.order.paragraphs.forEach((p, i) => {
      if (p.role === 'scope') for (const id of p.unitIds ?? []) if (!scopeNo.has(id)) scopeNo.set(id, i + 1);
    });
    const where = (u: Unit) => (scopeNo.has(u.id) ? `§ ${scopeNo.get(u.id)}` : ctx.unitWhere.get(u.id) ?? '§ 2');
    const label = (u: Unit) => (u.symbol ? `${u.name} (${u.symbol})` : u.name);
    for (const u of ctx.order.units) {
      const s = u.scope;
      if (s.kind === 'tasks') {
        if (s.tasks.length === 0 && s.positions.every((p) => p.tasks.length === 0)) {
          out.push({ where: where(u), targetId: u.id, message: `Zakres działania komórki ${label(u)} jest pusty: wpisz jej zadania albo wskaż, że zakres określa odrębne zarządzenie.` });
          continue;
        }
        for (const p of s.positions) {
          if (p.tasks.length === 0) out.push({ where: where(u), targetId: u.id, message: `Stanowisko „${p.name.trim()}” w komórce ${label(u)} nie ma żadnego zadania.` });
        }
      } else if (s.kind === 'prose' && !ctx.plain(s.text).trim()) {
        out.push({ where: where(u), targetId: u.id, message: `Zakres działania komórki ${label(u)} (jedno zdanie) jest pusty.` });
      }
    }
    return out;
  },
};

/**
 * A deputy named in § 1 to whom nothing reports in § 3: no unit and no other deputy. It happens when units are
 * merged or removed in a hurry and the deputy who supervised them stays in § 1 (seen in the walk of a lawyer's day:
 * after KS-04 was merged and KS-05 removed, „Zastępca Dyrektora ds. Promocji” was left with nothing under them).
 * In: the check context. Out: one warning per such deputy, on § 1, with the deputy's id as its target.
 */
export const deputyIdle: Rule<CheckContext> = {
  code: 'leadership.deputy-idle',
  severity: 'warning',
  title: 'Każdemu zastępcy z § 1 podlega w § 3 co najmniej jedna komórka',
  source: { kind: 'spec', ref: 'spec/document-format.md: § 1 leadership i § 3 subordination (kto komu podlega)' },
  check(ctx) {
    const deputies = ctx.order.leadership?.deputies ?? [];
    if (!deputies.length) return [];
    const supervising = new Set<string>();
    for (const r of [...ctx.order.units.map((u) => u.reportsTo), ...deputies.map((d) => d.reportsTo)]) {
      if (r.kind === 'deputy') supervising.add(r.id);
    }
    return deputies
      .filter((d) => !supervising.has(d.id))
      .map((d) => ({
        where: leadershipWhere(ctx),
        targetId: d.id,
        message: `Zastępcy „${d.name.trim()}” nie podlega w § 3 żadna komórka: przypisz mu komórki w § 2–3 albo usuń go z § 1.`,
      }));
  },
};

/** The key of a superior inside the department (the head, a deputy, a unit); null for one outside it. */
function superiorKey(r: SuperiorRef): string | null {
  if (r.kind === 'head') return 'head';
  if (r.kind === 'deputy' || r.kind === 'unit') return `${r.kind}:${r.id}`;
  return null;
}

/** One superior with more direct subordinates than {@link SPAN_OF_CONTROL_LIMIT}. */
export const spanOfControl: Rule<CheckContext> = {
  code: 'structure.span-of-control',
  severity: 'info',
  title: `Rozpiętość kierowania: jednemu przełożonemu podlega bezpośrednio najwyżej ${SPAN_OF_CONTROL_LIMIT} komórek i zastępców`,
  source: { kind: 'practice', ref: 'praktyka UMK: w 1630/2007, 2006/2020 i 3468/2024 dyrektorowi podlegają bezpośrednio 4 komórki lub zastępcy' },
  check(ctx) {
    const { order } = ctx;
    const count = new Map<string, number>();
    const add = (r: SuperiorRef) => {
      const k = superiorKey(r);
      if (k) count.set(k, (count.get(k) ?? 0) + 1);
    };
    for (const d of order.leadership?.deputies ?? []) add(d.reportsTo);
    for (const u of order.units) add(u.reportsTo);
    const sub = paragraphOf(ctx, 'subordination');
    const where = `§ ${sub?.no ?? 3}`;
    const out: RawFinding[] = [];
    for (const [k, n] of count) {
      if (n <= SPAN_OF_CONTROL_LIMIT) continue;
      const [kind, id] = k.split(':') as [string, string | undefined];
      const who =
        kind === 'head' ? (order.leadership?.head ?? 'Dyrektor')
        : kind === 'deputy' ? (order.leadership?.deputies.find((d) => d.id === id)?.name ?? 'Zastępca')
        : (() => {
            const u = order.units.find((x) => x.id === id);
            return u ? `${u.name}${u.symbol ? ` (${u.symbol})` : ''}` : 'komórka';
          })();
      out.push({
        where,
        ...(kind !== 'head' && id ? { targetId: id } : {}),
        message: `Jednemu przełożonemu (${who}) podlega bezpośrednio ${n} komórek i zastępców, więcej niż zwykle (najwyżej ${SPAN_OF_CONTROL_LIMIT}). Rozważ przypisanie części z nich zastępcy lub kierownikowi komórki nadrzędnej.`,
      });
    }
    return out;
  },
};

export const ORGANISATION_RULES = [deputyDuplicate, deputyUnnumbered, deputyIdle, scopeEmpty, spanOfControl];
