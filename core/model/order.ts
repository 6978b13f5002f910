import { z } from 'zod';
import polishMessages from 'zod/v4/locales/pl.js';
import { RichTextSchema } from './inline.js';

// zod's messages in Polish, for every schema of the app: a damaged file's or a call's first issue is shown to
// the user (`Plik zarządzenia jest uszkodzony: order.units – Nieprawidłowe dane wejściowe: oczekiwano tablica…`).
// The Polish module alone: the bundles leave out zod's namespace of every language (`scripts/build-electron.ts`).
z.config(polishMessages());
import type { RichText } from './rich-text.js';

/**
 * The structured model of an organisational order (zarządzenie organizacyjne) or of any other order of the
 * Prezydent Miasta Krakowa. Terms follow `spec/glossary.md`; the parts follow `spec/document-format.md`.
 *
 * The unit register (`units`) is the one source of truth: § 2, § 3, the scope headings and the chart are
 * derived from it. `paragraphs` keeps the order of the document's paragrafy and, for text that has no
 * dedicated structure (general orders, extra provisions of § 1), its editorial content.
 *
 * Text that can name units or provisions (tasks, ustępy, części wspólne, prose scopes) is {@link RichText}: plain
 * runs and inline references to the register and to provisions, written out at render time (`rich-text.ts`).
 * Read its words only through `RichText.plain`. Stored models of older schema versions are read through the
 * upgrade chain (`upgrade.ts`).
 *
 * Citations are never stored: they are computed from position (`core/model/locate.ts`). What an imported
 * text wrote itself (its labels, its closing punctuation, its § numbers) is kept in `written` fields, so that
 * checks can report the defects of the source while rendering produces the corrected text.
 */

/**
 * The version of the stored model. 2: task text is rich text (`inline.ts`). 3: the same shape, with the references
 * of texts stored by earlier releases recognised (`upgrade.ts` v2 → v3).
 */
export const SCHEMA_VERSION = 3 as const;

/** Label and closing punctuation as written in an imported text; absent in text written in the app. */
export const WrittenItemSchema = z.object({
  /** `1)`, `1.`, `a)`, `-`, `–`; null for an item that had no label. */
  label: z.string().nullable(),
  /** Closing punctuation as written: `;`, `.`, `,`, `:` or `` (none). */
  end: z.string(),
});
export type WrittenItem = z.infer<typeof WrittenItemSchema>;

/**
 * One item of an enumeration: a punkt; its children are litery; theirs are tirety. The level is given by the
 * depth in the tree, never stored. `text` has no label and no closing punctuation (both are generated);
 * an item with children ends its text before the colon. Cross-references (`o którym mowa w § 6 pkt 4`) and
 * mentions of units are references inside `text`.
 */
export interface Item {
  id: string;
  text: RichText;
  children: Item[];
  /** Część wspólna: text that closes the enumeration of `children`. */
  wspolna?: RichText;
  /** Id of the common-duties template item this item came from (`templates/common-duties.json`). */
  templateId?: string;
  written?: WrittenItem;
  /**
   * A line of a quoted new wording in an amending order (`„4)`, `a)`, `„§ 7a.`): printed with this label and its
   * text exactly as stored (no positional label, no case change, no closing punctuation added).
   */
  fixedLabel?: string;
}
export const ItemSchema: z.ZodType<Item> = z.lazy(() =>
  z.object({
    id: z.string(),
    text: RichTextSchema,
    children: z.array(ItemSchema),
    wspolna: RichTextSchema.optional(),
    templateId: z.string().optional(),
    written: WrittenItemSchema.optional(),
    fixedLabel: z.string().optional(),
  }),
);

/** An ustęp of a generic paragraf: an intro sentence, optionally followed by points and a część wspólna. */
export const UstepSchema = z.object({
  id: z.string(),
  text: RichTextSchema,
  items: z.array(ItemSchema),
  wspolna: RichTextSchema.optional(),
  written: z.object({ label: z.string().nullable() }).optional(),
});
export type Ustep = z.infer<typeof UstepSchema>;

