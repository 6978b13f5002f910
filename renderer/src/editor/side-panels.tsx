/**
 * The panels on the right of the editor: the organisational chart (redrawn as the register changes), the
 * findings of the checks and the comparison with the order being replaced. Each asks the main process through
 * the bridge a moment after the last change, so typing is never blocked; an older answer never replaces a
 * newer one.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult, ComparisonView, Finding, WindowApi } from '../../../electron/contract/api.js';
import type { Order } from '../../../core/model/order.js';
import { call } from '../bridge.js';

/** Calls `fn(order)` through the bridge `delayMs` after the last change of `order`; the latest answer wins. */
function useDebouncedCall<T>(order: Order, delayMs: number, fn: (api: WindowApi, order: Order) => Promise<ApiResult<T>>) {
  const [state, setState] = useState<{ value: T | null; error: ApiError | null; pending: boolean }>({ value: null, error: null, pending: true });
  const seq = useRef(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  useEffect(() => {
    const n = ++seq.current;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    const t = setTimeout(async () => {
      const r = await call((api) => fnRef.current(api, order));
      if (n !== seq.current) return;
      setState(r.ok ? { value: r.value, error: null, pending: false } : { value: null, error: r.error, pending: false });
    }, delayMs);
    return () => clearTimeout(t);
  }, [order, delayMs]);
  return state;
}

function Unavailable({ error }: { error: ApiError }) {
  return <p className={error.code === 'unavailable' ? 'muted' : 'notice notice-error'} role={error.code === 'unavailable' ? undefined : 'alert'}>{error.message}</p>;
}

/** The chart as an image of the SVG the main process draws (`chart:svg`, core/chart). */
export function ChartPanel({ order }: { order: Order }) {
  const chart = useDebouncedCall(order, 350, (api, o) => api.chartSvg({ order: o }));
  const [large, setLarge] = useState(false);
  const url = chart.value ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.value)}` : null;
  const alt = `Schemat organizacyjny: ${order.meta.subject ?? ''}`;
  return (
    <div className="panel-body" aria-busy={chart.pending}>
      {chart.error && <Unavailable error={chart.error} />}
      {url && (
        <button type="button" className="chart-open" onClick={() => setLarge(true)} title="Powiększ schemat">
          <img className="chart-image" src={url} alt={alt} />
        </button>
      )}
      {url && <p className="muted small">Schemat zmienia się razem z rejestrem komórek. Kliknij, aby powiększyć.</p>}
      {url && large && (
        <div className="overlay" role="dialog" aria-label="Schemat organizacyjny" onClick={() => setLarge(false)}>
          <img className="chart-large" src={url} alt={alt} />
          <button type="button" className="button overlay-close" onClick={() => setLarge(false)}>Zamknij</button>
        </div>
      )}
      {!url && !chart.error && <p className="muted">Rysowanie schematu…</p>}
    </div>
  );
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'błąd', warning: 'ostrzeżenie', info: 'uwaga' };

/** Findings of the checks (`check:run`), against the replaced order when there is one. */
export function ChecksPanel({ order, against, onJump }: { order: Order; against: Order | null; onJump(targetId: string): void }) {
  const checks = useDebouncedCall(order, 400, (api, o) => api.checkRun({ order: o, against }));
  if (checks.error) return <div className="panel-body"><Unavailable error={checks.error} /></div>;
  if (!checks.value) return <div className="panel-body"><p className="muted">Sprawdzanie…</p></div>;
  if (!checks.value.length) return <div className="panel-body"><p className="notice notice-ok">Nie znaleziono błędów.</p></div>;
  return (
    <div className="panel-body">
      <ul className="findings">
        {checks.value.map((f, i) => (
          <li key={i} className={`finding finding-${f.severity}`}>
            <span className={`severity severity-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
            {f.where && (f.targetId ? <button type="button" className="link where" onClick={() => onJump(f.targetId!)}>{f.where}</button> : <span className="where">{f.where}</span>)}
            <span className="message">{f.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const TASK_KIND_LABEL: Record<ComparisonView['tasks'][number]['kind'], string> = { kept: 'bez zmian', moved: 'przeniesione', changed: 'zmienione', dropped: 'usunięte', added: 'nowe' };

/** The comparison with the order being replaced (`compare:run`). */
export function ComparisonPanel({ order, old }: { order: Order; old: Order | null }) {
  const cmp = useDebouncedCall(order, 500, (api, o) => (old ? api.compareRun({ old, new: o }) : Promise.resolve({ ok: true as const, value: null })));
  if (!old) return <div className="panel-body"><p className="muted">Projekt nie zastępuje zarządzenia z rejestru.</p></div>;
  if (cmp.error) return <div className="panel-body"><Unavailable error={cmp.error} /></div>;
  if (!cmp.value) return <div className="panel-body"><p className="muted">Porównywanie…</p></div>;
  const changed = cmp.value.tasks.filter((t) => t.kind !== 'kept');
  return (
    <div className="panel-body">
      <h3 className="panel-h">Komórki</h3>
      <ul className="compare-units">
        {cmp.value.units.map((u, i) => (
          <li key={i} className={`change change-${u.kind}`}>
            <span className="change-kind">{u.kind}</span> {u.old.map((x) => x.symbol).join(', ')} {u.new.length > 0 && `→ ${u.new.map((x) => `${x.symbol} ${x.name}`).join(', ')}`}
          </li>
        ))}
      </ul>
      <h3 className="panel-h">Zadania ({changed.length} zmian)</h3>
      <ul className="compare-tasks">
        {changed.map((t, i) => (
          <li key={i} className={`change change-${t.kind}`}>
            <span className="change-kind">{TASK_KIND_LABEL[t.kind]}</span> {t.oldWhere ?? ''}{t.newWhere ? ` → ${t.newWhere}` : ''}
            <div className="legal small">{t.newText ?? t.oldText}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
