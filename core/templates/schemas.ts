import { z } from 'zod';
import { UnitKindSchema } from '../model/order.js';

/**
 * Schemas of the template files in `templates/` (data, not code). Every file has a `name` (its key, equal to
 * the file name without `.json`) and a Polish `description` shown in the interface. The loaders in
 * `core/templates/index.ts` parse each file with its schema when first used and throw if a file is invalid
 * (a packaging error, not a user error: the files ship with the app).
 */

const TemplateHeader = {
  /** Key of the template, e.g. `wydzial`; equal to the file name for single-template files. */
  name: z.string().min(1),
  /** Short Polish description for the interface. */
  description: z.string().min(1),
};

/** Grammatical gender of a head noun: masculine, feminine, neuter. */
export const GenderSchema = z.enum(['m', 'f', 'n']);
export type Gender = z.infer<typeof GenderSchema>;

/**
 * Forms of a word in the six cases the orders use (the vocative never is): `w Referacie` (locative),
 * `nadzoruje Referat` (accusative).
 */
export const CaseFormsSchema = z.object({
  nominative: z.string().min(1),
  genitive: z.string().min(1),
  dative: z.string().min(1),
  accusative: z.string().min(1),
  instrumental: z.string().min(1),
  locative: z.string().min(1),
});
export type CaseForms = z.infer<typeof CaseFormsSchema>;

/** One head noun of the lexicon (lower case). */
export const LexiconNounSchema = z.object({
  /** Nominative as written inside a name, lower case (`referat`, `stanowiska`). */
  lemma: z.string().min(1),
  gender: GenderSchema,
  /** `pl` for nouns used in the plural as a unit name (`Stanowiska ds. …`). */
  number: z.enum(['sg', 'pl']),
  /** A person (masculine personal): takes `-ów` in the genitive plural with numerals. */
  personal: z.boolean(),
  /** Forms of the noun itself, lower case; `forms.nominative` equals `lemma`. */
  forms: CaseFormsSchema,
  /** Kind of unit a name with this head noun denotes (`inny` for offices and people that are not units). */
  unitKind: UnitKindSchema,
  /** What the noun names: an internal unit, a position (person), an office or a department. */
  role: z.enum(['unit', 'position', 'office', 'department']),
  /** Adjectives (masculine lemma) that typically stand before this noun (`główny` specjalista). */
  preAdjectives: z.array(z.string()).optional(),
  /** Plural forms used with numerals (`dwóch Zastępców`). */
  plural: z.object({ nominative: z.string(), genitive: z.string() }).optional(),
  /** `adjectival`: a noun declined like an adjective (`księgowy`). */
  declension: z.literal('adjectival').optional(),
});
export type LexiconNoun = z.infer<typeof LexiconNounSchema>;

/** The lexicon of unit kinds and positions (`templates/unit-kinds.json`). */
export const UnitKindsLexiconSchema = z
  .object({
    ...TemplateHeader,
    nouns: z.array(LexiconNounSchema).min(1),
    /** Multi-word heads that denote their own kind (`samodzielne stanowisko`), lower case. */
    phrases: z.array(z.object({ words: z.string().min(1), unitKind: UnitKindSchema })),
    /** Adjectives (masculine lemma) recognised even where their ending is not one of the productive suffixes. */
    adjectives: z.array(z.string()),
    /** Lower-case words that end like adjectives but are genitive nouns (`Ochrony`), never inflected as adjectives. */
    nonAdjectives: z.array(z.string()),
  })
  .superRefine((lex, ctx) => {
    const seen = new Set<string>();
    lex.nouns.forEach((n, i) => {
      if (n.forms.nominative !== n.lemma) ctx.addIssue({ code: 'custom', path: ['nouns', i], message: `forms.nominative ≠ lemma (${n.lemma})` });
      if (seen.has(n.lemma)) ctx.addIssue({ code: 'custom', path: ['nouns', i], message: `duplicate lemma ${n.lemma}` });
      seen.add(n.lemma);
    });
  });
export type UnitKindsLexicon = z.infer<typeof UnitKindsLexiconSchema>;

/**
 * A text pattern with named slots written `{slot}`. `slots` lists every slot the text uses with a Polish
 * description; a test checks that the two agree.
 */
export const PatternSchema = z.object({
  text: z.string().min(1),
  slots: z.record(z.string(), z.string()),
});
export type Pattern = z.infer<typeof PatternSchema>;

/** An order kind (`templates/order-kinds.json`): title wording and the default sentences. */
export const OrderKindSchema = z.object({
  ...TemplateHeader,
  /** Matching `OrderMeta.titleForm`. */
  titleForm: z.enum(['department', 'office']),
  /** Order this kind is modelled on (`3468/2024`). */
  modelOrder: z.string(),
  title: PatternSchema,
  leadership: PatternSchema,
  leadershipNoDeputies: PatternSchema,
  ownTasks: PatternSchema,
  unitsIntro: PatternSchema,
  subordinationIntro: PatternSchema,
  scopeHeading: PatternSchema,
  commonDutiesIntro: PatternSchema,
  /** Clause keys of `templates/clauses.json` used for the final paragraphs, in order. */
  finalClauses: z.array(z.string()),
  /** Default scope lead (`należą sprawy`). */
  scopeLead: z.string(),
});
export type OrderKind = z.infer<typeof OrderKindSchema>;

export const OrderKindsSchema = z.object({
  ...TemplateHeader,
  kinds: z.array(OrderKindSchema).min(1),
});

