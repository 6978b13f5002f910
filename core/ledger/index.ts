/**
 * The coverage ledger (wykaz pokrycia zadań): every task of the replaced order that the draft no longer has must
 * have an answer in `draft.coverage` (core/model/order.ts, `CoverageAnswer`). Three answers link the task to a task
 * of the draft (moved to a unit of this draft, reworded, merged into another task): the comparison then shows the
 * pair as the user states it, and the task is no longer dropped. The others (handed to another department, given
 * up, removed on purpose) keep it dropped, answered. The ledger is closed when every dropped task has a valid
 * answer. Source: the city hall's practice that no competence may be lost when an order is replaced (issue 12).
 *
 * Pure; the comparison passed in is never mutated.
 */
import { diffParts, type Comparison, type CoverageQuestion, type TaskChange, type TaskOwner, type UnitChange } from '../compare/index.js';
import { bagOf, similarity, stems } from '../compare/text.js';
import { Citation } from '../model/citation.js';
import { locateItems } from '../model/locate.js';
import type { CoverageAnswer, CoverageAnswerKind, Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';

/** Answers that link a dropped task to a task of the draft. */
export const LINK_ANSWERS: readonly CoverageAnswerKind[] = ['movedWithinDraft', 'reworded', 'mergedIntoTask'];

/** Polish labels of the answers, as the editor, the checks and the change report write them. */
export const ANSWER_LABEL: Record<CoverageAnswerKind, string> = {
  movedWithinDraft: 'przeniesione do komórki projektu',
  reworded: 'przeredagowane',
  mergedIntoTask: 'włączone do innego zadania',
  movedToOtherDepartment: 'przekazane innemu wydziałowi',
  givenUp: 'zaniechane',
  onPurpose: 'usunięte celowo',
};

/** True for an answer that links the task to a task of the draft. */
export function isLinkAnswer(a: CoverageAnswer): boolean {
  return LINK_ANSWERS.includes(a.answer);
}

/**
 * Whether an answered question is settled: a link must point at a task that exists, a hand-over must name the
 * department. Null when it is settled, else a Polish reason.
 */
export function answerProblem(q: CoverageQuestion): string | null {
  const a = q.answer;
  if (!a) return 'bez odpowiedzi';
  if (isLinkAnswer(a)) {
    if (!a.taskId) return 'nie wskazano zadania projektu';
    if (q.link === null) return 'wskazane zadanie projektu już nie istnieje';
    return null;
  }
  if (a.answer === 'movedToOtherDepartment' && !a.department?.trim()) return 'nie wskazano wydziału, który przejmuje zadanie';
  return null;
}

/** State of the ledger: questions (dropped tasks, and tasks linked by an answer), answered, open; closed when none is open. */
export interface LedgerState {
  questions: number;
  answered: number;
  open: number;
  closed: boolean;
}

/** Counts the ledger's questions of a comparison (after {@link withLedger}). */
export function ledgerState(cmp: Comparison): LedgerState {
  const open = cmp.coverage.filter((q) => answerProblem(q) !== null).length;
  return { questions: cmp.coverage.length, answered: cmp.coverage.length - open, open, closed: open === 0 };
}

/** One line of an answer for a report or a message: `przekazane innemu wydziałowi: Wydział Podatków (zarządzenie nr 12/2025)`. */
export function answerText(q: CoverageQuestion): string {
  const a = q.answer;
  if (!a) return 'bez odpowiedzi';
  let s = ANSWER_LABEL[a.answer];
  if (isLinkAnswer(a)) s += q.link ? `: ${q.link.where}${q.link.owner.common ? ' (wspólne obowiązki)' : q.link.owner.symbol ? ` (${q.link.owner.symbol})` : ''}` : ': wskazane zadanie już nie istnieje';
  else if (a.answer === 'movedToOtherDepartment') s += `: ${a.department?.trim() || '…'}${a.byOrder?.trim() ? ` (zarządzenie ${a.byOrder.trim()})` : ''}`;
  if (a.note?.trim()) s += ` — ${a.note.trim()}`;
  return s;
}

/**
 * Task counts of one row of the unit comparison: the old unit `u` and the new unit `v` (either null), over the task
 * rows `tasks`: tasks that stayed in the pair, moved in from other units, moved out, dropped, added.
 */
function unitTaskStats(tasks: TaskChange[], u: string | null, v: string | null): UnitChange['tasks'] {
  const s = { kept: 0, movedIn: 0, movedOut: 0, dropped: 0, added: 0 };
  for (const r of tasks) {
    const ou = r.oldOwner?.unitId ?? null;
    const nu = r.newOwner?.unitId ?? null;
    if (u && ou === u) {
      if (r.change === 'dropped') s.dropped++;
      else if (v && nu === v) s.kept++;
      else s.movedOut++;
    } else if (v && nu === v) {
      if (r.change === 'added') s.added++;
      else if (r.change !== 'split' || !u) s.movedIn++;
    }
  }
  return s;
}

/** The owner of a draft's task (unit or common duties), as the comparison describes owners. */
function ownerOf(draft: Order, unitId: string | null): TaskOwner {
  if (!unitId) return { unitId: null, symbol: '', name: 'wspólne obowiązki komórek', common: true };
  const u = draft.units.find((x) => x.id === unitId);
  return { unitId, symbol: u?.symbol ?? '', name: u?.name ?? '', common: false };
}

function textSimilarity(a: string, b: string): number {
  const idf = new Map<string, number>();
  return Math.round(Math.min(1, similarity(bagOf(a, stems(a), idf), bagOf(b, stems(b), idf))) * 100) / 100;
}

/**
 * The comparison with the draft's linking answers applied. In: `compareOrders(replaced, draft)` and the draft.
 * Out: a new comparison where each dropped task answered with a link to an existing task of the draft is paired
 * with it — `moved` when the task now belongs to another unit (one that does not continue the old unit), `merged`
 * for `mergedIntoTask` or when the linked task already has a counterpart, otherwise `reworded` (or `kept` when the
 * texts are equal); a linked task that was `added` is no longer added. Every question keeps its place in
 * `coverage`, with `link` set for linking answers (null when the linked task no longer exists). Summary and the
 * unit rows' task counts follow. Never throws.
 */
export function withLedger(cmp: Comparison, draft: Order): Comparison {
  const questions = cmp.coverage.filter((q) => q.answer && isLinkAnswer(q.answer));
  if (!questions.length) return cmp;
  const loc = locateItems(draft);
  const tasks = cmp.tasks.map((t) => ({ ...t }));
  // continuing units: old unit id → new unit id
  const continues = new Map<string, string>();
  for (const u of cmp.units) if (u.oldUnit && u.newUnit && u.change !== 'merged' && u.change !== 'split') continues.set(u.oldUnit.id, u.newUnit.id);
  const removed = new Set<TaskChange>();
  const coverage = cmp.coverage.map((q): CoverageQuestion => {
    if (!q.answer || !isLinkAnswer(q.answer)) return q;
    const at = q.answer.taskId ? loc.get(q.answer.taskId) : undefined;
    if (!at) return { ...q, link: null };
    const where = Citation.format(at.citation);
    const owner = ownerOf(draft, at.unitId);
    const target = tasks.find((t) => t.new === where && t.change !== 'merged' && !removed.has(t));
    const text = target?.newText ?? RichText.plain(at.item.text, draft);
    const row = tasks.find((t) => t.change === 'dropped' && t.old === q.oldWhere && t.oldText === q.oldText);
    if (row) {
      const sameOwner = row.oldOwner?.common ? owner.common : !owner.common && continues.get(row.oldOwner?.unitId ?? '') === owner.unitId;
      const takenBy = target && target.change !== 'added' ? target : null;
      if (target?.change === 'added') removed.add(target);
      const reworded = (row.oldText ?? '').trim() !== text.trim();
      row.new = where;
      row.newOwner = owner;
      row.newText = text;
      row.reworded = reworded;
      row.similarity = textSimilarity(row.oldText ?? '', text);
      row.change = q.answer.answer === 'mergedIntoTask' || takenBy ? 'merged' : !sameOwner ? 'moved' : reworded ? 'reworded' : 'kept';
      if (reworded) row.diff = diffParts(row.oldText ?? '', text);
      const oldDepth = row.old ? (Citation.parse(row.old)?.tiret ? 2 : Citation.parse(row.old)?.litera ? 1 : 0) : 0;
      if (oldDepth !== at.depth) row.level = `${['punkt', 'litera', 'tiret'][oldDepth]} → ${['punkt', 'litera', 'tiret'][at.depth]}`;
    }
    return { ...q, link: { where, owner, text } };
  });
  const rows = tasks.filter((t) => !removed.has(t));
  const summary = { ...cmp.summary, kept: 0, reworded: 0, moved: 0, merged: 0, split: 0, dropped: 0, added: 0 };
  for (const r of rows) summary[r.change]++;
  const units = cmp.units.map((u) => ({ ...u, tasks: unitTaskStats(rows, u.change === 'split' ? null : (u.oldUnit?.id ?? null), u.change === 'merged' ? null : (u.newUnit?.id ?? null)) }));
  return { ...cmp, tasks: rows, units, coverage, summary };
}
