/**
 * The page of the chart window (`index.html#schemat`, electron/main/chart-window.ts): the organisational chart of
 * the draft the editor shows, filling the window, with zoom and pan (`ChartView`, standalone). It reads what to show
 * from the main process (`chartWindowContent`), draws it through `chart:svg`, and draws again when the editor says
 * the draft changed. Zamknij or Escape closes the window.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ChartWindowContent } from '../../../electron/contract/api.js';
import { bridge, call } from '../bridge.js';
import { ChartView, cropToBoxes } from './chart-view.js';

export function ChartWindowPage() {
  const [content, setContent] = useState<{ svg: string; title: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    const r = await call((api) => api.chartWindowContent());
    if (!r.ok) return setError(r.error);
    const c: ChartWindowContent = r.value;
    const svg = await call((api) => api.chartSvg({ order: c.order }));
    if (!svg.ok) return setError(svg.error);
    setError(null);
    setContent({ svg: svg.value, title: c.title });
  }, []);

  useEffect(() => {
    void load();
    return bridge()?.onChartWindowUpdated?.(() => void load());
  }, [load]);
  useEffect(() => {
    document.title = content ? `${content.title} — Zarządzenia organizacyjne` : 'Schemat organizacyjny — Zarządzenia organizacyjne';
  }, [content]);

  if (error) {
    return (
      <main className="chart-window chart-window-message">
        <h1>Schemat organizacyjny</h1>
        <p className="notice notice-error" role="alert">{error.message}</p>
      </main>
    );
  }
  if (!content) {
    return (
      <main className="chart-window chart-window-message" aria-busy="true">
        <h1>Schemat organizacyjny</h1>
        <p className="muted">Rysowanie schematu…</p>
      </main>
    );
  }
  return <ChartView svg={content.svg} title={content.title} crop={cropToBoxes} standalone onClose={() => window.close()} />;
}