/** A reference to a superior in the subordination (§ 3). */
export const SuperiorRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('head') }),
  z.object({ kind: z.literal('deputy'), id: z.string() }),
  z.object({ kind: z.literal('unit'), id: z.string() }),
  z.object({ kind: z.literal('prezydent') }),
  z.object({ kind: z.literal('sekretarz') }),
  /** Any other superior named in the text, nominative (e.g. `Skarbnik Miasta Krakowa`). */
  z.object({ kind: z.literal('external'), name: z.string() }),
]);
export type SuperiorRef = z.infer<typeof SuperiorRefSchema>;

/** Forms of a name the user (or the importer, from the text) fixed by hand; they win over the generated ones. */
export const NameFormsSchema = z.object({
  genitive: z.string().optional(),
  dative: z.string().optional(),
  instrumental: z.string().optional(),
  /** Added in schema version 3 with no upgrade step: optional, so every stored model stays valid (`w Biurze „Prasowym”`). */
  locative: z.string().optional(),
  accusative: z.string().optional(),
});
export type NameForms = z.infer<typeof NameFormsSchema>;

/** A position inside a unit with its own list of tasks (`W strukturze Biura … funkcjonuje Stanowisko …`). */
export const PositionSchema = z.object({
  id: z.string(),
  /** Nominative, e.g. `Stanowisko ds. Wystąpień Prezydenta`. */
  name: z.string(),
  /** What follows `do zakresu działania którego należy`, e.g. `w szczególności` or a prose lead-in. */
  lead: z.string(),
  tasks: z.array(ItemSchema),
  wspolna: RichTextSchema.optional(),
  /** The ustęp as written (intro sentence), kept for checks and for the no-word-lost guarantee. */
  writtenIntro: z.string().optional(),
});
export type Position = z.infer<typeof PositionSchema>;

/**
 * The scope of a unit (zakres działania):
 * - `tasks`: a list of points (the usual case), optionally followed by positions inside the unit;
 * - `prose`: a scope written as one sentence;
 * - `separateOrder`: set by a separate order (`należą sprawy określone odrębnym zarządzeniem`);
 * - `subunits`: made only of the lists of its sub-units.
 */
export const ScopeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('tasks'),
    /** The verb phrase after the heading: `należą sprawy`, `należy`, `należy w szczególności`. */
    lead: z.string(),
    tasks: z.array(ItemSchema),
    wspolna: RichTextSchema.optional(),
    positions: z.array(PositionSchema),
  }),
  z.object({ kind: z.literal('prose'), lead: z.string(), text: RichTextSchema }),
  z.object({ kind: z.literal('separateOrder'), lead: z.string() }),
  z.object({ kind: z.literal('subunits'), lead: z.string() }),
]);
export type Scope = z.infer<typeof ScopeSchema>;

/** Kinds of units, from the lexicon in `templates/unit-kinds.json`. */
export const UnitKindSchema = z.enum([
  'referat', 'biuro', 'oddzial', 'zespol', 'sekcja', 'stanowisko', 'stanowiska', 'samodzielneStanowisko',
  'pelnomocnik', 'rzecznik', 'specjalista', 'inspektor', 'kancelaria', 'pracownia', 'archiwum', 'centrum',
  'kasa', 'punkt', 'wydzial', 'inny',
]);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** A unit of the register (komórka organizacyjna in § 2). */
export const UnitSchema = z.object({
  id: z.string(),
  /** `KS-01`, `KP-02-1`, `PO`; empty while a new unit has none yet. */
  symbol: z.string(),
  /** Nominative, as § 2 names it. */
  name: z.string(),
  kind: UnitKindSchema,
  /** The enclosing unit (a sub-unit of § 2), or null. */
  parentId: z.string().nullable(),
  reportsTo: SuperiorRefSchema,
  forms: NameFormsSchema.optional(),
  scope: ScopeSchema,
});
export type Unit = z.infer<typeof UnitSchema>;

export const DeputySchema = z.object({
  id: z.string(),
  /** Nominative as the order names the deputy: `I Zastępca Dyrektora`, `Zastępca Dyrektora ds. Promocji`. */
  name: z.string(),
  reportsTo: SuperiorRefSchema,
  forms: NameFormsSchema.optional(),
});
export type Deputy = z.infer<typeof DeputySchema>;

