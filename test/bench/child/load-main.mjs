/**
 * Run in a fresh Node process by the `startup` suite: loads the built main process (`dist/electron/main.cjs`, or
 * the bundles named by the arguments, one after the other: with the services bundle after it, the main process as
 * it was before it was split, one bundle loaded before the window) with `electron` replaced by an inert stand-in whose `app.whenReady()`
 * never settles, and prints `{ "ms", "cpuMs" }` as JSON: the wall time (ms), and the process's CPU time (user +
 * system, ms: what a busy machine does not inflate), from the `require` of the bundle to the end of
 * its top-level code, which is what the app's main process does before Electron can create its window (reading
 * and compiling the bundle, loading native modules, building the modules' top-level values). Node's and
 * Electron's own start are not in it.
 */
import Module, { createRequire } from 'node:module';
import { resolve } from 'node:path';

const bundles = (process.argv.length > 2 ? process.argv.slice(2) : ['dist/electron/main.cjs']).map((b) => resolve(b));
const never = new Promise(() => {});
/** Any property, call or construction of the stand-in gives the stand-in (or a promise that never settles). */
const inert = new Proxy(function inertElectron() {}, {
  get: (_t, key) => (key === 'whenReady' ? () => never : key === 'requestSingleInstanceLock' ? () => true : key === 'then' ? undefined : inert),
  apply: () => inert,
  construct: () => inert,
});
const load = Module._load;
Module._load = function loadWithInertElectron(request, ...rest) {
  return request === 'electron' ? inert : load.call(this, request, ...rest);
};
const t = performance.now();
const cpu = process.cpuUsage();
for (const bundle of bundles) createRequire(import.meta.url)(bundle);
const used = process.cpuUsage(cpu);
const ms = Math.round((performance.now() - t) * 10) / 10;
process.stdout.write(JSON.stringify({ ms, cpuMs: Math.round((used.user + used.system) / 100) / 10 }));
process.exit(0);
