/**
 * Layout of the organisational chart (schemat organizacyjny, the annex of an organisational order), drawn from the
 * unit register: `spec/document-format.md`, section "The organisational chart".
 *
 * The layout is computed with our own rules, not with elkjs: the spec asks for the office "hanging" chart (the
 * units of one superior stacked in a column under it, a vertical spine down the left side of the column and a
 * short stub to each box), which none of ELK's algorithms expresses: `layered` and `mrtree` put the children of a
 * node side by side in one layer, so a department of 20 units becomes a row 20 boxes wide. The hanging layout is
 * a tree walk whose boxes never overlap by construction (each subtree owns a rectangle and rectangles are only
 * stacked or put side by side), and the connectors run only through the gaps between those rectangles, so
 * there is nothing left for a general graph layout engine to do. It is also synchronous and takes about a
 * millisecond for 40 units.
 *
 * Coordinates of the result are in points (1/72 in) on the page, origin top left, y down, already scaled.
 */
import { SIGNING_OFFICE } from '../lexicon/index.js';
import type { Order, Unit } from '../model/order';
import { fontExtent, type FontFace, widestUnbreakable, wrapText } from './text-metrics';

/** What a box stands for. `external` is any other superior named in § 3 (e.g. the Skarbnik). */
export type ChartBoxKind = 'prezydent' | 'sekretarz' | 'external' | 'head' | 'deputy' | 'unit' | 'subunit';

/** A box of the chart, in page points. */
export interface ChartBox {
  /** Unique in the chart: `head`, `prezydent`, `sekretarz`, `external:N`, `deputy:<id>`, `unit:<id>`. */
  id: string;
  kind: ChartBoxKind;
  /** Id of the unit or deputy in the order, or null for the head and the outer superiors. */
  refId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The lines drawn in the box, top to bottom: the wrapped name, then the symbol on its own line when there is one. */
  lines: string[];
  /** The unit's symbol (`KS-01`), the department's symbol prefix for the head (`KS`), or null. */
  symbol: string | null;
  /** Bold face: the head, the deputies and the outer superiors. */
  bold: boolean;
}

/** A point in page points. */
export interface ChartPoint {
  x: number;
  y: number;
}

/**
 * An orthogonal polyline from a superior's box to one subordinate's box: starts on the border of `from`, ends on
 * the border of `to`, every segment horizontal or vertical. Siblings share their first segments (the spine or
 * the bus), which are drawn on top of one another.
 */
export interface ChartConnector {
  from: string;
  to: string;
  points: ChartPoint[];
}

/** The laid-out chart: plain data for the SVG writer, the DOCX and the editor's live view. */
export interface ChartLayout {
  /** Page size in points (A4 landscape by default: 841.89 × 595.28). */
  page: { width: number; height: number };
  /** Margin kept free on every side, in points. */
  margin: number;
  /** Factor applied to the natural size (font `NATURAL.fontSize` pt) to fit the page; at most `maxScale`. */
  scale: number;
  /** Font size of the box text after scaling, in points. */
  fontSize: number;
  /** Distance between baselines, in points. */
  lineHeight: number;
  /** Inner horizontal and vertical padding of every box, in points. */
  padding: { x: number; y: number };
  /** Stroke width of box borders and connectors, in points. */
  strokeWidth: number;
  /** Bounding box of everything drawn, in points. */
  content: { x: number; y: number; width: number; height: number };
  boxes: ChartBox[];
  connectors: ChartConnector[];
}

/** Options of `layoutChart`; all sizes in points. */
export interface ChartOptions {
  /** Page size; default A4 landscape (841.89 × 595.28). */
  page?: { width: number; height: number };
  /** Margin on every side; default 28.35 (10 mm). */
  margin?: number;
  /** Largest scale applied to the natural size; default 1.3 (a small chart is drawn at up to 11.7 pt, not blown up to the page). */
  maxScale?: number;
}

/** Natural sizes (scale 1) in points. */
export const NATURAL = {
  fontSize: 9,
  lineHeight: 10.8,
  padX: 4,
  padY: 3,
  unitWidth: 132,
  /** Narrower unit boxes tried when the chart is too wide for the page (their text wraps into more lines). */
  narrowUnitWidths: [116, 100],
  headWidth: 170,
  /** Horizontal offset of a column's boxes from its spine's column edge; the spine runs at half of it. */
  indent: 12,
  /** Vertical gap between stacked boxes. */
  vGap: 6,
  /** Vertical gap between a superior and the row of columns under its bus. */
  levelGap: 20,
  /** Horizontal gaps: between columns of one superior, between superiors' groups, before an outer superior's group. */
  colGap: 10,
  groupGap: 18,
  apartGap: 34,
  strokeWidth: 0.8,
} as const;

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

