/**
 * The DOCX of an amending order (issue 17, looked at as PNG pages): a quoted label wider than the hanging strip of
 * its level (`„1a)`, `„§ 7a.`) gets a strip of its own, so that its text never runs into it (LibreOffice printed
 * `„1a)prowadzenie`); the paragraph carries that indent and a tab stop at its text, the style's narrower tab stop
 * cleared. Labels that fit keep the style's strip.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { amend } from '../../../core/amend/index.js';
import { measureText } from '../../../core/chart/text-metrics.js';
import { orderBlocks } from '../../../core/docx/blocks.js';
import { orderDocx } from '../../../core/docx/document.js';
import { BODY_FONT_PT, HANG_PT, twips } from '../../../core/docx/page.js';
import type { Item } from '../../../core/model/order.js';
import { renderDocument } from '../../../core/render/document.js';
import { importedFixture } from '../fixtures.js';

/** An amending order of 3468/2024 inserting a point with letters after the first (`„1a)`) and rewording the first. */
function amending() {
  const old = importedFixture('3468');
  const next = structuredClone(old);
  const tasks = (next.units.find((u) => u.scope.kind === 'tasks')!.scope as { tasks: Item[] }).tasks;
  tasks.splice(1, 0, { id: 'n1', text: ['prowadzenie nowych spraw z zakresu komunikacji społecznej, w tym koordynowanie działań informacyjnych prowadzonych przez komórki'], children: [{ id: 'n1a', text: ['w mediach'], children: [] }] });
  return amend(old, next).order;
}

describe('hanging labels of an amending order in the DOCX', () => {
  it('leaves room between every hanging label and its text; a wide quoted label gets its own strip', async () => {
    const zm = amending();
    const blocks = orderBlocks(renderDocument(zm)).filter((b) => b.hanging && b.label);
    const wide = blocks.find((b) => b.label === '„1a)')!;
    expect(wide).toBeDefined();
    for (const b of blocks) expect(measureText(b.label!, BODY_FONT_PT) + 2, `label ${b.label}`).toBeLessThanOrEqual(b.hang);
    expect(wide.hang).toBeGreaterThan(HANG_PT);
    expect(blocks.filter((b) => b.label === '1)' || b.label === 'a)').every((b) => b.hang === HANG_PT)).toBe(true);
    const xml = strFromU8(unzipSync(await orderDocx(zm))['word/document.xml']!);
    const p = /<w:p>(?:(?!<\/w:p>).)*„1a\)(?:(?!<\/w:p>).)*<\/w:p>/.exec(xml)![0];
    expect(p).toContain(`<w:ind w:left="${twips(wide.left)}" w:hanging="${twips(wide.hang)}"/>`);
    expect(p).toContain(`<w:tab w:val="left" w:pos="${twips(wide.left)}"/>`);
    expect(p).toMatch(/<w:tab w:val="clear" w:pos="\d+"\/>/);
  });
});
