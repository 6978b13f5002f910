/** Helpers for benchmark suites: median timing and peak memory. */

/** Runs `fn` `runs` times (after one warm-up) and returns the median wall time in milliseconds (2 decimals). */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

/** Percentile (0–100) of a list of numbers, rounded to 2 decimals. */
export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return Math.round((s[i] ?? 0) * 100) / 100;
}

/** Samples RSS and heap every 5 ms while `fn` runs; returns the peaks in MB. */
export async function peakMemoryMb(fn: () => unknown | Promise<unknown>): Promise<{ rssMb: number; heapMb: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  await fn();
  const m = process.memoryUsage();
  rss = Math.max(rss, m.rss);
  heap = Math.max(heap, m.heapUsed);
  clearInterval(timer);
  return { rssMb: Math.round(rss / 1e5) / 10, heapMb: Math.round(heap / 1e5) / 10 };
}
