/**
 * The panels on the right of the editor: the findings of the checks (each jumps to its place and offers its
 * fix), the comparison with the order being replaced (units kept, renamed, merged, added, removed; tasks moved,
 * dropped, added; the coverage ledger where every dropped task must be answered, coverage-ledger.tsx) and the
 * organisational chart.
 * Each is computed in the main process through the bridge a moment after the last change, so typing is never
 * blocked; an older answer never replaces a newer one.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CoverageAnswer, Order, SuperiorRef } from '../../../core/model/order.js';
import type { ApiError, ApiResult, Comparison, Finding } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { whenIdle } from './idle.js';
import { ledgerState } from '../../../core/ledger/index.js';
import { CoverageLedger } from './coverage-ledger.js';
import { ChartView, cropToBoxes } from './chart-view.js';
import { chartTitle, openChartWindow } from './chart-window-link.js';

/** The state of a computation that follows the order. */
export interface Live<T> {
  value: T | null;
  error: ApiError | null;
  pending: boolean;
}

/**
 * Calls `fn(order)` `delayMs` after the last change of `order` or of `also` (what else `fn` reads, compared by
 * identity) (through the bridge, or in the review worker), in the window's next idle moment (`whenIdle`); the
 * latest answer wins.
 */
export function useLive<T>(order: Order, delayMs: number, fn: (order: Order) => Promise<ApiResult<T>>, also?: unknown): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: null, error: null, pending: true });
  const seq = useRef(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  useEffect(() => {
    const n = ++seq.current;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    // the request (a copy of the order into the worker) waits for an idle moment of the window's thread
    let cancelIdle: (() => void) | null = null;
    const t = setTimeout(() => {
      cancelIdle = whenIdle(async () => {
        const r = await fnRef.current(order);
        if (n !== seq.current) return;
        setState(r.ok ? { value: r.value, error: null, pending: false } : { value: null, error: r.error, pending: false });
      });
    }, delayMs);
    return () => {
      clearTimeout(t);
      cancelIdle?.();
    };
  }, [order, delayMs, also]);
  return state;
}

/**
 * The order as the chart reads it: the same object for as long as nothing but the units' scopes changes (core/chart
 * draws units, their superiors and the leadership, never a scope), so typing in a scope does not redraw the chart.
 */
export function useWithoutScopes(order: Order): Order {
  const key = JSON.stringify({ ...order, units: order.units.map((u) => ({ ...u, scope: null })) });
  const last = useRef({ key, order });
  if (last.current.key !== key) last.current = { key, order };
  return last.current.order;
}

function ErrorNote({ error }: { error: ApiError }) {
  return <p className={error.code === 'unavailable' ? 'muted' : 'notice notice-error'} role={error.code === 'unavailable' ? undefined : 'alert'}>{error.message}</p>;
}

/** The superior a chart box stands for (`head`, `deputy:<id>`, `unit:<id>`, `prezydent`, `sekretarz`), or null. */
export function boxSuperior(boxId: string): SuperiorRef | null {
  if (boxId === 'head' || boxId === 'prezydent' || boxId === 'sekretarz') return { kind: boxId };
  const m = /^(unit|deputy):(.+)$/.exec(boxId);
  return m ? { kind: m[1] as 'unit' | 'deputy', id: m[2]! } : null;
}

/** The box (`g[data-id]`) under a point of the window, if any. */
function boxAt(x: number, y: number): SVGGElement | null {
  return (document.elementFromPoint(x, y)?.closest('g[data-id]') as SVGGElement | null) ?? null;
}

/** Pixels the pointer must travel before a press on a box becomes a drag. */
const DRAG_SLOP = 4;

/**
 * The chart drawn in the main process (`chart:svg`, core/chart), shown inline so that its boxes can be dragged:
 * dropping a unit's or a deputy's box onto another box makes that box its superior (`onSetSuperior`, core/draft's
 * setSuperior, which refuses a cycle with a Polish message). A click without a drag opens the chart large.
 */
