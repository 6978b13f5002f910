/**
 * Types of the checks (kontrola zarządzenia): what a rule is, what it reports, and where its rule comes from.
 * Everything a check returns is plain data (JSON-serialisable) so that it crosses a worker or IPC boundary as is.
 */
import type { AmendedFacts } from '../amend/check.js';
import type { Order } from '../model/order.js';
import type { JournalCitations } from '../templates/schemas.js';

/** Severity of a finding: `error` (błąd) breaks a rule of law or the document format, `warning` (ostrzeżenie) is very likely wrong, `info` (uwaga) is worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/** Where a rule comes from. */
export interface RuleSource {
  /** `ztp`: rozporządzenie Prezesa Rady Ministrów z 20 czerwca 2002 r. w sprawie „Zasad techniki prawodawczej” (Dz. U. z 2016 r. poz. 283); `spec`: spec/document-format.md; `practice`: practice of Urząd Miasta Krakowa seen in its orders. */
  kind: 'ztp' | 'spec' | 'practice';
  /** Polish reference: `§ 57 ust. 3 ZTP`, `spec: Parts, § 2 units`, `praktyka UMK`. */
  ref: string;
}

/** A fix the user can apply: `applyFix(order, finding)` runs the rule's pure function with this data. */
export interface FixRef {
  /** Polish label of the action for a button (`Usuń błędny numer`). */
  label: string;
  /** Id of the model element the fix works on (item, ustęp, paragraph, unit id), or `''` for the order. */
  target: string;
  /** Extra data the fix needs (plain strings). */
  data?: Record<string, string>;
}

/** One thing a check found. */
export interface Finding {
  /** Stable code of the rule (`punctuation.point-end`). */
  code: string;
  severity: Severity;
  /** Location in citation form (`§ 9 pkt 17`, `§ 3 ust. 4`, `§ 10`). */
  where: string;
  /** Polish message for the user. */
  message: string;
  /** Which document `where` points into: the checked order (default) or the order it replaces (`--against`). */
  document?: 'order' | 'against';
  /** Id of the model element the finding is about, for the editor to select it. */
  targetId?: string;
  /** Present when the rule has a safe automatic fix for this finding. */
  fix?: FixRef;
  /**
   * Other fixes the user may choose instead of `fix` (e.g. point a dangling mention elsewhere, or remove it):
   * applied the same way, as `applyFix(order, { ...finding, fix: alternative })`.
   */
  alternatives?: FixRef[];
}

/** Options of `checkOrder`. */
export interface CheckOptions {
  /** The order this one replaces (repeals): enables the repeal match and the task-coverage ledger. */
  against?: Order;
  /** Today's date (ISO `YYYY-MM-DD`) for drafts that have no date yet; default: the order's own date, else none. */
  today?: string;
  /**
   * The book of journal citations the legal basis and act citations in the text are checked against (shipped data,
   * the user's entries, what the registry learned: `core/legal-basis`); default: the shipped data.
   */
  citations?: JournalCitations;
  /**
   * For an amending order (zarządzenie zmieniające): what the registry says of the order it cites (issue 17); with
   * it the amending order's own checks run (`rules/amending.ts`). Absent: they do not.
   */
  amended?: AmendedFacts;
}

/** A finding before the catalogue adds code and severity. */
export type RawFinding = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

/** A rule of the catalogue. */
export interface Rule<C = unknown> {
  /** Stable code (`numbering.paragraf`). Never reuse a code for another meaning. */
  code: string;
  /** Default severity (a finding may lower it). */
  severity: Severity;
  /** Polish one-line title for the catalogue shown to the user. */
  title: string;
  source: RuleSource;
  /** Runs the rule. Must be pure and fast (it runs on every keystroke). */
  check(ctx: C): RawFinding[];
  /** The safe fix for one finding of this rule: a pure function returning a new order (the input is not mutated). */
  fix?(order: Order, fix: FixRef): Order;
}
