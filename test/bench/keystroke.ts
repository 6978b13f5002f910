/**
 * Where the time of a keystroke goes, from Chromium's own record of each key (the `EventLatency` trace events of
 * the `benchmark` category, which Chromium writes for every input event from its creation to the frame that shows
 * it on screen), for the typing figures of issue 15:
 * - `inputDelay`: from the key's creation until the page's main thread takes it (longer when the thread is busy
 *   with other work when the key comes);
 * - `handling`: the main thread handling the key's events (keydown, keypress, beforeinput, input, and the
 *   microtasks after them): the browser's editing and every script listening, here Slate's and React's render and
 *   commit of the typed block; the part an editor's own code adds to the browser's is this figure minus the peer's;
 * - `toFrame`: from the end of handling to the end of the frame's commit on the main thread: the wait for the
 *   display's next frame (at 60 Hz a frame begins every 16.7 ms, so a key handled at a random moment waits 0 to
 *   16.7 ms for it) plus the frame's style, layout and paint;
 * - `presentation`: from that commit to the frame being drawn (the compositor and the display);
 * - `total`: the key's creation to its presentation, Chromium's own keystroke-to-screen time.
 * Keys in a trace are taken in order; a key Chromium records without a frame (nothing changed on screen) is left
 * out of the stages.
 */
import type { Page } from 'playwright-core';
import { measureTyping, traceCpu, type PageCpu, type TraceEvent } from '../e2e/harness.js';
import { percentile } from './measure.js';

/** The stages of one key's latency (ms), see the module doc. */
export interface KeyStages {
  total: number;
  inputDelay: number;
  handling: number;
  toFrame: number;
  presentation: number;
}

/** The stages of every key press (`KEY_PRESSED`) of the renderer `pid` in a trace, in the order of the keys, and the display's frame interval (ms) Chromium reported. */
export function keyStages(events: TraceEvent[], pid: number | null): { keys: KeyStages[]; vsyncMs: number | null } {
  // the stages of one EventLatency are async events with its id, begun and ended in order; an id is reused later
  const open = new Map<string, { start: number; type: string; stages: Map<string, [number, number]> }>();
  const done: Array<{ start: number; end: number; stages: Map<string, [number, number]> }> = [];
  let vsyncMs: number | null = null;
  const sorted = events.filter((e) => e.id2?.local && (pid === null || e.pid === pid) && (e.ph === 'b' || e.ph === 'e')).sort((a, b) => a.ts - b.ts);
  for (const e of sorted) {
    const id = e.id2!.local!;
    if (e.name === 'EventLatency' && e.ph === 'b') {
      const info = e.args?.event_latency as { event_type?: string; vsync_interval_ms?: number } | undefined;
      if (info?.vsync_interval_ms) vsyncMs = info.vsync_interval_ms;
      open.set(id, { start: e.ts, type: info?.event_type ?? '', stages: new Map() });
      continue;
    }
    const cur = open.get(id);
    if (!cur) continue;
    if (e.name === 'EventLatency') {
      open.delete(id);
      if (cur.type === 'KEY_PRESSED') done.push({ start: cur.start, end: e.ts, stages: cur.stages });
      continue;
    }
    const s = cur.stages.get(e.name);
    if (e.ph === 'b') cur.stages.set(e.name, [e.ts, e.ts]);
    else if (s) s[1] = e.ts;
  }
  const ms = (us: number) => Math.round(us) / 1000;
  const keys: KeyStages[] = [];
  for (const k of done.sort((a, b) => a.start - b.start)) {
    const main = k.stages.get('RendererMainProcessing');
    const commit = k.stages.get('Commit');
    if (!main || !commit || !k.stages.has('SubmitCompositorFrameToPresentationCompositorFrame')) continue;
    keys.push({ total: ms(k.end - k.start), inputDelay: ms(main[0] - k.start), handling: ms(main[1] - main[0]), toFrame: ms(commit[1] - main[1]), presentation: ms(k.end - commit[1]) });
  }
  return { keys, vsyncMs };
}

/** One typing run traced: the page's keystroke-to-paint latencies (`measureTyping`), Chromium's stages of each key and the page's CPU. */
export interface TracedTyping {
  latencies: number[];
  stages: KeyStages[];
  vsyncMs: number | null;
  cpu: PageCpu;
}

/**
 * Types `text` into point `index` of unit `unitSymbol` (`measureTyping`, `gapMs` between keys) while Chromium traces
 * the typed keys only (`toplevel` for the CPU time of the page's threads, `benchmark` for the keys' stages; both
 * light, so the trace barely changes what it measures). In: the page, as for `measureTyping`. Out: see
 * {@link TracedTyping}.
 */
export async function tracedTyping(page: Page, unitSymbol: string, index: number, text: string, gapMs: number): Promise<TracedTyping> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  let tracing = false;
  try {
    const latencies = await measureTyping({ page }, unitSymbol, index, text, gapMs, async () => {
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'benchmark', '__metadata'] }, transferMode: 'ReportEvents' });
      tracing = true;
    });
    await cdp.send('Tracing.end');
    tracing = false;
    await complete;
    const cpu = traceCpu(events);
    const { keys, vsyncMs } = keyStages(events, cpu.pid);
    return { latencies, stages: keys, vsyncMs, cpu: { mainMs: cpu.mainMs, workersMs: cpu.workersMs } };
  } finally {
    if (tracing) await cdp.send('Tracing.end').catch(() => undefined);
    await cdp.detach();
  }
}

/** p50/p95/max of a list (ms, 2 decimals). */
export function spread(values: number[]): { p50: number; p95: number; max: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: percentile(values, 100) };
}

/** p50 and p95 of each stage over the keys (ms). */
export function stageSpread(keys: KeyStages[]): Record<keyof KeyStages, { p50: number; p95: number }> {
  const out = {} as Record<keyof KeyStages, { p50: number; p95: number }>;
  for (const k of ['total', 'inputDelay', 'handling', 'toFrame', 'presentation'] as const) {
    const v = keys.map((x) => x[k]);
    out[k] = { p50: percentile(v, 50), p95: percentile(v, 95) };
  }
  return out;
}
