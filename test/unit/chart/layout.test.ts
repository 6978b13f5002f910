/**
 * The chart of every organisational fixture and of generated departments (5, 20 and 40 units, 0 to 4 deputies,
 * with sub-units and units under the Prezydent and the Sekretarz) is sound: no overlap, no connector through a
 * box, no text outside its box, everything inside the page, orthogonal connectors, every unit drawn once with
 * its name and symbol, in the order of § 2.
 */
import { describe, expect, it } from 'vitest';
import { chartSvg, layoutChart, type ChartLayout } from '../../../core/chart/index.js';
import type { Order } from '../../../core/model/order.js';
import { chartPng } from '../../../electron/services/chart-png.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../fixtures.js';
import { connectorsThroughBoxes, obliqueConnectors, outsidePage, overlappingBoxes, textOutsideBoxes } from './geometry.js';
import { makeOrder } from './make-order.js';

function assertSound(order: Order, l: ChartLayout): void {
  expect(overlappingBoxes(l)).toEqual([]);
  expect(connectorsThroughBoxes(l)).toEqual([]);
  expect(textOutsideBoxes(l)).toEqual([]);
  expect(outsidePage(l)).toEqual([]);
  expect(obliqueConnectors(l)).toEqual([]);
  // every unit once, with its symbol as the last line and its whole name in the lines before
  for (const u of order.units) {
    const boxes = l.boxes.filter((b) => b.refId === u.id);
    expect(boxes, u.name).toHaveLength(1);
    const b = boxes[0]!;
    if (u.symbol) expect(b.lines.at(-1)).toBe(u.symbol);
    expect(b.lines.slice(0, u.symbol ? -1 : undefined).join(' ').replace(/(\p{L})- /gu, '$1-')).toBe(u.name.replace(/\s+/g, ' '));
  }
  // every subordinate reached by a connector from its superior's box
  for (const u of order.units) expect(l.connectors.some((c) => c.to === `unit:${u.id}`), u.name).toBe(true);
  // legible when printed
  expect(l.fontSize).toBeGreaterThanOrEqual(7);
}

describe('chart of the fixtures', () => {
  for (const f of fixtureOrders()) {
    it(f.name, async () => {
      const r = await importFile(f.path);
      if (!r.ok) throw new Error(r.error.message);
      const l = layoutChart(r.order);
      if (r.order.units.length === 0) {
        expect(l.boxes.filter((b) => b.kind === 'unit' || b.kind === 'subunit')).toEqual([]);
        return;
      }
      assertSound(r.order, l);
      // units under the Prezydent hang from a PREZYDENT MIASTA KRAKOWA box
      const toPrez = r.order.units.filter((u) => u.reportsTo.kind === 'prezydent');
      for (const u of toPrez) expect(l.connectors.some((c) => c.from === 'prezydent' && c.to === `unit:${u.id}`)).toBe(true);
    });
  }
});

describe('chart of generated departments', () => {
  for (const units of [5, 20, 40]) {
    for (const deputies of [0, 1, 2, 3, 4]) {
      it(`${units} units, ${deputies} deputies`, () => {
        const order = makeOrder({ units, deputies, subunitEvery: 4, subunitsPer: 2, prezydent: units >= 20 ? 2 : 1, sekretarz: units >= 20 ? 1 : 0, unitToUnit: units >= 20 });
        const l = layoutChart(order);
        assertSound(order, l);
        for (const d of order.leadership!.deputies) expect(l.connectors.some((c) => c.from === 'head' && c.to === `deputy:${d.id}`)).toBe(true);
      });
    }
  }

  it('keeps the order of § 2 down a column', () => {
    const order = makeOrder({ units: 8, deputies: 0 });
    const l = layoutChart(order);
    const ys = order.units.map((u) => l.boxes.find((b) => b.refId === u.id)!);
    for (let i = 1; i < ys.length; i++) {
      const a = ys[i - 1]!, b = ys[i]!;
      // either further down the same column or in a column further right
      expect(b.y > a.y || b.x > a.x).toBe(true);
    }
  });
});

describe('SVG and PNG', () => {
  it('writes an SVG that resvg parses and a PNG with the bundled font', () => {
    const order = makeOrder({ units: 20, deputies: 2, subunitEvery: 4 });
    const svg = chartSvg(layoutChart(order));
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Liberation Serif');
    expect(svg.match(/<g\b[^>]*data-id=/g)?.length).toBe(layoutChart(order).boxes.length);
    const png = chartPng(svg, 1200);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // width from the IHDR chunk
    const width = (png[16]! << 24) | (png[17]! << 16) | (png[18]! << 8) | png[19]!;
    expect(width).toBe(1200);
  });

  it('escapes text for XML', () => {
    const order = makeOrder({ units: 3 });
    order.units[0]!.name = 'Referat <Analiz> & „Promocji”';
    const svg = chartSvg(layoutChart(order));
    expect(svg).toContain('&lt;Analiz&gt; &amp;');
    expect(() => chartPng(svg, 600)).not.toThrow();
  });
});
