/**
 * The change report (zestawienie zmian) as data: what a director hands on with a draft that replaces an order —
 * one row per unit of either order with what happened to it, the tasks it had and has and where they came from or
 * went, a summary, the tasks dropped with their answers from the coverage ledger, a justification (uzasadnienie)
 * filled from `templates/change-report.json` and the user's own text, the author, the date and the director's
 * approval block. `electron/services/change-report.ts` prints it as DOCX.
 *
 * Tasks are counted as the editor counts them: the points (punkty) of a unit's scope, its positions' points
 * included; a point's letters and tirets are part of it (a changed letter makes its point reworded, a point that
 * became a letter of another point was merged into that point). Common duties are reported apart.
 *
 * Pure; built from a comparison with the ledger applied (`withLedger(compareOrders(old, new), new)`).
 */
import type { Comparison, TaskChange, UnitChange, UnitSide } from '../compare/index.js';
import { formatPolishDate } from '../import/dates.js';
import { answerText, isLinkAnswer, ledgerState } from '../ledger/index.js';
import { inflect } from '../language/index.js';
import { Citation } from '../model/citation.js';
import type { CoverageAnswerKind, Order, UnitKind } from '../model/order.js';
import { fillPattern, loadChangeReportTemplate, type Pattern } from '../templates/index.js';

/** What happened to a point of the old order (`toCommon`: it became a common duty). */
export type PointFate = 'kept' | 'reworded' | 'moved' | 'merged' | 'dropped' | 'toCommon';
/** Where a point of the new order came from (besides a point of the old order: kept, reworded, moved). */
export type PointOrigin = 'added' | 'split' | 'fromCommon';

/** What happened to a unit, as the report names it. */
export type UnitOutcome = 'kept' | 'renamed' | 'symbolChanged' | 'moved' | 'mergedInto' | 'splitInto' | 'split' | 'added' | 'abolished';

/** Polish names of the outcomes (the report's "Zmiana" column leads with these). */
export const OUTCOME_LABEL: Record<UnitOutcome, string> = {
  kept: 'bez zmian',
  renamed: 'zmiana nazwy',
  symbolChanged: 'zmiana symbolu',
  moved: 'zmiana podległości',
  mergedInto: 'włączona do innej komórki',
  splitInto: 'podzielona',
  split: 'wydzielona z innej komórki',
  added: 'nowa komórka',
  abolished: 'komórka zniesiona',
};

/** A group of points going one way: to (or from) one unit, or of one kind (`usunięte`, `nowe`…), with their citations. */
export interface PointFlow {
  /** Symbol (or name) of the other unit, or a Polish word for the kind (`usunięte`, `nowe`, `wspólne obowiązki`). */
  label: string;
  /** What happened on the way: `kept`, `reworded`, `moved`, `merged`, `dropped`, `toCommon`, `added`, `split`, `fromCommon`. */
  kind: PointFate | PointOrigin;
  count: number;
  /** Citations, compressed (`§ 7 pkt 9–15`), in the order `whereIn` says. */
  where: string;
  /** Whose numbering `where` is in: the old order's (`old`) or the new one's (`new`). */
  whereIn: 'old' | 'new';
}

/** One row of the report: a unit of either order. */
export interface ReportUnitRow {
  n: number;
  old: UnitSide | null;
  new: UnitSide | null;
  outcome: UnitOutcome;
  /** Polish label of the outcome with its other facets (`zmiana symbolu, zmiana nazwy`). */
  label: string;
  /** Polish lines that say what changed (`symbol KP-01 → KP-02`, `włączona do KS-02`, `przejęła KS-03`). */
  details: string[];
  /** Points of the unit's scope in the old and the new order (null where the unit is absent). */
  pointsOld: number | null;
  pointsNew: number | null;
  /** For the old unit: where its points went. */
  to: PointFlow[];
  /** For the new unit: where its points came from. */
  from: PointFlow[];
}

/** A dropped task (a point, or a letter of a point that stays) with its ledger answer. */
export interface ReportDropped {
  where: string;
  owner: string;
  text: string;
  /** True for a whole point of a unit's scope (counted among the dropped tasks). */
  point: boolean;
  /** True for a letter or tiret (a part of a point). */
  partOfPoint: boolean;
  answer: string;
  answered: boolean;
}