/** A rectangle of laid-out boxes and connectors in local coordinates. */
interface Block {
  w: number;
  h: number;
  boxes: ChartBox[];
  connectors: ChartConnector[];
  /** The box at the top that the superior's line reaches. */
  root: ChartBox;
}

/** A box with the boxes that hang under it in the outline (sub-units and units reporting to a unit). */
interface Tree {
  box: ChartBox;
  children: Tree[];
}

/** What hangs under one superior: the superior's box and its subordinates in § 2 order. */
interface Group {
  header: ChartBox;
  items: Tree[];
  /** Groups headed by the header's subordinates that have subordinates of their own (the deputies under the head). */
  subgroups: Group[];
}

/** Moves boxes and connectors by (dx, dy); returns copies. */
function shift(boxes: ChartBox[], connectors: ChartConnector[], dx: number, dy: number): { boxes: ChartBox[]; connectors: ChartConnector[] } {
  return {
    boxes: boxes.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy })),
    connectors: connectors.map((c) => ({ ...c, points: c.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) })),
  };
}

/** Moves a block by (dx, dy); returns a copy whose `root` is the moved root box. */
function translate(b: Block, dx: number, dy: number): Block {
  const moved = shift(b.boxes, b.connectors, dx, dy);
  return { w: b.w, h: b.h, ...moved, root: moved.boxes[b.boxes.indexOf(b.root)]! };
}

/** Drops repeated points and the middle one of three collinear points. */
function clean(points: ChartPoint[]): ChartPoint[] {
  const out: ChartPoint[] = [];
  const eq = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && eq(last.x, p.x) && eq(last.y, p.y)) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((eq(prev.x, last.x) && eq(last.x, p.x)) || (eq(prev.y, last.y) && eq(last.y, p.y)))) out.pop();
    out.push(p);
  }
  return out;
}

/** Outline layout of a tree: the box, then its children stacked below it, indented, hanging from a spine. */
function outlineBlock(t: Tree): Block {
  const { indent, vGap } = NATURAL;
  const box = { ...t.box, x: 0, y: 0 };
  const boxes = [box];
  const connectors: ChartConnector[] = [];
  let y = box.height;
  let w = box.width;
  for (const child of t.children) {
    y += vGap;
    const cb = translate(outlineBlock(child), indent, y);
    boxes.push(...cb.boxes);
    connectors.push(...cb.connectors);
    const mid = cb.root.y + cb.root.height / 2;
    connectors.push({
      from: box.id,
      to: cb.root.id,
      points: [{ x: indent / 2, y: box.height }, { x: indent / 2, y: mid }, { x: indent, y: mid }],
    });
    y += cb.h;
    w = Math.max(w, indent + cb.w);
  }
  return { w, h: y, boxes, connectors, root: box };
}

/**
 * The ways of splitting a superior's subordinates (outline blocks, in § 2 order) into columns: for each number
 * of columns k, the most even split (the smallest height limit for which the greedy fill gives at most k
 * columns) and that limit. Sorted by k; k = 1 first.
 */
function columnSplits(blocks: Block[]): { limit: number; columns: Block[][] }[] {
  const { vGap } = NATURAL;
  const n = blocks.length;
  if (n === 0) return [{ limit: 0, columns: [] }];
  const prefix = [0];
  for (const b of blocks) prefix.push(prefix[prefix.length - 1]! + b.h);
  const height = (i: number, j: number) => prefix[j]! - prefix[i]! + vGap * (j - i - 1);
  const greedy = (limit: number): number[] => {
    const starts = [0];
    for (let j = 1; j < n; j++) if (height(starts[starts.length - 1]!, j + 1) > limit + 1e-6) starts.push(j);
    return starts;
  };
  const limits = new Set<number>();
  for (let i = 0; i < n; i++) for (let j = i + 1; j <= n; j++) limits.add(height(i, j));
  const sorted = [...limits].sort((a, b) => a - b);
  const out: { limit: number; columns: Block[][] }[] = [];
  let prevCount = 0;
  for (let k = 1; k <= n; k++) {
    // Smallest limit whose greedy fill needs at most k columns (the count falls as the limit grows).
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (greedy(sorted[mid]!).length <= k) hi = mid;
      else lo = mid + 1;
    }
    const starts = greedy(sorted[lo]!);
    // the same column count as for a smaller k: nothing new to offer
    if (starts.length <= prevCount) continue;
    prevCount = starts.length;
    const columns = starts.map((s, i) => blocks.slice(s, starts[i + 1] ?? n));
    out.push({ limit: sorted[lo]!, columns });
  }
  return out.sort((a, b) => a.columns.length - b.columns.length);
}

