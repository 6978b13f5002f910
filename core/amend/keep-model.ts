/**
 * The text in force as a model that keeps the base order (issue 17): what the amendments did not touch stays the
 * base order's own model, with its ids, name forms (`NameForms` set by hand), mentions and provision references,
 * common-duties template links, metadata, legal basis, signature, coverage answers and change report.
 *
 * Why the amended parts are read by the importer: an amendment is a change of text. Its quoted new wording may say
 * anything a unit of text can say (a new § 2 entry with its symbol and superior, a scope heading, a task with a
 * mention), and the importer is the one place that turns an order's text into the model (the same reading a lawyer's
 * amending order from a file goes through). Building those parts by hand again would be a second importer. So the
 * consolidated text is read once (`consolidatedOrder`), and this module carries the base order over it: every part
 * of the read order whose words equal the base order's part at the same place is replaced by the base order's part.
 * Only what the amendments changed (and what encloses it) comes from the reading.
 *
 * Matching: units by symbol and name (then symbol, then name), deputies and positions by name, paragrafy by their
 * label in the text in force (never renumbered: `§ 5` of the text in force is `§ 5` of the base), ustępy and items
 * by their words in order. Pure.
 */
import { Inline, type Reference } from '../model/inline.js';
import { locateAll } from '../model/locate.js';
import type { Deputy, Item, Order, Paragraph, Position, Scope, SuperiorRef, Unit, Ustep } from '../model/order.js';
import { RichText, type TextContext } from '../model/rich-text.js';
import { mapOrderTexts } from '../mentions/texts.js';