/** The summary: units, leadership posts, points of scopes by fate, common duties, ledger answers. */
export interface ReportSummary {
  unitsOld: number;
  unitsNew: number;
  /** Leadership posts: the head, deputies, and heads of units whose kind has one (referat, biuro, oddział…). */
  headsOld: { head: number; deputies: number; unitHeads: number; total: number };
  headsNew: { head: number; deputies: number; unitHeads: number; total: number };
  pointsOld: number;
  pointsNew: number;
  kept: number;
  reworded: number;
  moved: number;
  merged: number;
  dropped: number;
  toCommon: number;
  added: number;
  split: number;
  fromCommon: number;
  /** Dropped points by answer (`none`: no valid answer yet). */
  answers: Record<CoverageAnswerKind | 'none', number>;
  ledgerClosed: boolean;
  commonDuties: Comparison['commonDuties'];
}

/** The whole report, ready to print. */
export interface ChangeReport {
  title: string;
  /** `projekt zarządzenia w sprawie …` / `zarządzenie nr … z dnia … w sprawie …`. */
  newOrder: string;
  oldOrder: string;
  units: ReportUnitRow[];
  summary: ReportSummary;
  dropped: ReportDropped[];
  leadership: string[];
  /** The justification: generated paragraphs, then the list of unit changes, then the user's reasons. */
  justification: { generated: string[]; changes: string[]; reasonsLead: string; reasons: string[] };
  preparedBy: string;
  approvalLead: string;
  approval: string;
  signatureLine: string;
}

/** Options: who prepared the report and when, and the user's reasons (else the draft's `changeReport.justification`). */
export interface ChangeReportOptions {
  author?: string;
  /** ISO date; default: today is not known to core, so the caller passes it (the CLI and the app do). */
  date: string;
  justification?: string;
}

/** Kinds of unit that have a head (kierownik): every kind but single posts. */
const HEADLESS: ReadonlySet<UnitKind> = new Set(['stanowisko', 'stanowiska', 'samodzielneStanowisko', 'pelnomocnik', 'rzecznik', 'specjalista', 'inspektor', 'inny']);

function heads(o: Order): ReportSummary['headsOld'] {
  const head = o.leadership ? 1 : 0;
  const deputies = o.leadership?.deputies.length ?? 0;
  const unitHeads = o.units.filter((u) => !HEADLESS.has(u.kind)).length;
  return { head, deputies, unitHeads, total: head + deputies + unitHeads };
}

function headsText(h: ReportSummary['headsOld']): string {
  return `${h.total} (kierujący ${h.head}, zastępcy ${h.deputies}, kierownicy komórek ${h.unitHeads})`;
}

/** The citation of the point a citation belongs to (letters and tirets cut off). */
export function pointOf(where: string): string {
  const c = Citation.parse(where);
  if (!c) return where;
  const { litera: _l, tiret: _t, ...p } = c;
  return Citation.format(p);
}

function isPoint(where: string | null): boolean {
  const c = where ? Citation.parse(where) : null;
  return !!c && c.punkt !== undefined && c.litera === undefined && c.tiret === undefined;
}

/**
 * Citations compressed for reading: grouped by their paragraf and ustęp, consecutive points as ranges, in order
 * (`§ 7 pkt 9–15, 17; § 8 pkt 2`). Citations that are not points are listed as they are.
 */
export function compressCitations(list: string[]): string {
  const groups = new Map<string, number[]>();
  const other: string[] = [];
  for (const w of list) {
    const c = Citation.parse(w);
    if (!c || c.punkt === undefined || c.litera !== undefined || c.tiret !== undefined) {
      other.push(w);
      continue;
    }
    const k = Citation.format({ paragraf: c.paragraf, ...(c.ustep !== undefined ? { ustep: c.ustep } : {}) });
    const g = groups.get(k);
    if (g) g.push(c.punkt);
    else groups.set(k, [c.punkt]);
  }
  const parts: string[] = [];
  const order = [...groups.keys()].sort((a, b) => {
    const x = Citation.parse(a)!;
    const y = Citation.parse(b)!;
    return x.paragraf - y.paragraf || (x.ustep ?? 0) - (y.ustep ?? 0);
  });
  for (const k of order) {
    const ns = [...new Set(groups.get(k)!)].sort((a, b) => a - b);
    const ranges: string[] = [];
    for (let i = 0; i < ns.length; ) {
      let j = i;
      while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
      ranges.push(j > i ? `${ns[i]}–${ns[j]}` : `${ns[i]}`);
      i = j + 1;
    }
    parts.push(`${k} pkt ${ranges.join(', ')}`);
  }
  return [...parts, ...other].join('; ');
}

