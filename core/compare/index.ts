/**
 * Comparison of two orders (usually a draft against the order it repeals): units matched by identity — above
 * all by what they do (their tasks), then by name, kind and symbol, so that a symbol reused for another unit is
 * not taken for the same unit — and every task of the old order paired globally with its counterpart wherever it
 * went, or reported dropped. Pure; plain-data result (see `types.ts`).
 *
 * Method: tasks are indexed by word stems (inverted index over rare words, rare pairs of words and exact texts,
 * and within the unit that continues each unit: a fixed amount of work per task, so the comparison grows
 * linearly with the orders), candidate pairs get a weighted similarity, and one
 * global assignment (auction algorithm) pairs all old with all new tasks, with a small bonus for staying in the
 * continuing unit and position. Units are then matched from the task flows; the pairing is run again with the
 * final unit matching. Tasks without a 1–1 counterpart whose words are contained in a longer task are reported
 * as merged into it (or, on the new side, split from it).
 */
import { superiorLabel } from '../outline/outline.js';
import { diffWordsWithSpace } from 'diff';
import { compareNames, normalizeName } from '../language/index.js';
import type { CoverageAnswer, Order, SuperiorRef, Unit } from '../model/order.js';
import { bestContainer, candidates, COMMON_KEY, COMMON_MARGIN, MOVE_MARGIN, ownerKey, pairTasks, PAIR_THRESHOLD, tasksOf, type Candidate, type Task } from './tasks.js';
import { containment, normalizeText } from './text.js';
import type { Comparison, CoverageQuestion, DiffPart, TaskChange, TaskOwner, UnitChange, UnitFacet, UnitSide } from './types.js';
import { Citation } from '../model/citation.js';

export * from './types.js';

const COMMON = COMMON_KEY;
/** Share of a merged task's words its container must hold beyond what the container's own partner holds. */
const NOVELTY = 0.25;
const LEVEL = ['punkt', 'litera', 'tiret'];

type UnitMap = Map<string, string>;

const key = ownerKey;

/** Citation of each unit in § 2 by register position (points; sub-units as letters). */
function registerWhere(order: Order): Map<string, string> {
  const reg = order.paragraphs.findIndex((p) => p.role === 'units');
  const paragraf = reg >= 0 ? reg + 1 : 2;
  const out = new Map<string, string>();
  let top = 0;
  const letters = new Map<string, number>();
  for (const u of order.units) {
    if (u.parentId === null) {
      top++;
      out.set(u.id, Citation.format({ paragraf, punkt: top }));
    } else {
      const k = (letters.get(u.parentId) ?? 0) + 1;
      letters.set(u.parentId, k);
      const pc = Citation.parse(out.get(u.parentId) ?? '');
      out.set(u.id, pc ? Citation.format({ ...pc, litera: k }) : `§ ${paragraf}`);
    }
  }
  return out;
}

/** A superior as the comparison shows it: as the outline writes it, a unit with its name and symbol. */
function superiorText(order: Order, ref: SuperiorRef): string {
  if (ref.kind !== 'unit') return superiorLabel(order, ref);
  const u = order.units.find((x) => x.id === ref.id);
  return u ? `${u.name}${u.symbol ? ` (${u.symbol})` : ''}` : 'komórka';
}

/** A comparable key of a superior; old-side unit superiors are translated through the unit map. */
function superiorKey(order: Order, ref: SuperiorRef, map?: UnitMap): string {
  switch (ref.kind) {
    case 'deputy':
      return `deputy:${normalizeName(order.leadership?.deputies.find((d) => d.id === ref.id)?.name ?? ref.id).toLowerCase()}`;
    case 'unit':
      return `unit:${map ? (map.get(ref.id) ?? `old:${ref.id}`) : ref.id}`;
    case 'external':
      return `external:${normalizeName(ref.name).toLowerCase()}`;
    default:
      return ref.kind;
  }
}

interface Flow {
  /** Tasks per old/new unit key. */
  oldCount: Map<string, number>;
  newCount: Map<string, number>;
  /** `u\tv` → number of paired tasks. */
  f: Map<string, number>;
}