export function ChartPanel({ order, onSetSuperior }: { order: Order; onSetSuperior?(id: string, ref: SuperiorRef): void }) {
  const chart = useLive(useWithoutScopes(order), 350, (o) => call((api) => api.chartSvg({ order: o })));
  const [large, setLarge] = useState(false);
  const drag = useRef<{ source: SVGGElement; x: number; y: number; moved: boolean; over: SVGGElement | null } | null>(null);
  const host = useRef<HTMLDivElement>(null);
  // the SVG comes from core/chart in the main process (no scripts, no external references)
  const inline = useMemo(() => (chart.value ? { __html: chart.value.replace(/^<\?xml[^>]*>\s*/, '') } : null), [chart.value]);
  const alt = `Schemat organizacyjny: ${order.meta.subject ?? ''}`;
  // large: in a window of its own (the app), else over the editor
  const enlarge = () => void openChartWindow(order, chartTitle(order)).then((opened) => opened || setLarge(true));
  // the chart is laid out on an A4 page; the panel shows only the part with boxes, as large as it can
  useLayoutEffect(() => {
    const svg = host.current?.querySelector('svg');
    if (svg) cropToBoxes(svg);
  }, [inline]);

  const setOver = (g: SVGGElement | null) => {
    const d = drag.current!;
    if (d.over === g) return;
    d.over?.classList.remove('chart-drop');
    d.over = g;
    g?.classList.add('chart-drop');
  };
  const end = () => {
    const d = drag.current;
    if (!d) return;
    d.source.classList.remove('chart-source');
    d.over?.classList.remove('chart-drop');
    host.current?.classList.remove('dragging');
    drag.current = null;
  };

  return (
    <div className="panel-body" aria-busy={chart.pending}>
      {chart.error && <ErrorNote error={chart.error} />}
      {inline && (
        <div className="chart-scroll">
        <div
          ref={host}
          className="chart-live"
          role="img"
          aria-label={alt}
          data-chart=""
          dangerouslySetInnerHTML={inline}
          onPointerDown={(e) => {
            const g = (e.target as Element).closest('g[data-id]') as SVGGElement | null;
            const id = g?.dataset.id ?? '';
            if (e.button !== 0) return;
            if (!g || !onSetSuperior || !/^(unit|deputy):/.test(id)) {
              drag.current = null;
              return;
            }
            drag.current = { source: g, x: e.clientX, y: e.clientY, moved: false, over: null };
            e.currentTarget.setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            const d = drag.current;
            if (!d) return;
            if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < DRAG_SLOP) return;
            if (!d.moved) {
              d.moved = true;
              d.source.classList.add('chart-source');
              e.currentTarget.classList.add('dragging');
            }
            const g = boxAt(e.clientX, e.clientY);
            setOver(g && g !== d.source && boxSuperior(g.dataset.id ?? '') ? g : null);
          }}
          onPointerUp={(e) => {
            const d = drag.current;
            if (!d) {
              enlarge();
              return;
            }
            const target = d.over;
            const moved = d.moved;
            end();
            if (!moved) return enlarge();
            const ref = target ? boxSuperior(target.dataset.id ?? '') : null;
            const id = d.source.dataset.id!.replace(/^(unit|deputy):/, '');
            if (ref && onSetSuperior) onSetSuperior(id, ref);
            e.preventDefault();
          }}
          onPointerCancel={end}
        />
        </div>
      )}
      {inline && (
        <>
          <p className="chart-actions">
            <button type="button" className="button button-small" onClick={enlarge} aria-label="Powiększ schemat" title="Schemat w osobnym oknie: powiększanie i przesuwanie">Powiększ schemat…</button>
          </p>
          <p className="muted small">
            Schemat zmienia się razem z rejestrem komórek. Przeciągnij komórkę lub zastępcę na innego przełożonego, aby zmienić podległość (§ 3); z klawiatury podległość ustawia się w tabeli § 2–3. Kliknięcie powiększa schemat.
          </p>
        </>
      )}
      {chart.value && large && <ChartView svg={chart.value} title={alt} crop={cropToBoxes} onClose={() => setLarge(false)} />}
      {!inline && !chart.error && <p className="muted">Rysowanie schematu…</p>}
    </div>
  );
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'błąd', warning: 'ostrzeżenie', info: 'uwaga' };

