/**
 * The amending order's own checks (zarządzenie zmieniające, issue 17 "Checked like any draft") as rules of the
 * catalogue, so that they show in the Kontrola panel like any finding: the cited order is in the registry and in
 * force (`amend.cited`), and the checks of `core/amend/check.ts` against its text in force (introductory sentence,
 * quoted wordings and their labels, insertion letters, nothing renumbered, the changes in the order of the text,
 * § 2 and § 3 after the changes). They run only when the caller gives the registry's facts of the cited order
 * (`CheckOptions.amended`: the window asks `amend:facts`, the CLI reads `--against`); without them, nothing.
 * Each finding points at its point of § 1 (`where` `§ 1 pkt 3`, `targetId` the point's id); the fixes are data
 * (`fix.data.fix`, an `AmendFix` as JSON) applied by `core/amend/edit.ts`, so they need no registry.
 */
import { checkAmendingOrder, type AmendCode, type AmendFinding } from '../../amend/check.js';
import { applyAmendFix } from '../../amend/edit.js';
import { citedNumber, readAmendments } from '../../amend/order.js';
import type { Order } from '../../model/order.js';
import type { CheckContext } from '../context.js';
import type { FixRef, RawFinding, Rule, RuleSource, Severity } from '../types.js';

/** Where the amending order's points are: the paragraf number of its § 1 ustęp and the ids of the sentence and points. */
interface Places {
  paragraf: number;
  ustepId: string;
  pointIds: string[];
}

function placesOf(order: Order): Places | null {
  const r = readAmendments(order);
  if (!r) return null;
  const pi = order.paragraphs.findIndex((p) => p.content?.some((u) => u.id === r.ustepId));
  const u = order.paragraphs[pi]!.content!.find((x) => x.id === r.ustepId)!;
  return { paragraf: pi + 1, ustepId: u.id, pointIds: u.items.map((it) => it.id) };
}

/** The facts apply to this draft: it is an amending order citing the number the facts are about. */
function factsFor(ctx: CheckContext) {
  const facts = ctx.options.amended;
  return facts && facts.number === citedNumber(ctx.order) ? facts : null;
}

/** The findings of `core/amend/check.ts` for this run (computed once, shared by the rules below). */
const memo = new WeakMap<CheckContext, AmendFinding[]>();
function findings(ctx: CheckContext): AmendFinding[] {
  let f = memo.get(ctx);
  if (!f) {
    const facts = factsFor(ctx);
    f = facts?.order ? checkAmendingOrder(ctx.order, facts.order.base, facts.order.tree, facts.order.earlier) : [];
    memo.set(ctx, f);
  }
  return f;
}

const FIX_LABEL: Record<string, string> = {
  intro: 'Wpisz dane zmienianego zarządzenia z rejestru',
  labels: 'Popraw oznaczenia',
  order: 'Uporządkuj zmiany według kolejności tekstu',
};

function toRaw(f: AmendFinding, places: Places): RawFinding {
  const targetId = f.point ? places.pointIds[f.point - 1] ?? places.ustepId : places.ustepId;
  const fix: FixRef | undefined = f.fix ? { label: FIX_LABEL[f.fix.kind]!, target: targetId, data: { fix: JSON.stringify(f.fix) } } : undefined;
  return { where: f.point ? `§ ${places.paragraf} pkt ${f.point}` : `§ ${places.paragraf}`, message: f.message, targetId, ...(fix ? { fix } : {}) };
}

/** The fix of any amending rule: the `AmendFix` carried in the finding, applied to the order (unchanged when it no longer applies). */
function fixAmending(order: Order, fix: FixRef): Order {
  try {
    const r = applyAmendFix(order, JSON.parse(fix.data?.fix ?? 'null'));
    return r.ok ? r.order : order;
  } catch {
    return order;
  }
}

function amendRule(code: AmendCode, severity: Severity, title: string, source: RuleSource): Rule<CheckContext> {
  return {
    code, severity, title, source,
    check(ctx) {
      const mine = findings(ctx).filter((f) => f.code === code);
      const places = mine.length ? placesOf(ctx.order) : null;
      return places ? mine.map((f) => toRaw(f, places)) : [];
    },
    fix: fixAmending,
  };
}

const STATUS: Record<'signed' | 'repealed', string> = { signed: 'jeszcze nie weszło w życie', repealed: 'zostało uchylone' };

/** The cited order is in the registry and in force. */
export const citedInForce: Rule<CheckContext> = {
  code: 'amend.cited',
  severity: 'error',
  title: 'Zarządzenie zmieniające cytuje zarządzenie, które jest w rejestrze i obowiązuje',
  source: { kind: 'practice', ref: 'praktyka UMK: zmienia się zarządzenie obowiązujące, zgodnie z rejestrem zarządzeń' },
  check(ctx) {
    const facts = factsFor(ctx);
    const places = facts ? placesOf(ctx.order) : null;
    if (!facts || !places) return [];
    const at = { where: `§ ${places.paragraf}`, targetId: places.ustepId };
    if (!facts.order) return [{ ...at, message: `Zmienianego zarządzenia nr ${facts.number} nie ma w rejestrze: sprawdź numer albo zaimportuj to zarządzenie, aby sprawdzić zmiany.` }];
    if (facts.order.status !== 'inForce') return [{ ...at, message: `Zmieniane zarządzenie nr ${facts.number} nie obowiązuje (${STATUS[facts.order.status]}): zmienia się tylko zarządzenie obowiązujące.` }];
    return [];
  },
};

const ZTP: RuleSource = { kind: 'ztp', ref: '§ 92–§ 94 ZTP' };

/** The rules of an amending order, in the order findings are listed. */
export const AMENDING_RULES: Rule<CheckContext>[] = [
  citedInForce,
  amendRule('amend.form', 'error', 'Każdy punkt zarządzenia zmieniającego jest zmianą w jednej z form zasad techniki prawodawczej', ZTP),
  amendRule('amend.intro', 'error', 'Zdanie wstępne cytuje zmieniane zarządzenie (numer, data, tytuł, wcześniejsze zmiany) tak jak rejestr', { kind: 'ztp', ref: '§ 92 ZTP (zdanie wstępne), rejestr zarządzeń' }),
  amendRule('amend.quote', 'error', 'Nowe brzmienie jest cytowane w całości z oznaczeniem jednostki, którą zastępuje', ZTP),
  amendRule('amend.insert', 'error', 'Dodawane jednostki dostają litery lub kolejne numery; nic nie jest przenumerowane', ZTP),
  amendRule('amend.apply', 'error', 'Każda zmiana wskazuje jednostkę, która jest w tekście obowiązującym', ZTP),
  amendRule('amend.order', 'warning', 'Zmiany są wymienione w kolejności tekstu zmienianego zarządzenia', ZTP),
  amendRule('amend.units', 'error', 'Po zmianach § 2 i § 3 zmienianego zarządzenia się zgadzają', { kind: 'spec', ref: 'spec/document-format.md: § 2 komórki i § 3 podległość' }),
];