/** § 1: who leads the subject. */
export const LeadershipSchema = z.object({
  /** `Dyrektor`. */
  head: z.string(),
  deputies: z.array(DeputySchema),
  /** The short name the order introduces (`zwanym dalej Wydziałem` → `Wydział`), or null. */
  shortName: z.string().nullable(),
  /** Whether § 1 states that all tasks are the gmina's own tasks (zadania własne gminy). */
  ownTasksClause: z.boolean(),
});
export type Leadership = z.infer<typeof LeadershipSchema>;

/** A journal citation (metryczka) of an act: `Dz. U. z 2024 r. poz. 1465, 1572`. */
export const JournalCitationSchema = z.object({
  year: z.number().int(),
  /** Journal number, used before 2012 (`Nr 142`). */
  issue: z.number().int().optional(),
  positions: z.array(z.number().int()),
});
export type JournalCitation = z.infer<typeof JournalCitationSchema>;

export const LegalBasisSchema = z.object({
  /** The provision: `art. 33 ust. 3`. */
  provision: z.string(),
  /** The act: `ustawy z dnia 8 marca 1990 r. o samorządzie gminnym`. */
  act: z.string(),
  /** Key of the act in `templates/journal-citations.json`, when known. */
  actKey: z.string().optional(),
  citation: JournalCitationSchema.nullable(),
  /** The sentence as written, kept verbatim for imported orders. */
  written: z.string().optional(),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

export const RepealSchema = z.object({
  number: z.string(),
  /** ISO date or null when the text gives none. */
  date: z.string().nullable(),
  /** `w sprawie …`, without the closing full stop. */
  title: z.string(),
});
export type Repeal = z.infer<typeof RepealSchema>;

export const EntryIntoForceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('signing') }),
  z.object({ kind: z.literal('date'), date: z.string().nullable() }),
  z.object({ kind: z.literal('afterDays'), days: z.number().int().positive() }),
]);
export type EntryIntoForce = z.infer<typeof EntryIntoForceSchema>;

/**
 * Kinds of answer in the coverage ledger (wykaz pokrycia zadań): the first three link the dropped task to a task
 * of this draft (`taskId`), so it is no longer an open question; the others say why it is not in the draft.
 * - `movedWithinDraft`: moved to a unit of this draft (the linked task is where it now stands);
 * - `reworded`: written anew as the linked task;
 * - `mergedIntoTask`: merged into the linked task, together with what that task already said;
 * - `movedToOtherDepartment`: handed to another department (`department`, and `byOrder` when known);
 * - `givenUp`: the city no longer does it (zaniechane);
 * - `onPurpose`: removed on purpose (e.g. it was not a task of the department).
 */
export const CoverageAnswerKindSchema = z.enum(['movedWithinDraft', 'reworded', 'mergedIntoTask', 'movedToOtherDepartment', 'givenUp', 'onPurpose']);
export type CoverageAnswerKind = z.infer<typeof CoverageAnswerKindSchema>;

/** The answer a user gives to a task of the replaced order that no longer has a counterpart. */
export const CoverageAnswerSchema = z.object({
  /** Citation of the dropped task in the replaced order's own numbering (`§ 3 pkt 9`). */
  oldWhere: z.string(),
  oldText: z.string(),
  answer: CoverageAnswerKindSchema,
  /** For the linking answers (`movedWithinDraft`, `reworded`, `mergedIntoTask`): id of the draft's task (item). */
  taskId: z.string().optional(),
  /** For `movedToOtherDepartment`: which department takes the task over. */
  department: z.string().optional(),
  /** For `movedToOtherDepartment`: the order that hands the task over (`nr 1234/2025`), when known. */
  byOrder: z.string().optional(),
  /** Free text the user adds to any answer. */
  note: z.string().optional(),
});
export type CoverageAnswer = z.infer<typeof CoverageAnswerSchema>;

export const ParagraphRoleSchema = z.enum([
  'leadership', 'units', 'subordination', 'scope', 'commonDuties', 'annex', 'execution', 'repeal',
  'entryIntoForce', 'general',
]);
export type ParagraphRole = z.infer<typeof ParagraphRoleSchema>;

/**
 * A paragraf of the document, in document order. Its number is its position (1-based); `writtenNumber`
 * keeps what an imported text wrote. `content` holds the editorial text where the role has no dedicated
 * structure (`general`), or the text as written (for `leadership`, `units`, `subordination`, final clauses),
 * used by checks and kept so that no word of an imported order is lost.
 */
