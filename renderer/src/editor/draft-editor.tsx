/**
 * The draft editor, one window in three areas: the document's outline on the left (click to go), the
 * structured document in the middle (heading, § 1 leadership, § 2–§ 3 register, one Slate editor per scope,
 * final clauses), and panels on the right (checks, comparison, chart, history of saved versions). Changes autosave with a visible state;
 * Cofnij/Ponów undo and redo across all of it; Podgląd shows the document as it will print.
 */
import { flushSync } from 'react-dom';
import { startTransition, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { paragrafOf } from '../../../core/model/locate.js';
import type { CoverageAnswer, Item, Order, SuperiorRef } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import type { ApiError, DraftDocument, Finding, MenuCommand } from '../../../electron/contract/api.js';
import { OutputButtons, savedNote, useOutput } from '../output/use-output.js';
import { AmendTools } from './amend-tools.js';
import { AmendingBody } from './amending-body.js';
import { AmendedFactsWatch } from './amended-facts.js';
import type { AmendedFacts } from '../../../core/amend/check.js';
import { call } from '../bridge.js';
import { unitLabel } from '../format.js';
import { CommonDutiesEditor } from './common-duties-editor.js';
import { withTemplateIds } from '../../../core/draft/common-duties.js';
import { FinalClausesEditor, HeadingEditor, LeadershipEditor } from './meta-editor.js';
import { addUnit, moveTask, setSuperior } from '../../../core/draft/register.js';
import { setListTasks, type EditResult } from './order-edit.js';
import { Preview } from './preview.js';
import { RegisterEditor } from './register-editor.js';
import { SaveIndicator } from './save-indicator.js';
import { commitPendingInputs } from './commit-input.js';
import { RefTextProvider } from './ref-chip.js';
import { ScopeSection } from './scope-section.js';
import { ChartPanel, ChecksPanel, ComparisonPanel, openCoverage, useLive } from './side-panels.js';
import { runChecks, runComparison } from './review-client.js';
import { useAutosave, type BaseVersion } from './use-autosave.js';
import { useCitationBook } from '../settings/citation-book.js';
import { HistoryPanel } from './history-panel.js';
import { EditHistory, HistoryContext, RevisionContext } from './edit-history.js';
import { announce } from '../keyboard/announcer.js';
import { focusWhenReady } from '../keyboard/focus.js';
import { UnitPicker } from '../keyboard/unit-picker.js';
import { useProvisionPicker } from './provision-picker.js';
import { ChangeReportDialog } from './change-report-dialog.js';
import { ConflictDialog } from './conflict-dialog.js';
import { EditRightNotice, ReviewPanel } from './review-panel.js';
import { DraftUnplaced } from './draft-unplaced.js';
import { DeleteUnitDialog, MergeDialog, SplitDialog } from './restructure-dialogs.js';
import { NameVersionDialog } from './name-version-dialog.js';
import { useChartWindowSync } from './chart-window-link.js';
import { findingPlace, focusPlace } from './jump-to-finding.js';
import { mergeUnits, moveTasks, removeUnitWithTasks, splitUnit } from '../../../core/draft/restructure.js';

/** What the application shell can ask of the editor. */
export interface DraftEditorHandle {
  /** Saves pending changes now; false when the save failed (the editor shows why). */
  flush(): Promise<boolean>;
  /** Carries out a menu command (preview, undo…). */
  command(c: MenuCommand): void;
}

export interface DraftEditorProps {
  draft: DraftDocument;
  onError(e: ApiError): void;
  /** Opens the signing dialog for the draft as it stands. */
  onSign?(order: Order): void;
  /** Opens another draft (the amending order written from this one, issue 17). */
  onOpenDraft?(d: DraftDocument): void;
  ref?: Ref<DraftEditorHandle>;
}

type Panel = 'checks' | 'compare' | 'chart' | 'history' | 'review';

/** Why an amending draft has no „Przenieś zadania…” (issue 17). */
const NO_MOVE_IN_AMENDING = 'Zarządzenie zmieniające nie ma zakresów działania komórek: zadanie przenosi się, zmieniając nowe brzmienie punktów w § 1 (albo w projekcie, z którego je napisano, i tworząc zarządzenie zmieniające ponownie).';
/** Why an amending draft has no change report against a replaced order (issue 17). */
const NO_REPORT_IN_AMENDING = 'Zarządzenie zmieniające niczego nie zastępuje: zmienione zarządzenie w brzmieniu po zmianach i wersję ze zmianami pokazuje „Po zmianach…”.';

const NO_TARGETS: Array<{ id: string; label: string }> = [];
const PANEL_TITLE: Record<Panel, string> = { checks: 'Kontrola projektu', compare: 'Porównanie z zarządzeniem zastępowanym', chart: 'Schemat organizacyjny', history: 'Historia wersji', review: 'Uwagi i uzgodnienia' };

/**
 * Options of a change of the model: `typing` names the field typed in (its keystrokes join one undo step);
 * `later` (typing in a scope editor, which shows the keystroke itself) renders the rest of the window from the
 * new order only when the typing pauses ({@link TYPING_PAUSE_MS}) or at the latest after {@link TYPING_MAX_MS}.
 * `silent`: a change that keeps every word (mentions recognised in what was typed, when the user leaves a list)
 * records no undo step of its own and keeps the redo list, so that the next Cofnij takes back what the user did
 * and not an invisible recognition (a click on Cofnij itself leaves the list first).
 */
export interface ApplyOptions {
  typing?: string;
  later?: boolean;
  silent?: boolean;
}

/**
 * Typing in a scope: the model (`orderRef`, the undo history, what a save writes) takes every keystroke at once;
 * the window (outline, register, panels, autosave timers) is rendered from it once the keys pause for this long
 * (ms), so that a keystroke costs one chunk of its scope editor and not a render of the whole document.
 */
const TYPING_PAUSE_MS = 120;
/** Longest time (ms) the window's render lags behind continuous typing. */
const TYPING_MAX_MS = 800;

/** A count on a tab: the number shown, and read out with what it counts. */
function Badge({ kind, n, what }: { kind: 'error' | 'open'; n: number; what: string }) {
  return (
    <>
      <span className={`badge badge-${kind}`} aria-hidden="true">{n}</span>
      <span className="sr-only">{`, ${what}: ${n}`}</span>
    </>
  );
}

/** The task under the caret of a scope editor (the block `[data-id]` and its unit), or null. */
function taskAtCaret(): { taskId: string; unitId: string } | null {
  const node = window.getSelection()?.anchorNode ?? null;
  const el = node instanceof Element ? node : node?.parentElement;
  const block = el?.closest<HTMLElement>('[data-slate-editor] .block[data-id]');
  const unit = block?.closest<HTMLElement>('article.scope[data-unit-id]');
  return block && unit ? { taskId: block.dataset.id!, unitId: unit.dataset.unitId! } : null;
}

/**
 * The tasks of one scope editor that the selection covers (the block under the caret when it is collapsed), with
 * their unit; null when the selection is not in a scope editor.
 */
function selectedTasks(): { taskIds: string[]; unitId: string } | null {
  const sel = window.getSelection();
  const at = taskAtCaret();
  if (!sel || !sel.rangeCount || !at) return at ? { taskIds: [at.taskId], unitId: at.unitId } : null;
  const range = sel.getRangeAt(0);
  const editor = document.querySelector(`article.scope[data-unit-id="${CSS.escape(at.unitId)}"] [data-slate-editor]`);
  const blocks = editor ? [...editor.querySelectorAll<HTMLElement>('.block[data-id]')].filter((b) => range.intersectsNode(b)) : [];
  return { taskIds: blocks.length ? blocks.map((b) => b.dataset.id!) : [at.taskId], unitId: at.unitId };
}

export function DraftEditor({ draft, ref, onError, onSign, onOpenDraft }: DraftEditorProps) {
  // common duties taken over from an imported order get the template's ids (saved with the next change)
  const [order, setOrder] = useState<Order>(() => withTemplateIds(draft.order));
  // the newest order, ahead of `order` while a typing transition is pending (never set from a render)
  const orderRef = useRef(order);
  const history = useRef(new EditHistory<Order>());
  const [revision, setRevision] = useState(0);
  const [, setHistoryTick] = useState(0);
  const [panel, setPanel] = useState<Panel>('checks');
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  // opened from the registry („Nowy projekt zastępujący…”, „Otwórz projekt”) or in place of another draft: the button
  // pressed went with the screen it was on, so the focus would be left on the page; it goes to the document (an
  // amending draft's § 1 heading takes it first, its effect running before this one), the view staying at the top
  const doc = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) doc.current?.focus({ preventScroll: true });
  }, [draft.id]);
  const [picking, setPicking] = useState<{ taskIds: string[]; fromUnitId: string } | null>(null);
  const { open: openRefPicker, dialog: refPickerDialog } = useProvisionPicker(order, onError);
  const [restructure, setRestructure] = useState<{ kind: 'merge' | 'split' | 'remove'; unitId: string } | null>(null);
  const { state: saveState, flush: saveNow, rebase, changed: markChanged, saveNamed } = useAutosave(draft.id, order, draft.savedAt, orderRef, undefined, undefined, { versionId: draft.versionId, savedAt: draft.versionSavedAt });
  // a save refused because someone else saved the draft: the dialog to choose, task by task (opened at once)
  const [conflictOpen, setConflictOpen] = useState(false);
  const conflictMessage = saveState.kind === 'conflict' ? saveState.message : null;
  useEffect(() => setConflictOpen(conflictMessage !== null), [conflictMessage]);
  // the chart in a window of its own follows the draft while it is open
  useChartWindowSync(order);
  // „Zapisz wersję” (Ctrl+S): the name dialog; `versionsSaved` counts named saves, so the history lists the new name
  const [naming, setNaming] = useState(false);
  const [versionsSaved, setVersionsSaved] = useState(0);
  const askVersionName = useCallback(() => {
    commitPendingInputs();
    setNaming(true);
  }, []);
  /** Saves everything now, text typed in a field but not yet committed included. */
  const flush = useCallback(() => {
    commitPendingInputs();
    return saveNow();
  }, [saveNow]);

  /**
   * A render of the newest order waiting for a pause in typing (`ApplyOptions.later`), when it was first put off and
   * when the last key came; `review`: the live review waiting for the pause.
   */
  const later = useRef<{ timer: ReturnType<typeof setTimeout> | null; since: number; last: number; review: ReturnType<typeof setTimeout> | null }>({ timer: null, since: 0, last: 0, review: null });
  useEffect(() => () => {
    if (later.current.timer) clearTimeout(later.current.timer);
    if (later.current.review) clearTimeout(later.current.review);
  }, []);
  /**
   * The order the live checks and comparison read: the rendered order, except that while keys keep coming it stays
   * at the last one reviewed until they pause ({@link TYPING_PAUSE_MS}). The renders forced every
   * {@link TYPING_MAX_MS} of continuous typing (outline, register) do not start a review each: one costs the review
   * worker about 150 ms of CPU at 2,000 points, which on a 2-core machine the typing's own threads wait for.
   */
  const [reviewed, setReviewed] = useState(order);
  /** Puts the live review on `value` now (a change other than typing, or a pause in typing). */
  const review = useCallback((value: Order) => {
    const l = later.current;
    if (l.review) clearTimeout(l.review);
    l.review = null;
    setReviewed(value);
  }, []);

  /** Replaces the order, recording an undo step (typing in one field is grouped into steps). */
  const apply = useCallback((next: Order | ((o: Order) => Order), opts: ApplyOptions = {}) => {
    const prev = orderRef.current;
    const value = typeof next === 'function' ? next(prev) : next;
    if (value === prev) return;
    if (!opts.silent) history.current.record(prev, opts.typing ?? null, Date.now());
    orderRef.current = value;
    const l = later.current;
    if (opts.later) {
      const now = performance.now();
      l.last = now;
      // the review follows when the keys pause, also after a render forced by continuous typing
      if (l.review) clearTimeout(l.review);
      l.review = setTimeout(() => startTransition(() => review(orderRef.current)), TYPING_PAUSE_MS);
      if (l.timer) clearTimeout(l.timer);
      else {
        // the first key of a burst: the save indicator shows the change, as a transition (after a save it re-renders
        // the window, which must not hold this key off the screen)
        l.since = now;
        startTransition(() => markChanged());
      }
      l.timer = setTimeout(() => {
        l.timer = null;
        const paused = performance.now() - l.last >= TYPING_PAUSE_MS - 1;
        startTransition(() => {
          setOrder(orderRef.current);
          setHistoryTick((t) => t + 1);
          if (paused) review(orderRef.current);
        });
      }, Math.max(0, Math.min(TYPING_PAUSE_MS, l.since + TYPING_MAX_MS - now)));
      return;
    }
    if (l.timer) clearTimeout(l.timer);
    l.timer = null;
    setOrder(value);
    review(value);
    setHistoryTick((t) => t + 1);
    // fields that keep their own text while focused take the model's after a change made elsewhere
    if (!opts.typing) setRevision((r) => r + 1);
  }, [markChanged, review]);

  /** Goes back (`undo`) or forward in the one history; open scope editors follow with operations, the caret kept. */
  const travel = useCallback((dir: 'undo' | 'redo') => {
    const h = history.current;
    const before = orderRef.current;
    const value = dir === 'undo' ? h.undo(before) : h.redo(before);
    if (!value) return;
    // Ctrl+Z right after typing, before the pause shows the typing to the window: the window's state is still the
    // one the undo goes back to, so it would see no change and the scope editor would keep the typed words the
    // model no longer has. The typing is shown first, then the undo is a change like any other.
    const l = later.current;
    if (l.timer) {
      clearTimeout(l.timer);
      l.timer = null;
      flushSync(() => setOrder(before));
    }
    orderRef.current = value;
    setOrder(value);
    review(value);
    setRevision((r) => r + 1);
    setHistoryTick((t) => t + 1);
  }, [review]);
  const undo = useCallback(() => travel('undo'), [travel]);
  const redo = useCallback(() => travel('redo'), [travel]);
  const historyControls = useMemo(() => ({ undo, redo }), [undo, redo]);

  // output: exports through the save dialog and printing through the system dialog, of the order as it stands
  const current = useCallback(() => orderRef.current, []);
  const out = useOutput(current, onError);
  const { exportDocx, exportPdf, print } = out;
  const runOutput = out.run;
  const noReplaced = useCallback(() => onError({ code: 'no-replaced', message: orderRef.current.meta.amends ? NO_REPORT_IN_AMENDING : 'Projekt nie zastępuje zarządzenia z rejestru: nie ma z czym porównać.' }), [onError]);
  const exportChanges = useCallback(() => {
    const old = draft.replacing?.order;
    if (!old) return noReplaced();
    return runOutput('Przygotowywanie zestawienia zmian…', (api) => api.exportChanges({ old, new: orderRef.current }), savedNote);
  }, [runOutput, draft.replacing, noReplaced]);
  const exportRedline = useCallback(() => {
    const old = draft.replacing?.order;
    if (!old) return noReplaced();
    return runOutput('Przygotowywanie wersji ze zmianami…', (api) => api.exportRedline({ old, new: orderRef.current }), savedNote);
  }, [runOutput, draft.replacing, noReplaced]);
  const [reportOpen, setReportOpen] = useState(false);
  const openReport = useCallback(() => {
    if (!draft.replacing) return noReplaced();
    setReportOpen(true);
  }, [draft.replacing, noReplaced]);

  useImperativeHandle(ref, () => ({
    flush,
    command(c) {
      if (c === 'save') askVersionName();
      else if (c === 'preview') setMode((m) => (m === 'preview' ? 'edit' : 'preview'));
      else if (c === 'export-docx') void exportDocx();
      else if (c === 'export-pdf') void exportPdf();
      else if (c === 'export-change-report') openReport();
      else if (c === 'export-redline') void exportRedline();
      else if (c === 'print') void print();
      // text typed in a field and not yet committed becomes a step first: Cofnij takes back what was just typed
      else if (c === 'undo') (commitPendingInputs(), undo());
      else if (c === 'redo') (commitPendingInputs(), redo());
      else if (c === 'insert-reference') openRefPicker();
      else if (c === 'move-task') {
        if (orderRef.current.meta.amends) return onError({ code: 'amending', message: NO_MOVE_IN_AMENDING });
        const at = selectedTasks();
        if (at) setPicking({ taskIds: at.taskIds, fromUnitId: at.unitId });
        else onError({ code: 'no-task', message: 'Aby przenieść zadanie, umieść kursor w jego tekście (w zakresie działania komórki).' });
      }
    },
  }), [flush, askVersionName, exportDocx, exportPdf, openReport, exportRedline, print, undo, redo, onError, openRefPicker]);

  /** Applies a core/draft operation (or a plain change); a refused one shows its Polish message. */
  const edit = useCallback((fn: (o: Order) => EditResult | Order, opts: ApplyOptions = {}) => {
    const r = fn(orderRef.current);
    if ('ok' in r) {
      if (!r.ok) {
        onError({ code: 'edit-refused', message: r.message });
        return false;
      }
      apply(r.order, opts);
    } else apply(r, opts);
    return true;
  }, [apply, onError]);
  // typing: the editor shows the keystroke at once; the rest of the window (outline, register counts, panels,
  // autosave) follows when the typing pauses, as a transition, so a keystroke never waits for it to re-render
  const onScopeChange = useCallback((listId: string, items: Item[]) => apply((o) => setListTasks(o, listId, items), { typing: `scope:${listId}`, later: true }), [apply]);
  const onSetSuperior = useCallback((id: string, ref: SuperiorRef) => edit((o) => setSuperior(o, id, ref)), [edit]);
  /** Moves a task to another unit; says so politely, and says where it went. */
  const onMoveTask = useCallback((_from: string, taskId: string, to: string) => {
    const before = orderRef.current;
    edit((o) => moveTask(o, taskId, to));
    const unit = orderRef.current.units.find((u) => u.id === to);
    if (orderRef.current !== before && unit) announce(`Przeniesiono zadanie do: ${unitLabel(unit)}.`);
  }, [edit]);
  // the task's own button moves the tasks selected with it (several selected in one scope), else the task alone
  const onPickTask = useCallback((fromUnitId: string, taskId: string) => {
    const sel = selectedTasks();
    setPicking(sel && sel.unitId === fromUnitId && sel.taskIds.includes(taskId) ? { fromUnitId, taskIds: sel.taskIds } : { fromUnitId, taskIds: [taskId] });
  }, []);
  /** Moves several tasks at once (one undo step) and says where they went. */
  const onMoveTasks = useCallback((taskIds: string[], to: string) => {
    const before = orderRef.current;
    edit((o) => moveTasks(o, taskIds, to));
    const unit = orderRef.current.units.find((u) => u.id === to);
    if (orderRef.current !== before && unit) announce(`Przeniesiono zadania (${taskIds.length}) do: ${unitLabel(unit)}.`);
  }, [edit]);
  const onRestructure = useCallback((kind: 'merge' | 'split' | 'remove', unitId: string) => setRestructure({ kind, unitId }), []);
  const onAddUnit = useCallback(() => {
    let created: string | undefined;
    edit((o) => {
      const r = addUnit(o, { name: 'Nowa komórka' });
      created = r.ok ? r.unitId : undefined;
      return r;
    });
    // the new unit's name, selected: typing replaces „Nowa komórka”
    if (created) focusWhenReady(() => document.querySelector<HTMLInputElement>(`.register-edit tr[data-unit-id="${CSS.escape(created!)}"] .input-name`), { select: true });
  }, [edit]);
  const onMeta = useCallback((next: Order) => apply(next, { typing: 'meta' }), [apply]);
  const onDuties = useCallback((fn: (o: Order) => Order, typing?: string, silent?: boolean) => apply(fn, { typing, silent }), [apply]);
  const onScopeEdit = useCallback((fn: (o: Order) => Order, opts?: ApplyOptions) => apply(fn, opts), [apply]);

  // live review: checks and comparison follow the order, computed on the window's own copy in the review worker
  const against = draft.replacing?.order ?? null;
  const citationBook = useCitationBook();
  // an amending draft: its own checks read the registry's facts of the order it cites (AmendedFactsWatch below)
  const [amended, setAmended] = useState<AmendedFacts | null>(null);
  const cited = order.meta.amends?.number ?? null;
  const amendingDraft = !!order.meta.amends;
  const checks = useLive(reviewed, 300, async (o) => runChecks(o, against, await citationBook(), cited ? amended : null), cited ? amended : null);
  const comparison = useLive(reviewed, 400, (o) => runComparison(o, against));
  const errors = checks.value?.filter((f) => f.severity === 'error').length ?? 0;
  const open = openCoverage(comparison.value);

  const onFix = useCallback(async (f: Finding) => {
    const citations = await citationBook();
    const r = await call((api) => api.checkFix({ order: orderRef.current, finding: f, against, citations }));
    if (!r.ok) onError(r.error);
    else {
      apply(r.value);
      announce(`Zastosowano poprawkę: ${f.fix?.label ?? f.message}.`);
    }
  }, [against, apply, onError, citationBook]);
  const onJump = useCallback((f: Finding) => {
    const el = findingPlace(orderRef.current, f);
    if (!el) return;
    el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    el.classList.add('flash');
    setTimeout(() => el.classList.remove('flash'), 1600);
    focusPlace(el);
  }, []);
  // a restored version replaces the content like any other change (so Cofnij takes it back, and that is saved too)
  const onRestored = useCallback((d: DraftDocument) => {
    rebase({ versionId: d.versionId, savedAt: d.versionSavedAt });
    apply(d.order);
  }, [apply, rebase]);
  /** The conflict resolved: the merged order, saved at once on top of their version. */
  const onConflictResolved = useCallback((merged: Order, base: BaseVersion, unplaced: number) => {
    setConflictOpen(false);
    rebase(base);
    apply(merged);
    void saveNow();
    announce(unplaced ? `Połączono wersje; zadań bez miejsca (ich komórki już nie ma): ${unplaced}.` : 'Połączono wersje; zapisywanie…');
  }, [apply, rebase, saveNow]);
  const onAnswer = useCallback((a: CoverageAnswer) => apply((o) => ({
    ...o,
    coverage: [...o.coverage.filter((x) => !(x.oldWhere === a.oldWhere && x.oldText === a.oldText)), a],
  })), [apply]);
  const onClearAnswer = useCallback((q: { oldWhere: string; oldText: string }) => apply((o) => ({
    ...o,
    coverage: o.coverage.filter((x) => !(x.oldWhere === q.oldWhere && x.oldText === q.oldText)),
  })), [apply]);

  // targets of "move task" per unit; rebuilt only when a unit is added, removed or renamed (not while typing)
  const targetsKey = order.units.map((u) => `${u.id}\u0001${unitLabel(u)}`).join('\u0002');
  const targetsByUnit = useMemo(() => {
    const all = targetsKey.split('\u0002').filter(Boolean).map((s) => {
      const [id, label] = s.split('\u0001');
      return { id: id!, label: label! };
    });
    return new Map(all.map((t) => [t.id, all.filter((x) => x.id !== t.id)]));
  }, [targetsKey]);
  const parents = new Set(order.units.map((u) => u.parentId).filter((x): x is string => x !== null));
  const jump = (id: string) => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const h = history.current;

  const title = order.meta.subject ?? order.meta.title;
  return (
    <HistoryContext.Provider value={historyControls}>
    <RevisionContext.Provider value={revision}>
    <div className="editor">
      <div className="toolbar-region" role="region" aria-label="Narzędzia projektu">
      <h1 className="sr-only">Projekt zarządzenia: {title}</h1>
      <div className="editor-toolbar" role="toolbar" aria-label="Narzędzia projektu">
        <button type="button" className="button button-quiet" onClick={undo} disabled={!h.past.length} title="Cofnij (Ctrl+Z)">↶ Cofnij</button>
        <button type="button" className="button button-quiet" onClick={redo} disabled={!h.future.length} title="Ponów (Ctrl+Y)">↷ Ponów</button>
        <button
          type="button"
          className="button button-quiet"
          aria-disabled={amendingDraft || undefined}
          title={amendingDraft ? NO_MOVE_IN_AMENDING : 'Przenieś zadania zaznaczone w zakresie działania (albo zadanie z kursorem) do innej komórki (Ctrl+Shift+M)'}
          onMouseDown={(e) => e.preventDefault() /* the selection in the scope stays */}
          onClick={() => {
            if (amendingDraft) return onError({ code: 'amending', message: NO_MOVE_IN_AMENDING });
            const at = selectedTasks();
            if (at) setPicking({ taskIds: at.taskIds, fromUnitId: at.unitId });
            else onError({ code: 'no-task', message: 'Zaznacz zadania (albo umieść kursor w zadaniu) w zakresie działania komórki.' });
          }}
        >Przenieś zadania…</button>
        <span className="toolbar-sep" />
        <div className="segmented" role="group" aria-label="Widok">
          <button type="button" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>Edycja</button>
          <button type="button" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>Podgląd wydruku</button>
        </div>
        <span className="toolbar-sep" />
        <OutputButtons out={out}>
          {draft.replacing && (
            <button type="button" className="button button-quiet" onClick={openReport} disabled={out.note?.busy} title="Zestawienie zmian i wersja ze zmianami względem zarządzenia uchylanego, jako DOCX">Zestawienie zmian…</button>
          )}
          <AmendTools draft={draft} current={current} amending={!!order.meta.amends} out={out} onError={onError} onOpenDraft={onOpenDraft} />
        </OutputButtons>
        <span className="toolbar-spacer" />
        <SaveIndicator state={saveState} onRetry={() => void flush()} onConflict={() => setConflictOpen(true)} />
        <button type="button" className="button button-quiet" onClick={askVersionName} title="Zapisz obecny stan jako wersję o nazwie, np. „dla Dyrektora” (Ctrl+S)">Zapisz wersję…</button>
        {onSign && (
          <button type="button" className="button" onClick={() => onSign(orderRef.current)} title="Zapisz numer i datę nadane przy podpisaniu przez Prezydenta">
            Podpisano…
          </button>
        )}
      </div>
      </div>

      {naming && (
        <NameVersionDialog
          onSave={saveNamed}
          onCancel={() => setNaming(false)}
          onSaved={(name) => {
            setNaming(false);
            setVersionsSaved((n) => n + 1);
            announce(`Zapisano wersję „${name}”.`);
          }}
        />
      )}
      {conflictOpen && conflictMessage !== null && (
        <ConflictDialog draftId={draft.id} mine={orderRef.current} message={conflictMessage} onResolved={onConflictResolved} onClose={() => setConflictOpen(false)} />
      )}
      {reportOpen && (
        <ChangeReportDialog
          order={order}
          comparison={comparison.value}
          busy={!!out.note?.busy}
          onJustification={(text) => apply((o) => ({ ...o, changeReport: { justification: text } }), { typing: 'justification' })}
          onExportReport={() => void exportChanges()}
          onExportRedline={() => void exportRedline()}
          onClose={() => setReportOpen(false)}
        />
      )}

      <EditRightNotice draftId={draft.id} />
      {cited && <AmendedFactsWatch number={cited} onFacts={setAmended} />}
      <div className="editor-layout">
        <nav className="outline" aria-label="Spis treści projektu" data-region="" tabIndex={-1}>
          <div className="outline-title">Projekt</div>
          <button type="button" onClick={() => jump('metryka')}>Nagłówek i tytuł</button>
          {order.meta.amends ? <button type="button" onClick={() => jump('zmiany')}>§ 1 Zmiany</button> : <>
          <button type="button" onClick={() => jump('kierownictwo')}>§ 1 Kierownictwo</button>
          <button type="button" onClick={() => jump('komorki')}>§ 2–3 Komórki i podległość</button>
          <div className="outline-group">Zakresy działania</div>
          {order.units.map((u) => (
            <button type="button" key={u.id} className="outline-unit" onClick={() => jump(`zakres-${u.id}`)} title={u.name}>
              <span className="symbol">{paragrafOf(order, 'scope', u.id) !== null ? `§ ${paragrafOf(order, 'scope', u.id)}` : '—'}</span> {u.symbol ? `${u.symbol} ` : ''}{u.name}
            </button>
          ))}
          <button type="button" onClick={() => jump('obowiazki')}>Wspólne obowiązki</button>
          </>}
          <button type="button" onClick={() => jump('koncowe')}>Postanowienia końcowe</button>
        </nav>

        <main ref={doc} className="document editor-doc" aria-label="Treść projektu" data-region="" tabIndex={mode === 'preview' ? 0 : -1}>
          {mode === 'preview' ? (
            <Preview order={order} />
          ) : (
            <RefTextProvider order={order}>
              <DraftUnplaced order={order} onChange={apply} onError={onError} />
              <HeadingEditor order={order} onChange={onMeta} />
              {/* an amending order (issue 17): its § 1 is the list of changes, written from the draft it was made from */}
              {order.meta.amends ? <AmendingBody order={order} edit={edit} facts={cited ? amended : null} onError={onError} /> : <>
              <LeadershipEditor order={order} onChange={onMeta} edit={edit} />
              <section className="card" id="komorki" aria-label="§ 2–3 Komórki i podległość">
                <h2>Komórki organizacyjne i podległość <span className="muted">(§ 2 i § 3)</span></h2>
                <RegisterEditor order={order} edit={edit} onAdd={onAddUnit} onRestructure={onRestructure} />
              </section>
              <section className="card" id="zakresy" aria-label="Zakresy działania">
                <h2>Zakresy działania</h2>
                <p className="muted hint">Enter — następny punkt · Tab — litera pod poprzednim punktem · Shift+Tab — z powrotem · numeracja i interpunkcja są dodawane same.</p>
                {order.units.map((u) => (
                  <ScopeSection
                    key={u.id}
                    unit={u}
                    paragraf={paragrafOf(order, 'scope', u.id)}
                    hasSubunits={parents.has(u.id)}
                    targets={targetsByUnit.get(u.id) ?? NO_TARGETS}
                    onScopeChange={onScopeChange}
                    onMoveTask={onMoveTask}
                    onPickTask={onPickTask}
                    onEdit={onScopeEdit}
                  />
                ))}
              </section>
              <CommonDutiesEditor order={order} paragraf={paragrafOf(order, 'commonDuties')} onChange={onDuties} />
              </>}
              <FinalClausesEditor order={order} onChange={onMeta} amending={amendingDraft} />
            </RefTextProvider>
          )}
        </main>

        <aside className="side" aria-label="Panele" data-region="" tabIndex={-1}>
          <PanelTabs
            panel={panel}
            onPanel={setPanel}
            tabs={[
              { id: 'checks', label: <>Kontrola {errors > 0 && <Badge kind="error" n={errors} what="błędy" />}</> },
              { id: 'compare', label: <>Porównanie {open > 0 && <Badge kind="open" n={open} what="zadania bez odpowiedzi" />}</> },
              { id: 'chart', label: 'Schemat' },
              { id: 'history', label: 'Historia' },
              { id: 'review', label: 'Uwagi' },
            ]}
          />
          <div role="tabpanel" className="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`} tabIndex={0}>
            <h2 className="sr-only">{PANEL_TITLE[panel]}</h2>
            {panel === 'checks' && <ChecksPanel checks={checks} onJump={onJump} onFix={(f) => void onFix(f)} />}
            {panel === 'compare' && (amendingDraft
              ? <div className="panel-body"><p className="muted">{NO_REPORT_IN_AMENDING}</p></div>
              : <ComparisonPanel comparison={comparison} hasOld={against !== null} order={order} onAnswer={onAnswer} onClearAnswer={onClearAnswer} />)}
            {panel === 'chart' && (amendingDraft ? (
              <>
                <p className="muted small panel-note">Schemat załącznika zarządzenia zmieniającego, narysowany z nowego brzmienia struktury; podległość zmienia się w nowym brzmieniu § 3 (w § 1), nie przeciąganiem na schemacie.</p>
                <ChartPanel order={order} />
              </>
            ) : <ChartPanel order={order} onSetSuperior={onSetSuperior} />)}
            {panel === 'review' && <ReviewPanel draftId={draft.id} order={order} onError={onError} />}
            {panel === 'history' && (
              <HistoryPanel draftId={draft.id} savedAt={saveState.kind === 'saved' ? `${saveState.at}#${versionsSaved}` : null} flush={flush} onRestored={onRestored} onError={onError} />
            )}
          </div>
        </aside>
      </div>
      {refPickerDialog}
      {picking && (
        <UnitPicker
          title={picking.taskIds.length > 1 ? `Przenieś zadania (${picking.taskIds.length}) do innej komórki` : 'Przenieś zadanie do innej komórki'}
          description={picking.taskIds.map((t) => taskText(order, t)).join(' · ')}
          targets={targetsByUnit.get(picking.fromUnitId) ?? NO_TARGETS}
          onCancel={() => setPicking(null)}
          onPick={(to) => {
            const p = picking;
            setPicking(null);
            if (p.taskIds.length === 1) onMoveTask(p.fromUnitId, p.taskIds[0]!, to);
            else onMoveTasks(p.taskIds, to);
          }}
        />
      )}
      {restructure?.kind === 'merge' && (
        <MergeDialog
          order={order}
          unitId={restructure.unitId}
          onCancel={() => setRestructure(null)}
          onApply={(spec) => {
            setRestructure(null);
            edit((o) => mergeUnits(o, spec));
            focusRowName(spec.targetId);
            announce('Komórki połączono.');
          }}
        />
      )}
      {restructure?.kind === 'split' && (
        <SplitDialog
          order={order}
          unitId={restructure.unitId}
          onCancel={() => setRestructure(null)}
          onApply={(spec) => {
            setRestructure(null);
            edit((o) => splitUnit(o, spec));
            announce('Komórkę podzielono.');
          }}
        />
      )}
      {restructure?.kind === 'remove' && (
        <DeleteUnitDialog
          order={order}
          unitId={restructure.unitId}
          replacing={against !== null}
          onCancel={() => setRestructure(null)}
          onApply={(tasks) => {
            const unitId = restructure.unitId;
            // the focus goes to the row that takes the removed one's place (the row above when it was the last)
            const row = document.querySelector(`.register-edit tr[data-unit-id="${CSS.escape(unitId)}"]`);
            const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling)?.getAttribute('data-unit-id');
            setRestructure(null);
            edit((o) => removeUnitWithTasks(o, unitId, tasks, against));
            if (neighbour) focusRowName(neighbour);
            announce('Komórkę usunięto.');
          }}
        />
      )}
    </div>
    </RevisionContext.Provider>
    </HistoryContext.Provider>
  );
}

