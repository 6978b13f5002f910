/**
 * Scaling table (issue 15, point 5): generated orders of 10 to 600 units (20 points per unit, every seventh
 * point with two letters, 4 deputies) and, at each size, the median milliseconds of importing the text, checking
 * the order, comparing it with a mutated copy (10% of units renamed, 10% of tasks moved, 5% dropped) and
 * rendering it; for the comparison also its CPU time and the heap it needs above what was in use before it ran.
 * Each step carries the growth exponent `log(t2/t1) / log(n2/n1)` over the number of tasks (1: linear,
 * 2: quadratic; for the comparison's heap too, `compareHeapExp`, so that "memory linear" is a number), so that a regression shows as a number. CPU time is less disturbed than wall time by the other
 * processes of a shared machine. Medians of 5 runs up to 40 units, 3 up to 150, one run beyond (seconds each).
 */
import { checkOrder } from '../../../core/checks/index.js';
import { compareOrders } from '../../../core/compare/index.js';
import { importText } from '../../../core/import/index.js';
import { renderText } from '../../../core/render/text.js';
import { generateOrderText } from '../../support/generate-order.js';
import { mutateOrder } from '../../support/mutate-order.js';
import { growth, heapGrownMb, medianMs } from '../measure.js';

const UNITS = [10, 20, 40, 80, 150, 300, 600];

/**
 * Median wall and CPU milliseconds (user + system) of `fn` over the same `runs` runs (after one warm-up when
 * `warmUp`), 2 decimals.
 */
function medianWallAndCpuMs(fn: () => unknown, runs: number, warmUp: boolean): { wallMs: number; cpuMs: number } {
  if (warmUp) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const median = (a: number[]) => Math.round([...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]! * 100) / 100;
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

interface Row {
  units: number;
  points: number;
  tasks: number;
  importMs: number;
  checksMs: number;
  compareMs: number;
  compareCpuMs: number;
  compareHeapMb: number;
  renderMs: number;
}

export async function run(): Promise<Record<string, unknown>> {
  const rows: Row[] = [];
  for (const units of UNITS) {
    const points = units * 20;
    const text = generateOrderText({ units, points, deputies: 4 });
    // fewer runs as the sizes grow (the largest take seconds each; the whole bench must end in minutes on 2
    // cores), and no warm-up past the smallest sizes: the code has run on the sizes before
    const runs = units <= 40 ? 5 : units <= 150 ? 3 : 1;
    const warmUp = units <= 20;
    const imported = importText(text, 'txt');
    if (!imported.ok) throw new Error(imported.error.message);
    const order = imported.order;
    const { order: mutated } = mutateOrder(order, { seed: 3, rename: 0.1, move: 0.1, drop: 0.05 });
    const importMs = await medianMs(() => importText(text, 'txt'), runs, warmUp);
    const checksMs = await medianMs(() => checkOrder(order), runs, warmUp);
    const { wallMs: compareMs, cpuMs: compareCpuMs } = medianWallAndCpuMs(() => compareOrders(order, mutated), runs, warmUp);
    // the heap the comparison leaves grown at its end, above a heap collected just before (a sampling timer cannot
    // see into a synchronous call: it read 14 MB at 10 units and 0 at 600)
    const { value: tasks, heapMb: compareHeapMb } = heapGrownMb(() => compareOrders(order, mutated).summary.tasksOld);
    const renderMs = await medianMs(() => renderText(order), runs, warmUp);
    rows.push({ units, points, tasks, importMs, checksMs, compareMs, compareCpuMs, compareHeapMb, renderMs });
  }
  const table = rows.map((r, i) => {
    const p = rows[i - 1];
    const step = p
      ? {
          importExp: growth(p.tasks, p.importMs, r.tasks, r.importMs),
          checksExp: growth(p.tasks, p.checksMs, r.tasks, r.checksMs),
          compareExp: growth(p.tasks, p.compareMs, r.tasks, r.compareMs),
          compareCpuExp: growth(p.tasks, p.compareCpuMs, r.tasks, r.compareCpuMs),
          renderExp: growth(p.tasks, p.renderMs, r.tasks, r.renderMs),
          // a heap that reads 0 (a collection during the run freed as much as it held) gives no exponent
          ...(p.compareHeapMb > 0 && r.compareHeapMb > 0 ? { compareHeapExp: growth(p.tasks, p.compareHeapMb, r.tasks, r.compareHeapMb) } : {}),
        }
      : {};
    return { ...r, ...step };
  });
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const firstHeap = rows.find((r) => r.compareHeapMb > 0);
  return {
    table,
    compareExpOverall: growth(first.tasks, first.compareMs, last.tasks, last.compareMs),
    compareCpuExpOverall: growth(first.tasks, first.compareCpuMs, last.tasks, last.compareCpuMs),
    compareHeapExpOverall: firstHeap && firstHeap !== last && last.compareHeapMb > 0 ? growth(firstHeap.tasks, firstHeap.compareHeapMb, last.tasks, last.compareHeapMb) : null,
    compareHeapPerTaskKb: Math.round((last.compareHeapMb * 1000) / last.tasks * 10) / 10,
  };
}
