/**
 * Orders saved from the city's public bulletin (www.bip.krakow.pl) with the furniture of its real pages
 * (`test/support/bip-pages.ts` says where each piece was seen): the cookie bar, the menus as link lists, the trail,
 * the order's heading repeated as the page's title or as the register's row, the page's register data, the related
 * files, „Archiwalna:”, „Powrót”, the bulletin's footer; none of it marked with class names the reader knows. Every
 * order of the metamorphic suite (real fixtures, own variants, real-world copies) reads from both pages into the
 * outline of its text with nothing unplaced, and prints the same text: no word of the page enters the order and no
 * word of the order is lost.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/index.js';
import { outlineOf } from '../../../core/outline/outline.js';
import { renderText } from '../../../core/render/text.js';
import { importFile } from '../../../electron/services/import-file.js';
import { currentBulletinPage, pageText, registerSearchPage, type PageMeta } from '../../support/bip-pages.js';
import { allCases } from './transforms.js';

const dir = mkdtempSync(join(tmpdir(), 'zo-bip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases = allCases().map((c, i) => {
  const text = pageText(c.text);
  const read = importText(text, 'txt');
  if (!read.ok) throw new Error(`${c.name}: ${read.error.message}`);
  const m = read.order.meta;
  const meta: PageMeta = { number: m.number ?? `${i + 1}/2025`, date: m.date ?? '', title: m.title };
  return { name: c.name, file: `b${String(i).padStart(2, '0')}`, text, order: read.order, meta };
});

const outline = (o: Order) => JSON.parse(JSON.stringify(outlineOf(o))) as Record<string, unknown>;

describe.each(cases)('$name on a bulletin page', (c) => {
  const pages = [
    ['the current page of an order', currentBulletinPage(c.text, c.meta)],
    ['the register’s search page (older bulletin, text in a layout table, archived)', registerSearchPage(c.text, c.meta, true)],
  ] as const;
  it.each(pages)('%s: the same outline and text, 0 words unplaced, the furniture left out and reported', async (_, html) => {
    const path = join(dir, `${c.file}-${html.length}.html`);
    writeFileSync(path, html);
    const r = await importFile(path);
    if (!r.ok) throw new Error(r.error.message);
    expect(outline(r.order)).toEqual(outline(c.order));
    expect(r.order.unplaced).toEqual([]);
    expect(renderText(r.order)).toBe(renderText(c.order));
    expect(r.warnings.filter((w) => /element strony (przed treścią|po treści) zarządzenia/.test(w))).toHaveLength(2);
  });
});