export const ParagraphSchema = z.object({
  id: z.string(),
  role: ParagraphRoleSchema,
  /** For `scope`: the units whose scopes the paragraf sets (usually one; a unit and its sub-units). */
  unitIds: z.array(z.string()).optional(),
  /** For `scope`: the heading sentence as written (`Do zakresu działania Referatu … należą sprawy:`). */
  writtenIntro: z.string().optional(),
  content: z.array(UstepSchema).optional(),
  writtenNumber: z.string().optional(),
  /** The paragraf's own title (`Przedmiot regulacji`), printed after `§ n.` on a line of its own; absent when none. */
  title: z.string().optional(),
  /**
   * For `commonDuties`: index in `content` of the ustęp whose list is `order.commonDuties`, when it is not the first
   * (`1. Komórki … realizują zadania wspólne wymienione w ust. 2. 2. Do zadań wspólnych należy: …` → 1); absent: 0.
   */
  listAt: z.number().int().nonnegative().optional(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** Text the importer could not place, kept verbatim with a diagnostic saying where it stood. */
export const UnplacedSchema = z.object({
  text: z.string(),
  /** Polish diagnostic: `po § 4 pkt 6: …`. */
  where: z.string(),
});
export type Unplaced = z.infer<typeof UnplacedSchema>;

export const OrderMetaSchema = z.object({
  kind: z.enum(['organizational', 'general']),
  /** `3468/2024`, or null for a draft. */
  number: z.string().nullable(),
  /** ISO `YYYY-MM-DD`, or null for a draft. */
  date: z.string().nullable(),
  /** From `w sprawie` to the end, without a closing full stop. */
  title: z.string(),
  /** Nominative name of the organised unit (`Wydział Komunikacji Społecznej`), or null (general order). */
  subject: z.string().nullable(),
  subjectForms: NameFormsSchema.optional(),
  /** Wording of the title: `department` (podział na wewnętrzne komórki …) or `office` (organizacja i …). */
  titleForm: z.enum(['department', 'office', 'other']),
  status: z.enum(['draft', 'signed', 'inForce', 'repealed']),
  /** The heading block as an imported text wrote it (`ZARZĄDZENIE NR … PREZYDENTA MIASTA KRAKOWA Z DNIA …`). */
  writtenHeading: z.string().optional(),
  /**
   * Set on an amending order (zarządzenie zmieniające, issue #17): the order it amends as its introductory sentence
   * cites it (number and ISO date null when left blank). Written by `core/amend` and by the importer.
   */
  amends: z.object({ number: z.string().nullable(), date: z.string().nullable(), title: z.string() }).optional(),
  /**
   * ISO `YYYY-MM-DD`: the day a signed order was published (ogłoszenie), entered in the registry for an order whose
   * entry into force counts from publication (`wchodzi w życie po upływie 14 dni od dnia ogłoszenia`), which the
   * order's text cannot tell (issue #17; `core/amend/consolidate.ts`, `entryIntoForceOf`). Absent otherwise.
   */
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type OrderMeta = z.infer<typeof OrderMetaSchema>;

export const OrderSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: OrderMetaSchema,
  legalBasis: LegalBasisSchema.nullable(),
  leadership: LeadershipSchema.nullable(),
  units: z.array(UnitSchema),
  commonDuties: z.array(ItemSchema).nullable(),
  annex: z.object({ present: z.boolean() }),
  /** Dative of who executes the order (`Dyrektorowi Wydziału`), or null when the clause is absent. */
  execution: z.object({ addressee: z.string() }).nullable(),
  repeals: z.array(RepealSchema),
  entryIntoForce: EntryIntoForceSchema.nullable(),
  signature: z.object({ office: z.string(), name: z.string().nullable() }),
  paragraphs: z.array(ParagraphSchema),
  unplaced: z.array(UnplacedSchema),
  /** Answers to the task-coverage ledger against the replaced order. */
  coverage: z.array(CoverageAnswerSchema),
  /** What the change report (zestawienie zmian) of a draft carries besides the comparison: the user's justification. */
  changeReport: z.object({
    /** The reasons for the changes in the user's words (uzasadnienie), paragraphs separated by blank lines. */
    justification: z.string(),
  }).optional(),
});
export type Order = z.infer<typeof OrderSchema>;
