import { z } from 'zod';

/**
 * Text that refers to things (HOUSE_STYLE, "Text that refers to things"): the text of a task, of an ustęp, of a
 * część wspólna or of a prose scope is a sequence of plain runs (strings) and inline references: mentions of a
 * unit, of the department itself, of a deputy or of a position inside a unit, and references to a provision of
 * the same order. A reference stores the target's id and the form the sentence needs; the words are produced
 * from the register at render time (`RichText.plain` in `rich-text.ts`), so renaming, re-symbolling or
 * renumbering rewrites every mention. Slate's mentions example (`site/examples/mentions.tsx`) stores its mention
 * the same way, as an inline void element with the target's id.
 *
 * This module holds the schemas and the structural operations only (no language, no rendering), so that the
 * model schema (`order.ts`) can import it without pulling in the declension.
 */

/**
 * The grammatical case a mention is written in (the six cases `core/language` declines). `accusative` and
 * `locative` were added in schema version 3 with no upgrade step of their own: the enum only grew, so every stored
 * model stays valid.
 */
export const MentionCaseSchema = z.enum(['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'locative']);
export type MentionCase = z.infer<typeof MentionCaseSchema>;

/**
 * The text the reference had when it was last written out, kept only where the target may be gone: set by the
 * importer (the words as written) and by the register operation that removes a target, so that a dangling
 * reference still reads as it did and a check can name it. Never used while the target exists.
 */
const written = z.string().optional();

/** A mention of a unit of the register: `Referatu Mediów Miejskich (KS-03)` is `{ unitId, case: 'genitive', symbol: true }`. */
export const UnitMentionSchema = z.object({
  kind: z.literal('unit'),
  unitId: z.string(),
  case: MentionCaseSchema,
  /** Whether the unit's symbol follows the name in parentheses. */
  symbol: z.boolean(),
  /**
   * Only the symbol is written (`KS-03`, or `(KS-03)` with the parentheses as plain text around it): a unit named
   * by its symbol alone. `case` is then unused. Absent (false) in every other mention.
   */
  symbolOnly: z.boolean().optional(),
  written,
});
export type UnitMention = z.infer<typeof UnitMentionSchema>;

/** A mention of the department the order organises (`Wydziału`, `Wydziału Komunikacji Społecznej`). */
export const SubjectMentionSchema = z.object({
  kind: z.literal('subject'),
  case: MentionCaseSchema,
  /** True for the short name § 1 introduces (`zwany dalej Wydziałem` → `Wydziału`), false for the full name. */
  short: z.boolean(),
  written,
});
export type SubjectMention = z.infer<typeof SubjectMentionSchema>;

/** A mention of a deputy of § 1 (`Zastępcy Dyrektora ds. Promocji`). */
export const DeputyMentionSchema = z.object({ kind: z.literal('deputy'), deputyId: z.string(), case: MentionCaseSchema, written });
export type DeputyMention = z.infer<typeof DeputyMentionSchema>;

/** A mention of a position inside a unit (`Stanowiska ds. Wystąpień Prezydenta`). */
export const PositionMentionSchema = z.object({ kind: z.literal('position'), positionId: z.string(), case: MentionCaseSchema, written });
export type PositionMention = z.infer<typeof PositionMentionSchema>;

/** The editorial level a provision reference starts at: `paragraf` writes `§ 6 pkt 4`, `punkt` writes `pkt 4`. */
export const ProvisionFormSchema = z.enum(['paragraf', 'ustep', 'punkt', 'litera', 'tiret']);
export type ProvisionForm = z.infer<typeof ProvisionFormSchema>;

/**
 * A reference to a provision of the same order (a paragraf, an ustęp of a generic paragraf, an item): written
 * out as the target's current citation (`core/model/locate.ts`) from the level `form` down, so that it follows
 * renumbering.
 */
export const ProvisionRefSchema = z.object({ kind: z.literal('provision'), targetId: z.string(), form: ProvisionFormSchema, written });
export type ProvisionRef = z.infer<typeof ProvisionRefSchema>;

/** Any inline reference. */
export const ReferenceSchema = z.discriminatedUnion('kind', [UnitMentionSchema, SubjectMentionSchema, DeputyMentionSchema, PositionMentionSchema, ProvisionRefSchema]);
export type Reference = z.infer<typeof ReferenceSchema>;
/** A reference to a unit, the department, a deputy or a position (not a provision). */
export type Mention = UnitMention | SubjectMention | DeputyMention | PositionMention;

/** One piece of rich text: a plain run or a reference. */
export const InlineSchema = z.union([z.string(), ReferenceSchema]);
export type Inline = z.infer<typeof InlineSchema>;

/**
 * Rich text: plain runs and references in reading order. Normal form (see {@link Inline.normalize}): no empty
 * run, no two runs side by side; the empty text is `[]`.
 */
export const RichTextSchema = z.array(InlineSchema);

/** Structural functions over rich text that need no register (no declension, no numbering). */
export const Inline = {
  /** Rich text of a plain string: `''` → `[]`, otherwise `[s]`. */
  of(s: string): Inline[] {
    return s ? [s] : [];
  },

  /** True for a reference, false for a plain run. */
  isRef(i: Inline): i is Reference {
    return typeof i !== 'string';
  },

  /** The normal form: adjacent runs joined, empty runs dropped. Out: a new array. */
  normalize(t: readonly Inline[]): Inline[] {
    const out: Inline[] = [];
    for (const i of t) {
      if (typeof i === 'string') {
        if (!i) continue;
        const last = out[out.length - 1];
        if (typeof last === 'string') out[out.length - 1] = last + i;
        else out.push(i);
      } else out.push(i);
    }
    return out;
  },

  /** Joins texts in order (normalised). */
  concat(...ts: ReadonlyArray<readonly Inline[]>): Inline[] {
    return Inline.normalize(ts.flat());
  },

  /** The references of a text, in reading order. */
  refs(t: readonly Inline[]): Reference[] {
    return t.filter(Inline.isRef);
  },

  /** True when the text has no reference: its plain runs are its whole wording. */
  isPlain(t: readonly Inline[]): boolean {
    return t.every((i) => typeof i === 'string');
  },

  /** The plain runs joined, references left out: for a text known to be plain (see {@link Inline.isPlain}). */
  runs(t: readonly Inline[]): string {
    return t.filter((i): i is string => typeof i === 'string').join('');
  },

  /**
   * Replaces every reference by what `fn` returns for it (the same reference, another, a plain run, several
   * pieces, or null to drop it). Out: a new normalised text; the input is not changed.
   */
  mapRefs(t: readonly Inline[], fn: (r: Reference) => Inline | readonly Inline[] | null): Inline[] {
    const out: Inline[] = [];
    for (const i of t) {
      if (typeof i === 'string') out.push(i);
      else {
        const r = fn(i);
        if (r === null) continue;
        if (Array.isArray(r)) out.push(...(r as readonly Inline[]));
        else out.push(r as Inline);
      }
    }
    return Inline.normalize(out);
  },

  /**
   * Replaces the plain runs by what `fn` returns (e.g. splitting a run around a recognised mention); references
   * are kept. Out: a new normalised text.
   */
  mapRuns(t: readonly Inline[], fn: (run: string) => Inline | readonly Inline[]): Inline[] {
    const out: Inline[] = [];
    for (const i of t) {
      if (typeof i !== 'string') out.push(i);
      else {
        const r = fn(i);
        if (Array.isArray(r)) out.push(...(r as readonly Inline[]));
        else out.push(r as Inline);
      }
    }
    return Inline.normalize(out);
  },

  /**
   * Edits the words at the start of a text: `fn` gets the leading plain run (`''` when the text starts with a
   * reference) and returns its replacement. Used by fixes that change a first letter or a label.
   */
  editStart(t: readonly Inline[], fn: (run: string) => string): Inline[] {
    const first = t[0];
    return typeof first === 'string' ? Inline.normalize([fn(first), ...t.slice(1)]) : Inline.normalize([fn(''), ...t]);
  },

  /**
   * Edits the words at the end of a text: `fn` gets the trailing plain run (`''` when the text ends with a
   * reference) and returns its replacement. Used by fixes that change closing punctuation.
   */
  editEnd(t: readonly Inline[], fn: (run: string) => string): Inline[] {
    const last = t[t.length - 1];
    return typeof last === 'string' ? Inline.normalize([...t.slice(0, -1), fn(last)]) : Inline.normalize([...t, fn('')]);
  },

  /** Removes white space at the start of the first run and the end of the last one. */
  trim(t: readonly Inline[]): Inline[] {
    const out = Inline.normalize(t);
    if (typeof out[0] === 'string') out[0] = out[0].trimStart();
    const n = out.length - 1;
    if (typeof out[n] === 'string') out[n] = (out[n] as string).trimEnd();
    return Inline.normalize(out);
  },

  /** True when both texts are the same sequence (compared in normal form). */
  equals(a: readonly Inline[], b: readonly Inline[]): boolean {
    return JSON.stringify(Inline.normalize(a)) === JSON.stringify(Inline.normalize(b));
  },
};
