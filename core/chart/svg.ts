/**
 * The organisational chart as a standalone SVG document, from a `ChartLayout`.
 */
import { firstBaseline, type ChartLayout } from './layout';
import { CHART_FONT_FAMILY } from './text-metrics';

/** Escapes text for XML character data and attribute values. */
function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds to 2 decimals for compact output. */
function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/**
 * Writes `layout` as a standalone SVG 1.1 document (UTF-8 string, with XML declaration): the page size in points
 * (`width="841.89pt"` …) with a matching `viewBox`, a white page, white boxes with black borders, black
 * orthogonal connectors (drawn under the boxes), the text centred in each box, font-family
 * `'Liberation Serif', 'Times New Roman', serif`, the head, the deputies and the outer superiors in bold. Each box
 * is a `<g>` with `data-id` and `data-kind` for the editor's live view. `text-rendering="geometricPrecision"` keeps
 * the glyph advances of the font metrics when the chart is drawn small on screen (hinting would round them up and
 * push long words past their box). Pure; never throws.
 */
export function chartSvg(layout: ChartLayout): string {
  const { page, strokeWidth: sw, fontSize, lineHeight } = layout;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(page.width)}pt" height="${n(page.height)}pt" viewBox="0 0 ${n(page.width)} ${n(page.height)}" text-rendering="geometricPrecision">`,
  );
  out.push(`<rect x="0" y="0" width="${n(page.width)}" height="${n(page.height)}" fill="#ffffff"/>`);
  out.push(`<g fill="none" stroke="#000000" stroke-width="${n(sw)}" stroke-linejoin="miter" stroke-linecap="square">`);
  for (const c of layout.connectors) {
    out.push(`<polyline points="${c.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}"/>`);
  }
  out.push('</g>');
  out.push(`<g font-family="${xml(CHART_FONT_FAMILY)}" font-size="${n(fontSize)}" text-anchor="middle" fill="#000000">`);
  for (const b of layout.boxes) {
    out.push(`<g data-id="${xml(b.id)}" data-kind="${b.kind}"${b.bold ? ' font-weight="bold"' : ''}>`);
    out.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="#ffffff" stroke="#000000" stroke-width="${n(sw)}"/>`);
    const base = firstBaseline(layout, b);
    const cx = b.x + b.width / 2;
    b.lines.forEach((line, i) => out.push(`<text x="${n(cx)}" y="${n(base + i * lineHeight)}">${xml(line)}</text>`));
    out.push('</g>');
  }
  out.push('</g>');
  out.push('</svg>');
  return out.join('\n') + '\n';
}
