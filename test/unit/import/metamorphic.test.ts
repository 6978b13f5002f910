/**
 * Metamorphic suite: the outline of every order (real fixtures, the project's own variants and the copies of
 * `test/fixtures/import/`) does not change when its text is re-wrapped at widths 25 to 200, flattened to one line,
 * broken at § signs only, given no or doubled blank lines, CRLF line ends, Unicode NFD, or UTF-16 (LE and BE, with
 * BOM); no word is lost (the model holds every word, nothing is left unplaced).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import { outlineKeys, outlineOf } from '../../../core/outline/outline.js';
import { importBytes } from '../../../electron/services/import-file.js';
import { allCases, TRANSFORMS, utf16 } from './transforms.js';
import { missingWords } from './words.js';

const cases = allCases();

function outline(r: ReturnType<typeof importText>): unknown {
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(JSON.stringify(outlineOf(r.order)));
}

describe.each(cases)('$name', (c) => {
  const base = importText(c.text, 'txt');
  it('reads as expected, with nothing unplaced', () => {
    const o = outline(base);
    if (c.expected) expect(outlineKeys(o as never, c.expected as object)).toEqual(c.expected);
    expect((o as { unplaced: number }).unplaced).toBe(0);
    if (!base.ok) return;
    expect(base.order.unplaced).toEqual([]);
    expect(missingWords(c.text, base.order)).toEqual([]);
  });
  it.each(Object.keys(TRANSFORMS))('is invariant under %s', (name) => {
    const text = TRANSFORMS[name]!(c.text);
    const r = importText(text, 'txt');
    expect(outline(r)).toEqual(outline(base));
    if (!r.ok) return;
    expect(r.order.unplaced.map((u) => u.text)).toEqual([]);
    expect(missingWords(text.normalize('NFC'), r.order)).toEqual([]);
  });
  it('is invariant under UTF-16 LE and BE with BOM', async () => {
    for (const le of [true, false]) {
      const r = await importBytes(utf16(c.text, le), 'zarzadzenie.txt');
      expect(outline(r)).toEqual(outline(base));
    }
  });
});