/** One clause of the clause library (`templates/clauses.json`). */
export const ClauseSchema = z.object({
  ...TemplateHeader,
  /** Group: which part of an order the clause writes. */
  part: z.enum(['legalBasis', 'annex', 'execution', 'repeal', 'entryIntoForce', 'signature']),
  pattern: PatternSchema,
  /** Fixture order where this wording is seen, or `spec` for the format document. */
  source: z.string(),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const ClauseLibrarySchema = z.object({
  ...TemplateHeader,
  clauses: z.array(ClauseSchema).min(1),
});
export type ClauseLibrary = z.infer<typeof ClauseLibrarySchema>;

/** An item of a list template (common duties, typical scopes): text without label or closing punctuation. */
export interface TemplateItem {
  /** Stable id (`cd-…`); never reused for another text. */
  id: string;
  text: string;
  children?: TemplateItem[];
}
export const TemplateItemSchema: z.ZodType<TemplateItem> = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    text: z.string().min(1),
    children: z.array(TemplateItemSchema).optional(),
  }),
);

/** A list of items with stable ids (`templates/common-duties.json`, `templates/typical-scopes.json`). */
export const ItemListTemplateSchema = z
  .object({
    ...TemplateHeader,
    /** Order the list is taken from, with its paragraf (`3468/2024 § 11`). */
    source: z.string(),
    /** Sentence that introduces the list, with slots. */
    intro: PatternSchema.optional(),
    items: z.array(TemplateItemSchema).min(1),
  })
  .superRefine((t, ctx) => {
    const ids = new Set<string>();
    const walk = (items: TemplateItem[]) => {
      for (const it of items) {
        if (ids.has(it.id)) ctx.addIssue({ code: 'custom', path: ['items'], message: `duplicate id ${it.id}` });
        ids.add(it.id);
        if (it.children) walk(it.children);
      }
    };
    walk(t.items);
  });
export type ItemListTemplate = z.infer<typeof ItemListTemplateSchema>;

export const TypicalScopesSchema = z.object({
  ...TemplateHeader,
  lists: z.array(ItemListTemplateSchema).min(1),
});
export type TypicalScopes = z.infer<typeof TypicalScopesSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One journal citation (metryczka) of an act, current from `currentFrom`. */
export const CitationEntrySchema = z.object({
  year: z.number().int(),
  issue: z.number().int().optional(),
  positions: z.array(z.number().int().positive()).min(1),
  /** First day on which this citation is the correct one to write (ISO). */
  currentFrom: IsoDate,
  /** `consolidated`: a new tekst jednolity (first position); `amendments`: amendments added to it. */
  kind: z.enum(['consolidated', 'amendments']),
  /** Where the entry comes from: a fixture order that cites it, the spec, or a public page (URL). */
  source: z.string().min(1),
  note: z.string().optional(),
});
export type CitationEntry = z.infer<typeof CitationEntrySchema>;

export const JournalActSchema = z.object({
  /** Key used in `LegalBasis.actKey`. */
  key: z.string(),
  /** The act as cited in the legal basis: `ustawy z dnia 8 marca 1990 r. o samorządzie gminnym`. */
  act: z.string(),
  /** The provision orders of the kind cite in their legal basis (`art. 33 ust. 3`); absent for acts cited only in the text. */
  provision: z.string().optional(),
  /**
   * The words that name the act in a text (a regular expression source, no flags, matched case-sensitively):
   * `o\\s+samorządzie\\s+gminnym`. Used to recognise a citation of the act in a legal basis or inside a task.
   */
  match: z.string().min(1),
  /** Where the act is cited (for the settings page): `podstawa prawna`, `obowiązki wspólne`. */
  citedIn: z.string().optional(),
  /** Entries confirmed from the orders (may be empty: the user adds one in the settings, the registry learns one). */
  citations: z.array(CitationEntrySchema),
});
export type JournalAct = z.infer<typeof JournalActSchema>;

export const JournalCitationsSchema = z
  .object({ ...TemplateHeader, acts: z.array(JournalActSchema).min(1) })
  .superRefine((t, ctx) => {
    t.acts.forEach((a, i) => {
      for (let j = 1; j < a.citations.length; j++) {
        if (a.citations[j]!.currentFrom <= a.citations[j - 1]!.currentFrom)
          ctx.addIssue({ code: 'custom', path: ['acts', i, 'citations', j], message: 'citations must be in increasing currentFrom order' });
      }
    });
  });
export type JournalCitations = z.infer<typeof JournalCitationsSchema>;

/**
 * The change report's wording (`templates/change-report.json`): the sentences of the justification filled from the
 * comparison, the lead of the user's reasons (and what stands there while none is written), the author line and the
 * director's approval block.
 */
export const ChangeReportTemplateSchema = z.object({
  ...TemplateHeader,
  justificationIntro: PatternSchema,
  justificationUnits: PatternSchema,
  justificationChangesLead: PatternSchema,
  justificationNoChanges: PatternSchema,
  justificationTasks: PatternSchema,
  justificationDropped: PatternSchema,
  justificationOpen: PatternSchema,
  reasonsLead: z.string().min(1),
  reasonsBlank: z.string().min(1),
  preparedBy: PatternSchema,
  approval: PatternSchema,
  approvalLead: z.string().min(1),
  signatureLine: z.string().min(1),
});
export type ChangeReportTemplate = z.infer<typeof ChangeReportTemplateSchema>;