/**
 * Puts the focus on the name field of unit `unitId`'s row in § 2 once it is rendered: after a merge or a removal the
 * button pressed is gone with its row, and the focus would be left on the page.
 */
function focusRowName(unitId: string): void {
  focusWhenReady(() => document.querySelector<HTMLElement>(`.register-edit tr[data-unit-id="${CSS.escape(unitId)}"] .input-name`));
}

/** The text of a task (any depth) by id, for the picker's description; empty when it is not there. */
function taskText(order: Order, taskId: string): string {
  const find = (items: Item[]): string | null => {
    for (const it of items) {
      if (it.id === taskId) return RichText.plain(it.text, order);
      const inner = find(it.children);
      if (inner !== null) return inner;
    }
    return null;
  };
  for (const u of order.units) {
    if (u.scope.kind !== 'tasks') continue;
    for (const list of [u.scope.tasks, ...u.scope.positions.map((p) => p.tasks)]) {
      const t = find(list);
      if (t !== null) return t;
    }
  }
  return '';
}

/**
 * The side panel's tabs (WAI-ARIA tabs pattern): one tab in the Tab order (the selected one), ←/→ and Home/End
 * move between tabs and show the panel (automatic activation).
 */
function PanelTabs({ panel, onPanel, tabs }: { panel: Panel; onPanel(p: Panel): void; tabs: Array<{ id: Panel; label: ReactNode }> }) {
  const focusTab = (id: Panel) => focusWhenReady(() => document.getElementById(`tab-${id}`));
  return (
    <div className="tabs" role="tablist" aria-label="Panele boczne">
      {tabs.map((t, i) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={panel === t.id}
          aria-controls={`panel-${t.id}`}
          tabIndex={panel === t.id ? 0 : -1}
          onClick={() => onPanel(t.id)}
          onKeyDown={(e) => {
            const to = e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
            if (to < 0) return;
            e.preventDefault();
            onPanel(tabs[to]!.id);
            focusTab(tabs[to]!.id);
          }}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