/** A group made ready for layout: its subordinates' outline blocks and their possible column splits. */
interface PreparedGroup {
  header: ChartBox;
  splits: { limit: number; columns: Block[][] }[];
  subgroups: PreparedGroup[];
}

function prepare(g: Group): PreparedGroup {
  return { header: g.header, splits: columnSplits(g.items.map(outlineBlock)), subgroups: g.subgroups.map(prepare) };
}

/** A column hanging from a spine at `indent / 2`: the blocks stacked at x = `indent`; `stubs` are the roots' mid-heights. */
function spineColumn(blocks: Block[]): { w: number; h: number; boxes: ChartBox[]; connectors: ChartConnector[]; stubs: { id: string; y: number }[] } {
  const { indent, vGap } = NATURAL;
  const boxes: ChartBox[] = [];
  const connectors: ChartConnector[] = [];
  const stubs: { id: string; y: number }[] = [];
  let y = 0;
  let w = 0;
  blocks.forEach((b, i) => {
    if (i > 0) y += vGap;
    const t = translate(b, indent, y);
    boxes.push(...t.boxes);
    connectors.push(...t.connectors);
    stubs.push({ id: t.root.id, y: t.root.y + t.root.height / 2 });
    y += b.h;
    w = Math.max(w, indent + b.w);
  });
  return { w, h: y, boxes, connectors, stubs };
}

/**
 * Lays out a group: its header, and under it the header's own subordinates in columns (the fewest columns none
 * of which is taller than `target`) followed by its subgroups. One column and no subgroups: the column hangs
 * straight from the header (header at the column's left, the spine dropping from its bottom edge). Otherwise a
 * bus runs under the header and each column's spine, or each subgroup's header, drops from the bus; the header
 * is centred over the row.
 */
function groupBlock(g: PreparedGroup, target: number): Block {
  const { indent, vGap, levelGap, colGap, groupGap } = NATURAL;
  const split = g.splits.find((s) => s.limit <= target + 1e-6) ?? g.splits[g.splits.length - 1]!;
  const columns = split.columns.map(spineColumn);
  const header = { ...g.header, x: 0, y: 0 };
  if (columns.length === 1 && g.subgroups.length === 0) {
    const col = columns[0]!;
    const dy = header.height + vGap;
    const body = shift(col.boxes, col.connectors, 0, dy);
    const stubs = col.stubs.map((s) => ({
      from: header.id,
      to: s.id,
      points: [{ x: indent / 2, y: header.height }, { x: indent / 2, y: s.y + dy }, { x: indent, y: s.y + dy }],
    }));
    return { w: Math.max(header.width, col.w), h: dy + col.h, boxes: [header, ...body.boxes], connectors: [...body.connectors, ...stubs], root: header };
  }
  // A row of slots (columns, then subgroups) under a bus.
  type Slot = { x: number; w: number; h: number; boxes: ChartBox[]; connectors: ChartConnector[]; stubs?: { id: string; y: number }[]; root?: ChartBox };
  const slots: Slot[] = [];
  let x = 0;
  for (const c of columns) {
    if (slots.length > 0) x += colGap;
    slots.push({ ...c, x });
    x += c.w;
  }
  for (const sg of g.subgroups) {
    if (slots.length > 0) x += groupGap;
    const b = groupBlock(sg, target);
    slots.push({ ...b, x });
    x += b.w;
  }
  const rowW = x;
  const w = Math.max(rowW, header.width);
  const rowDx = (w - rowW) / 2;
  header.x = (w - header.width) / 2;
  const rowY = header.height + levelGap;
  const busY = header.height + levelGap / 2;
  const cx = header.x + header.width / 2;
  const start = [{ x: cx, y: header.height }, { x: cx, y: busY }];
  const boxes: ChartBox[] = [header];
  const connectors: ChartConnector[] = [];
  let h = header.height;
  for (const s of slots) {
    const dx = s.x + rowDx;
    const placed = shift(s.boxes, s.connectors, dx, rowY);
    boxes.push(...placed.boxes);
    connectors.push(...placed.connectors);
    h = Math.max(h, rowY + s.h);
    if (s.stubs) {
      const sx = dx + indent / 2;
      for (const st of s.stubs) {
        const y = st.y + rowY;
        connectors.push({ from: header.id, to: st.id, points: clean([...start, { x: sx, y: busY }, { x: sx, y }, { x: dx + indent, y }]) });
      }
    } else {
      const r = placed.boxes[s.boxes.indexOf(s.root!)]!;
      const tx = r.x + r.width / 2;
      connectors.push({ from: header.id, to: r.id, points: clean([...start, { x: tx, y: busY }, { x: tx, y: r.y }]) });
    }
  }
  return { w, h, boxes, connectors, root: header };
}