/** Words of a text for matching: single spaces, no closing punctuation, first letter in lower case. */
function words(t: readonly Inline[] | undefined, ctx: TextContext): string {
  const s = RichText.plain(t ?? [], ctx).replace(/\s+/g, ' ').trim().replace(/[;,.:]+$/, '').trim();
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Same-keyed values in order: each taken once. */
class Pool<T> {
  private readonly byKey = new Map<string, T[]>();
  constructor(xs: readonly T[], key: (x: T) => string) {
    for (const x of xs) {
      const k = key(x);
      const list = this.byKey.get(k);
      if (list) list.push(x);
      else this.byKey.set(k, [x]);
    }
  }
  take(k: string): T | undefined {
    return this.byKey.get(k)?.shift();
  }
}

/**
 * The text in force as an order: `read` (the consolidated text read by the importer) with every part whose words
 * equal the base order's part replaced by that part of `base`. In: the base order and the read order; `labels`, the
 * label of each paragraf of the read order in the text in force (`modelTree`; they align the paragrafy). Out: a new
 * order; neither input is changed. Never throws for schema-valid orders.
 */
export function keepBaseModel(base: Order, read: Order, labels: readonly string[] = []): Order {
  const bctx = RichText.context(base);
  const rctx = RichText.context(read);
  /** Id in the read order → id in the result. */
  const ids = new Map<string, string>();
  /** Texts carried over from the base (their references carry the base's ids). */
  const kept = new Set<Inline[]>();
  // every id the base uses anywhere (units, deputies, positions, paragrafy, ustępy, items)
  const baseIds = new Set<string>([...JSON.stringify(base).matchAll(/"id":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]!}"`) as string));
  /** A read part's id: the base part's when matched, else its own (renamed when the base uses it for another part). */
  const idFor = (readId: string, baseId?: string): string => {
    let id = baseId ?? readId;
    if (!baseId) for (let n = 2; baseIds.has(id); n++) id = `${readId}-tj${n}`;
    ids.set(readId, id);
    return id;
  };
  /**
   * Written content read anew (what a paragraf of § 2, § 3 or a scope wrote, kept for checks) with ids of its own:
   * the importer may give it the ids of the register's parts, which the result already uses.
   */
  const fresh = new Set<string>();
  const freshContent = (us: readonly Ustep[]): Ustep[] => {
    const freshId = (id: string): string => {
      let x = `${id}-tj`;
      for (let n = 2; baseIds.has(x) || fresh.has(x); n++) x = `${id}-tj${n}`;
      fresh.add(x);
      return x;
    };
    const item = (it: Item): Item => ({ ...it, id: freshId(it.id), children: it.children.map(item) });
    return us.map((u) => ({ ...u, id: freshId(u.id), items: u.items.map(item) }));
  };
  const keepText = <T extends Inline[] | undefined>(b: T, r: T): T => {
    if (b !== undefined && r !== undefined && words(b, bctx) === words(r, rctx)) {
      kept.add(b);
      return b;
    }
    return r;
  };

  /** `out` with the część wspólna kept from the base when it reads the same, else the read one (or none). */
  const withWspolna = <T extends { wspolna?: Inline[] }>(out: T, b: Inline[] | undefined, r: Inline[] | undefined): T => {
    const w = keepText(b, r);
    if (w) out.wspolna = w;
    else delete out.wspolna;
    return out;
  };
  const fromRead = (r: Item): Item => ({ ...r, id: idFor(r.id), children: r.children.map(fromRead) });
  const mergeItems = (bs: readonly Item[], rs: readonly Item[]): Item[] => {
    const pool = new Pool(bs, (b) => words(b.text, bctx));
    return rs.map((r) => {
      const b = pool.take(words(r.text, rctx));
      if (!b) return fromRead(r);
      kept.add(b.text);
      return withWspolna({ ...b, id: idFor(r.id, b.id), children: mergeItems(b.children, r.children) }, b.wspolna, r.wspolna);
    });
  };
  const mergePositions = (bs: readonly Position[], rs: readonly Position[]): Position[] => {
    const pool = new Pool(bs, (b) => b.name);
    return rs.map((r) => {
      const b = pool.take(r.name);
      return withWspolna({ ...(b ?? r), name: r.name, lead: r.lead, id: idFor(r.id, b?.id), tasks: mergeItems(b?.tasks ?? [], r.tasks) }, b?.wspolna, r.wspolna);
    });
  };
  const mergeScope = (b: Scope, r: Scope): Scope => {
    if (r.kind === 'tasks' && b.kind === 'tasks') {
      return withWspolna({ ...r, tasks: mergeItems(b.tasks, r.tasks), positions: mergePositions(b.positions, r.positions) }, b.wspolna, r.wspolna);
    }
    if (r.kind === 'prose' && b.kind === 'prose') return { ...r, text: keepText(b.text, r.text) };
    return mergeNew(r);
  };
  /** A scope with nothing of the base to keep: fresh containers, the read order's texts. */
  const mergeNew = (r: Scope): Scope =>
    r.kind === 'tasks' ? { ...r, tasks: mergeItems([], r.tasks), positions: mergePositions([], r.positions) } : r.kind === 'prose' ? { ...r } : r;

  // units: by symbol and name, then by symbol, then by name
  const unmatched = new Set(base.units);
  const pair = new Map<Unit, Unit>();
  const passes: ((b: Unit, r: Unit) => boolean)[] = [
    (b, r) => b.symbol === r.symbol && b.name === r.name,
    (b, r) => !!r.symbol && b.symbol === r.symbol,
    (b, r) => b.name === r.name,
  ];
  for (const same of passes) {
    for (const r of read.units) {
      if (pair.has(r)) continue;
      const b = [...unmatched].find((x) => same(x, r));
      if (b) {
        pair.set(r, b);
        unmatched.delete(b);
      }
    }
  }
  const units: Unit[] = read.units.map((r) => {
    const b = pair.get(r);
    const out: Unit = { ...r, id: idFor(r.id, b?.id), scope: b ? mergeScope(b.scope, r.scope) : mergeNew(r.scope) };
    if (b && b.name === r.name) {
      out.kind = b.kind;
      if (b.forms) out.forms = b.forms;
      else delete out.forms;
    }
    return out;
  });

  const deputies = new Pool(base.leadership?.deputies ?? [], (d) => d.name);
  const leadership = read.leadership && {
    ...read.leadership,
    deputies: read.leadership.deputies.map((r): Deputy => {
      const b = deputies.take(r.name);
      return b ? { ...r, id: idFor(r.id, b.id), ...(b.forms ? { forms: b.forms } : {}) } : { ...r, id: idFor(r.id) };
    }),
  };

  const mergeUsteps = (bs: readonly Ustep[], rs: readonly Ustep[]): Ustep[] => {
    const pool = new Pool(bs, (b) => words(b.text, bctx));
    return rs.map((r) => {
      const b = pool.take(words(r.text, rctx));
      if (!b) return { ...r, id: idFor(r.id), items: mergeItems([], r.items) };
      kept.add(b.text);
      return withWspolna({ ...b, id: idFor(r.id, b.id), items: mergeItems(b.items, r.items) }, b.wspolna, r.wspolna);
    });
  };
  // paragrafy: the text in force keeps the base's numbers (inserted ones take letters), so `§ N` is the base's N-th
  const at = labels.length === read.paragraphs.length ? labels : read.paragraphs.map((_, i) => String(i + 1));
  const usedParagraphs = new Set<Paragraph>();
  const paragraphs = read.paragraphs.map((r, i): Paragraph => {
    const n = /^\d+$/.test(at[i] ?? '') ? Number(at[i]) : NaN;
    let b = base.paragraphs[n - 1];
    if (!b || b.role !== r.role || usedParagraphs.has(b)) b = undefined;
    if (b) usedParagraphs.add(b);
    const out: Paragraph = { ...r, id: idFor(r.id, b?.id) };
    if (r.unitIds) out.unitIds = r.unitIds.map((id) => ids.get(id) ?? id);
    if (b?.title !== undefined && b.title === r.title) out.title = b.title;
    if (r.content) {
      const same = b?.content && b.content.length === r.content.length && b.content.every((u, k) => words(u.text, bctx) === words(r.content![k]!.text, rctx));
      out.content = r.role === 'general' || r.role === 'leadership' || r.role === 'commonDuties' ? mergeUsteps(b?.content ?? [], r.content) : same ? b!.content : freshContent(r.content);
    }
    return out;
  });

  const remapSuperior = (s: SuperiorRef): SuperiorRef => (s.kind === 'deputy' || s.kind === 'unit' ? { ...s, id: ids.get(s.id) ?? s.id } : s);
  for (const u of units) {
    u.parentId = u.parentId === null ? null : (ids.get(u.parentId) ?? u.parentId);
    u.reportsTo = remapSuperior(u.reportsTo);
  }
  if (leadership) leadership.deputies = leadership.deputies.map((d) => ({ ...d, reportsTo: remapSuperior(d.reportsTo) }));

  const out: Order = {
    ...read,
    meta: { ...base.meta },
    legalBasis: base.legalBasis,
    leadership,
    units,
    commonDuties: read.commonDuties && mergeItems(base.commonDuties ?? [], read.commonDuties),
    annex: base.annex,
    signature: base.signature,
    paragraphs,
    coverage: base.coverage,
    ...(base.changeReport ? { changeReport: base.changeReport } : {}),
  };
  // the read order's references carry its ids; the base's point to parts that may be gone (detached with their words)
  const present = new Set<string>([...units.map((u) => u.id), ...(leadership?.deputies ?? []).map((d) => d.id), ...locateAll(out).keys()]);
  for (const u of units) if (u.scope.kind === 'tasks') for (const p of u.scope.positions) present.add(p.id);
  const target = (r: Reference): string | null =>
    r.kind === 'unit' ? r.unitId : r.kind === 'deputy' ? r.deputyId : r.kind === 'position' ? r.positionId : r.kind === 'provision' ? r.targetId : null;
  const retarget = (r: Reference): Reference => {
    const to = (id: string) => ids.get(id) ?? id;
    switch (r.kind) {
      case 'unit': return { ...r, unitId: to(r.unitId) };
      case 'deputy': return { ...r, deputyId: to(r.deputyId) };
      case 'position': return { ...r, positionId: to(r.positionId) };
      case 'provision': return { ...r, targetId: to(r.targetId) };
      default: return r;
    }
  };
  const gone = (r: Reference): boolean => {
    const id = target(r);
    return id !== null && !present.has(id);
  };
  mapOrderTexts(out, (t) => {
    if (kept.has(t)) return Inline.refs(t).some(gone) ? Inline.mapRefs(t, (r) => (gone(r) ? { ...r, written: RichText.refText(r, bctx) } : r)) : t;
    return Inline.refs(t).length ? Inline.mapRefs(t, retarget) : t;
  });
  return structuredClone(out);
}
