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

/** Figures with a target `value ≤ max` (or `ratio ≤ max` when `onRatio`). */
const SPEC: { figure: string; path: string; field?: string; max: number; onRatio?: boolean; target: string }[] = [
  { figure: 'typing 500 points, keystroke to paint p95 (30 ms between keys)', path: 'app.typing.points500_gap30', field: 'p95', max: 16, target: 'p95 ≤ 16 ms' },
  { figure: 'typing 2,000 points, keystroke to paint p95 (30 ms between keys)', path: 'app.typing.points2000_gap30', field: 'p95', max: 33, target: 'p95 ≤ 33 ms' },
  { figure: 'fast typing 500 points, p95 (10 ms between keys)', path: 'app.typing.points500_gap10', field: 'p95', max: 16, target: 'p95 ≤ 16 ms' },
  { figure: 'fast typing 2,000 points, p95 (10 ms between keys)', path: 'app.typing.points2000_gap10', field: 'p95', max: 33, target: 'p95 ≤ 33 ms' },
  { figure: 'main-thread CPU per key, 2,000 ÷ 500 points (does a keystroke cost grow with the document?)', path: 'app.typing', field: 'mainCpuGrowth2000vs500', max: 1.5, target: '≤ 1.5 (4 = grows with it)' },
  { figure: 'comparison 1630/2007 → 2006/2020', path: 'compare.1630-2007_to_2006-2020', field: 'ms', max: 150, target: '< 150 ms' },
  { figure: 'comparison generated 150 units (3,000 points) vs mutated copy', path: 'compare.generated150x3000_vs_mutated', field: 'ms', max: 500, target: '< 500 ms' },
  { figure: 'comparison 600 units (12,000 points) vs mutated copy', path: 'compare.generated600x12000_vs_mutated', field: 'ms', max: 5000, target: '< 5 s' },
  { figure: 'comparison growth exponent 10 → 600 units (CPU time)', path: 'scaling', field: 'compareCpuExpOverall', max: 1.2, target: 'near-linear (≤ 1.2)' },
  { figure: 'CLI outline of a text order, whole process', path: 'cli.outlineTxt', field: 'ms', max: 300, target: '< 300 ms' },
  { figure: 'CLI outline of a PDF order, whole process', path: 'cli.outlinePdf', field: 'ms', max: 600, target: '< 600 ms' },
  { figure: 'PDF import in process vs pdftotext (ratio)', path: 'import', field: 'pdf3468_ratio_vs_pdftotext', max: 2, target: '≤ 2× pdftotext' },
  { figure: 'export with PDF of 3468/2024 (Chromium kept for the session)', path: 'export.krakow-3468-2024-wydzial-komunikacji-spolecznej_export_with_pdf', field: 'ms', max: 1000, target: 'no browser start per call (< 1 s)' },
  { figure: 'registry screen, first start with the sample registry', path: 'app.registryInteractiveMs', field: 'freshDataFolder', max: 500, target: '< 500 ms' },
];

/** The issue's figures found in `results` (see module doc). */
export function issueFigures(results: Results): IssueFigure[] {
  const out: IssueFigure[] = [];
  for (const s of SPEC) {
    const base = at(results, s.path);
    if (base === undefined) continue;
    const rec = (base && typeof base === 'object' ? base : {}) as Record<string, unknown>;
    const value = num(s.field ? rec[s.field] : base);
    const ratio = num(rec.ratio);
    const peerValue = num(rec.peerMs) ?? (s.path === 'app.registryInteractiveMs' ? num(rec.secondStart) : null);
    const peer = typeof rec.peer === 'string' ? rec.peer : s.path === 'app.registryInteractiveMs' ? 'second start (registry exists)' : null;
    out.push({
      figure: s.figure,
      value,
      peer,
      peerValue,
      ratio: ratio ?? (value !== null && peerValue ? Math.round((value / peerValue) * 100) / 100 : null),
      target: s.target,
      met: value === null ? null : value <= s.max,
    });
  }
  return out;
}
