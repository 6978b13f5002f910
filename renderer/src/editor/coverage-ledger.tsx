/**
 * The coverage ledger in the comparison panel (wykaz pokrycia zadań, core/ledger): every task of the replaced order
 * the draft no longer has, with every answer the lawyer can give — linked to a task of this draft (moved to one of
 * its units, reworded, merged into another task), handed to another department (which, by which order), given up,
 * removed on purpose — and a note. The ledger is closed when every question has a valid answer.
 */
import { useMemo, useState } from 'react';
import { answerProblem, answerText, ledgerState } from '../../../core/ledger/index.js';
import { Citation } from '../../../core/model/citation.js';
import { locateItems } from '../../../core/model/locate.js';
import type { CoverageAnswer, Order } from '../../../core/model/order.js';
import type { Comparison } from '../../../electron/contract/api.js';
import './restructure.css';

type Question = Comparison['coverage'][number];
type LinkKind = 'movedWithinDraft' | 'reworded' | 'mergedIntoTask';

const LINK_LABEL: Record<LinkKind, string> = {
  movedWithinDraft: 'przeniesione do',
  reworded: 'przeredagowane jako',
  mergedIntoTask: 'włączone do',
};

/** A task of the draft the user can link an answer to: its id and a label (`§ 6 pkt 3 (KS-02): przygotowywanie …`). */
export interface TaskChoice {
  id: string;
  label: string;
}

/** Every task (item) of the draft's unit scopes and common duties, in document order, as link targets. */
export function taskChoices(order: Order): TaskChoice[] {
  const symbols = new Map(order.units.map((u) => [u.id, u.symbol || u.name]));
  const out: (TaskChoice & { key: number[] })[] = [];
  for (const [id, l] of locateItems(order)) {
    if (l.unitId === null && !order.commonDuties) continue;
    const owner = l.unitId ? symbols.get(l.unitId) ?? '' : 'wspólne obowiązki';
    const text = l.item.text.length > 70 ? `${l.item.text.slice(0, 67)}…` : l.item.text;
    const c = l.citation;
    out.push({ id, label: `${Citation.format(c)} (${owner}): ${text}`, key: [c.paragraf, c.ustep ?? 0, c.punkt ?? 0, c.litera ?? 0, c.tiret ?? 0] });
  }
  out.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  return out.map(({ id, label }) => ({ id, label }));
}

