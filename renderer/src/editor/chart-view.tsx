/**
 * The organisational chart large, to be read when it has 60 boxes: zoom (buttons, `+` `-` `0`, Ctrl+wheel around
 * the pointer) and pan (drag, the arrow keys and scroll bars of the focused view, Home/End). The chart is the same
 * SVG the side panel shows (core/chart through `chart:svg`), drawn at its own size times the zoom, so text stays
 * sharp at any zoom. In the app it fills a window of its own (`standalone`: the page of the chart window,
 * `chart-window-page.tsx`, Escape or Zamknij closes that window); without the app's bridge it is a modal dialog over
 * the editor (Escape or Zamknij closes it and the focus goes back).
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useModal } from '../keyboard/use-modal.js';

/** Zoom steps, as factors of the chart's own size (1 = the size core/chart drew it). */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4];

/** The next zoom step up (`1`) or down (`-1`) from `z` (which may lie between steps, e.g. after „Dopasuj”). */
export function nextZoom(z: number, dir: 1 | -1): number {
  if (dir === 1) return ZOOM_STEPS.find((s) => s > z + 1e-6) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((s) => s < z - 1e-6) ?? ZOOM_STEPS[0]!;
}

/** The zoom that fits a chart of `w`×`h` into a view of `vw`×`vh` (at most 2: a small chart is not blown up). */
export function fitZoom(w: number, h: number, vw: number, vh: number): number {
  if (w <= 0 || h <= 0) return 1;
  return Math.max(0.1, Math.min(2, vw / w, vh / h));
}

/** Sets the view box of a chart to its boxes and connectors (plus a margin), dropping the page's empty space. */
export function cropToBoxes(svg: SVGSVGElement, margin = 6): void {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of svg.querySelectorAll<SVGGraphicsElement>('g[data-id] > rect, polyline')) {
    const b = r.getBBox();
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  if (!Number.isFinite(x0)) return;
  svg.setAttribute('viewBox', `${x0 - margin} ${y0 - margin} ${x1 - x0 + 2 * margin} ${y1 - y0 + 2 * margin}`);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
}

/** The chart's box: its view box (the side panel crops it to the boxes) as width and height. */
function chartSize(svg: SVGSVGElement): { w: number; h: number } {
  const vb = svg.viewBox.baseVal;
  if (vb && vb.width > 0) return { w: vb.width, h: vb.height };
  const r = svg.getBBox();
  return { w: r.width, h: r.height };
}

/** Keys that pan the view: direction (1 a step, 2 a page, 1e6 to the edge) across and down. */
const PAN: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
  PageUp: [0, -2], PageDown: [0, 2], Home: [-1e6, -1e6], End: [1e6, 1e6],
};

export interface ChartViewProps {
  /** The SVG document (core/chart), XML declaration allowed. */
  svg: string;
  /** Polish name of the chart (`Schemat organizacyjny: Wydział …`). */
  title: string;
  /** Crops the SVG's view box to its boxes (the side panel's function), before it is sized. */
  crop?(svg: SVGSVGElement): void;
  onClose(): void;
  /** The page of the chart window: the chart fills it (a main region with the title as its heading), no dialog. */
  standalone?: boolean;
}

