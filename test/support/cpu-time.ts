/**
 * CPU time of a piece of work, for tests that guard against work that should not happen (a bomb inflated, a
 * document parsed that should have been refused at once): unlike wall time, other programs on a busy machine do not
 * add to it, so such a test does not fail because the machine is loaded. Speed itself goes to `npm run bench`.
 */

/**
 * Runs `fn` and measures the CPU time (user + system, every thread of this process) it took. In: the work (sync or
 * async; keep other work of the process quiet meanwhile). Out: its value and the milliseconds.
 */
export async function withCpuTime<T>(fn: () => T | Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const start = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(start);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}
