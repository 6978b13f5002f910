/**
 * The result of comparing two orders (porównanie z zarządzeniem uchylanym): plain data, JSON-serialisable,
 * with every location in the citation form of its own order.
 */
import type { CoverageAnswer, UnitKind } from '../model/order.js';

/** Outcome for a unit. */
export type UnitChangeKind = 'kept' | 'renamed' | 'symbolChanged' | 'moved' | 'merged' | 'split' | 'added' | 'removed';

/** Facets a continuing unit may show at once (the `change` is the first of them, in this order). */
export type UnitFacet = 'symbolChanged' | 'renamed' | 'kindChanged' | 'moved';

export interface UnitSide {
  id: string;
  symbol: string;
  name: string;
  kind: UnitKind;
  /** Where § 2 lists it (`§ 2 pkt 3`). */
  where: string;
  /** Polish description of its superior (`Dyrektor`, `I Zastępca Dyrektora`, `Prezydent Miasta Krakowa`). */
  superior: string;
  taskCount: number;
}

/** One row of the unit comparison. `old` / `new` are symbols (the name when a unit has no symbol). */
export interface UnitChange {
  old: string | null;
  new: string | null;
  change: UnitChangeKind;
  facets: UnitFacet[];
  oldUnit: UnitSide | null;
  newUnit: UnitSide | null;
  /** Tasks paired within this pair of units (for kept/renamed/moved…), moved in from other units, moved out, dropped. */
  tasks: { kept: number; movedIn: number; movedOut: number; dropped: number; added: number };
  /** Polish one-line description. */
  note: string;
}

/** Outcome for a task. */
export type TaskChangeKind = 'kept' | 'reworded' | 'moved' | 'merged' | 'split' | 'dropped' | 'added';

/** A piece of a word-level diff: `=` common, `-` only in the old text, `+` only in the new. */
export interface DiffPart {
  op: '=' | '-' | '+';
  text: string;
}

/** Owner of a task: a unit (symbol and name) or the common duties. */
export interface TaskOwner {
  unitId: string | null;
  symbol: string;
  name: string;
  common: boolean;
}

/** One row of the task comparison. */
export interface TaskChange {
  /** Citation in the old order (`§ 6 pkt 5`), or null for an added task. */
  old: string | null;
  /** Citation in the new order (`§ 6 ust. 1 pkt 11`), or null for a dropped task. */
  new: string | null;
  change: TaskChangeKind;
  /** Text similarity 0–1 (2 decimals); 0 for dropped/added. */
  similarity: number;
  oldOwner: TaskOwner | null;
  newOwner: TaskOwner | null;
  oldText: string | null;
  newText: string | null;
  /** Text differs (kept = no). */
  reworded: boolean;
  /** `punkt → litera` when the editorial level changed. */
  level?: string;
  /** Word-level diff for reworded pairs. */
  diff?: DiffPart[];
}

/** A dropped task as an open question of the coverage ledger, with the answer given so far. */
export interface CoverageQuestion {
  oldWhere: string;
  oldText: string;
  oldOwner: TaskOwner;
  answer: CoverageAnswer | null;
  /**
   * For an answer that links the task to a task of the new order (core/ledger): where that task stands, its owner
   * and text; `null` when the linked task no longer exists (the question is open again). Absent otherwise.
   */
  link?: { where: string; owner: TaskOwner; text: string } | null;
}

export interface OrderRef {
  number: string | null;
  date: string | null;
  title: string;
  subject: string | null;
}

export interface Comparison {
  old: OrderRef;
  new: OrderRef;
  units: UnitChange[];
  tasks: TaskChange[];
  leadership: { head: { old: string | null; new: string | null }; deputiesRemoved: string[]; deputiesAdded: string[]; deputiesKept: string[] };
  /** Units whose superior changed: new symbol, old and new superior (Polish). */
  subordination: { unit: string; oldUnit: string; old: string; new: string }[];
  commonDuties: { kept: number; reworded: number; dropped: number; added: number; toUnits: number; fromUnits: number };
  coverage: CoverageQuestion[];
  summary: Record<TaskChangeKind, number> & { unitsOld: number; unitsNew: number; tasksOld: number; tasksNew: number };
}