/** Weight of an unpaired old task whose best candidate lies in a unit: weak evidence that the units continue. */
const WEAK_VOTE = 0.5;
/** Least pair score for a weak vote. */
const WEAK_SCORE = 0.3;

function flows(oldT: Task[], newT: Task[], match: Int32Array, cands: { j: number; sim: number }[][]): Flow {
  const oldCount = new Map<string, number>();
  const newCount = new Map<string, number>();
  for (const t of oldT) oldCount.set(key(t), (oldCount.get(key(t)) ?? 0) + 1);
  for (const t of newT) newCount.set(key(t), (newCount.get(key(t)) ?? 0) + 1);
  const f = new Map<string, number>();
  match.forEach((j, i) => {
    let w = 1;
    if (j < 0) {
      const c = cands[i]?.[0];
      if (!c || c.sim < WEAK_SCORE) return;
      j = c.j;
      w = WEAK_VOTE;
    }
    const k = `${key(oldT[i]!)}\t${key(newT[j]!)}`;
    f.set(k, (f.get(k) ?? 0) + w);
  });
  return { oldCount, newCount, f };
}

interface UnitMatching {
  /** Continuations: old unit id → new unit id. */
  same: UnitMap;
  merged: Map<string, string>;
  /** New unit id → old unit id it was split from. */
  split: Map<string, string>;
}

function bestBy<K>(entries: [K, number][]): [K, number] | null {
  let best: [K, number] | null = null;
  for (const e of entries) if (!best || e[1] > best[1]) best = e;
  return best;
}

/**
 * How much of an old unit's identity a new unit keeps: its name (2), its symbol (1), its superior (1: the same head,
 * deputy by name, Prezydent or external body, or a unit of the same symbol). In: both orders and units. Out: 0–4.
 */
function identityKept(old: Order, a: Unit, neu: Order, b: Unit): number {
  const sup = (o: Order, r: SuperiorRef): string => (r.kind === 'unit' ? `unit:${o.units.find((x) => x.id === r.id)?.symbol ?? r.id}` : superiorKey(o, r));
  return (compareNames(a.name, b.name) === 'same' ? 2 : 0) + (a.symbol && a.symbol === b.symbol ? 1 : 0) + (sup(old, a.reportsTo) === sup(neu, b.reportsTo) ? 1 : 0);
}