/** Builds a box with its text wrapped to `width` (points, at natural size). */
function makeBox(
  id: string,
  kind: ChartBoxKind,
  refId: string | null,
  name: string,
  symbol: string | null,
  width: number,
  face: FontFace,
): ChartBox {
  const { fontSize, lineHeight, padX, padY } = NATURAL;
  const lines = wrapText(name, width - 2 * padX, fontSize, face);
  if (symbol) lines.push(symbol);
  return { id, kind, refId, x: 0, y: 0, width, height: 2 * padY + lineHeight * Math.max(1, lines.length), lines, symbol, bold: face === 'bold' };
}

/** Where a unit hangs: under another unit (its parent or the unit it reports to) or under an outer superior. */
type Attach = { kind: 'unit'; id: string } | { kind: 'head' } | { kind: 'deputy'; id: string } | { kind: 'prezydent' } | { kind: 'sekretarz' } | { kind: 'external'; name: string };

/**
 * Decides where each unit hangs. A sub-unit (`parentId`) hangs under its parent; otherwise `reportsTo` decides.
 * A reference to a missing unit or deputy, or a chain of units that loops, falls back to the head.
 */
function attachments(order: Order): Map<string, Attach> {
  const units = new Map(order.units.map((u) => [u.id, u]));
  const deputies = new Set((order.leadership?.deputies ?? []).map((d) => d.id));
  const out = new Map<string, Attach>();
  for (const u of order.units) {
    let a: Attach;
    if (u.parentId !== null && units.has(u.parentId) && u.parentId !== u.id) a = { kind: 'unit', id: u.parentId };
    else {
      const r = u.reportsTo;
      if (r.kind === 'unit') a = units.has(r.id) && r.id !== u.id ? { kind: 'unit', id: r.id } : { kind: 'head' };
      else if (r.kind === 'deputy') a = deputies.has(r.id) ? { kind: 'deputy', id: r.id } : { kind: 'head' };
      else a = r;
    }
    out.set(u.id, a);
  }
  // Break loops: walk up from each unit; a unit met twice is attached to the head.
  for (const u of order.units) {
    const seen = new Set<string>([u.id]);
    let cur = out.get(u.id)!;
    while (cur.kind === 'unit') {
      if (seen.has(cur.id)) {
        out.set(cur.id, { kind: 'head' });
        break;
      }
      seen.add(cur.id);
      cur = out.get(cur.id)!;
    }
  }
  return out;
}

/** The symbol prefix shared by all the given symbols (`KS` for `KS-01` … `KS-07`), or null when they differ. */
function commonSymbolPrefix(units: Unit[]): string | null {
  const prefixes = new Set(units.map((u) => u.symbol.split('-')[0]!.trim()).filter((s) => s.length > 0));
  return prefixes.size === 1 ? [...prefixes][0]! : null;
}

