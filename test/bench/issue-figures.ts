/**
 * The figures of issue 15 in one table, read from the suites' results: for each, our value, its peer measured in
 * the same interleaved run (when the suite has one), the ratio, the target and whether it is met. A suite that did
 * not run (`--only`) leaves its figures out. Targets in milliseconds unless said.
 */

/** One figure of the issue. */
export interface IssueFigure {
  figure: string;
  value: number | null;
  peer: string | null;
  peerValue: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
}

type Results = Record<string, unknown>;

/** The value at a dotted path of the results, or undefined. */
function at(r: Results, path: string): unknown {
  let v: unknown = r;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * One figure of the table: where the suite put it (`path`, with `field` the value's key in that record; the
 * record's `peer`, `peerMs` and `ratio` are read with it), its target `value ≤ max` (`ratio ≤ max` when `onRatio`;
 * no `max`: a figure shown without a target), or `derive`, which computes it from the results.
 */
interface Spec {
  figure: string;
  path: string;
  field?: string;
  max?: number;
  onRatio?: boolean;
  target: string;
  derive?: (r: Results) => { value: number | null; peer: string | null; peerValue: number | null; ratio: number | null } | undefined;
}

/**
 * The worst import-to-pdftotext ratio (wall time, interleaved) over the PDFs of the `pdf-speed` suite whose names
 * `generated` tells apart (true: the generated 120-unit order, 67 pages; false: the real orders), with that file's
 * times.
 */
const worstPdfRatio = (generated: boolean) => (r: Results): ReturnType<NonNullable<Spec['derive']>> => {
  const suite = at(r, 'pdf-speed');
  if (!suite || typeof suite !== 'object' || 'skipped' in suite) return undefined;
  let worst: { value: number | null; peer: string | null; peerValue: number | null; ratio: number | null } | undefined;
  for (const [file, rec] of Object.entries(suite as Record<string, { wallMs?: Record<string, number>; importVsPdftotext?: { wall?: number } }>)) {
    if (file.startsWith('generated') !== generated) continue;
    const ratio = num(rec.importVsPdftotext?.wall);
    if (ratio === null || (worst && (worst.ratio ?? 0) >= ratio)) continue;
    worst = { value: num(rec.wallMs?.import), peer: `pdftotext -layout (${file})`, peerValue: num(rec.wallMs?.pdftotext), ratio };
  }
  return worst;
};

/**
 * What the comparison of the generated 150-unit order with its mutated copy recovered of one kind of mutation
 * (`compare` suite, `recovery`): the count recovered against the count made, and the share.
 */
const recovered = (found: 'moved' | 'movedToUnit' | 'dropped' | 'renamed', total: 'movedTotal' | 'droppedTotal' | 'renamedTotal') => (r: Results): ReturnType<NonNullable<Spec['derive']>> => {
  const rec = at(r, 'compare.generated150x3000_vs_mutated.recovery') as Record<string, unknown> | undefined;
  const value = num(rec?.[found]);
  const made = num(rec?.[total]);
  if (value === null || made === null) return undefined;
  return { value, peer: 'mutations made', peerValue: made, ratio: made ? Math.round((value / made) * 100) / 100 : null };
};

/** Peak memory (MB) of the bundled CLI against the same CLI from source (`cli` suite, `outlineTxt_peakRssMb`). */
const cliMemory = (r: Results): ReturnType<NonNullable<Spec['derive']>> => {
  const value = num(at(r, 'cli.outlineTxt_peakRssMb.bundle'));
  const source = num(at(r, 'cli.outlineTxt_peakRssMb.source'));
  if (value === null || source === null) return undefined;
  return { value, peer: 'the same CLI from source (tsx), MB', peerValue: source, ratio: Math.round((value / source) * 100) / 100 };
};

/**
 * The p95 of the handling of a key (Chromium's `RendererMainProcessing`: the browser's editing and every script's
 * handlers, render and commit) in the `typing` suite's record `key`, with the peer's (a plain contenteditable).
 */
const handling = (key: string) => (r: Results): ReturnType<NonNullable<Spec['derive']>> => {
  const own = num(at(r, `typing.${key}.stages.handling.p95`));
  const peer = num(at(r, `typing.${key}.peerFigures.stages.handling.p95`));
  if (own === null) return undefined;
  return { value: own, peer: 'plain contenteditable, same points', peerValue: peer, ratio: peer ? Math.round((own / peer) * 100) / 100 : null };
};

/** A CLI figure's CPU time (`cpuMs`) against its peer's (`peerCpuMs`), both recorded at `path`. */
const cpuOf = (r: Results, path: string, peer: string): ReturnType<NonNullable<Spec['derive']>> => {
  const value = num(at(r, `${path}.cpuMs`));
  const peerValue = num(at(r, `${path}.peerCpuMs`));
  if (value === null) return undefined;
  return { value, peer, peerValue, ratio: peerValue ? Math.round((value / peerValue) * 100) / 100 : null };
};

const SPEC: Spec[] = [
  { figure: 'typing 500 points, keystroke to paint p95 (30 ms between keys)', path: 'typing.points500_gap30', field: 'p95', max: 16, target: 'p95 ≤ 16 ms' },
  { figure: 'typing 2,000 points, keystroke to paint p95 (30 ms between keys)', path: 'typing.points2000_gap30', field: 'p95', max: 33, target: 'p95 ≤ 33 ms' },
  { figure: 'fast typing 500 points, p95 (10 ms between keys)', path: 'typing.points500_gap10', field: 'p95', max: 16, target: 'p95 ≤ 16 ms' },
  { figure: 'fast typing 2,000 points, p95 (10 ms between keys)', path: 'typing.points2000_gap10', field: 'p95', max: 33, target: 'p95 ≤ 33 ms' },
  { figure: 'the floor: p95 of a key\'s wait for the display\'s next frame alone (60 Hz)', path: 'typing.frame', field: 'p95WaitForNextFrameMs', target: 'no target (what no editor goes under)' },
  { figure: 'typing 500 points, handling of a key p95 (browser editing + our render and commit; Chromium trace)', path: 'typing', max: 8, target: '≤ half a frame (8 ms)', derive: handling('points500_gap30') },
  { figure: 'typing 2,000 points, handling of a key p95 (browser editing + our render and commit; Chromium trace)', path: 'typing', max: 8, target: '≤ half a frame (8 ms)', derive: handling('points2000_gap30') },
  { figure: 'main-thread CPU per key, 2,000 ÷ 500 points (does a keystroke cost grow with the document?)', path: 'typing', field: 'mainCpuGrowth2000vs500', max: 1.5, target: '≤ 1.5 (4 = grows with it)' },
  { figure: 'comparison 1630/2007 → 2006/2020', path: 'compare.1630-2007_to_2006-2020', field: 'ms', max: 150, target: '< 150 ms' },
  { figure: 'comparison generated 150 units (3,000 points) vs mutated copy', path: 'compare.generated150x3000_vs_mutated', field: 'ms', max: 500, target: '< 500 ms' },
  { figure: 'comparison 600 units (12,000 points) vs mutated copy', path: 'compare.generated600x12000_vs_mutated', field: 'ms', max: 5000, target: '< 5 s' },
  { figure: 'comparison growth exponent 10 → 600 units (CPU time)', path: 'scaling', field: 'compareCpuExpOverall', max: 1.2, target: 'near-linear (≤ 1.2)' },
  { figure: 'comparison memory growth exponent to 600 units (heap above what was in use)', path: 'scaling', field: 'compareHeapExpOverall', max: 1.2, target: 'memory linear (≤ 1.2)' },
  { figure: 'comparison 150 units: moved tasks found at their exact new place', path: 'compare', target: 'printed (the same or better)', derive: recovered('moved', 'movedTotal') },
  { figure: 'comparison 150 units: moved tasks found in the right unit', path: 'compare', target: 'printed (the same or better)', derive: recovered('movedToUnit', 'movedTotal') },
  { figure: 'comparison 150 units: dropped tasks found', path: 'compare', target: 'printed (the same or better)', derive: recovered('dropped', 'droppedTotal') },
  { figure: 'comparison 150 units: renamed units found', path: 'compare', target: 'printed (the same or better)', derive: recovered('renamed', 'renamedTotal') },
  { figure: 'CLI outline of a text order, whole process', path: 'cli.outlineTxt', field: 'ms', max: 300, target: '< 300 ms' },
  { figure: 'CLI outline of a PDF order, whole process', path: 'cli.outlinePdf', field: 'ms', max: 600, target: '< 600 ms' },
  { figure: 'CLI outline of a text order, CPU time of the process (a busy machine does not inflate it)', path: 'cli', target: 'no target (the wall time above is the figure)', derive: (r) => cpuOf(r, 'cli.outlineTxt', 'node -e 0 (CPU)') },
  { figure: 'CLI outline of a PDF order, CPU time of the process', path: 'cli', target: 'no target (the wall time above is the figure)', derive: (r) => cpuOf(r, 'cli.outlinePdf', 'pdftotext -layout (CPU)') },
  { figure: 'CLI outline of a text order, bundled vs from source (tsx, before issue 15)', path: 'cli.outlineTxt_bundleVsSource', field: 'ms', target: 'no target (the bundle\'s gain)' },
  { figure: 'CLI outline of a text order, peak memory (MB), bundled vs from source', path: 'cli', target: 'no target (the bundle\'s gain)', derive: cliMemory },
  { figure: 'npm run -s cli -- outline of a text order (what the hook and the tests call)', path: 'cli.npmRunOutlineTxt', field: 'ms', target: 'no target (npm\'s own start is the peer)' },
  { figure: 'PDF import in process vs pdftotext, 3468/2024 (ratio)', path: 'import.pdf3468_vs_pdftotext', field: 'ms', max: 2, onRatio: true, target: '≤ 2× pdftotext' },
  { figure: 'PDF import in process vs pdftotext, worst of the real orders (ratio)', path: 'pdf-speed', max: 2, onRatio: true, target: '≤ 2× pdftotext', derive: worstPdfRatio(false) },
  // the issue's target (≤ 2×) is on real orders; the generated 67-page order is shown as the issue showed it (8× before)
  { figure: 'PDF import in process vs pdftotext, generated 120-unit order of 67 pages (ratio; not a real order)', path: 'pdf-speed', target: 'no target (the issue\'s ≤ 2× is on real orders; 8× before issue 15)', derive: worstPdfRatio(true) },
  { figure: 'export with PDF of 3468/2024 (Chromium kept for the session)', path: 'export.krakow-3468-2024-wydzial-komunikacji-spolecznej_export_with_pdf', field: 'ms', max: 1000, target: 'no browser start per call (< 1 s)' },
  { figure: 'registry screen, first start with the sample registry, p95 (main process + window + page to the list painted)', path: 'startup.firstStartMs', field: 'p95', max: 500, target: 'p95 < 500 ms' },
  { figure: 'registry screen, first start with the sample registry, p50', path: 'startup.firstStartMs', field: 'p50', max: 500, target: '< 500 ms' },
  { figure: 'registry screen, first start: CPU time (main bundle + services + renderer to the list painted), p50', path: 'startup.firstStartCpuMs', field: 'p50', target: 'no target (CPU time: what a busy machine does not inflate)' },
  { figure: 'registry screen, first start: the test harness\'s own part (not counted), p50', path: 'startup.harnessMs', field: 'p50', target: 'no target (browser context, page-file server, test bridge)' },
];

/** The issue's figures found in `results` (see module doc). */
export function issueFigures(results: Results): IssueFigure[] {
  const out: IssueFigure[] = [];
  for (const s of SPEC) {
    const base = at(results, s.path);
    if (base === undefined) continue;
    const rec = (base && typeof base === 'object' ? base : {}) as Record<string, unknown>;
    const derived = s.derive?.(results);
    if (s.derive && !derived) continue;
    const value = derived ? derived.value : num(s.field ? rec[s.field] : base);
    const peerValue = derived ? derived.peerValue : num(rec.peerMs);
    const peer = derived ? derived.peer : typeof rec.peer === 'string' ? rec.peer : null;
    const ratio = derived ? derived.ratio : (num(rec.ratio) ?? (value !== null && peerValue ? Math.round((value / peerValue) * 100) / 100 : null));
    const judged = s.onRatio ? ratio : value;
    out.push({ figure: s.figure, value, peer, peerValue, ratio, target: s.target, met: s.max === undefined || judged === null ? null : judged <= s.max });
  }
  return out;
}

/** One size of the scaling table: the number of units and tasks, then per operation its median ms and growth exponent. */
export interface ScalingRow {
  units: number;
  tasks: number;
  [operation: string]: number | undefined;
}

/**
 * The scaling table of the `scaling` suite (10 to 600 units), as the issue asks for it: per size the median
 * milliseconds of import, checks, comparison (and its CPU time and heap in MB) and render, each with the growth exponent of the
 * step from the size before (`…Exp`: 1 linear, 2 quadratic). Empty when the suite did not run.
 */
export function issueScaling(results: Results): ScalingRow[] {
  const table = at(results, 'scaling.table');
  if (!Array.isArray(table)) return [];
  const keys = ['importMs', 'importExp', 'checksMs', 'checksExp', 'compareMs', 'compareExp', 'compareCpuMs', 'compareCpuExp', 'compareHeapMb', 'compareHeapExp', 'renderMs', 'renderExp'];
  return table.map((row: Record<string, unknown>) => {
    const out: ScalingRow = { units: num(row.units) ?? 0, tasks: num(row.tasks) ?? 0 };
    for (const k of keys) if (num(row[k]) !== null) out[k] = num(row[k])!;
    return out;
  });
}
