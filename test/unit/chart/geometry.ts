/**
 * Geometric checks of a chart layout, computed from the layout itself (issue 4, item 1): boxes that overlap,
 * connector segments that cross a box, text lines wider than their box, anything outside the page margins,
 * connectors that are not orthogonal. Each check returns the list of offences (empty when the chart is sound).
 */
import type { ChartBox, ChartLayout } from '../../../core/chart/index.js';
import { measureText } from '../../../core/chart/index.js';

const EPS = 0.01;

function overlap(a: ChartBox, b: ChartBox): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

/** Pairs of boxes whose interiors intersect. */
export function overlappingBoxes(l: ChartLayout): string[] {
  const out: string[] = [];
  for (let i = 0; i < l.boxes.length; i++) for (let j = i + 1; j < l.boxes.length; j++) if (overlap(l.boxes[i]!, l.boxes[j]!)) out.push(`${l.boxes[i]!.id} × ${l.boxes[j]!.id}`);
  return out;
}

/** True when the segment p–q passes through the interior of box b. */
function segmentCrosses(p: { x: number; y: number }, q: { x: number; y: number }, b: ChartBox): boolean {
  const x1 = Math.min(p.x, q.x), x2 = Math.max(p.x, q.x), y1 = Math.min(p.y, q.y), y2 = Math.max(p.y, q.y);
  return x1 < b.x + b.width - EPS && x2 > b.x + EPS && y1 < b.y + b.height - EPS && y2 > b.y + EPS;
}

/** Connector segments that run through a box other than the two they join. */
export function connectorsThroughBoxes(l: ChartLayout): string[] {
  const out: string[] = [];
  for (const c of l.connectors) {
    for (let i = 0; i + 1 < c.points.length; i++) {
      for (const b of l.boxes) {
        if (b.id === c.from || b.id === c.to) continue;
        if (segmentCrosses(c.points[i]!, c.points[i + 1]!, b)) out.push(`${c.from}→${c.to} przez ${b.id}`);
      }
    }
  }
  return out;
}

/** Connectors with a segment that is neither horizontal nor vertical. */
export function obliqueConnectors(l: ChartLayout): string[] {
  return l.connectors.filter((c) => c.points.some((p, i) => i > 0 && Math.abs(p.x - c.points[i - 1]!.x) > EPS && Math.abs(p.y - c.points[i - 1]!.y) > EPS)).map((c) => `${c.from}→${c.to}`);
}

/** Text lines wider than their box's inner width, or boxes too short for their lines (measured with the bundled font metrics). */
export function textOutsideBoxes(l: ChartLayout): string[] {
  const out: string[] = [];
  for (const b of l.boxes) {
    const inner = b.width - 2 * l.padding.x + EPS;
    for (const line of b.lines) {
      const w = measureText(line, l.fontSize, b.bold ? 'bold' : 'regular');
      if (w > inner) out.push(`${b.id}: „${line}” ${w.toFixed(1)} > ${inner.toFixed(1)}`);
    }
    if (b.lines.length * l.lineHeight > b.height - 2 * l.padding.y + EPS) out.push(`${b.id}: ${b.lines.length} wierszy nie mieści się w wysokości`);
  }
  return out;
}

/** Boxes and connector points outside the page's margins. */
export function outsidePage(l: ChartLayout): string[] {
  const out: string[] = [];
  const minX = l.margin - EPS, minY = l.margin - EPS, maxX = l.page.width - l.margin + EPS, maxY = l.page.height - l.margin + EPS;
  for (const b of l.boxes) if (b.x < minX || b.y < minY || b.x + b.width > maxX || b.y + b.height > maxY) out.push(b.id);
  for (const c of l.connectors) for (const p of c.points) if (p.x < minX || p.y < minY || p.x > maxX || p.y > maxY) out.push(`${c.from}→${c.to}`);
  return out;
}