/** The groups of the chart: the head's group (with the deputies' subgroups) and the outer superiors' groups. */
function buildGroups(order: Order, unitWidth: number): Group[] {
  const { fontSize, padX, headWidth, indent } = NATURAL;
  const att = attachments(order);
  // Boxes are as wide as the widest unbreakable word needs, never narrower than the natural width.
  const unitW = Math.max(unitWidth, ...order.units.map((u) => Math.max(widestUnbreakable(u.name, fontSize), widestUnbreakable(u.symbol, fontSize)) + 2 * padX));
  const deputies = order.leadership?.deputies ?? [];
  const depW = Math.max(unitW + indent, ...deputies.map((d) => widestUnbreakable(d.name, fontSize, 'bold') + 2 * padX));
  const headName = (order.leadership?.head ?? 'Dyrektor').toLocaleUpperCase('pl');
  const headW = Math.max(headWidth, widestUnbreakable(headName, fontSize, 'bold') + 2 * padX);

  const trees = new Map<string, Tree>();
  for (const u of order.units) {
    const a = att.get(u.id)!;
    const kind: ChartBoxKind = a.kind === 'unit' && a.id === u.parentId ? 'subunit' : 'unit';
    trees.set(u.id, { box: makeBox(`unit:${u.id}`, kind, u.id, u.name, u.symbol.trim() || null, unitW, 'regular'), children: [] });
  }
  const headItems: Tree[] = [];
  const deputyItems = new Map<string, Tree[]>(deputies.map((d) => [d.id, []]));
  const outer = new Map<string, { header: ChartBox; items: Tree[] }>();
  const outerGroup = (key: string, kind: ChartBoxKind, name: string) => {
    let g = outer.get(key);
    if (!g) {
      const w = Math.max(unitW + indent, widestUnbreakable(name, fontSize, 'bold') + 2 * padX);
      g = { header: makeBox(key.startsWith('external') ? `external:${outer.size}` : key, kind, null, name, null, w, 'bold'), items: [] };
      outer.set(key, g);
    }
    return g;
  };
  const headUnits: Unit[] = [];
  for (const u of order.units) {
    const a = att.get(u.id)!;
    const t = trees.get(u.id)!;
    if (a.kind === 'unit') trees.get(a.id)!.children.push(t);
    else if (a.kind === 'deputy') deputyItems.get(a.id)!.push(t);
    else if (a.kind === 'head') headItems.push(t);
    else if (a.kind === 'prezydent') outerGroup('prezydent', 'prezydent', SIGNING_OFFICE).items.push(t);
    else if (a.kind === 'sekretarz') outerGroup('sekretarz', 'sekretarz', 'SEKRETARZ MIASTA KRAKOWA').items.push(t);
    else outerGroup(`external|${a.name}`, 'external', a.name.toLocaleUpperCase('pl')).items.push(t);
    if (a.kind === 'head' || a.kind === 'deputy') headUnits.push(u);
  }
  const groups: Group[] = [];
  if (order.leadership !== null || order.units.length > 0) {
    const head = makeBox('head', 'head', null, headName, commonSymbolPrefix(headUnits), headW, 'bold');
    groups.push({
      header: head,
      items: headItems,
      subgroups: deputies.map((d) => ({ header: makeBox(`deputy:${d.id}`, 'deputy', d.id, d.name, null, depW, 'bold'), items: deputyItems.get(d.id)!, subgroups: [] })),
    });
  }
  const rank = (k: string) => (k === 'prezydent' ? 0 : k === 'sekretarz' ? 1 : 2);
  for (const [key, g] of [...outer.entries()].sort((a, b) => rank(a[0]) - rank(b[0]))) {
    if (key === 'prezydent' || key === 'sekretarz' || g.items.length > 0) groups.push({ ...g, subgroups: [] });
  }
  return groups;
}

/**
 * Lays the groups side by side, tops aligned; the outer superiors' groups (all but the head's) stand apart by
 * `apartGap`, either in a row (`stackOuter` false) or one under another in a single column at the right.
 */
function chartBlock(groups: PreparedGroup[], target: number, stackOuter: boolean): { w: number; h: number; boxes: ChartBox[]; connectors: ChartConnector[] } {
  const boxes: ChartBox[] = [];
  const connectors: ChartConnector[] = [];
  let x = 0;
  let h = 0;
  let stackY = 0;
  let stackW = 0;
  groups.forEach((g, i) => {
    const b0 = groupBlock(g, target);
    const stacked = stackOuter && g.header.kind !== 'head' && stackY > 0;
    if (stacked) {
      const b = translate(b0, x, stackY + NATURAL.levelGap);
      boxes.push(...b.boxes);
      connectors.push(...b.connectors);
      stackY += NATURAL.levelGap + b.h;
      stackW = Math.max(stackW, b.w);
      h = Math.max(h, stackY);
      return;
    }
    if (i > 0) x += stackW + NATURAL.apartGap;
    const b = translate(b0, x, 0);
    boxes.push(...b.boxes);
    connectors.push(...b.connectors);
    stackW = b.w;
    stackY = g.header.kind === 'head' ? 0 : b.h;
    h = Math.max(h, b.h);
  });
  return { w: x + stackW, h, boxes, connectors };
}