/** Matches units from task flows, then by name (units without tasks, or whose tasks were all rewritten). */
function matchUnits(old: Order, neu: Order, fl: Flow): UnitMatching {
  const out: UnitMap = new Map();
  const succ = new Map<string, [string, number][]>();
  const pred = new Map<string, [string, number][]>();
  const oldById = new Map(old.units.map((u) => [u.id, u]));
  const newById = new Map(neu.units.map((u) => [u.id, u]));
  // identity weight: shared tasks, raised when the name or the symbol also stayed (a merged pair continues as the unit that kept them)
  const ident = (u: string, v: string, n: number): number => {
    const a = oldById.get(u);
    const b = newById.get(v);
    if (!a || !b) return n;
    return n * (1 + (compareNames(a.name, b.name) === 'same' ? 0.5 : 0) + (a.symbol && a.symbol === b.symbol ? 0.25 : 0));
  };
  for (const [k, n] of fl.f) {
    const [u, v] = k.split('\t') as [string, string];
    if (u === COMMON || v === COMMON) continue;
    const w = ident(u, v, n);
    if (!succ.has(u)) succ.set(u, []);
    if (!pred.has(v)) pred.set(v, []);
    succ.get(u)!.push([v, w]);
    pred.get(v)!.push([u, w]);
  }
  const namesClose = (a: Unit, b: Unit): boolean => compareNames(a.name, b.name) !== 'different';
  // several old units that went into one new unit whole (a merge): the one that continues is the one that kept its
  // identity there (name, symbol, superior), not the one that brought more tasks
  const wholeInto = (v: string): [string, number][] => (pred.get(v) ?? []).filter(([u, n]) => n >= 2 && (fl.f.get(`${u}\t${v}`) ?? 0) / Math.max(1, fl.oldCount.get(u) ?? 0) >= 0.5);
  const continuing = (v: string): [string, number] | null => {
    const whole = wholeInto(v);
    const b = newById.get(v);
    if (whole.length < 2 || !b) return bestBy(pred.get(v) ?? []);
    const score = (u: string): number => {
      const a = oldById.get(u);
      return a ? identityKept(old, a, neu, b) : 0;
    };
    return whole.reduce((best, e) => (score(e[0]) > score(best[0]) || (score(e[0]) === score(best[0]) && e[1] > best[1]) ? e : best));
  };
  const used = new Set<string>();
  // 1. mutual best successors with enough shared tasks
  for (const u of old.units) {
    const b = bestBy(succ.get(u.id) ?? []);
    if (!b) continue;
    const [v, n] = b;
    const back = continuing(v);
    if (!back || back[0] !== u.id || used.has(v)) continue;
    const strength = n / Math.max(1, Math.min(fl.oldCount.get(u.id) ?? 0, fl.newCount.get(v) ?? 0));
    const nv = newById.get(v)!;
    if ((n >= 2 && strength >= 0.25) || (n >= 1 && namesClose(u, nv))) {
      out.set(u.id, v);
      used.add(v);
    }
  }
  // 2. by name and kind among the rest (units with no tasks, or all tasks rewritten)
  for (const u of old.units) {
    if (out.has(u.id)) continue;
    const hasFlowElsewhere = (succ.get(u.id) ?? []).some(([, n]) => n >= 2);
    let best: Unit | null = null;
    for (const v of neu.units) {
      if (used.has(v.id)) continue;
      const vFlow = (pred.get(v.id) ?? []).some(([, n]) => n >= 2);
      if (hasFlowElsewhere || vFlow) continue;
      const c = compareNames(u.name, v.name);
      if (c === 'same' || (c === 'misspelt' && (u.kind === v.kind || u.symbol === v.symbol))) {
        best = v;
        if (c === 'same') break;
      }
    }
    if (best) {
      out.set(u.id, best.id);
      used.add(best.id);
    }
  }
  // 3. merges and splits
  const merged = new Map<string, string>();
  for (const u of old.units) {
    if (out.has(u.id)) continue;
    const b = bestBy(succ.get(u.id) ?? []);
    if (b && b[1] >= 2 && b[1] / Math.max(1, fl.oldCount.get(u.id) ?? 0) >= 0.5) merged.set(u.id, b[0]);
  }
  const split = new Map<string, string>();
  for (const v of neu.units) {
    if (used.has(v.id)) continue;
    const b = bestBy(pred.get(v.id) ?? []);
    if (b && b[1] >= 2 && b[1] / Math.max(1, fl.newCount.get(v.id) ?? 0) >= 0.5 && oldById.has(b[0])) split.set(v.id, b[0]);
  }
  return { same: out, merged, split };
}

/** Preliminary unit map from each old task's best candidate, for the first pairing's context bonus. */
function preliminaryMap(old: Order, neu: Order, oldT: Task[], newT: Task[], cands: { j: number; sim: number }[][]): UnitMap {
  const votes = new Map<string, number>();
  cands.forEach((cs, i) => {
    const c = cs[0];
    if (!c || c.sim < WEAK_SCORE) return;
    const k = `${key(oldT[i]!)}\t${key(newT[c.j]!)}`;
    votes.set(k, (votes.get(k) ?? 0) + c.sim);
  });
  const pairs = [...votes].map(([k, v]) => [...(k.split('\t') as [string, string]), v] as const).sort((a, b) => b[2] - a[2]);
  const map: UnitMap = new Map();
  const used = new Set<string>();
  for (const [u, v, w] of pairs) {
    if (map.has(u) || used.has(v) || w < 1) continue;
    map.set(u, v);
    used.add(v);
  }
  for (const u of old.units) {
    if (map.has(u.id)) continue;
    const v = neu.units.find((x) => !used.has(x.id) && compareNames(u.name, x.name) === 'same');
    if (v) {
      map.set(u.id, v.id);
      used.add(v.id);
    }
  }
  return map;
}

