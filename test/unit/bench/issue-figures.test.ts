/** The issue-15 table of the bench: values, peers and ratios read from the suites' results; missing suites left out. */
import { describe, expect, it } from 'vitest';
import { issueFigures, issueScaling } from '../../bench/issue-figures.js';

describe('issueFigures', () => {
  it('reads each figure with its peer and ratio and judges it against its target', () => {
    const f = issueFigures({
      compare: { 'generated150x3000_vs_mutated': { ms: 420, peerMs: 30, ratio: 14, peer: 'diff' }, 'generated600x12000_vs_mutated': { ms: 6000, peerMs: 100, ratio: 60, peer: 'diff' } },
      startup: { firstStartMs: { p50: 420, p95: 800, peer: 'one bundle', peerMs: 600, ratio: 0.7 }, firstStartCpuMs: { p50: 290, peer: 'one bundle', peerMs: 300 } },
    });
    const by = new Map(f.map((x) => [x.figure, x]));
    expect(by.get('comparison generated 150 units (3,000 points) vs mutated copy')).toMatchObject({ value: 420, peer: 'diff', peerValue: 30, ratio: 14, met: true });
    expect(by.get('comparison 600 units (12,000 points) vs mutated copy')?.met).toBe(false);
    expect(by.get('registry screen, first start with the sample registry, p95 (main process + window + page to the list painted)')).toMatchObject({ value: 800, peer: 'one bundle', peerValue: 600, ratio: 0.7, met: false });
    expect(by.get('registry screen, first start with the sample registry, p50')).toMatchObject({ value: 420, met: true });
    expect(by.get('registry screen, first start: CPU time (main bundle + services + renderer to the list painted), p50')).toMatchObject({ value: 290, peerValue: 300, met: null });
    // suites that did not run are left out
    expect(f.some((x) => x.figure.startsWith('CLI'))).toBe(false);
  });

  it('judges a ratio figure on its ratio, takes the worst PDF of the pdf-speed suite, and leaves a figure without a target unjudged', () => {
    const f = issueFigures({
      import: { pdf3468_vs_pdftotext: { ms: 30, peerMs: 20, ratio: 1.5, peer: 'pdftotext -layout' } },
      'pdf-speed': {
        a: { wallMs: { import: 12, pdftotext: 10 }, importVsPdftotext: { wall: 1.2 } },
        b: { wallMs: { import: 90, pdftotext: 30 }, importVsPdftotext: { wall: 3 } },
        'generated-120-units': { wallMs: { import: 400, pdftotext: 100 }, importVsPdftotext: { wall: 4 } },
      },
      cli: { outlineTxt_bundleVsSource: { ms: 200, peerMs: 1400, ratio: 0.14, peer: 'tsx' } },
    });
    expect(f.find((x) => x.figure.includes('3468/2024 (ratio)'))).toMatchObject({ value: 30, ratio: 1.5, met: true });
    const worst = f.find((x) => x.figure.includes('worst of the real orders'));
    expect(worst).toMatchObject({ value: 90, peerValue: 30, ratio: 3, met: false, peer: 'pdftotext -layout (b)' });
    expect(f.find((x) => x.figure.includes('generated 120-unit'))).toMatchObject({ value: 400, ratio: 4, met: null });
    expect(f.find((x) => x.figure.includes('bundled vs from source'))).toMatchObject({ ratio: 0.14, met: null });
  });

  it('prints what the comparison recovered of each mutation, the CLI memory against its source, and the heap growth', () => {
    const f = issueFigures({
      compare: { generated150x3000_vs_mutated: { ms: 200, recovery: { moved: 270, movedToUnit: 290, movedTotal: 300, dropped: 148, droppedTotal: 150, renamed: 15, renamedTotal: 15 } } },
      cli: { outlineTxt_peakRssMb: { bundle: 60, source: 240 }, outlineTxt: { ms: 160, peerMs: 70, cpuMs: 120, peerCpuMs: 40 } },
      scaling: { compareHeapExpOverall: 1.4 },
    });
    expect(f.find((x) => x.figure.includes('moved tasks found in the right unit'))).toMatchObject({ value: 290, peerValue: 300, ratio: 0.97, met: null });
    expect(f.find((x) => x.figure.includes('dropped tasks found'))).toMatchObject({ value: 148, peerValue: 150 });
    expect(f.find((x) => x.figure.includes('peak memory'))).toMatchObject({ value: 60, peerValue: 240, ratio: 0.25 });
    expect(f.find((x) => x.figure.startsWith('CLI outline of a text order, CPU time'))).toMatchObject({ value: 120, peerValue: 40, ratio: 3 });
    expect(f.find((x) => x.figure.startsWith('CLI outline of a PDF order, CPU time'))).toBeUndefined();
    expect(f.find((x) => x.figure.includes('memory growth exponent'))).toMatchObject({ value: 1.4, met: false });
  });

  it('gives the scaling table with the growth exponent of each step', () => {
    const rows = issueScaling({ scaling: { table: [{ units: 10, tasks: 200, compareMs: 5, points: 200 }, { units: 20, tasks: 400, compareMs: 10, compareExp: 1, compareHeapMb: 2, compareHeapExp: 1.1 }] } });
    expect(rows).toEqual([{ units: 10, tasks: 200, compareMs: 5 }, { units: 20, tasks: 400, compareMs: 10, compareExp: 1, compareHeapMb: 2, compareHeapExp: 1.1 }]);
    expect(issueScaling({})).toEqual([]);
  });
});
