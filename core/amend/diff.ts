/**
 * The amendments that turn one version of an order into another (OLD → NEW), in the order of the text, in the
 * forms of the Zasady techniki prawodawczej (ZTP § 83–§ 91, rozporządzenie z 20 czerwca 2002 r.):
 * - `replace`: a unit of text gets a new wording, quoted whole with its label (`pkt 4 otrzymuje brzmienie: „4) …”`);
 * - `intro`: only the introduction to an enumeration changes (`wprowadzenie do wyliczenia otrzymuje brzmienie`);
 * - `insert`: new units after an existing one, numbered with letters (`pkt 5a`, `§ 7a`), or continuing the
 *   numbering after the last one (`pkt 7` after `pkt 6`);
 * - `repeal`: `uchyla się pkt 2`; the others are never renumbered.
 * Units are aligned by model id (a draft made from the order in force keeps them), then by equal content; the
 * remaining ones pairwise when the counts agree. A paragraf with more than {@link MANY_CHANGES} changes, a change
 * inside a tiret or a sub-unit's list, or a change of structure gets a whole new wording of the enclosing unit.
 */
import { CITABLE, citeWord, cloneUnit, countUnits, normText, signature, type EKind, type EUnit } from './tree.js';

/** A step of a citation: the kind and bare label of a unit (`{ kind: 'punkt', label: '5a' }`). */
export interface Seg { kind: EKind; label: string }

/** One change of the amended order (see the module doc). `path` cites the unit from its paragraf down. */
export type Amendment =
  | { op: 'replace'; path: Seg[]; unit: EUnit }
  | { op: 'intro'; path: Seg[]; text: string }
  /**
   * `semicolon`: the units are added after the last unit of an enumeration, whose closing full stop becomes a
   * semicolon (`w pkt 9 kropkę zastępuje się średnikiem i dodaje się pkt 10 w brzmieniu:`, ZTP § 88–§ 94 as amending
   * acts write it, e.g. Dz. U. 2026 poz. 100 § 1 pkt 1), instead of a new wording of the whole last unit.
   */
  | { op: 'insert'; parent: Seg[]; after: Seg; units: EUnit[]; semicolon?: boolean }
  | { op: 'repeal'; path: Seg[] }
  /** The chart annex gets a new wording (the structure of units changed). */
  | { op: 'annex' };

/** More changes than this inside one paragraf: the paragraf gets a whole new wording (ZTP § 88 ust. 1). */
export const MANY_CHANGES = 3;

/**
 * Share of the old order's units (0–1) touched by the amendment above which a new order reads better than an
 * amendment (ZTP § 89: when the changes would be many, a new act is issued). The measure: units replaced, repealed
 * or inserted, counted with their sub-units, divided by the units of the old order.
 */
export const NEW_ORDER_THRESHOLD = 0.5;

/** Citation of a path: `§ 7 ust. 2 pkt 4 lit. b`. */
export function cite(path: Seg[]): string {
  return path.map((s) => `${citeWord(s.kind)} ${s.label}`).join(' ');
}

const seg = (u: EUnit): Seg => ({ kind: u.kind, label: u.label });

/** Longest common subsequence of two lists under `eq`: pairs of indices, increasing. */
function lcs<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): [number, number][] {
  const n = a.length, m = b.length;
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i]![j] = eq(a[i]!, b[j]!) ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (eq(a[i]!, b[j]!) && t[i]![j] === t[i + 1]![j + 1]! + 1) { out.push([i, j]); i++; j++; }
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

function sameUnit(a: EUnit, b: EUnit): boolean {
  if (a.kind !== b.kind) return false;
  if (a.key && b.key) return a.key === b.key || signature(a) === signature(b);
  return signature(a) === signature(b) || onlyFullStopToSemicolon(a, b);
}

/** The line a unit prints last (where its closing punctuation stands): its część wspólna, else its last sub-unit's, else its text. */
function lastText(u: EUnit): { get(): string; set(t: string): void } {
  let last = u;
  while (!last.tail && last.children.length) last = last.children[last.children.length - 1]!;
  const at = last;
  return at.tail ? { get: () => at.tail!, set: (t) => { at.tail = t; } } : { get: () => at.text, set: (t) => { at.text = t; } };
}

/** A copy of `u` whose last printed line ends with `;` instead of `.` (null when it does not end with `.`). */
export function withSemicolon(u: EUnit): EUnit | null {
  const copy = cloneUnit(u);
  const line = lastText(copy);
  const t = line.get().trimEnd();
  if (!t.endsWith('.')) return null;
  line.set(`${t.slice(0, -1)};`);
  return copy;
}