/**
 * A point's key: its unit and citation (a scope paragraf made of sub-units' lists numbers each list from 1, so a
 * citation alone may name two points).
 */
function pointKey(owner: TaskChange['oldOwner'], where: string): string {
  return `${owner?.unitId ?? ''}\u0000${where}`;
}

/** The fate of every old point and the origin of every new point, from the comparison's task rows. */
interface PointLedger {
  /** Old point (owner and citation) → fate, its row. */
  old: Map<string, { fate: PointFate; row: TaskChange; to: string | null }>;
  /** New point (owner and citation) → origin (`null` when it continues an old point), its row. */
  neu: Map<string, { origin: PointOrigin | null; row: TaskChange | null; from: string | null }>;
}

function pointLedger(cmp: Comparison): PointLedger {
  const old = new Map<string, { fate: PointFate; row: TaskChange; to: string | null }>();
  const neu = new Map<string, { origin: PointOrigin | null; row: TaskChange | null; from: string | null }>();
  const unitRow = (r: TaskChange, side: 'old' | 'new') => (side === 'old' ? r.oldOwner : r.newOwner)?.common === false;
  // the primary row of each old task (split and added rows belong to new tasks)
  const primary = cmp.tasks.filter((r) => r.old && r.change !== 'split' && r.change !== 'added');
  // the letters and tirets of each point, on either side (indexed: a point's parts are looked up, not searched)
  const partsOld = new Map<string, TaskChange[]>();
  const partsNew = new Map<string, TaskChange[]>();
  const push = (m: Map<string, TaskChange[]>, k: string, r: TaskChange) => {
    const l = m.get(k);
    if (l) l.push(r);
    else m.set(k, [r]);
  };
  for (const r of primary) if (!isPoint(r.old)) push(partsOld, pointKey(r.oldOwner, pointOf(r.old!)), r);
  for (const r of cmp.tasks) if (r.new && !isPoint(r.new)) push(partsNew, pointKey(r.newOwner, pointOf(r.new)), r);
  for (const r of primary) {
    if (!unitRow(r, 'old') || !isPoint(r.old)) continue;
    let fate: PointFate;
    if (r.change === 'dropped') fate = 'dropped';
    else if (r.newOwner?.common) fate = 'toCommon';
    else if (r.change === 'merged' || !isPoint(r.new)) fate = 'merged';
    else if (r.change === 'moved') fate = 'moved';
    else {
      // a point is kept only if its letters all stayed with it unchanged and it gained none
      const mine = (x: TaskChange) => x.change === 'kept' && !!x.old && pointOf(x.old) === r.old && x.oldOwner?.unitId === r.oldOwner?.unitId;
      const lettersKept = (partsOld.get(pointKey(r.oldOwner, r.old!)) ?? []).every((l) => mine(l) && !!l.new && pointOf(l.new) === r.new && l.newOwner?.unitId === r.newOwner?.unitId);
      const gained = (partsNew.get(pointKey(r.newOwner, r.new!)) ?? []).some((x) => !mine(x));
      fate = r.change === 'kept' && lettersKept && !gained ? 'kept' : 'reworded';
    }
    old.set(pointKey(r.oldOwner, r.old!), { fate, row: r, to: r.new ? pointOf(r.new) : null });
  }
  for (const r of cmp.tasks) {
    if (!r.new || !unitRow(r, 'new') || !isPoint(r.new) || r.change === 'merged') continue;
    const k = pointKey(r.newOwner, r.new);
    if (r.change === 'added') neu.set(k, { origin: 'added', row: r, from: null });
    else if (r.change === 'split') neu.set(k, { origin: 'split', row: r, from: r.old });
    else if (r.oldOwner?.common) neu.set(k, { origin: 'fromCommon', row: r, from: r.old });
    else if (!isPoint(r.old)) neu.set(k, { origin: 'split', row: r, from: r.old });
    else neu.set(k, { origin: null, row: r, from: r.old });
  }
  return { old, neu };
}

