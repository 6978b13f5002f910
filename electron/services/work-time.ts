/**
 * Time of work for the limits of imports: the CPU time of this process (every thread: an import worker's work
 * and its garbage collection) rather than the wall clock, so that a machine busy with other programs does not
 * refuse a file that an idle one reads in time. Limits that use it keep a wall-clock backstop as well.
 */

/** A duration for a message, in Polish: `2,5 s`, `0,05 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('pl-PL', { maximumFractionDigits: 2 })} s`;
}

/**
 * Starts a clock of work. Out: a function giving the CPU time of the process (user + system, all threads) since
 * the call, in milliseconds.
 */
export function workClock(): () => number {
  const start = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(start);
    return (d.user + d.system) / 1000;
  };
}
