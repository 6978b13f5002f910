/**
 * The editor's side of the chart window (issue 13, item 3; electron/main/chart-window.ts): „Powiększ schemat” opens
 * the chart in a window of its own with the draft as it stands, and while that window is open every change of the
 * draft is sent to it (a moment after the last change), whichever side panel the editor shows. Without a bridge
 * that can open windows (the page outside the app) the caller falls back to the chart over the editor.
 */
import { useEffect, useRef } from 'react';
import type { Order } from '../../../core/model/order.js';
import { bridge, call } from '../bridge.js';

/** Whether this page's chart window is open (as the main process last said). */
let windowOpen = false;

/** True when the app can open the chart in a window of its own. */
export function canOpenChartWindow(): boolean {
  return typeof bridge()?.openChartWindow === 'function';
}

/**
 * Opens the chart window with `order` (or brings the open one forward). Out: true when it is open; false when it
 * could not be opened (the caller shows the chart over the editor instead).
 */
export async function openChartWindow(order: Order, title: string): Promise<boolean> {
  if (!canOpenChartWindow()) return false;
  const r = await call((api) => api.openChartWindow({ order, title, show: true }));
  windowOpen = r.ok && r.value.open;
  return windowOpen;
}

/** The title of the chart of an order: `Schemat organizacyjny: Wydział …`. */
export function chartTitle(order: Order): string {
  return `Schemat organizacyjny: ${order.meta.subject ?? order.meta.title}`;
}

/** Keeps an open chart window showing `order`: sent `delayMs` after the last change; nothing when none is open. */
export function useChartWindowSync(order: Order, delayMs = 400): void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!windowOpen) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void call((api) => api.openChartWindow({ order, title: chartTitle(order), show: false })).then((r) => {
        windowOpen = r.ok && r.value.open;
      });
    }, delayMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [order, delayMs]);
}