function unitLabel(s: UnitSide | null | { symbol: string; name: string }): string {
  return s ? s.symbol || s.name : '';
}

/** Points of each unit, counted as the editor counts them, keyed by the unit's id (from the comparison's rows). */
function pointCounts(cmp: Comparison, side: 'old' | 'new'): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of cmp.tasks) {
    const where = side === 'old' ? r.old : r.new;
    const owner = side === 'old' ? r.oldOwner : r.newOwner;
    if (!where || !owner || owner.common || !owner.unitId || !isPoint(where)) continue;
    // each task once: the old side from its primary row, the new side from the row that is not a merge into it
    if (side === 'old' && (r.change === 'split' || r.change === 'added')) continue;
    if (side === 'new' && r.change === 'merged') continue;
    out.set(owner.unitId, (out.get(owner.unitId) ?? 0) + 1);
  }
  return out;
}

/** Groups points going one way; `where` is in the new order's numbering unless the kind says otherwise (`inOld`). */
function flows<K extends string>(entries: { key: string; label: string; kind: K; where: string }[], inOld: (kind: K) => boolean): PointFlow[] {
  const m = new Map<string, { label: string; kind: K; where: string[] }>();
  for (const e of entries) {
    const k = `${e.kind}\u0000${e.key}`;
    const g = m.get(k);
    if (g) g.where.push(e.where);
    else m.set(k, { label: e.label, kind: e.kind, where: [e.where] });
  }
  return [...m.values()].map((g) => ({ label: g.label, kind: g.kind as PointFate | PointOrigin, count: g.where.length, where: compressCitations(g.where), whereIn: inOld(g.kind) ? 'old' : 'new' }));
}

/** Outcome, label and details of one unit row, and the unit(s) its tasks went to when it does not continue. */
function describe(u: UnitChange, to: PointFlow[], pointsOld: number): Pick<ReportUnitRow, 'outcome' | 'label' | 'details'> & { into: string[] } {
  const details: string[] = [];
  const facetLabels: string[] = [];
  const o = u.oldUnit;
  const n = u.newUnit;
  if (u.facets.includes('symbolChanged')) (facetLabels.push(OUTCOME_LABEL.symbolChanged), details.push(`symbol ${o?.symbol || '—'} → ${n?.symbol || '—'}`));
  if (u.facets.includes('renamed')) (facetLabels.push(OUTCOME_LABEL.renamed), details.push(`nazwa: „${o?.name}” → „${n?.name}”`));
  if (u.facets.includes('kindChanged')) facetLabels.push('zmiana rodzaju komórki');
  if (u.facets.includes('moved')) (facetLabels.push(OUTCOME_LABEL.moved), details.push(`podległość: ${o?.superior} → ${n?.superior}`));
  const movedTo = to.filter((f) => f.kind === 'moved' || f.kind === 'merged');
  const targets = [...new Set(movedTo.map((f) => f.label))];
  let outcome: UnitOutcome;
  let into: string[] = [];
  switch (u.change) {
    case 'merged':
      outcome = 'mergedInto';
      into = [unitLabel(n)];
      details.push(`włączona do ${into[0]}`);
      break;
    case 'removed': {
      const moved = movedTo.reduce((s, f) => s + f.count, 0);
      if (targets.length >= 2) {
        outcome = 'splitInto';
        into = targets;
        details.push(`zadania podzielono między ${targets.join(', ')}`);
      } else if (targets.length === 1 && moved > 0 && moved * 2 >= pointsOld) {
        outcome = 'mergedInto';
        into = targets;
        details.push(`włączona do ${targets[0]}`);
      } else outcome = 'abolished';
      break;
    }
    case 'split':
      outcome = 'split';
      details.push(`wydzielona z ${unitLabel(o)}`);
      break;
    case 'added':
      outcome = 'added';
      break;
    default:
      outcome = u.facets.includes('symbolChanged') ? 'symbolChanged' : u.facets.includes('renamed') ? 'renamed' : u.facets.includes('moved') ? 'moved' : 'kept';
  }
  const continuing = outcome === 'kept' || outcome === 'renamed' || outcome === 'symbolChanged' || outcome === 'moved';
  const label = continuing ? (facetLabels.length ? facetLabels.join(', ') : OUTCOME_LABEL.kept) : [OUTCOME_LABEL[outcome], ...facetLabels].join(', ');
  return { outcome, label, details, into };
}

