/**
 * Reading rich text (`inline.ts`) against the order it belongs to: the one accessor for the words of a task, an
 * ustęp, a część wspólna or a prose scope. Every consumer (render, DOCX, preview, checks, comparison, search,
 * editor, CLI) reads text through {@link RichText.plain}; none joins the runs itself.
 */
import { inflect } from '../language/name.js';
import { Citation } from './citation.js';
import { Inline, type ProvisionForm, type Reference } from './inline.js';
import { locateAll } from './locate.js';
import type { Deputy, Order, Position, Unit } from './order.js';

/** Rich text: plain runs and references in reading order (schema: `RichTextSchema` in `inline.ts`). */
export type RichText = Inline[];

/**
 * What references are written out from: the units, deputies and positions by id, the citation of every
 * addressable place and the department's names. Build it once per order with {@link RichText.context} when
 * many texts of one order are read (rendering); it is a snapshot, rebuild it after the order changes.
 */
export interface TextContext {
  readonly order: Order;
  readonly units: ReadonlyMap<string, Unit>;
  readonly deputies: ReadonlyMap<string, Deputy>;
  readonly positions: ReadonlyMap<string, Position>;
  /** Citation of every paragraf, ustęp and item by id (`locateAll`). */
  readonly citations: ReadonlyMap<string, Citation>;
}

const LEVELS: readonly ProvisionForm[] = ['paragraf', 'ustep', 'punkt', 'litera', 'tiret'];

/** Words a reference whose target is gone reads as, when nothing was recorded for it. */
const MISSING = '[odesłanie do usuniętego elementu]';

function isContext(x: Order | TextContext): x is TextContext {
  return 'citations' in x && 'units' in x && x.units instanceof Map;
}

/**
 * The citation written from level `form` down: `{ paragraf: 6, punkt: 4 }` with form `punkt` → `pkt 4`; a form
 * below the target's deepest level, or above its top, gives the whole citation.
 */
export function formatProvision(c: Citation, form: ProvisionForm): string {
  const full = Citation.format(c);
  if (form === 'paragraf') return full;
  const from = LEVELS.indexOf(form);
  const present = LEVELS.filter((l) => (l === 'paragraf' ? true : c[l] !== undefined));
  if (!present.includes(form)) return full;
  const parts: string[] = [];
  if (from <= 1 && c.ustep !== undefined) parts.push(`ust. ${c.ustep}`);
  if (from <= 2 && c.punkt !== undefined) parts.push(`pkt ${c.punkt}`);
  if (from <= 3 && c.litera !== undefined) parts.push(`lit. ${Citation.letterLabel(c.litera)}`);
  if (c.tiret !== undefined) parts.push(`tiret ${Citation.tiretOrdinal(c.tiret)}`);
  return parts.join(' ');
}

/** Functions over rich text: the structural ones of {@link Inline} and the ones that read the register. */
export const RichText = {
  ...Inline,

  /**
   * The context references are written out from (see {@link TextContext}). In: an order. Out: maps by id.
   * Never throws.
   */
  context(order: Order): TextContext {
    const positions = new Map<string, Position>();
    for (const u of order.units) if (u.scope.kind === 'tasks') for (const p of u.scope.positions) positions.set(p.id, p);
    return {
      order,
      units: new Map(order.units.map((u) => [u.id, u])),
      deputies: new Map((order.leadership?.deputies ?? []).map((d) => [d.id, d])),
      positions,
      citations: locateAll(order),
    };
  },

  /**
   * The words one reference stands for, from the register: a unit's name in the mention's case followed by
   * `(SYMBOL)` when the mention carries the symbol (and the unit has one), or the symbol alone for a
   * `symbolOnly` mention (the name in its case when the unit has no symbol); the department's full or short name;
   * a deputy's or position's name; a provision's current citation from the level its form names.
   * A reference whose target is gone reads as the words recorded in `written`, or `[odesłanie do usuniętego
   * elementu]` (checks report it as an error).
   */
  refText(ref: Reference, ctx: TextContext): string {
    const missing = ref.written ?? MISSING;
    switch (ref.kind) {
      case 'unit': {
        const u = ctx.units.get(ref.unitId);
        if (!u) return missing;
        if (ref.symbolOnly && u.symbol) return u.symbol;
        const name = inflect(u.name, ref.case, u.forms);
        return ref.symbol && u.symbol ? `${name} (${u.symbol})` : name;
      }
      case 'subject': {
        const m = ctx.order.meta;
        const short = ctx.order.leadership?.shortName;
        if (ref.short && short) return inflect(short, ref.case);
        if (!m.subject) return missing;
        return inflect(m.subject, ref.case, m.subjectForms);
      }
      case 'deputy': {
        const d = ctx.deputies.get(ref.deputyId);
        return d ? inflect(d.name, ref.case, d.forms) : missing;
      }
      case 'position': {
        const p = ctx.positions.get(ref.positionId);
        return p ? inflect(p.name, ref.case) : missing;
      }
      case 'provision': {
        const c = ctx.citations.get(ref.targetId);
        return c ? formatProvision(c, ref.form) : missing;
      }
    }
  },

  /**
   * THE accessor for the words of a text: plain runs as they are, every reference written out from the register
   * (see {@link RichText.refText}). In: the text and its order (or a context built once with
   * {@link RichText.context}, which is faster when reading many texts). Out: a string with ordinary spaces
   * (non-breaking spaces are the renderer's business). A text without references needs no order at all.
   */
  plain(text: readonly Inline[] | undefined, of: Order | TextContext): string {
    if (!text || text.length === 0) return '';
    if (Inline.isPlain(text)) return Inline.runs(text);
    const ctx = isContext(of) ? of : RichText.context(of);
    return text.map((i) => (typeof i === 'string' ? i : RichText.refText(i, ctx))).join('');
  },

  /**
   * The text after the user edited its words in a plain input (a text area): each reference of `previous` is
   * kept where its words still stand in `edited` (looked for in reading order), and dropped, its words then
   * being ordinary text, where they were changed. In: the previous text, the edited words and the order (or a
   * context). Out: normalised rich text. A plain `previous` gives `[edited]`.
   */
  fromPlainEdit(previous: readonly Inline[], edited: string, of: Order | TextContext): RichText {
    if (Inline.isPlain(previous)) return Inline.of(edited);
    const ctx = isContext(of) ? of : RichText.context(of);
    const out: Inline[] = [];
    let rest = edited;
    for (const i of previous) {
      if (typeof i === 'string') continue;
      const words = RichText.refText(i, ctx);
      const k = words ? rest.indexOf(words) : -1;
      if (k < 0) continue;
      out.push(rest.slice(0, k), i);
      rest = rest.slice(k + words.length);
    }
    out.push(rest);
    return Inline.normalize(out);
  },
};