/** Every column-height limit worth trying: those at which some superior's column count changes. Largest first. */
function targetCandidates(groups: PreparedGroup[]): number[] {
  const out = new Set<number>();
  const visit = (g: PreparedGroup) => {
    for (const s of g.splits) out.add(s.limit);
    g.subgroups.forEach(visit);
  };
  groups.forEach(visit);
  return [...out].sort((a, b) => b - a);
}

/**
 * Lays out the organisational chart of `order` on a page (A4 landscape unless `options.page` says otherwise).
 *
 * Rules (`spec/document-format.md`, "The organisational chart"):
 * - the head (`order.leadership.head`, upper case, with the units' common symbol prefix) at the top;
 * - the deputies in a row under the head, each with the units reporting to it hanging in a column under it;
 * - the units reporting to the head in columns under the head, left of the deputies;
 * - sub-units (`parentId`) and units reporting to a unit hang under that unit, indented;
 * - units reporting to the Prezydent, the Sekretarz or another superior (`reportsTo.kind` `prezydent`,
 *   `sekretarz`, `external`) stand apart, right of the head's group, under a box `PREZYDENT MIASTA KRAKOWA`,
 *   `SEKRETARZ MIASTA KRAKOWA` or the superior's name in upper case;
 * - § 2 order (`order.units`) kept top to bottom in a column and left to right across columns;
 * - a column that would be too tall is split into several columns side by side: every split is tried and the one
 *   that lets the chart be drawn largest on the page wins (ties: the fewest columns), then the chart is scaled by
 *   `scale` ≤ `maxScale` to fit inside the margins (never clipped), centred horizontally, at the top.
 *
 * An order with neither leadership nor units gives a layout without boxes. Never throws for a valid `Order`.
 */
export function layoutChart(order: Order, options: ChartOptions = {}): ChartLayout {
  const page = options.page ?? A4_LANDSCAPE;
  const margin = options.margin ?? 28.35;
  const maxScale = options.maxScale ?? 1.3;
  const availW = page.width - 2 * margin;
  const availH = page.height - 2 * margin;
  let best: { block: ReturnType<typeof chartBlock>; scale: number } | null = null;
  // Widest boxes first, outer groups in a row first, fewest columns first: a later try must do clearly better.
  for (const unitWidth of [NATURAL.unitWidth, ...NATURAL.narrowUnitWidths]) {
    if (best && best.scale >= maxScale - 1e-6) break;
    const groups = buildGroups(order, unitWidth).map(prepare);
    const outerCount = groups.filter((g) => g.header.kind !== 'head').length;
    for (const stackOuter of outerCount > 1 ? [false, true] : [false]) {
      for (const target of [...targetCandidates(groups), 0]) {
        const block = chartBlock(groups, target, stackOuter);
        const scale = Math.min(maxScale, block.w > 0 ? availW / block.w : maxScale, block.h > 0 ? availH / block.h : maxScale);
        if (!best || scale > best.scale * 1.02) best = { block, scale };
      }
    }
  }
  const { block, scale: s } = best!;
  const ox = margin + (availW - block.w * s) / 2;
  const oy = margin;
  const X = (x: number) => ox + x * s;
  const Y = (y: number) => oy + y * s;
  const boxes = block.boxes.map((b) => ({ ...b, x: X(b.x), y: Y(b.y), width: b.width * s, height: b.height * s }));
  const connectors = block.connectors.map((c) => ({ ...c, points: c.points.map((p) => ({ x: X(p.x), y: Y(p.y) })) }));
  return {
    page: { ...page },
    margin,
    scale: s,
    fontSize: NATURAL.fontSize * s,
    lineHeight: NATURAL.lineHeight * s,
    padding: { x: NATURAL.padX * s, y: NATURAL.padY * s },
    strokeWidth: NATURAL.strokeWidth * s,
    content: { x: ox, y: oy, width: block.w * s, height: block.h * s },
    boxes,
    connectors,
  };
}

/** First baseline of a box's text, in points: the lines are centred vertically in the box. */
export function firstBaseline(layout: ChartLayout, box: ChartBox): number {
  const { ascent, descent } = fontExtent(layout.fontSize);
  const blockH = layout.lineHeight * box.lines.length;
  const top = box.y + (box.height - blockH) / 2;
  return top + (layout.lineHeight - (ascent + descent)) / 2 + ascent;
}