export function ChartView({ svg, title, crop, onClose, standalone = false }: ChartViewProps) {
  const dialog = useRef<HTMLElement>(null);
  // the focus goes into the view; a dialog also keeps Tab inside and closes on Escape (a standalone page has its own
  // Escape below: it is no modal, so useModal leaves its keys alone)
  useModal(dialog, onClose);
  const viewport = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const size = useRef({ w: 1, h: 1 });
  const [zoom, setZoom] = useState<number | null>(null);
  const html = useMemo(() => ({ __html: svg.replace(/^<\?xml[^>]*>\s*/, '') }), [svg]);

  const fit = useCallback(() => {
    const v = viewport.current;
    if (!v) return;
    setZoom(fitZoom(size.current.w, size.current.h, v.clientWidth - 24, v.clientHeight - 24));
  }, []);

  // measure the chart once drawn, then fit it; a chart drawn again (the draft changed) keeps the zoom
  const zoomNow = useRef<number | null>(null);
  zoomNow.current = zoom;
  useLayoutEffect(() => {
    const el = host.current?.querySelector('svg');
    if (!el) return;
    crop?.(el);
    el.removeAttribute('width');
    el.removeAttribute('height');
    size.current = chartSize(el);
    const z = zoomNow.current;
    if (z === null) return fit();
    el.style.width = `${size.current.w * z}px`;
    el.style.height = `${size.current.h * z}px`;
  }, [html, crop, fit]);

  useLayoutEffect(() => {
    const el = host.current?.querySelector('svg');
    if (!el || zoom === null) return;
    el.style.width = `${size.current.w * zoom}px`;
    el.style.height = `${size.current.h * zoom}px`;
  }, [zoom]);

  /** Changes the zoom keeping the point under (`x`, `y`) of the viewport where it is (default: its centre). */
  const zoomTo = useCallback((next: number, at?: { x: number; y: number }) => {
    const v = viewport.current;
    if (!v || zoom === null) return setZoom(next);
    const px = at?.x ?? v.clientWidth / 2;
    const py = at?.y ?? v.clientHeight / 2;
    const cx = (v.scrollLeft + px) / zoom;
    const cy = (v.scrollTop + py) / zoom;
    setZoom(next);
    requestAnimationFrame(() => {
      v.scrollLeft = cx * next - px;
      v.scrollTop = cy * next - py;
    });
  }, [zoom]);

  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const z = zoom ?? 1;
  const box = (children: ReactNode) =>
    standalone ? (
      <main ref={dialog} className="chart-view chart-window" aria-labelledby="chart-view-title" onKeyDown={onKey}>{children}</main>
    ) : (
      <div className="overlay overlay-dialog chart-view-overlay">
        <div ref={dialog as RefObject<HTMLDivElement>} className="dialog chart-view" role="dialog" aria-modal="true" aria-label={title} onKeyDown={onKey}>{children}</div>
      </div>
    );
  function onKey(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (standalone && e.key === 'Escape') (e.preventDefault(), onClose());
    else if (e.key === '+' || e.key === '=') (e.preventDefault(), zoomTo(nextZoom(z, 1)));
    else if (e.key === '-') (e.preventDefault(), zoomTo(nextZoom(z, -1)));
    else if (e.key === '0') (e.preventDefault(), fit());
    else if (e.target === viewport.current && PAN[e.key]) {
      // pan by keyboard: a step of the arrows, a page of PageUp/PageDown, the edges with Home/End
      e.preventDefault();
      const v = viewport.current!;
      const [dx, dy] = PAN[e.key]!;
      const page = (d: number, span: number) => (Math.abs(d) >= 1e6 ? d : Math.abs(d) > 1 ? Math.sign(d) * span * 0.9 : d * 80);
      v.scrollBy({ left: page(dx, v.clientWidth), top: page(dy, v.clientHeight) });
    }
  }
  return box(
    <>
        <div className="chart-view-bar" role="toolbar" aria-label="Powiększenie schematu">
          {standalone ? <h1 id="chart-view-title" className="chart-view-title">{title}</h1> : <h2 className="chart-view-title">{title}</h2>}
          <button type="button" className="button button-small" onClick={() => zoomTo(nextZoom(z, -1))} aria-label="Pomniejsz" title="Pomniejsz (−)">−</button>
          <span className="chart-zoom" aria-live="polite">{Math.round(z * 100)}%</span>
          <button type="button" className="button button-small" onClick={() => zoomTo(nextZoom(z, 1))} aria-label="Powiększ" title="Powiększ (+)">+</button>
          <button type="button" className="button button-small" onClick={fit} title="Cały schemat w oknie (0)">Dopasuj</button>
          <button type="button" className="button button-small" onClick={() => zoomTo(1)}>100%</button>
          <span className="toolbar-spacer" />
          <span className="muted small">Przesuwanie: strzałki, przeciąganie · powiększanie: + −, Ctrl+kółko</span>
          <button type="button" className="button button-small button-primary" onClick={onClose}>Zamknij</button>
        </div>
        <div
          ref={viewport}
          className="chart-viewport"
          tabIndex={0}
          data-autofocus=""
          role="region"
          aria-label={`${title} — obszar przewijany strzałkami`}
          onWheel={(e) => {
            if (!e.ctrlKey) return;
            e.preventDefault();
            const r = e.currentTarget.getBoundingClientRect();
            zoomTo(nextZoom(z, e.deltaY < 0 ? 1 : -1), { x: e.clientX - r.left, y: e.clientY - r.top });
          }}
          onPointerDown={(e) => {
            if (e.button !== 0) return;
            drag.current = { x: e.clientX, y: e.clientY, left: e.currentTarget.scrollLeft, top: e.currentTarget.scrollTop };
            e.currentTarget.setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            const d = drag.current;
            if (!d) return;
            e.currentTarget.scrollLeft = d.left - (e.clientX - d.x);
            e.currentTarget.scrollTop = d.top - (e.clientY - d.y);
          }}
          onPointerUp={() => (drag.current = null)}
          onPointerCancel={() => (drag.current = null)}
        >
          <div ref={host} className="chart-canvas" role="img" aria-label={title} data-zoom={z} dangerouslySetInnerHTML={html} />
        </div>
    </>,
  );
}
