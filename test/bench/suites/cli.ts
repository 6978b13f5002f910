/**
 * The command line as a whole process (issue 15, point 3), each against its peer in one interleaved run:
 * - `outline` of a text order by the bundled CLI (`node dist/cli/cli.mjs`; target under 300 ms) against a bare
 *   `node -e 0` (the floor of any Node program on this machine), each also as its process's CPU time (`cpuMs`,
 *   `peerCpuMs`: what a busy machine does not inflate; likewise for the PDF);
 * - `outline` of the same order as a PDF (target under 600 ms) against `pdftotext` of it;
 * - the bundle against the same CLI run from source with tsx (what `npm run cli` did before), with the peak
 *   memory (maximum resident set, MB) of each;
 * - `npm run -s cli -- outline` (what the hook and the tests call) against `npm --version`: what the CLI adds to
 *   npm's own start.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, ROOT } from '../../../scripts/build-cli.mjs';
import { fixturePath } from '../../unit/fixtures.js';
import { childrenCpuMs, interleaved, percentile } from '../measure.js';

const proc = (cmd: string, args: string[]) => () => {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, INIT_CWD: '' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr.toString()}`);
};

/** Maximum resident set (MB) of one run, through GNU time; null without it. */
function peakRssMb(cmd: string, args: string[]): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: '' } });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null;
}

/**
 * The median CPU time (user + system of the process, ms, in ticks of 10 ms) of `runs` runs of a command: what a
 * busy machine does not inflate the way it inflates the wall times of `interleaved`.
 */
function medianCpuMs(fn: () => void, runs = 5): number {
  const used: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = childrenCpuMs();
    fn();
    used.push(childrenCpuMs() - c);
  }
  return percentile(used, 50);
}

export async function run(): Promise<Record<string, unknown>> {
  const { entry } = await buildCli();
  const txt = fixturePath('3468');
  const out: Record<string, unknown> = {};
  const node = process.execPath;
  const bundle = proc(node, [entry, 'outline', txt]);
  out.outlineTxt = { ...(await interleaved(bundle, proc(node, ['-e', '0']), 7)), peer: 'node -e 0', targetMs: 300, cpuMs: medianCpuMs(bundle), peerCpuMs: medianCpuMs(proc(node, ['-e', '0'])) };
  const source = proc(node, ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), 'outline', txt]);
  out.outlineTxt_bundleVsSource = { ...(await interleaved(bundle, source, 5)), peer: 'the same CLI from source (tsx)' };
  out.outlineTxt_peakRssMb = { bundle: peakRssMb(node, [entry, 'outline', txt]), source: peakRssMb(node, ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), 'outline', txt]) };
  out.npmRunOutlineTxt = { ...(await interleaved(proc('npm', ['run', '-s', 'cli', '--', 'outline', txt]), proc('npm', ['--version']), 5)), peer: 'npm --version' };
  const have = (cmd: string) => spawnSync(cmd, ['-v'], { stdio: 'ignore' }).status === 0 || spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
  if (have('soffice') && have('pdftotext')) {
    const dir = mkdtempSync(join(tmpdir(), 'zo-bench-cli-'));
    try {
      copyFileSync(txt, join(dir, 'zarzadzenie.txt'));
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'zarzadzenie.txt')], { stdio: 'ignore', timeout: 120_000 });
      const pdf = join(dir, 'zarzadzenie.pdf');
      out.outlinePdf = { ...(await interleaved(proc(node, [entry, 'outline', pdf]), proc('pdftotext', ['-layout', pdf, '-']), 7)), peer: 'pdftotext -layout', targetMs: 600, cpuMs: medianCpuMs(proc(node, [entry, 'outline', pdf])), peerCpuMs: medianCpuMs(proc('pdftotext', ['-layout', pdf, '-'])) };
      out.outlinePdf_peakRssMb = peakRssMb(node, [entry, 'outline', pdf]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else out.outlinePdf = 'soffice lub pdftotext niedostępne: pominięto';
  return out;
}