/**
 * The new owner each old owner is compared with in full (blocking by unit, see `candidates`): the preliminary
 * map, then the same unit id (a draft keeps the ids of the order it replaces); the common duties with the common
 * duties.
 */
function blockingMap(old: Order, neu: Order, oldT: Task[], newT: Task[], first: Candidate[][]): UnitMap {
  const map = preliminaryMap(old, neu, oldT, newT, first);
  const used = new Set(map.values());
  const newIds = new Set(neu.units.map((u) => u.id));
  for (const u of old.units) {
    if (!map.has(u.id) && newIds.has(u.id) && !used.has(u.id)) {
      map.set(u.id, u.id);
      used.add(u.id);
    }
  }
  map.set(COMMON, COMMON);
  return map;
}

function bonusFn(oldT: Task[], newT: Task[], map: UnitMap) {
  return (i: number, j: number): number => {
    const a = oldT[i]!;
    const b = newT[j]!;
    const ka = key(a);
    const kb = key(b);
    const same = ka === COMMON ? kb === COMMON : map.get(ka) === kb;
    if (same) return 0.15 + 0.05 * (1 - Math.abs(a.rel - b.rel));
    if ((ka === COMMON) !== (kb === COMMON)) return -0.05;
    return 0;
  };
}

function needFn(oldT: Task[], newT: Task[], map: UnitMap) {
  return (i: number, j: number): number => {
    const ka = key(oldT[i]!);
    const kb = key(newT[j]!);
    if ((ka === COMMON) !== (kb === COMMON)) return PAIR_THRESHOLD + COMMON_MARGIN;
    if (ka === COMMON || map.get(ka) === kb) return PAIR_THRESHOLD;
    return PAIR_THRESHOLD + MOVE_MARGIN;
  };
}

/** Word-level diff of two texts (`diff`'s words with spaces), neighbouring parts of one kind joined. */
export function diffParts(a: string, b: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const c of diffWordsWithSpace(a, b)) {
    const op = c.added ? '+' : c.removed ? '-' : '=';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += c.value;
    else parts.push({ op, text: c.value });
  }
  return parts;
}

function side(order: Order, u: Unit, where: Map<string, string>, count: Map<string, number>): UnitSide {
  return { id: u.id, symbol: u.symbol, name: u.name, kind: u.kind, where: where.get(u.id) ?? '§ 2', superior: superiorText(order, u.reportsTo), taskCount: count.get(u.id) ?? 0 };
}

/**
 * Compares `old` (the order in force, or any earlier order) with `neu` (the draft or later order).
 * In: two orders. Out: a {@link Comparison}. Never throws; orders with no units compare their common duties and
 * general paragraphs' items only.
 */
