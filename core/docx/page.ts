/**
 * Page geometry of the printed order, shared by the DOCX (`core/docx`) and the print preview (`core/preview`), so
 * that both put the same text on the same pages (spec/document-format.md, "Printed layout"): A4 portrait with
 * margins of 2.5 cm and a Times-metric serif at 12 pt for the order, then an A4 landscape annex page with its heading
 * at the top right, the chart title and the chart fitted into what is left of the page.
 *
 * Units: points (1/72 in) unless a name says otherwise; `twips` are twentieths of a point (Word's unit).
 */
import { layoutChart, wrapText, type ChartLayout } from '../chart/index.js';
import type { Order } from '../model/order.js';

/** A4 in points, portrait. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Margins of the order's pages (2.5 cm on every side). */
export const ORDER_MARGIN_PT = 70.87;

/** Margins of the annex's landscape page (1.5 cm): the chart needs the room, the text above it is short. */
export const ANNEX_MARGIN_PT = 42.52;

/** Body text: font size and the font names (Times New Roman, with Liberation Serif as its metric twin). */
export const BODY_FONT_PT = 12;
export const FONT_FAMILY = 'Times New Roman';
export const FONT_FALLBACKS = ['Liberation Serif', 'Tinos', 'serif'] as const;

/** Font size of the annex heading (`Załącznik do zarządzenia …`) at the top right. */
export const ANNEX_HEADING_FONT_PT = 10;

/** Single line spacing of a Times-metric face: ascent + descent of Times New Roman / Liberation Serif = 1.15 em. */
export const LINE_FACTOR = 1.15;

/** Space after the annex heading block and after the chart title. */
export const ANNEX_GAP_PT = 12;

/** Hanging indent step of points, letters and tirets (0.75 cm): each level moves right by one step. */
export const HANG_PT = 21.26;

/** Kept free under the chart so that rounding in a word processor never pushes it onto a page of its own. */
const CHART_SAFETY_PT = 18;

/** Text width of the order's pages. */
export const ORDER_TEXT_WIDTH_PT = A4.width - 2 * ORDER_MARGIN_PT;

/**
 * The box left for the chart on the annex page, in points: the landscape text width, and the text height less the
 * annex heading (`headingLines` lines at `ANNEX_HEADING_FONT_PT`), the chart title (`titleLines` lines at
 * `BODY_FONT_PT`) with their gaps, `markLines` lines at `BODY_FONT_PT` (the `PROJEKT` mark the print preview puts
 * above a draft's annex heading; the DOCX has it in the page header, so it only costs the DOCX a little room) and
 * a safety strip.
 */
export function annexChartArea(headingLines = 3, titleLines = 1, markLines = 0): { width: number; height: number } {
  const width = A4.height - 2 * ANNEX_MARGIN_PT;
  const text = A4.width - 2 * ANNEX_MARGIN_PT;
  const heading = headingLines * ANNEX_HEADING_FONT_PT * LINE_FACTOR + ANNEX_GAP_PT;
  const title = titleLines * BODY_FONT_PT * LINE_FACTOR + ANNEX_GAP_PT;
  const mark = markLines * BODY_FONT_PT * LINE_FACTOR;
  return { width: Math.floor(width * 100) / 100, height: Math.floor((text - heading - title - mark - CHART_SAFETY_PT) * 100) / 100 };
}

/**
 * Title lines of the annex: a long genitive title (`Schemat organizacyjny Kancelarii …`) may wrap. Wrapped with the
 * bundled Liberation Serif Bold metrics at 12 pt, never fewer than 1.
 */
export function annexTitleLines(title: string): number {
  const width = A4.height - 2 * ANNEX_MARGIN_PT;
  return Math.max(1, wrapText(title, width - 1, BODY_FONT_PT, 'bold').length);
}

/**
 * The chart laid out for the annex page of the DOCX and the preview: `layoutChart` on a page the size of
 * `annexChartArea` (less one line for a draft's `PROJEKT` mark), with a 2 pt margin so that no border is cut.
 * In: an order with units, the rendered annex (heading lines and title), whether it is a draft. Out: the layout
 * (points); its `page` is the size the picture takes on the annex page.
 */
export function annexChartLayout(order: Order, annex: { heading: string[]; title: string }, draft = false): ChartLayout {
  const area = annexChartArea(annex.heading.length, annexTitleLines(annex.title), draft ? 1 : 0);
  return layoutChart(order, { page: area, margin: 2 });
}

/** Points to twips (1/20 pt), rounded. */
export function twips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to CSS pixels at 96 dpi (the unit of docx's image sizes). */
export function px96(pt: number): number {
  return (pt * 96) / 72;
}
