/**
 * Where the time of a keystroke goes, from Chromium's own record of each key (the `EventLatency` trace events of
 * the `benchmark` category, which Chromium writes for every input event) and the page's keystroke-to-paint time
 * (`measureTyping`), for the typing figures of issue 15:
 * - `inputDelay`: from the key's creation until the page's main thread takes it (longer when the thread is busy
 *   with other work when the key comes);
 * - `handling`: the main thread handling the key's events (keydown, keypress, beforeinput, input, and the
 *   microtasks after them): the browser's editing and every script listening, here Slate's and React's render and
 *   commit of the typed block; the part an editor's own code adds to the browser's is this figure minus the peer's;
 * The rest of a key's keystroke-to-paint time is the wait for the display's next frame (at 60 Hz a frame begins
 * every 16.7 ms, so a key handled at a random moment waits 0 to 16.7 ms for it) and the frame's style, layout and
 * paint. Chromium's later stages (the frame's commit and its presentation) are not used: headless Chromium, drawing
 * to no screen, sometimes reports the presentation of a whole run of keys at once, up to a second late, while the
 * page's own frames came on time.
 */
import type { Page } from 'playwright-core';
import { measureTyping, traceCpu, type PageCpu, type TraceEvent } from '../e2e/harness.js';
import { percentile } from './measure.js';

/** The stages of one key's latency that Chromium records reliably (ms), see the module doc. */
export interface KeyStages {
  inputDelay: number;
  handling: number;
}

/**
 * The input delay and handling of every key press (`KEY_PRESSED`) in a trace (keys go to the focused page only),
 * in the order of the keys, and the display's frame interval (ms) Chromium reported (null when it reported none).
 */
export function keyHandling(events: TraceEvent[]): { keys: KeyStages[]; vsyncMs: number | null } {
  // the stages of one EventLatency are async events with its id, begun and ended in order; an id is reused later
  const open = new Map<string, { start: number; type: string; main?: [number, number] }>();
  const keys: Array<{ start: number; inputDelay: number; handling: number }> = [];
  let vsyncMs: number | null = null;
  const sorted = events.filter((e) => e.id2?.local && (e.ph === 'b' || e.ph === 'e')).sort((a, b) => a.ts - b.ts);
  const ms = (us: number) => Math.round(us) / 1000;
  for (const e of sorted) {
    const id = `${e.pid}:${e.id2!.local!}`;
    if (e.name === 'EventLatency' && e.ph === 'b') {
      const info = e.args?.event_latency as { event_type?: string; vsync_interval_ms?: number } | undefined;
      if (info?.vsync_interval_ms) vsyncMs = info.vsync_interval_ms;
      open.set(id, { start: e.ts, type: info?.event_type ?? '' });
      continue;
    }
    const cur = open.get(id);
    if (!cur || e.name !== 'RendererMainProcessing') continue;
    if (e.ph === 'b') cur.main = [e.ts, e.ts];
    else if (cur.main && cur.type === 'KEY_PRESSED') {
      keys.push({ start: cur.start, inputDelay: ms(cur.main[0] - cur.start), handling: ms(e.ts - cur.main[0]) });
      open.delete(id);
    }
  }
  return { keys: keys.sort((a, b) => a.start - b.start).map(({ inputDelay, handling }) => ({ inputDelay, handling })), vsyncMs };
}

/**
 * One typing run traced: the page's keystroke-to-paint latencies (`measureTyping`), the stages of the keys Chromium
 * recorded (a key now and then goes unrecorded on a loaded machine) and the page's CPU.
 */
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
    const { keys, vsyncMs } = keyHandling(events);
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

/** The number of keys recorded and p50/p95 of each stage over them (ms; null without a recorded key). */
export function stageSpread(keys: KeyStages[]): { keys: number } & Record<keyof KeyStages, { p50: number; p95: number } | null> {
  const of = (k: keyof KeyStages) => (keys.length ? { p50: percentile(keys.map((x) => x[k]), 50), p95: percentile(keys.map((x) => x[k]), 95) } : null);
  return { keys: keys.length, inputDelay: of('inputDelay'), handling: of('handling') };
}