export function compareOrders(old: Order, neu: Order): Comparison {
  const oldT = tasksOf(old);
  const newT = tasksOf(neu);
  const cands = candidates(oldT, newT, 0.3, (first) => blockingMap(old, neu, oldT, newT, first)).lists;
  let map = preliminaryMap(old, neu, oldT, newT, cands);
  let match = pairTasks(cands, newT.length, bonusFn(oldT, newT, map), needFn(oldT, newT, map));
  let units = matchUnits(old, neu, flows(oldT, newT, match, cands));
  map = units.same;
  match = pairTasks(cands, newT.length, bonusFn(oldT, newT, map), needFn(oldT, newT, map));
  units = matchUnits(old, neu, flows(oldT, newT, match, cands));
  map = units.same;

  // many-to-one: unpaired tasks contained in a paired one
  const newMatched = new Int32Array(newT.length).fill(-1);
  match.forEach((j, i) => {
    if (j >= 0) newMatched[j] = i;
  });
  const mergedInto = new Map<number, number>();
  cands.forEach((cs, i) => {
    if (match[i]! >= 0) return;
    // the container must hold words of this task that its own 1–1 partner lacks (not a duplicate catch-all)
    const novel = (j: number): boolean => containment(oldT[i]!.bag!, newT[j]!.bag!) - containment(oldT[i]!.bag!, oldT[newMatched[j]!]!.bag!) >= NOVELTY;
    const j = bestContainer(oldT[i]!, newT, cs.map((c) => c.j).filter((j) => newMatched[j]! >= 0 && novel(j)));
    if (j >= 0) mergedInto.set(i, j);
  });
  const reverse = new Map<number, number[]>();
  cands.forEach((cs, i) => {
    for (const c of cs) {
      const l = reverse.get(c.j);
      if (l) l.push(i);
      else reverse.set(c.j, [i]);
    }
  });
  const splitFrom = new Map<number, number>();
  newT.forEach((t, j) => {
    if (newMatched[j]! >= 0) return;
    const novel = (i: number): boolean => containment(t.bag!, oldT[i]!.bag!) - containment(t.bag!, newT[match[i]!]!.bag!) >= NOVELTY;
    const i = bestContainer(t, oldT, (reverse.get(j) ?? []).filter((i) => match[i]! >= 0 && novel(i)));
    if (i >= 0) splitFrom.set(j, i);
  });

  const oldUnits = new Map(old.units.map((u) => [u.id, u]));
  const newUnits = new Map(neu.units.map((u) => [u.id, u]));
  const owner = (order: Order, t: Task, byId: Map<string, Unit>): TaskOwner => {
    if (t.common) return { unitId: null, symbol: '', name: 'wspólne obowiązki komórek', common: true };
    const u = byId.get(t.unitId!)!;
    return { unitId: u.id, symbol: u.symbol, name: u.name, common: false };
  };
  const sameOwner = (a: Task, b: Task): boolean => (a.common ? b.common : map.get(a.unitId!) === b.unitId);

  // task rows, in the old order's sequence, then added tasks in the new order's sequence
  const tasks: TaskChange[] = [];
  oldT.forEach((t, i) => {
    const j = match[i]!;
    const mj = mergedInto.get(i);
    const n = j >= 0 ? newT[j]! : mj !== undefined ? newT[mj]! : null;
    if (!n) {
      tasks.push({ old: t.where, new: null, change: 'dropped', similarity: 0, oldOwner: owner(old, t, oldUnits), newOwner: null, oldText: t.text, newText: null, reworded: false });
      return;
    }
    const sim = Math.round(Math.min(1, cands[i]!.find((c) => newT[c.j] === n)?.sim ?? 0) * 100) / 100;
    const reworded = t.bag!.norm !== n.bag!.norm;
    const change = j < 0 ? 'merged' : sameOwner(t, n) ? (reworded ? 'reworded' : 'kept') : 'moved';
    const row: TaskChange = { old: t.where, new: n.where, change, similarity: sim, oldOwner: owner(old, t, oldUnits), newOwner: owner(neu, n, newUnits), oldText: t.text, newText: n.text, reworded };
    if (t.depth !== n.depth) row.level = `${LEVEL[t.depth] ?? 'tiret'} → ${LEVEL[n.depth] ?? 'tiret'}`;
    if (reworded) row.diff = diffParts(t.text, n.text);
    tasks.push(row);
  });
  newT.forEach((t, j) => {
    if (newMatched[j]! >= 0) return;
    const si = splitFrom.get(j);
    if (si !== undefined) {
      const o = oldT[si]!;
      tasks.push({
        old: o.where, new: t.where, change: 'split', similarity: Math.round((cands[si]!.find((c) => c.j === j)?.sim ?? 0) * 100) / 100,
        oldOwner: owner(old, o, oldUnits), newOwner: owner(neu, t, newUnits), oldText: o.text, newText: t.text, reworded: true, diff: diffParts(o.text, t.text),
      });
      return;
    }
    tasks.push({ old: null, new: t.where, change: 'added', similarity: 0, oldOwner: null, newOwner: owner(neu, t, newUnits), oldText: null, newText: t.text, reworded: false });
  });

  // unit rows
  const oldWhere = registerWhere(old);
  const newWhere = registerWhere(neu);
  const oldCount = new Map<string, number>();
  const newCount = new Map<string, number>();
  for (const t of oldT) if (t.unitId) oldCount.set(t.unitId, (oldCount.get(t.unitId) ?? 0) + 1);
  for (const t of newT) if (t.unitId) newCount.set(t.unitId, (newCount.get(t.unitId) ?? 0) + 1);
  // task counts of each unit row in one pass over the task rows: a row counts for its old unit's row (kept,
  // moved out, dropped) and, unless that is the same row, for its new unit's row (moved in, added)
  type Counts = UnitChange['tasks'];
  const zero = (): Counts => ({ kept: 0, movedIn: 0, movedOut: 0, dropped: 0, added: 0 });
  const partnerOf = new Map<string, string>();
  const byOld = new Map<string, Counts>();
  const byNew = new Map<string, Counts>();
  for (const u of old.units) {
    const c = zero();
    byOld.set(u.id, c);
    const v = map.get(u.id);
    if (v) {
      byNew.set(v, c);
      partnerOf.set(v, u.id);
    }
  }
  for (const v of neu.units) if (!byNew.has(v.id)) byNew.set(v.id, zero());
  for (const r of tasks) {
    const ou = r.oldOwner?.unitId ?? null;
    const nu = r.newOwner?.unitId ?? null;
    const so = ou ? byOld.get(ou) : undefined;
    if (so) {
      if (r.change === 'dropped') so.dropped++;
      else if (nu && map.get(ou!) === nu) so.kept++;
      else so.movedOut++;
    }
    const sn = nu ? byNew.get(nu) : undefined;
    const pu = nu ? partnerOf.get(nu) : undefined;
    if (sn && !(pu && ou === pu)) {
      if (r.change === 'added') sn.added++;
      else if (r.change !== 'split' || !pu) sn.movedIn++;
    }
  }
  const stats = (u: string | null, v: string | null): Counts => (u ? byOld.get(u)! : byNew.get(v!)!);
  const label = (u: Unit): string => u.symbol || u.name;
  const unitRows: UnitChange[] = [];
  const newDone = new Set<string>();
  for (const u of old.units) {
    const ou = side(old, u, oldWhere, oldCount);
    const vId = map.get(u.id);
    if (vId) {
      const v = newUnits.get(vId)!;
      newDone.add(v.id);
      const facets: UnitFacet[] = [];
      if (u.symbol !== v.symbol) facets.push('symbolChanged');
      if (compareNames(u.name, v.name) !== 'same') facets.push('renamed');
      if (u.kind !== v.kind) facets.push('kindChanged');
      const supMoved = superiorKey(old, u.reportsTo, map) !== superiorKey(neu, v.reportsTo);
      const parentMoved = (u.parentId ? map.get(u.parentId) ?? `old:${u.parentId}` : null) !== v.parentId;
      if (supMoved || parentMoved) facets.push('moved');
      const change = facets.includes('symbolChanged') ? 'symbolChanged' : facets.includes('renamed') ? 'renamed' : facets.includes('moved') ? 'moved' : 'kept';
      const nv = side(neu, v, newWhere, newCount);
      const notes: string[] = [];
      if (facets.includes('symbolChanged')) notes.push(`symbol ${u.symbol || '—'} → ${v.symbol || '—'}`);
      if (facets.includes('renamed')) notes.push(`nazwa „${u.name}” → „${v.name}”`);
      if (facets.includes('moved')) notes.push(`podległość: ${ou.superior} → ${nv.superior}`);
      unitRows.push({ old: label(u), new: label(v), change, facets, oldUnit: ou, newUnit: nv, tasks: stats(u.id, v.id), note: notes.length ? notes.join('; ') : 'bez zmian' });
      continue;
    }
    const into = units.merged.get(u.id);
    if (into) {
      const v = newUnits.get(into)!;
      unitRows.push({ old: label(u), new: label(v), change: 'merged', facets: [], oldUnit: ou, newUnit: side(neu, v, newWhere, newCount), tasks: stats(u.id, null), note: `zadania przejęła komórka ${label(v)}` });
      continue;
    }
    unitRows.push({ old: label(u), new: null, change: 'removed', facets: [], oldUnit: ou, newUnit: null, tasks: stats(u.id, null), note: 'komórka zniesiona' });
  }
  for (const v of neu.units) {
    if (newDone.has(v.id)) continue;
    const nv = side(neu, v, newWhere, newCount);
    const from = units.split.get(v.id);
    if (from) {
      const u = oldUnits.get(from)!;
      unitRows.push({ old: label(u), new: label(v), change: 'split', facets: [], oldUnit: side(old, u, oldWhere, oldCount), newUnit: nv, tasks: stats(null, v.id), note: `wydzielona z komórki ${label(u)}` });
      continue;
    }
    unitRows.push({ old: null, new: label(v), change: 'added', facets: [], oldUnit: null, newUnit: nv, tasks: stats(null, v.id), note: 'nowa komórka' });
  }

  // leadership, subordination, common duties, coverage
  const dn = (o: Order) => (o.leadership?.deputies ?? []).map((d) => d.name);
  const oldD = dn(old);
  const newD = dn(neu);
  const has = (list: string[], n: string) => list.some((x) => normalizeName(x).toLowerCase() === normalizeName(n).toLowerCase());
  const subordination = unitRows
    .filter((r) => r.facets.includes('moved') && r.oldUnit && r.newUnit)
    .map((r) => ({ unit: r.new!, oldUnit: r.old!, old: r.oldUnit!.superior, new: r.newUnit!.superior }));
  const cd = { kept: 0, reworded: 0, dropped: 0, added: 0, toUnits: 0, fromUnits: 0 };
  for (const r of tasks) {
    const oc = r.oldOwner?.common ?? false;
    const nc = r.newOwner?.common ?? false;
    if (oc && nc) r.change === 'kept' ? cd.kept++ : cd.reworded++;
    else if (oc && r.change === 'dropped') cd.dropped++;
    else if (nc && r.change === 'added') cd.added++;
    else if (oc && r.newOwner) cd.toUnits++;
    else if (nc && r.oldOwner) cd.fromUnits++;
  }
  // answers by the dropped task's text, else (an answer without text) by its place; the first answer wins
  const byText = new Map<string, CoverageAnswer>();
  const byWhere = new Map<string, CoverageAnswer>();
  for (const a of neu.coverage) {
    const n = normalizeText(a.oldText);
    if (!byText.has(n)) byText.set(n, a);
    if (!a.oldText && !byWhere.has(a.oldWhere)) byWhere.set(a.oldWhere, a);
  }
  const coverage: CoverageQuestion[] = tasks
    .filter((r) => r.change === 'dropped')
    .map((r) => {
      const answer = byText.get(normalizeText(r.oldText!)) ?? byWhere.get(r.old!) ?? null;
      return { oldWhere: r.old!, oldText: r.oldText!, oldOwner: r.oldOwner!, answer };
    });
  const summary = { kept: 0, reworded: 0, moved: 0, merged: 0, split: 0, dropped: 0, added: 0, unitsOld: old.units.length, unitsNew: neu.units.length, tasksOld: oldT.length, tasksNew: newT.length };
  for (const r of tasks) summary[r.change]++;
  const ref = (o: Order) => ({ number: o.meta.number, date: o.meta.date, title: o.meta.title, subject: o.meta.subject });
  return {
    old: ref(old),
    new: ref(neu),
    units: unitRows,
    tasks,
    leadership: {
      head: { old: old.leadership?.head ?? null, new: neu.leadership?.head ?? null },
      deputiesRemoved: oldD.filter((d) => !has(newD, d)),
      deputiesAdded: newD.filter((d) => !has(oldD, d)),
      deputiesKept: newD.filter((d) => has(oldD, d)),
    },
    subordination,
    commonDuties: cd,
    coverage,
    summary,
  };
}
