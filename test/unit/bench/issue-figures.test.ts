/** The issue-15 table of the bench: values, peers and ratios read from the suites' results; missing suites left out. */
import { describe, expect, it } from 'vitest';
import { issueFigures } from '../../bench/issue-figures.js';

describe('issueFigures', () => {
  it('reads each figure with its peer and ratio and judges it against its target', () => {
    const f = issueFigures({
      compare: { 'generated150x3000_vs_mutated': { ms: 420, peerMs: 30, ratio: 14, peer: 'diff' }, 'generated600x12000_vs_mutated': { ms: 6000, peerMs: 100, ratio: 60, peer: 'diff' } },
      app: { registryInteractiveMs: { freshDataFolder: 800, secondStart: 200 } },
    });
    const by = new Map(f.map((x) => [x.figure, x]));
    expect(by.get('comparison generated 150 units (3,000 points) vs mutated copy')).toMatchObject({ value: 420, peer: 'diff', peerValue: 30, ratio: 14, met: true });
    expect(by.get('comparison 600 units (12,000 points) vs mutated copy')?.met).toBe(false);
    expect(by.get('registry screen, first start with the sample registry')).toMatchObject({ value: 800, peerValue: 200, ratio: 4, met: false });
    // suites that did not run are left out
    expect(f.some((x) => x.figure.startsWith('CLI'))).toBe(false);
  });
});