function fill(p: Pattern, values: Record<string, string | number>): string {
  const r = fillPattern(p, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
  return r.ok ? r.text : p.text;
}

function orderName(o: Comparison['old']): string {
  if (!o.number) return `projekt zarządzenia ${o.title}`;
  return `zarządzenie nr ${o.number}${o.date ? ` z dnia ${formatPolishDate(o.date)}` : ''} ${o.title}`;
}

/** A change of one unit as a phrase of the justification's list (verbal nouns, so no gender agreement is needed). */
function changePhrase(r: ReportUnitRow): string | null {
  const o = r.old ? `${r.old.name}${r.old.symbol ? ` (${r.old.symbol})` : ''}` : '';
  const n = r.new ? `${r.new.name}${r.new.symbol ? ` (${r.new.symbol})` : ''}` : '';
  switch (r.outcome) {
    case 'kept':
      return null;
    case 'mergedInto':
      return `włączenie komórki ${o} do komórki ${r.details.find((d) => d.startsWith('włączona do '))?.slice('włączona do '.length) ?? unitLabel(r.new)}`;
    case 'splitInto':
      return `zniesienie komórki ${o} i podział jej zadań między komórki ${r.to.filter((f) => f.kind === 'moved' || f.kind === 'merged').map((f) => f.label).filter((x, i, a) => a.indexOf(x) === i).join(', ')}`;
    case 'split':
      return `wydzielenie z komórki ${r.details.find((d) => d.startsWith('wydzielona z '))?.slice('wydzielona z '.length) ?? ''} nowej komórki ${n}`;
    case 'added':
      return `utworzenie komórki ${n}`;
    case 'abolished':
      return `zniesienie komórki ${o}`;
    default: {
      const parts: string[] = [];
      if (r.old && r.new && r.old.symbol !== r.new.symbol) parts.push(`zmiana symbolu komórki ${r.old.name} z ${r.old.symbol || '—'} na ${r.new.symbol || '—'}`);
      if (r.old && r.new && r.details.some((d) => d.startsWith('nazwa:'))) parts.push(`zmiana nazwy komórki ${r.old.symbol || r.old.name} z „${r.old.name}” na „${r.new.name}”`);
      if (r.details.some((d) => d.startsWith('podległość:'))) parts.push(`zmiana podległości komórki ${unitLabel(r.new)} (${r.details.find((d) => d.startsWith('podległość:'))!.slice('podległość: '.length)})`);
      return parts.length ? parts.join('; ') : null;
    }
  }
}

/**
 * Builds the change report. In: the comparison with the ledger applied, both orders, options (author, ISO date,
 * reasons). Out: the report. Never throws for a comparison of these two orders.
 */
export function buildChangeReportData(cmp: Comparison, old: Order, neu: Order, opts: ChangeReportOptions): ChangeReport {
  const tpl = loadChangeReportTemplate();
  const pl = pointLedger(cmp);
  const countOld = pointCounts(cmp, 'old');
  const countNew = pointCounts(cmp, 'new');
  const intoOf = new Map<number, string[]>();

  const rows: ReportUnitRow[] = cmp.units.map((u, i) => {
    const oid = u.change === 'split' ? null : (u.oldUnit?.id ?? null);
    const nid = u.change === 'merged' ? null : (u.newUnit?.id ?? null);
    const to = oid
      ? flows(
          [...pl.old.values()]
            .filter((p) => p.row.oldOwner?.unitId === oid)
            .map((p) => {
              const other = p.row.newOwner;
              if (p.fate === 'dropped') return { key: '', label: 'usunięte', kind: p.fate, where: p.row.old! };
              if (p.fate === 'toCommon') return { key: '', label: 'wspólne obowiązki', kind: p.fate, where: p.to! };
              const stays = other?.unitId === nid;
              return { key: other?.unitId ?? '', label: stays ? 'pozostają' : unitLabel(other), kind: p.fate, where: p.to! };
            }),
          (k) => k === 'dropped',
        )
      : [];
    const from = nid
      ? flows(
          [...pl.neu.values()]
            .filter((p) => p.row?.newOwner?.unitId === nid)
            .map((p) => {
              const where = p.row!.new!;
              if (p.origin === 'added') return { key: '', label: 'nowe', kind: 'added' as const, where };
              if (p.origin === 'fromCommon') return { key: '', label: 'ze wspólnych obowiązków', kind: 'fromCommon' as const, where: p.from! };
              const src = p.row?.oldOwner;
              const kind = p.origin === 'split' ? ('split' as const) : (pl.old.get(pointKey(p.row!.oldOwner, p.from!))?.fate ?? 'kept');
              return { key: src?.unitId ?? '', label: src?.unitId === oid ? 'własne' : unitLabel(src ?? null), kind, where: p.from! };
            }),
          (k) => k !== 'added',
        )
      : [];
    // merged-in points counted at the receiving unit too (they went into its points)
    const mergedIn = nid ? [...pl.old.values()].filter((p) => p.fate === 'merged' && p.row.newOwner?.unitId === nid) : [];
    if (mergedIn.length) from.push(...flows(mergedIn.map((p) => ({ key: p.row.oldOwner?.unitId ?? '', label: `${p.row.oldOwner?.unitId === oid ? 'własne' : unitLabel(p.row.oldOwner)} (włączone do innych punktów)`, kind: 'merged' as const, where: p.row.old! })), () => true));
    const pointsOld = oid ? (countOld.get(oid) ?? 0) : null;
    const { into, ...d } = describe(u, to, pointsOld ?? 0);
    intoOf.set(i, into);
    return {
      n: i + 1,
      old: u.change === 'split' ? null : u.oldUnit,
      new: u.change === 'merged' ? null : u.newUnit,
      ...d,
      pointsOld,
      pointsNew: nid ? (countNew.get(nid) ?? 0) : null,
      to,
      from,
    };
  });
  // a unit that continues (or is new) names the units it took over, and the units split off from it
  rows.forEach((r, i) => {
    const u = cmp.units[i]!;
    if (r.new && u.change !== 'merged') {
      const me = unitLabel(r.new);
      rows.forEach((x, k) => {
        if (k !== i && x.old && (x.outcome === 'mergedInto' || x.outcome === 'splitInto') && intoOf.get(k)!.includes(me)) r.details.push(`przejęła zadania ${unitLabel(x.old)}`);
      });
    }
    if (r.old && u.change !== 'split') {
      const children = cmp.units.filter((x) => x.change === 'split' && x.oldUnit?.id === r.old!.id && x.newUnit);
      if (children.length) {
        if (r.outcome !== 'splitInto') r.label = `${r.label === OUTCOME_LABEL.kept ? '' : `${r.label}, `}${OUTCOME_LABEL.splitInto}`;
        r.details.push(`wydzielono: ${children.map((x) => unitLabel(x.newUnit)).join(', ')}`);
      }
    }
  });

  // summary
  const fates = [...pl.old.values()];
  const origins = [...pl.neu.values()];
  const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;
  const answers = { movedWithinDraft: 0, reworded: 0, mergedIntoTask: 0, movedToOtherDepartment: 0, givenUp: 0, onPurpose: 0, none: 0 } as ReportSummary['answers'];
  const dropped: ReportDropped[] = cmp.coverage
    .filter((q) => !(q.answer && isLinkAnswer(q.answer) && q.link))
    .map((q) => {
      const valid = q.answer && !(q.answer.answer === 'movedToOtherDepartment' && !q.answer.department?.trim()) && !(isLinkAnswer(q.answer) && !q.link);
      const point = !q.oldOwner.common && isPoint(q.oldWhere);
      if (point) answers[valid ? q.answer!.answer : 'none']++;
      return { where: q.oldWhere, owner: q.oldOwner.common ? 'wspólne obowiązki' : unitLabel(q.oldOwner), text: q.oldText, point, partOfPoint: !isPoint(q.oldWhere), answer: answerText(q), answered: !!valid };
    });
  const summary: ReportSummary = {
    unitsOld: old.units.length,
    unitsNew: neu.units.length,
    headsOld: heads(old),
    headsNew: heads(neu),
    pointsOld: [...countOld.values()].reduce((a, b) => a + b, 0),
    pointsNew: [...countNew.values()].reduce((a, b) => a + b, 0),
    kept: count(fates, (f) => f.fate === 'kept'),
    reworded: count(fates, (f) => f.fate === 'reworded'),
    moved: count(fates, (f) => f.fate === 'moved'),
    merged: count(fates, (f) => f.fate === 'merged'),
    dropped: count(fates, (f) => f.fate === 'dropped'),
    toCommon: count(fates, (f) => f.fate === 'toCommon'),
    added: count(origins, (o) => o.origin === 'added'),
    split: count(origins, (o) => o.origin === 'split'),
    fromCommon: count(origins, (o) => o.origin === 'fromCommon'),
    answers,
    ledgerClosed: ledgerState(cmp).closed,
    commonDuties: cmp.commonDuties,
  };

  // leadership lines
  const lead = cmp.leadership;
  const leadership = [
    `Kierujący: ${lead.head.old ?? '—'}${lead.head.new !== lead.head.old ? ` → ${lead.head.new ?? '—'}` : ' (bez zmian)'}.`,
    `Zastępcy bez zmian: ${lead.deputiesKept.join(', ') || 'brak'}; nowi: ${lead.deputiesAdded.join(', ') || 'brak'}; zniesieni: ${lead.deputiesRemoved.join(', ') || 'brak'}.`,
    ...cmp.subordination.map((r) => `${r.unit}: podległość ${r.old} → ${r.new}.`),
  ];

  // justification
  const subject = neu.meta.subject ?? old.meta.subject ?? '';
  const subjectGenitive = subject ? inflect(subject, 'genitive', neu.meta.subjectForms) : '';
  const changes = rows.map(changePhrase).filter((x): x is string => !!x);
  const dropTotal = summary.dropped;
  const answered = Object.entries(answers)
    .filter(([k, v]) => k !== 'none' && v > 0)
    .map(([k, v]) => `${ANSWER_SHORT[k as CoverageAnswerKind]} ${v}`)
    .join(', ');
  const generated = [
    fill(tpl.justificationIntro, { newTitle: cmp.new.title, oldOrder: orderName(cmp.old).replace(/^zarządzenie /, '') }),
    fill(tpl.justificationUnits, { unitsOld: summary.unitsOld, unitsNew: summary.unitsNew, headsOld: summary.headsOld.total, headsNew: summary.headsNew.total }),
    fill(tpl.justificationTasks, {
      pointsOld: summary.pointsOld, pointsNew: summary.pointsNew, kept: summary.kept, reworded: summary.reworded, moved: summary.moved, merged: summary.merged,
      added: summary.added + summary.split + summary.fromCommon, dropped: dropTotal,
    }),
  ];
  if (dropTotal > 0 && answers.none === 0) generated.push(fill(tpl.justificationDropped, { answers: answered }));
  if (answers.none > 0) generated.push(fill(tpl.justificationOpen, { open: answers.none }));
  const userText = (opts.justification ?? neu.changeReport?.justification ?? '').trim();
  const reasons = userText ? userText.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean) : [tpl.reasonsBlank];
  const date = formatPolishDate(opts.date);
  return {
    title: 'ZESTAWIENIE ZMIAN',
    newOrder: orderName(cmp.new),
    oldOrder: orderName(cmp.old),
    units: rows,
    summary,
    dropped,
    leadership,
    justification: {
      generated,
      changes: changes.length ? [fill(tpl.justificationChangesLead, { subjectGenitive }), ...changes] : [fill(tpl.justificationNoChanges, { subjectGenitive })],
      reasonsLead: tpl.reasonsLead,
      reasons,
    },
    preparedBy: fill(tpl.preparedBy, { author: opts.author?.trim() || '……………………', date }),
    approvalLead: tpl.approvalLead,
    approval: fill(tpl.approval, { head: neu.leadership?.head ?? old.leadership?.head ?? 'Dyrektor', subjectGenitive }),
    signatureLine: tpl.signatureLine,
  };
}

/** Short Polish words of the answers, for the justification's count (`przekazane innemu wydziałowi 2`). */
const ANSWER_SHORT: Record<CoverageAnswerKind, string> = {
  movedWithinDraft: 'przeniesione w projekcie',
  reworded: 'przeredagowane',
  mergedIntoTask: 'włączone',
  movedToOtherDepartment: 'przekazane innemu wydziałowi',
  givenUp: 'zaniechane',
  onPurpose: 'usunięte celowo',
};
