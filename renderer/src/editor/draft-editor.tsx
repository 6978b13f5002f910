/**
 * The draft editor, one window in three areas: the document's outline on the left (click to go), the
 * structured document in the middle (heading, § 1 leadership, § 2–§ 3 register, one Slate editor per scope,
 * final clauses), and panels on the right (checks, comparison, chart, history of saved versions). Changes autosave with a visible state;
 * Cofnij/Ponów undo and redo across all of it; Podgląd shows the document as it will print.
 */
import { startTransition, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { paragrafOf } from '../../../core/model/locate.js';
import type { CoverageAnswer, Item, Order, SuperiorRef } from '../../../core/model/order.js';
import type { ApiError, DraftDocument, Finding, MenuCommand } from '../../../electron/contract/api.js';
import { OutputButtons, savedNote, useOutput } from '../output/use-output.js';
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
import { ScopeSection } from './scope-section.js';
import { ChartPanel, ChecksPanel, ComparisonPanel, openCoverage, useLive } from './side-panels.js';
import { useAutosave } from './use-autosave.js';
import { HistoryPanel } from './history-panel.js';

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
  ref?: Ref<DraftEditorHandle>;
}

type Panel = 'checks' | 'compare' | 'chart' | 'history';
/** Edits typed within this many milliseconds make one undo step. */
const TYPING_STEP_MS = 1500;

const NO_TARGETS: Array<{ id: string; label: string }> = [];

