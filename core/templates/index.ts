/**
 * Loaders of the templates in `templates/` (data shipped with the app). The JSON is imported statically (core
 * never reads files); each file is parsed with its schema from `./schemas.ts` on first use and cached.
 * A file that does not match its schema throws an Error naming the file: it is a packaging error caught by the
 * tests, never something a user can cause.
 */
import type { z } from 'zod';
import unitKindsJson from '../../templates/unit-kinds.json';
import orderKindsJson from '../../templates/order-kinds.json';
import clausesJson from '../../templates/clauses.json';
import commonDutiesJson from '../../templates/common-duties.json';
import typicalScopesJson from '../../templates/typical-scopes.json';
import journalCitationsJson from '../../templates/journal-citations.json';
import changeReportJson from '../../templates/change-report.json';
import {
  ChangeReportTemplateSchema,
  ClauseLibrarySchema,
  ItemListTemplateSchema,
  JournalCitationsSchema,
  OrderKindsSchema,
  TypicalScopesSchema,
  UnitKindsLexiconSchema,
  type ChangeReportTemplate,
  type Clause,
  type ClauseLibrary,
  type ItemListTemplate,
  type JournalCitations,
  type OrderKind,
  type Pattern,
  type TypicalScopes,
  type UnitKindsLexicon,
} from './schemas.js';

export * from './schemas.js';
export * from './citations.js';
import { currentCitationIn, isCitationCurrentIn, type CurrentCitationResult } from './citations.js';
import type { JournalCitation } from '../model/order.js';

/** Every template file: its name (file name without `.json`), raw content and schema. Used by the tests. */
export const TEMPLATE_FILES = {
  'unit-kinds': { data: unitKindsJson as unknown, schema: UnitKindsLexiconSchema },
  'order-kinds': { data: orderKindsJson as unknown, schema: OrderKindsSchema },
  clauses: { data: clausesJson as unknown, schema: ClauseLibrarySchema },
  'common-duties': { data: commonDutiesJson as unknown, schema: ItemListTemplateSchema },
  'typical-scopes': { data: typicalScopesJson as unknown, schema: TypicalScopesSchema },
  'journal-citations': { data: journalCitationsJson as unknown, schema: JournalCitationsSchema },
  'change-report': { data: changeReportJson as unknown, schema: ChangeReportTemplateSchema },
} as const satisfies Record<string, { data: unknown; schema: z.ZodType }>;

const cache = new Map<string, unknown>();
function load<T>(file: keyof typeof TEMPLATE_FILES): T {
  if (!cache.has(file)) {
    const { data, schema } = TEMPLATE_FILES[file];
    const r = (schema as z.ZodType).safeParse(data);
    if (!r.success) throw new Error(`templates/${file}.json does not match its schema: ${r.error.message}`);
    cache.set(file, r.data);
  }
  return cache.get(file) as T;
}

/** The change report's wording (`templates/change-report.json`). */
export function loadChangeReportTemplate(): ChangeReportTemplate {
  return load<ChangeReportTemplate>('change-report');
}

/** The lexicon of unit kinds and positions (`templates/unit-kinds.json`). */
export function loadUnitKinds(): UnitKindsLexicon {
  return load<UnitKindsLexicon>('unit-kinds');
}

/** All order kinds (`wydzial`, `kancelaria-biuro`). */
export function listOrderKinds(): OrderKind[] {
  return load<{ kinds: OrderKind[] }>('order-kinds').kinds;
}

/** The order kind named `name`, or null when there is none (a name the user typed may be wrong). */
export function getOrderKind(name: string): OrderKind | null {
  return listOrderKinds().find((k) => k.name === name) ?? null;
}

/** The clause library (`templates/clauses.json`). */
export function loadClauses(): ClauseLibrary {
  return load<ClauseLibrary>('clauses');
}

/** The clause named `name` (`repeal-one`, `entry-signing` …), or null. */
export function getClause(name: string): Clause | null {
  return loadClauses().clauses.find((c) => c.name === name) ?? null;
}

/** The common-duties list of 3468/2024 § 11 with stable item ids. */
export function loadCommonDuties(): ItemListTemplate {
  return load<ItemListTemplate>('common-duties');
}

/** Typical scopes of the organisational/budget unit of a department. */
export function loadTypicalScopes(): TypicalScopes {
  return load<TypicalScopes>('typical-scopes');
}

/** The journal citations (metryczki) of the acts the orders cite. */
export function loadJournalCitations(): JournalCitations {
  return load<JournalCitations>('journal-citations');
}

/** Result of filling a pattern: the text, or the slots that had no value. */
export type FillResult = { ok: true; text: string } | { ok: false; missing: string[] };

/**
 * Fills the `{slot}` placeholders of a pattern with `values`. Every slot the text uses must have a value;
 * otherwise `{ ok: false, missing }` lists them (a draft may lack a value the user has yet to give).
 */
export function fillPattern(pattern: Pattern | string, values: Record<string, string>): FillResult {
  const text = typeof pattern === 'string' ? pattern : pattern.text;
  const missing: string[] = [];
  const out = text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (m, slot: string) => {
    const v = values[slot];
    if (v === undefined) {
      missing.push(slot);
      return m;
    }
    return v;
  });
  return missing.length ? { ok: false, missing: [...new Set(missing)] } : { ok: true, text: out };
}

/** Slot names used in a pattern's text, in order of first appearance. */
export function patternSlots(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]!))];
}

/** Key of the ustawa o samorządzie gminnym in `templates/journal-citations.json`. */
export const GMINA_ACT_KEY = 'ustawa-o-samorzadzie-gminnym';

/**
 * The journal citation of `actKey` current on `onDate` (ISO), from the bundled data; see `currentCitationIn`.
 * Errors (unknown act, date before the first entry, malformed date) are values with a Polish message.
 */
export function currentCitation(actKey: string, onDate: string): CurrentCitationResult {
  return currentCitationIn(loadJournalCitations(), actKey, onDate);
}

/** Whether `citation` is the current one for `actKey` on `onDate` (ISO), from the bundled data. */
export function isCitationCurrent(citation: JournalCitation, actKey: string, onDate: string): boolean {
  return isCitationCurrentIn(loadJournalCitations(), citation, actKey, onDate);
}