/** Whether `n` is `o` with only the closing full stop of its last line turned into a semicolon. */
function onlyFullStopToSemicolon(o: EUnit, n: EUnit): boolean {
  if (!/;\s*$/.test(lastText(n).get())) return false;
  const s = withSemicolon(o);
  return s !== null && signature(s) === signature(n);
}

/** Whether a label ends with letters after a number (`5a`) or is letters only (`b`). */
function splitLabel(label: string): { num: number | null; letters: string } {
  const m = /^(\d*)([a-z]*)$/.exec(label);
  if (!m) return { num: null, letters: label };
  return { num: m[1] ? Number(m[1]) : null, letters: m[2]! };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Next letter label after a litera's label (`b` → `c`, `z` → `za`). */
function nextLetter(l: string): string {
  const last = l.slice(-1);
  return last === 'z' ? `${l}a` : l.slice(0, -1) + LETTERS[LETTERS.indexOf(last) + 1];
}

/**
 * Labels for `count` units inserted after the unit labelled `after` among `siblings` (bare labels). After the last
 * sibling a numbered list continues its numbering (`6` → `7`, `8`); elsewhere letters are added (`5` → `5a`, `5b`;
 * `5a` → `5b` when free, else `5aa`; a litera `b` → `ba`, `bb`). Never a label a sibling already has.
 */
export function insertionLabels(kind: EKind, after: string, siblings: string[], count: number): string[] {
  const taken = new Set(siblings);
  const out: string[] = [];
  const atEnd = siblings[siblings.length - 1] === after;
  const { num, letters } = splitLabel(after);
  if (atEnd && kind !== 'litera' && num !== null && letters === '') {
    for (let i = 1; i <= count; i++) out.push(String(num + i));
    return out;
  }
  if (atEnd && kind === 'litera') {
    let l = after;
    for (let i = 0; i < count; i++) out.push((l = nextLetter(l)));
    return out;
  }
  // a letter added to the label (`5` → `5a`, `5a` → `5b`); when that one is taken a second letter starts (`5aa`)
  let l = kind === 'litera' || letters === '' ? `${after}a` : nextLetter(after);
  if (taken.has(l)) l = `${after}a`;
  while (out.length < count) {
    if (!taken.has(l)) { out.push(l); taken.add(l); }
    l = nextLetter(l);
  }
  return out;
}

/** What the diff found: the amendments and the measure of how much changed. */
export interface AmendmentPlan {
  amendments: Amendment[];
  /** Units of the old order touched (replaced, repealed or inserted, with their sub-units). */
  touched: number;
  /** Units of the old order. */
  total: number;
  /** touched / total (0–1); above {@link NEW_ORDER_THRESHOLD} a new order is proposed. */
  measure: number;
  /** True when a new order would read better than the amendment (see {@link NEW_ORDER_THRESHOLD}). */
  proposeNewOrder: boolean;
}

/** Changes inside `o` that make it `n`, or null when `o` must get a whole new wording. */
function changesOf(o: EUnit, n: EUnit, path: Seg[]): Amendment[] | null {
  if (o.kind !== n.kind || normText(o.tail) !== normText(n.tail)) return null;
  const oKids = o.children.filter((c) => !c.repealed);
  if (!oKids.length || !n.children.length) return null;
  // the same kind of sub-units on both sides, else the structure changed
  const kinds = (us: EUnit[]): string => [...new Set(us.map((u) => u.kind))].sort().join();
  if (kinds(oKids) !== kinds(n.children)) return null;
  const sub: Amendment[] = [];
  if (normText(o.text) !== normText(n.text)) sub.push({ op: 'intro', path, text: n.text });
  if (!diffList(o.children, n.children, path, sub)) return null;
  if (o.kind === 'paragraf' && sub.length > MANY_CHANGES) return null;
  return sub;
}

/**
 * Amendments of one list of sibling units (appended to `out` in the order of the text). Returns false when the
 * change cannot be written at this level (inside tirets or lines, or an insertion before the first unit): the
 * parent then gets a whole new wording.
 */
function diffList(olds: EUnit[], news: EUnit[], parent: Seg[], out: Amendment[]): boolean {
  const live = olds.filter((u) => !u.repealed);
  const pairs = lcs(live, news, sameUnit);
  const labels = olds.map((u) => u.label);
  let oi = 0, ni = 0;
  let anchor: EUnit | null = null;
  // the last unit of the list (repealed ones count) whose full stop becomes a semicolon before units added after it
  let semicolon: EUnit | null = null;
  for (const [pi, pj] of [...pairs, [live.length, news.length] as [number, number]]) {
    const og = live.slice(oi, pi), ng = news.slice(ni, pj);
    if (og.length === ng.length) {
      for (let k = 0; k < og.length; k++) if (!change(og[k]!, ng[k]!, parent, out)) return false;
    } else {
      for (const o of og) {
        if (!CITABLE.has(o.kind)) return false;
        out.push({ op: 'repeal', path: [...parent, seg(o)] });
      }
      if (ng.length) {
        const after = og.length ? og[og.length - 1]! : anchor;
        if (!after || !CITABLE.has(after.kind) || ng.some((u) => u.kind !== after.kind)) return false;
        const ls = insertionLabels(after.kind, after.label, labels, ng.length);
        labels.splice(labels.indexOf(after.label) + 1, 0, ...ls);
        out.push({ op: 'insert', parent, after: seg(after), units: ng.map((u, k) => ({ ...cloneUnit(u), label: ls[k]!, key: u.key })), ...(after === semicolon ? { semicolon: true } : {}) });
      }
    }
    if (pi < live.length) {
      const o = live[pi]!, nu = news[pj]!;
      const closing = o === olds[olds.length - 1] && pj < news.length - 1 && signature(o) !== signature(nu) && onlyFullStopToSemicolon(o, nu);
      if (closing) semicolon = o;
      else if (signature(o) !== signature(nu) && !change(o, nu, parent, out)) return false;
      anchor = o;
    }
    oi = pi + 1; ni = pj + 1;
  }
  return true;
}

/** Amendments of one matched pair; false when not expressible here (see {@link diffList}). */
function change(o: EUnit, n: EUnit, parent: Seg[], out: Amendment[]): boolean {
  if (signature(o) === signature(n)) return true;
  if (!CITABLE.has(o.kind) || o.kind !== n.kind) return false;
  const path = [...parent, seg(o)];
  const sub = changesOf(o, n, path);
  if (sub) out.push(...sub);
  else out.push({ op: 'replace', path, unit: { ...cloneUnit(n), label: o.label } });
  return true;
}

function touchedBy(a: Amendment, find: (p: Seg[]) => EUnit | null): number {
  switch (a.op) {
    case 'replace': return countUnits([find(a.path) ?? a.unit]);
    case 'repeal': return countUnits([find(a.path)!].filter(Boolean));
    case 'insert': return countUnits(a.units);
    case 'intro': return 1;
    case 'annex': return 0;
  }
}

/** The unit a path names in a tree, or null. Labels compare bare (`5a`). */
export function findUnit(tree: EUnit[], path: Seg[]): EUnit | null {
  let list = tree;
  let found: EUnit | null = null;
  for (const s of path) {
    found = list.find((u) => u.kind === s.kind && u.label === s.label) ?? null;
    if (!found) return null;
    list = found.children;
  }
  return found;
}

/**
 * The amendments that make the tree `oldTree` read as `newTree`, and the measure of how much changed.
 * In: the editorial-unit trees of the two versions (`orderTree`). Out: {@link AmendmentPlan}; an empty list when
 * the texts are equal. When no amendment can express a change (a paragraf inserted before § 1), that paragraf
 * and everything up to the first match is replaced as a whole. Never throws.
 */
export function diffTrees(oldTree: EUnit[], newTree: EUnit[]): AmendmentPlan {
  const amendments: Amendment[] = [];
  if (!diffList(oldTree, newTree, [], amendments)) {
    // only an insertion before § 1 gets here: § 1 takes the new paragrafs' wording in one
    amendments.length = 0;
    const n = newTree.length - oldTree.filter((u) => !u.repealed).length + 1;
    const head = newTree.slice(0, Math.max(1, n));
    const first = oldTree[0]!;
    amendments.push({ op: 'replace', path: [seg(first)], unit: { ...cloneUnit(head[0]!), label: first.label } });
    diffList(oldTree.slice(1), newTree.slice(head.length), [], amendments);
  }
  const total = countUnits(oldTree);
  const touched = amendments.reduce((s, a) => s + touchedBy(a, (p) => findUnit(oldTree, p)), 0);
  const measure = total ? Math.min(1, touched / total) : 0;
  return { amendments, touched, total, measure, proposeNewOrder: measure > NEW_ORDER_THRESHOLD };
}