export function DraftEditor({ draft, ref, onError, onSign }: DraftEditorProps) {
  // common duties taken over from an imported order get the template's ids (saved with the next change)
  const [order, setOrder] = useState<Order>(() => withTemplateIds(draft.order));
  const orderRef = useRef(order);
  orderRef.current = order;
  /** Bumped to remount the scope editors after a change made outside them (undo, a moved task). */
  const [generation, setGeneration] = useState(0);
  const history = useRef<{ past: Order[]; future: Order[]; lastTyping: number }>({ past: [], future: [], lastTyping: 0 });
  const [, setHistoryTick] = useState(0);
  const [panel, setPanel] = useState<Panel>('checks');
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const { state: saveState, flush } = useAutosave(draft.id, order, draft.savedAt);

  /** Replaces the order, recording an undo step (typing is grouped into steps). */
  const apply = useCallback((next: Order | ((o: Order) => Order), opts: { typing?: boolean; remount?: boolean } = {}) => {
    const prev = orderRef.current;
    const value = typeof next === 'function' ? next(prev) : next;
    if (value === prev) return;
    const h = history.current;
    const now = Date.now();
    if (!opts.typing || now - h.lastTyping > TYPING_STEP_MS) h.past.push(prev);
    if (h.past.length > 200) h.past.shift();
    h.lastTyping = opts.typing ? now : 0;
    h.future = [];
    orderRef.current = value;
    setOrder(value);
    setHistoryTick((t) => t + 1);
    if (opts.remount) setGeneration((g) => g + 1);
  }, []);

  const undo = useCallback(() => {
    const h = history.current;
    const prev = h.past.pop();
    if (!prev) return;
    h.future.push(orderRef.current);
    h.lastTyping = 0;
    orderRef.current = prev;
    setOrder(prev);
    setGeneration((g) => g + 1);
    setHistoryTick((t) => t + 1);
  }, []);
  const redo = useCallback(() => {
    const h = history.current;
    const next = h.future.pop();
    if (!next) return;
    h.past.push(orderRef.current);
    orderRef.current = next;
    setOrder(next);
    setGeneration((g) => g + 1);
    setHistoryTick((t) => t + 1);
  }, []);

  // output: exports through the save dialog and printing through the system dialog, of the order as it stands
  const current = useCallback(() => orderRef.current, []);
  const out = useOutput(current, onError);
  const { exportDocx, exportPdf, print } = out;
  const runOutput = out.run;
  const exportChanges = useCallback(() => {
    const old = draft.replacing?.order;
    if (!old) return onError({ code: 'no-replaced', message: 'Projekt nie zastępuje zarządzenia z rejestru: nie ma z czym porównać.' });
    return runOutput('Przygotowywanie zestawienia zmian…', (api) => api.exportChanges({ old, new: orderRef.current }), savedNote);
  }, [runOutput, draft.replacing, onError]);

  useImperativeHandle(ref, () => ({
    flush,
    command(c) {
      if (c === 'preview') setMode((m) => (m === 'preview' ? 'edit' : 'preview'));
      else if (c === 'export-docx') void exportDocx();
      else if (c === 'export-pdf') void exportPdf();
      else if (c === 'export-change-report') void exportChanges();
      else if (c === 'print') void print();
    },
  }), [flush, exportDocx, exportPdf, exportChanges, print]);

  // Ctrl+Z / Ctrl+Y outside the text editors (inside them Slate undoes typing first)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const inText = (e.target as HTMLElement | null)?.closest('[data-slate-editor], input, textarea');
      if (inText) return;
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) (e.preventDefault(), undo());
      else if (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey)) (e.preventDefault(), redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  /** Applies a core/draft operation (or a plain change); a refused one shows its Polish message. */
  const edit = useCallback((fn: (o: Order) => EditResult | Order, opts: { remount?: boolean } = {}) => {
    const r = fn(orderRef.current);
    if ('ok' in r) {
      if (!r.ok) return onError({ code: 'edit-refused', message: r.message });
      apply(r.order, opts);
    } else apply(r, opts);
  }, [apply, onError]);
  // typing: the editor shows the keystroke at once; the model (outline, register counts, panels, autosave)
  // follows as a transition, so a keystroke never waits for the rest of the window to re-render
  const onScopeChange = useCallback((listId: string, items: Item[]) => startTransition(() => apply((o) => setListTasks(o, listId, items), { typing: true })), [apply]);
  const onSetSuperior = useCallback((id: string, ref: SuperiorRef) => edit((o) => setSuperior(o, id, ref)), [edit]);
  const onMoveTask = useCallback((_from: string, taskId: string, to: string) => edit((o) => moveTask(o, taskId, to), { remount: true }), [edit]);
  const onAddUnit = useCallback(() => {
    edit((o) => addUnit(o, { name: 'Nowa komórka' }));
    // select the new unit's name once it is rendered
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.register-edit tbody tr:last-child .input-name')?.select());
  }, [edit]);
  const onMeta = useCallback((next: Order) => apply(next, { typing: true }), [apply]);
  const onDuties = useCallback((fn: (o: Order) => Order, typing?: boolean) => apply(fn, { typing }), [apply]);
  const onScopeEdit = useCallback((fn: (o: Order) => Order, opts?: { typing?: boolean; remount?: boolean }) => apply(fn, opts), [apply]);

  // live review: checks and comparison follow the order, computed in the main process
  const against = draft.replacing?.order ?? null;
  const checks = useLive(order, 400, (api, o) => api.checkRun({ order: o, against }));
  const comparison = useLive(order, 500, (api, o) => (against ? api.compareRun({ old: against, new: o }) : Promise.resolve({ ok: true as const, value: null })));
  const errors = checks.value?.filter((f) => f.severity === 'error').length ?? 0;
  const open = openCoverage(comparison.value);

  const onFix = useCallback(async (f: Finding) => {
    const r = await call((api) => api.checkFix({ order: orderRef.current, finding: f, against }));
    if (!r.ok) onError(r.error);
    else apply(r.value, { remount: true });
  }, [against, apply, onError]);
  const onJump = useCallback((f: Finding) => {
    if (f.document === 'against') return;
    const byId = f.targetId ? document.querySelector(`[data-unit-id="${CSS.escape(f.targetId)}"], [data-id="${CSS.escape(f.targetId)}"]`) : null;
    const paragraf = /^§\s*(\d+)/.exec(f.where)?.[1];
    const el = byId ?? (paragraf ? document.querySelector(`[data-paragraf="${paragraf}"]`) : null);
    if (!el) return;
    el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    el.classList.add('flash');
    setTimeout(() => el.classList.remove('flash'), 1600);
  }, []);
  // a restored version replaces the content like any other change (so Cofnij takes it back, and that is saved too)
  const onRestored = useCallback((d: DraftDocument) => apply(d.order, { remount: true }), [apply]);
  const onAnswer = useCallback((a: CoverageAnswer) => apply((o) => ({
    ...o,
    coverage: [...o.coverage.filter((x) => !(x.oldWhere === a.oldWhere && x.oldText === a.oldText)), a],
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

  return (
    <div className="editor">
      <div className="editor-toolbar" role="toolbar" aria-label="Narzędzia projektu">
        <button type="button" className="button button-quiet" onClick={undo} disabled={!h.past.length} title="Cofnij (Ctrl+Z)">↶ Cofnij</button>
        <button type="button" className="button button-quiet" onClick={redo} disabled={!h.future.length} title="Ponów (Ctrl+Y)">↷ Ponów</button>
        <span className="toolbar-sep" />
        <div className="segmented" role="group" aria-label="Widok">
          <button type="button" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>Edycja</button>
          <button type="button" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>Podgląd wydruku</button>
        </div>
        <span className="toolbar-sep" />
        <OutputButtons out={out}>
          {draft.replacing && (
            <button type="button" className="button button-quiet" onClick={() => void exportChanges()} disabled={out.note?.busy} title="Zestawienie zmian względem zarządzenia uchylanego, jako DOCX">Zestawienie zmian…</button>
          )}
        </OutputButtons>
        <span className="toolbar-spacer" />
        <SaveIndicator state={saveState} onRetry={() => void flush()} />
        {onSign && (
          <button type="button" className="button" onClick={() => onSign(orderRef.current)} title="Zapisz numer i datę nadane przy podpisaniu przez Prezydenta">
            Podpisano…
          </button>
        )}
      </div>

      <div className={panel === 'chart' ? 'editor-layout side-wide' : 'editor-layout'}>
        <nav className="outline" aria-label="Spis treści projektu">
          <div className="outline-title">Projekt</div>
          <button type="button" onClick={() => jump('metryka')}>Nagłówek i tytuł</button>
          <button type="button" onClick={() => jump('kierownictwo')}>§ 1 Kierownictwo</button>
          <button type="button" onClick={() => jump('komorki')}>§ 2–3 Komórki i podległość</button>
          <div className="outline-group">Zakresy działania</div>
          {order.units.map((u) => (
            <button type="button" key={u.id} className="outline-unit" onClick={() => jump(`zakres-${u.id}`)} title={u.name}>
              <span className="symbol">{paragrafOf(order, 'scope', u.id) !== null ? `§ ${paragrafOf(order, 'scope', u.id)}` : '—'}</span> {u.symbol ? `${u.symbol} ` : ''}{u.name}
            </button>
          ))}
          <button type="button" onClick={() => jump('obowiazki')}>Wspólne obowiązki</button>
          <button type="button" onClick={() => jump('koncowe')}>Postanowienia końcowe</button>
        </nav>

        <main className="document editor-doc" aria-label="Treść projektu">
          {mode === 'preview' ? (
            <Preview order={order} />
          ) : (
            <>
              <HeadingEditor order={order} onChange={onMeta} />
              <LeadershipEditor order={order} onChange={onMeta} edit={edit} />
              <section className="card" id="komorki" aria-label="§ 2–3 Komórki i podległość">
                <h2>Komórki organizacyjne i podległość <span className="muted">(§ 2 i § 3)</span></h2>
                <RegisterEditor order={order} edit={edit} onAdd={onAddUnit} />
              </section>
              <section className="card" id="zakresy" aria-label="Zakresy działania">
                <h2>Zakresy działania</h2>
                <p className="muted hint">Enter — następny punkt · Tab — litera pod poprzednim punktem · Shift+Tab — z powrotem · numeracja i interpunkcja są dodawane same.</p>
                {order.units.map((u) => (
                  <ScopeSection
                    key={u.id}
                    unit={u}
                    paragraf={paragrafOf(order, 'scope', u.id)}
                    generation={generation}
                    hasSubunits={parents.has(u.id)}
                    targets={targetsByUnit.get(u.id) ?? NO_TARGETS}
                    onScopeChange={onScopeChange}
                    onMoveTask={onMoveTask}
                    onEdit={onScopeEdit}
                  />
                ))}
              </section>
              <CommonDutiesEditor order={order} paragraf={paragrafOf(order, 'commonDuties')} onChange={onDuties} />
              <FinalClausesEditor order={order} onChange={onMeta} />
            </>
          )}
        </main>

        <aside className="side" aria-label="Panele">
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={panel === 'checks'} onClick={() => setPanel('checks')}>
              Kontrola {errors > 0 && <span className="badge badge-error" aria-label={`błędy: ${errors}`}>{errors}</span>}
            </button>
            <button type="button" role="tab" aria-selected={panel === 'compare'} onClick={() => setPanel('compare')}>
              Porównanie {open > 0 && <span className="badge badge-open" aria-label={`zadania bez odpowiedzi: ${open}`}>{open}</span>}
            </button>
            <button type="button" role="tab" aria-selected={panel === 'chart'} onClick={() => setPanel('chart')}>Schemat</button>
            <button type="button" role="tab" aria-selected={panel === 'history'} onClick={() => setPanel('history')}>Historia</button>
          </div>
          <div role="tabpanel" className="tabpanel">
            {panel === 'checks' && <ChecksPanel checks={checks} onJump={onJump} onFix={(f) => void onFix(f)} />}
            {panel === 'compare' && <ComparisonPanel comparison={comparison} hasOld={against !== null} onAnswer={onAnswer} />}
            {panel === 'chart' && <ChartPanel order={order} onSetSuperior={onSetSuperior} />}
            {panel === 'history' && (
              <HistoryPanel draftId={draft.id} savedAt={saveState.kind === 'saved' ? saveState.at : null} flush={flush} onRestored={onRestored} onError={onError} />
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}
