/**
 * Running the hostile-file campaign (`hostile-campaign.ts`) through every entry point a user's file reaches, and
 * judging each answer:
 * - `process`: what the CLI runs, in this process (`importFile` and `outline`), and what the window does with an
 *   opened order (render, checks, the chart), in a child with a heap limit watched for a deadline, so that a crash
 *   (the child dies) or a hang (no answer by the deadline) is recorded, not suffered;
 * - `app`: the app's import as its handlers run it: the file dropped on the window (the drop handler issues a
 *   token, `import:file` reads it through the import worker, `import-isolated.ts`), and, for HTML and text, the
 *   same content pasted (`import:paste`).
 * The rules (a record's `violations`): no crash, no hang, no stop by the worker's guard (a reader that ran away)
 * on a file that must import, refusals in one Polish line (no stack, no English), `import` cases imported with
 * every word kept, `refuse` cases refused saying what `says` says, the CLI's exit code agreeing with the import.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createFileAccess } from '../../electron/services/file-tokens.js';
import type { HandlerDeps } from '../../electron/services/handlers/deps.js';
import { dropHandler, importHandlers } from '../../electron/services/handlers/import.js';
import { importFileIsolated } from '../../electron/services/import-isolated.js';
import { missingWords } from '../unit/import/words.js';
import type { CampaignCase } from './hostile-campaign.js';

/** What the guarded child answered for one file, or how it failed to. */
export interface ProcessAnswer {
  outcome: 'answered' | 'crash' | 'hang';
  ok?: boolean;
  code?: string | null;
  message?: string | null;
  cliExit?: number;
  cliErr?: string;
  after?: string | null;
  ms: number;
  cpuMs?: number;
  maxRssMb?: number;
  /** For a crash: the child's exit code or signal and the last line of its stderr. */
  crash?: string;
}

/** One entry point's answer to one case, judged. */
export interface CampaignRecord {
  name: string;
  family: CampaignCase['family'];
  entry: 'process' | 'app' | 'paste';
  outcome: 'imported' | 'refused' | 'crash' | 'hang' | 'stopped';
  message: string | null;
  ms: number;
  cpuMs: number | null;
  maxRssMb: number | null;
  violations: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const ENGLISH = /\b(?:the|of|is|not|invalid|expected|received|undefined|null|error|cannot|failed|unexpected|token|maximum|call stack|exceeded|position|JSON at)\b/i;
const STOPPED = /moduł odczytu zakończył pracę|limit pamięci importu|limit czasu importu|limit czasu uruchomienia/;

/** Why a refusal's message breaks the rules (one Polish line, no stack, no English), or null. */
export function messageFault(message: string | null | undefined): string | null {
  const m = message ?? '';
  if (!m.trim()) return 'pusty komunikat';
  if (m.trim().includes('\n')) return `komunikat w kilku wierszach: ${JSON.stringify(m.slice(0, 200))}`;
  if (/\bat .+:\d+:\d+/.test(m) || /\.(?:ts|js|mjs|cjs):\d+/.test(m)) return `ślad stosu w komunikacie: ${m.slice(0, 200)}`;
  // English words outside the quoted file name and the quoted part names
  const unquoted = m.replace(/„[^”]*”/g, '');
  if (ENGLISH.test(unquoted)) return `komunikat po angielsku: ${m.slice(0, 200)}`;
  if (!/[ąćęłńóśźż]|\b(?:plik|nie|jest|odczyt|import)/i.test(m)) return `komunikat nie po polsku: ${m.slice(0, 200)}`;
  return null;
}

/**
 * Runs `cases` (written to `dir`) through the guarded child: a new child after each crash or hang, each case
 * given `deadlineMs` of wall time, the child's V8 heap limited to `heapMb`. Out: the answers by case name.
 */
export async function runProcessEntry(cases: CampaignCase[], dir: string, options: { deadlineMs?: number; heapMb?: number } = {}): Promise<Map<string, ProcessAnswer>> {
  const deadline = options.deadlineMs ?? 60_000;
  const answers = new Map<string, ProcessAnswer>();
  const paths = new Map(cases.map((c) => [join(dir, c.name), c.name]));
  let pending = [...paths.keys()];
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  while (pending.length) {
    const batch = pending;
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [`--max-old-space-size=${options.heapMb ?? 1024}`, '--import', tsx, join(here, 'campaign-child.ts')], { stdio: ['pipe', 'pipe', 'pipe'] });
      let current: string | null = null;
      let started = 0;
      let timer: NodeJS.Timeout | undefined;
      let buf = '';
      let err = '';
      const done = new Set<string>();
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        buf += s;
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 1);
          let msg: Record<string, unknown>;
          try {
            msg = JSON.parse(line) as Record<string, unknown>;
          } catch {
            continue;
          }
          if (typeof msg.start === 'string') {
            current = msg.start;
            started = performance.now();
            clearTimeout(timer);
            timer = setTimeout(() => {
              answers.set(paths.get(current!)!, { outcome: 'hang', ms: Math.round(performance.now() - started) });
              done.add(current!);
              current = null;
              child.kill('SIGKILL');
            }, deadline);
          } else if (typeof msg.path === 'string') {
            clearTimeout(timer);
            answers.set(paths.get(msg.path)!, { outcome: 'answered', ...(msg as Omit<ProcessAnswer, 'outcome'>) });
            done.add(msg.path);
            current = null;
          }
        }
      });
      child.stderr.setEncoding('utf8').on('data', (s: string) => (err = (err + s).slice(-4000)));
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (current) {
          const last = err.trim().split('\n').filter((l) => l.trim()).slice(-3).join(' | ');
          answers.set(paths.get(current)!, { outcome: 'crash', ms: Math.round(performance.now() - started), crash: `${signal ?? `kod ${code}`}: ${last.slice(0, 400)}` });
          done.add(current);
        }
        pending = batch.filter((p) => !done.has(p) && !answers.has(paths.get(p)!));
        // a child that ended without starting anything would loop: give up on the rest
        if (done.size === 0 && pending.length) {
          for (const p of pending) answers.set(paths.get(p)!, { outcome: 'crash', ms: 0, crash: `proces nie ruszył: ${err.slice(-300)}` });
          pending = [];
        }
        resolve();
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(`${batch.join('\n')}\n`);
    });
  }
  return answers;
}

