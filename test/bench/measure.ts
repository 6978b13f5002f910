/** Helpers for benchmark suites: median timing and peak memory. */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/**
 * A full garbage collection on demand (V8's `gc`, exposed at run time), so that a heap figure starts from a heap
 * holding only what is live: garbage of the runs before would count in or out of it at random.
 */
export const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The heap (MB) a synchronous call leaves grown at its end, above a heap collected just before: its result and what
 * it allocated that no collection has freed yet. A sampling timer ({@link peakMemoryMb}) cannot run inside a
 * synchronous call and sees only its start and end. Out: the call's value and the MB (0 when a collection during
 * the call freed more than it held).
 */
export function heapGrownMb<T>(fn: () => T): { value: T; heapMb: number } {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const value = fn();
  return { value, heapMb: Math.max(0, Math.round((process.memoryUsage().heapUsed - before) / 1e5) / 10) };
}

/**
 * CPU time (user + system, ms) of this process's children that have ended and been waited for, from
 * `/proc/self/stat` (cutime + cstime, in ticks of 10 ms): the CPU a child process cost, which a busy machine does
 * not inflate the way it inflates wall time. Linux only.
 */
export function childrenCpuMs(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}

/**
 * Runs `fn` `runs` times (after one warm-up, unless `warmUp` is false: code already run on a smaller input needs
 * none) and returns the median wall time in milliseconds (2 decimals).
 */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7, warmUp = true): Promise<number> {
  if (warmUp) await fn();
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

/**
 * Samples RSS and heap every 5 ms while `fn` runs; returns the peaks in MB. Only an asynchronous `fn` lets the
 * timer run: for a synchronous call use {@link heapGrownMb}.
 */
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

/** A figure measured against its peer in one interleaved run. */
export interface Paired {
  /** Median of ours (ms). */
  ms: number;
  /** Median of the peer (ms). */
  peerMs: number;
  /** Median of the per-round ratios ours / peer (2 decimals): the figure that survives a loaded machine. */
  ratio: number;
  runs: number;
}

/**
 * Runs `ours` and `peer` alternately (`ours, peer, peer, ours, …`, after one warm-up of each), so that the load of
 * a shared machine weighs on both alike, and returns both medians and the median of the per-round ratios.
 */
export async function interleaved(ours: () => unknown | Promise<unknown>, peer: () => unknown | Promise<unknown>, runs = 5): Promise<Paired> {
  await ours();
  await peer();
  const a: number[] = [];
  const b: number[] = [];
  const time = async (fn: () => unknown | Promise<unknown>): Promise<number> => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(await time(ours));
      b.push(await time(peer));
    } else {
      b.push(await time(peer));
      a.push(await time(ours));
    }
  }
  const ratios = a.map((x, i) => x / b[i]!);
  return { ms: percentile(a, 50), peerMs: percentile(b, 50), ratio: Math.round(percentile(ratios, 50) * 100) / 100, runs };
}

/** Growth exponent between two sizes: `log(t2 / t1) / log(n2 / n1)` (1 linear, 2 quadratic), 2 decimals. */
export function growth(n1: number, t1: number, n2: number, t2: number): number {
  return Math.round((Math.log(t2 / t1) / Math.log(n2 / n1)) * 100) / 100;
}