function CoverageItem({ q, choices, onAnswer, onClear }: { q: Question; choices: TaskChoice[]; onAnswer(a: CoverageAnswer): void; onClear(q: Question): void }) {
  const a = q.answer;
  const [department, setDepartment] = useState(a?.department ?? '');
  const [byOrder, setByOrder] = useState(a?.byOrder ?? '');
  const [note, setNote] = useState(a?.note ?? '');
  const [linkKind, setLinkKind] = useState<LinkKind>(a && (a.answer === 'movedWithinDraft' || a.answer === 'reworded' || a.answer === 'mergedIntoTask') ? a.answer : 'movedWithinDraft');
  const [taskId, setTaskId] = useState(a?.taskId ?? '');
  const problem = answerProblem(q);
  // an answered question shows its answer; its controls open on request
  const [editing, setEditing] = useState(false);
  const showControls = !!problem || editing;
  const base = { oldWhere: q.oldWhere, oldText: q.oldText, ...(note.trim() ? { note: note.trim() } : {}) };
  const give = (kind: CoverageAnswer['answer'], extra: Partial<CoverageAnswer> = {}) => {
    setEditing(false);
    onAnswer({ ...base, answer: kind, ...extra });
  };
  const label = `zadanie ${q.oldWhere}`;
  return (
    <li className={`coverage-item ${problem ? 'open' : 'answered'}`} data-where={q.oldWhere}>
      <div className="coverage-head">
        <span className="where">{q.oldWhere}</span> <span className="muted">{q.oldOwner.symbol || q.oldOwner.name}</span>
        {a ? (
          <span className={`chip ${problem ? 'chip-open' : 'chip-ok'}`}>{answerText(q)}</span>
        ) : (
          <span className="chip chip-open">bez odpowiedzi</span>
        )}
      </div>
      {a && problem && <div className="small notice-error">{problem}</div>}
      <div className="legal small">{q.oldText}</div>
      {!showControls && (
        <div className="coverage-actions">
          <button type="button" className="button button-small button-quiet" onClick={() => setEditing(true)} aria-label={`Zmień odpowiedź: ${label}`}>Zmień odpowiedź</button>
        </div>
      )}
      {showControls && (<>
      {/* the answer being written is this form's own: Cofnij in its fields undoes their typing (keyboard/undo-scope.ts) */}
      <div className="coverage-actions" data-own-undo="">
        <select className="input input-small" aria-label={`Rodzaj powiązania: ${label}`} value={linkKind} onChange={(e) => setLinkKind(e.target.value as LinkKind)}>
          {(Object.keys(LINK_LABEL) as LinkKind[]).map((k) => <option key={k} value={k}>{LINK_LABEL[k]}</option>)}
        </select>
        <select className="input input-small coverage-task" aria-label={`Zadanie projektu: ${label}`} value={taskId} onChange={(e) => setTaskId(e.target.value)}>
          <option value="">— zadanie projektu —</option>
          {choices.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
        <button type="button" className="button button-small" disabled={!taskId} onClick={() => give(linkKind, { taskId })}>Powiąż</button>
      </div>
      <div className="coverage-actions" data-own-undo="">
        <input className="input input-small" placeholder="wydział przejmujący" aria-label={`Wydział przejmujący ${label}`} value={department} onChange={(e) => setDepartment(e.target.value)} />
        <input className="input input-small" placeholder="zarządzeniem nr (jeśli znane)" aria-label={`Zarządzenie przekazujące ${label}`} value={byOrder} onChange={(e) => setByOrder(e.target.value)} />
        <button type="button" className="button button-small" disabled={!department.trim()} onClick={() => give('movedToOtherDepartment', { department: department.trim(), ...(byOrder.trim() ? { byOrder: byOrder.trim() } : {}) })}>Przekazane</button>
      </div>
      <div className="coverage-actions" data-own-undo="">
        <input className="input input-small" placeholder="uwaga (nieobowiązkowa)" aria-label={`Uwaga do odpowiedzi: ${label}`} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="button" className="button button-small" onClick={() => give('givenUp')}>Zaniechane</button>
        <button type="button" className="button button-small" onClick={() => give('onPurpose')}>Celowo usunięte</button>
        {a && <button type="button" className="button button-small button-quiet" onClick={() => onClear(q)}>Usuń odpowiedź</button>}
      </div>
      </>)}
    </li>
  );
}

/** The ledger: its state (open questions, or closed) and one entry per question. */
export function CoverageLedger({ comparison, order, onAnswer, onClear }: { comparison: Comparison; order: Order; onAnswer(a: CoverageAnswer): void; onClear(q: Question): void }) {
  const choices = useMemo(() => taskChoices(order), [order]);
  const state = ledgerState(comparison);
  return (
    <>
      <h3 className="panel-h">
        Wykaz pokrycia zadań{' '}
        {state.questions > 0 && (state.closed ? <span className="chip chip-ok" data-ledger="closed">zamknięty</span> : <span className="chip chip-open" data-ledger="open">{state.open} otwarte</span>)}
      </h3>
      {comparison.coverage.length === 0 ? (
        <p className="muted">Żadne zadanie zarządzenia uchylanego nie zginęło.</p>
      ) : (
        <ul className="coverage" aria-label="Zadania usunięte">
          {comparison.coverage.map((q) => <CoverageItem key={`${q.oldWhere}:${q.oldText}`} q={q} choices={choices} onAnswer={onAnswer} onClear={onClear} />)}
        </ul>
      )}
    </>
  );
}