/** Judges the process entry's answer to a case. */
export function judgeProcess(c: CampaignCase, a: ProcessAnswer): CampaignRecord {
  const v: string[] = [];
  const outcome = a.outcome === 'answered' ? (a.ok ? 'imported' : 'refused') : a.outcome;
  if (a.outcome === 'crash') v.push(`awaria procesu: ${a.crash}`);
  if (a.outcome === 'hang') v.push(`brak odpowiedzi po ${a.ms} ms`);
  if (a.outcome === 'answered') {
    if (!a.ok) {
      const f = messageFault(a.message);
      if (f) v.push(f);
      if (a.cliExit === 0) v.push('CLI zakończył się kodem 0 mimo odmowy');
      if ((a.cliErr ?? '').trim().split('\n').length !== 1) v.push(`CLI wypisał ${(a.cliErr ?? '').trim().split('\n').length} wierszy błędu`);
    } else if (a.cliExit !== 0) v.push(`CLI: kod ${a.cliExit}: ${a.cliErr?.trim().slice(0, 200)}`);
    if (a.after) v.push(`praca okna na zaimportowanym zarządzeniu rzuciła: ${a.after}`);
    v.push(...wantFaults(c, !!a.ok, a.message ?? null));
  }
  return { name: c.name, family: c.family, entry: 'process', outcome, message: a.message ?? a.crash ?? null, ms: a.ms, cpuMs: a.cpuMs ?? null, maxRssMb: a.maxRssMb ?? null, violations: v };
}

/** Faults against the case's `want` (words are checked where the order is at hand: the app entry). */
function wantFaults(c: CampaignCase, ok: boolean, message: string | null): string[] {
  if (c.want === 'import' && !ok) return [`odmowa zamiast importu: ${message}`];
  if (c.want === 'refuse' && ok) return ['import zamiast odmowy'];
  if (c.want === 'refuse' && c.says && !c.says.test(message ?? '')) return [`odmowa nie mówi ${c.says}: ${message}`];
  return [];
}

/**
 * Runs `cases` (written to `dir`) through the app's handlers: dropped on the window (drop handler, then
 * `import:file` through the import worker) and, for HTML and text files, pasted (`import:paste`). Out: the judged
 * records, in case order.
 */
export async function runAppEntry(cases: CampaignCase[], dir: string): Promise<CampaignRecord[]> {
  const files = createFileAccess(null);
  const deps = { importFile: importFileIsolated } as unknown as HandlerDeps;
  const handlers = importHandlers(deps, files);
  const drop = dropHandler(files);
  const out: CampaignRecord[] = [];
  for (const c of cases) {
    const path = join(dir, c.name);
    const t = performance.now();
    const cpu = process.cpuUsage();
    const dropped = await drop({ path });
    const r = dropped.ok ? await handlers['import:file']({ token: dropped.value.token }) : dropped;
    out.push(judgeApp(c, 'app', r, performance.now() - t, process.cpuUsage(cpu)));
    if (c.family === 'html' || c.family === 'txt') {
      // the clipboard holds text, not bytes: only content that is text in UTF-8 can be pasted
      let text: string | null = null;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(c.bytes);
      } catch {
        text = null;
      }
      if (text !== null && text.length <= 5_000_000) {
        const t2 = performance.now();
        const cpu2 = process.cpuUsage();
        const pasted = await handlers['import:paste'](c.family === 'html' ? { html: text, text: '' } : { text });
        out.push(judgeApp({ ...c, want: text.includes('\u0000') ? 'answer' : c.want }, 'paste', pasted, performance.now() - t2, process.cpuUsage(cpu2)));
      }
    }
  }
  return out;
}

type HandlerAnswer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function judgeApp(c: CampaignCase, entry: 'app' | 'paste', r: HandlerAnswer, ms: number, cpu: NodeJS.CpuUsage): CampaignRecord {
  const v: string[] = [];
  const message = r.ok ? null : r.error.message;
  const stopped = !r.ok && STOPPED.test(message ?? '');
  if (!r.ok) {
    const f = messageFault(message);
    if (f) v.push(f);
    if (r.error.code === 'internal') v.push(`błąd wewnętrzny: ${message}`);
    if (stopped && c.want !== 'answer') v.push(`import przerwany przez strażnika: ${message}`);
  }
  v.push(...wantFaults(c, r.ok, message));
  if (r.ok && c.want === 'import' && c.keeps) {
    const order = (r.value as { order: Parameters<typeof missingWords>[1] }).order;
    const lost = missingWords(c.keeps, order);
    if (lost.length) v.push(`zgubione słowa (${lost.length}): ${lost.slice(0, 8).join(' ')}`);
  }
  return {
    name: c.name,
    family: c.family,
    entry,
    outcome: r.ok ? 'imported' : stopped ? 'stopped' : 'refused',
    message,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    maxRssMb: null,
    violations: v,
  };
}

/** Writes the cases' files into a new temporary folder. Out: its path (the caller removes it). */
export function writeCases(cases: CampaignCase[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'zo-campaign-'));
  for (const c of cases) writeFileSync(join(dir, c.name), c.bytes);
  return dir;
}

/** Removes a folder of {@link writeCases}. */
export function removeCases(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