/** Findings of the checks, errors first; a finding jumps to its place and offers its fix. */
export function ChecksPanel({ checks, onJump, onFix }: { checks: Live<Finding[]>; onJump(f: Finding): void; onFix(f: Finding): void }) {
  if (checks.error) return <div className="panel-body"><ErrorNote error={checks.error} /></div>;
  if (!checks.value) return <div className="panel-body"><p className="muted">Sprawdzanie…</p></div>;
  if (!checks.value.length) return <div className="panel-body"><p className="notice notice-ok">Kontrola nie wykazała błędów.</p></div>;
  const count = (s: Finding['severity']) => checks.value!.filter((f) => f.severity === s).length;
  return (
    <div className="panel-body" aria-busy={checks.pending}>
      <p className="muted small panel-summary">
        Błędy: {count('error')} · ostrzeżenia: {count('warning')} · uwagi: {count('info')}
      </p>
      <ul className="findings" aria-label="Wyniki kontroli">
        {checks.value.map((f, i) => (
          <li key={`${f.code}:${f.where}:${i}`} className={`finding finding-${f.severity}`} data-code={f.code}>
            <span className={`severity severity-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
            <button type="button" className="link where" onClick={() => onJump(f)} title="Przejdź do miejsca">
              {f.document === 'against' ? `zarządzenie uchylane, ${f.where}` : f.where}
            </button>
            <span className="message">{f.message}</span>
            {f.fix && (
              <button type="button" className="button button-small" onClick={() => onFix(f)}>{f.fix.label}</button>
            )}
            {f.fix && f.alternatives?.map((alt) => (
              <button key={alt.label} type="button" className="button button-small" onClick={() => onFix({ ...f, fix: alt })}>{alt.label}</button>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

const UNIT_CHANGE: Record<Comparison['units'][number]['change'], string> = {
  kept: 'bez zmian', renamed: 'zmiana nazwy', symbolChanged: 'zmiana symbolu', moved: 'zmiana podległości', merged: 'połączona',
  split: 'wydzielona', added: 'nowa', removed: 'zniesiona',
};
const TASK_CHANGE: Record<Comparison['tasks'][number]['change'], string> = {
  kept: 'bez zmian', reworded: 'zmienione', moved: 'przeniesione', merged: 'połączone', split: 'rozdzielone', dropped: 'usunięte', added: 'nowe',
};
/** Open questions of the coverage ledger: dropped tasks without a valid answer (core/ledger). */
export function openCoverage(c: Comparison | null): number {
  return c ? ledgerState(c).open : 0;
}

/** Units that changed between two orders (`core/compare`), each with its kind of change and the comparison's note. */
export function UnitChanges({ changes }: { changes: Comparison['units'] }) {
  return (
    <>
      <h3 className="panel-h">Komórki</h3>
      {changes.length === 0 ? (
        <p className="muted">Bez zmian w komórkach.</p>
      ) : (
        <ul className="compare-units" aria-label="Zmiany komórek">
          {changes.map((u, i) => (
            <li key={i} className={`change change-${u.change}`} data-change={u.change}>
              <span className="change-kind">{UNIT_CHANGE[u.change]}</span> {u.old ?? ''}{u.old && u.new ? ' → ' : ''}{u.new ?? ''}
              <div className="muted small">{u.note}</div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Tasks that changed between two orders (`core/compare`): moved, reworded, dropped, added…, with their text. */
export function TaskChanges({ changes }: { changes: Comparison['tasks'] }) {
  if (changes.length === 0) return <p className="muted">Brak.</p>;
  return (
    <ul className="compare-tasks" aria-label="Zmiany zadań">
      {changes.map((t, i) => (
        <li key={i} className={`change change-${t.change}`} data-change={t.change}>
          <span className="change-kind">{TASK_CHANGE[t.change]}</span> {t.old ?? ''}{t.old && t.new ? ' → ' : ''}{t.new ?? ''}
          {t.newOwner && t.oldOwner && t.change === 'moved' && <span className="muted small"> ({t.oldOwner.symbol || t.oldOwner.name} → {t.newOwner.symbol || t.newOwner.name})</span>}
          <div className="legal small">{t.newText ?? t.oldText}</div>
        </li>
      ))}
    </ul>
  );
}

/** The comparison with the order being replaced, and the coverage ledger. */
export function ComparisonPanel({ comparison, hasOld, order, onAnswer, onClearAnswer }: {
  comparison: Live<Comparison | null>;
  hasOld: boolean;
  order: Order;
  onAnswer(a: CoverageAnswer): void;
  onClearAnswer(q: { oldWhere: string; oldText: string }): void;
}) {
  if (!hasOld) return <div className="panel-body"><p className="muted">Projekt nie zastępuje zarządzenia z rejestru.</p></div>;
  if (comparison.error) return <div className="panel-body"><ErrorNote error={comparison.error} /></div>;
  const c = comparison.value;
  if (!c) return <div className="panel-body"><p className="muted">Porównywanie…</p></div>;
  const changedUnits = c.units.filter((u) => u.change !== 'kept');
  const changedTasks = c.tasks.filter((t) => t.change !== 'kept' && t.change !== 'dropped');
  return (
    <div className="panel-body" aria-busy={comparison.pending}>
      <p className="muted small panel-summary">
        Zadania: przeniesione {c.summary.moved} · zmienione {c.summary.reworded} · usunięte {c.summary.dropped} · nowe {c.summary.added}
      </p>

      <CoverageLedger comparison={c} order={order} onAnswer={onAnswer} onClear={onClearAnswer} />

      <UnitChanges changes={changedUnits} />

      <h3 className="panel-h">Zadania przeniesione i zmienione</h3>
      <TaskChanges changes={changedTasks} />
    </div>
  );
}
