/**
 * The print preview: the order as a standalone HTML page with print CSS, for the app's preview pane and for
 * printing and PDF (Electron's `webContents.printToPDF`, Chromium's `page.pdf()` in tests and the CLI). It lays out
 * the same printed paragraphs as the DOCX (`core/docx/blocks.ts`) on the same page geometry (`core/docx/page.ts`):
 * A4 portrait with 2.5 cm margins, Times-metric serif at 12 pt, justified; hanging points, letters and tirets; the
 * signature at the right; then a named landscape page (`@page annex`) for the annex, with its heading at the top
 * right, the chart title and the chart's SVG (from `chartSvg(annexChartLayout(…))`, sized for that page).
 *
 * Every sentence is a rendered block's text (`core/render/document.ts`) with the non-breaking spaces of
 * `polishTypography`; nothing is generated here. Pure: no DOM, no file system.
 */
import type { Order } from '../model/order.js';
import { renderDocument, type RenderedDocument } from '../render/document.js';
import { annexBlocks, orderBlocks, STYLE, textPieces, type PrintedBlock } from '../docx/blocks.js';
import {
  A4,
  ANNEX_GAP_PT,
  ANNEX_HEADING_FONT_PT,
  ANNEX_MARGIN_PT,
  BODY_FONT_PT,
  FONT_FALLBACKS,
  FONT_FAMILY,
  LINE_FACTOR,
  ORDER_MARGIN_PT,
  ORDER_TEXT_WIDTH_PT,
} from '../docx/page.js';

/** Options of `previewHtml`. */
export interface PreviewOptions {
  /**
   * The annex chart as an SVG document (from `chartSvg(annexChartLayout(order, annex, draft))`, sized in points for
   * the annex page), or null/absent to print the annex heading and title without a chart.
   */
  chartSvg?: string | null;
  /** The page title (`<title>`); default: the order's heading and title. */
  title?: string;
  /** The rendered document when the caller has it already (it must be `renderDocument(order)`). */
  rendered?: RenderedDocument;
}

/** Escapes text for HTML character data and attribute values. Non-breaking spaces stay as characters. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const pt = (v: number): string => `${Math.round(v * 100) / 100}pt`;

/** CSS class of each paragraph style (the style id in lower case). */
function cls(style: string): string {
  return `s-${style.toLowerCase()}`;
}

/**
 * The print CSS: pages, fonts, one rule per paragraph style. Exported for the app's own preview pane. For a draft
 * (`draft: true`) every printed page carries `PROJEKT` at the top right in its margin (a `@page` margin box, as the
 * DOCX has it in the page header; Chromium 131 and later, so Electron 45 too); on screen the mark stands above
 * the heading and above the annex heading instead.
 */
export function previewCss(options: { draft?: boolean } = {}): string {
  const fonts = [FONT_FAMILY, ...FONT_FALLBACKS].map((f) => (f === 'serif' ? f : `"${f}"`)).join(', ');
  const mark = options.draft
    ? ` @top-right { content: "PROJEKT"; font-family: ${fonts}; font-size: ${pt(BODY_FONT_PT)}; font-weight: bold; vertical-align: middle; }`
    : '';
  return `
@page { size: A4 portrait; margin: ${pt(ORDER_MARGIN_PT)};${mark} }
@page annex { size: A4 landscape; margin: ${pt(ANNEX_MARGIN_PT)};${mark} }
@media print { .${cls(STYLE.draftMark)} { display: none; } }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: ${fonts}; font-size: ${pt(BODY_FONT_PT)}; line-height: ${LINE_FACTOR}; font-kerning: normal;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; text-align: justify; orphans: 2; widows: 2; hyphens: manual; }
.order { width: ${pt(ORDER_TEXT_WIDTH_PT)}; }
.annex { page: annex; break-before: page; width: ${pt(A4.height - 2 * ANNEX_MARGIN_PT)}; }
.keep { break-after: avoid; page-break-after: avoid; }
.${cls(STYLE.draftMark)} { text-align: right; font-weight: bold; margin-bottom: ${pt(BODY_FONT_PT)}; }
.annex .${cls(STYLE.draftMark)} { margin-bottom: 0; }
.${cls(STYLE.heading)} { text-align: center; font-weight: bold; }
.${cls(STYLE.title)} { text-align: center; font-weight: bold; margin: ${pt(BODY_FONT_PT)} 0; }
.${cls(STYLE.basis)} { margin-bottom: ${pt(6)}; }
.${cls(STYLE.paragraf)} { margin-top: ${pt(6)}; }
.${cls(STYLE.paragraf)} .label { font-weight: bold; }
.hang .label { display: inline-block; }
.sym { white-space: nowrap; }
.${cls(STYLE.signature)} { text-align: center; margin-left: ${pt(ORDER_TEXT_WIDTH_PT / 2)}; break-inside: avoid; }
.${cls(STYLE.signature)}.first { margin-top: ${pt(24)}; }
.${cls(STYLE.annexHeading)} { text-align: right; font-size: ${pt(ANNEX_HEADING_FONT_PT)}; }
.${cls(STYLE.annexTitle)} { text-align: center; font-weight: bold; margin: ${pt(ANNEX_GAP_PT)} 0; }
.${cls(STYLE.chart)} { text-align: center; }
.${cls(STYLE.chart)} svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
@media screen {
  body { background: #e8e8e8; padding: 16px 0; }
  .order, .annex { background: #fff; margin: 0 auto 16px; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .order { padding: ${pt(ORDER_MARGIN_PT)}; min-height: ${pt(A4.height - 2 * ORDER_MARGIN_PT)}; }
  .annex { padding: ${pt(ANNEX_MARGIN_PT)}; min-height: ${pt(A4.width - 2 * ANNEX_MARGIN_PT)}; }
}
`.trim();
}

/** A text as HTML with its unit symbols in unbreakable spans (`textPieces`). */
function textHtml(text: string): string {
  return textPieces(text)
    .map((p) => (p.symbol ? `<span class="sym">${escapeHtml(p.text)}</span>` : escapeHtml(p.text)))
    .join('');
}

/**
 * One printed paragraph as a `<p>`: label written as text, hanging paragraphs with an inline-block label. In: the
 * block, extra classes, and the text part as HTML when the caller marks it up itself (the redline's insertions and
 * deletions, `core/redline/html.ts`); default the block's text escaped.
 */
export function paragraphHtml(b: PrintedBlock, extraClass = '', textMarkup?: string): string {
  const classes = [cls(b.style), b.keepNext ? 'keep' : '', b.hanging ? 'hang' : '', extraClass].filter(Boolean).join(' ');
  const style: string[] = [];
  if (b.hanging) style.push(`padding-left:${pt(b.left)}`, `text-indent:${pt(-b.hang)}`);
  else if (b.left > 0) style.push(`padding-left:${pt(b.left)}`);
  const attr = style.length ? ` style="${style.join(';')}"` : '';
  let inner: string;
  if (b.label && b.hanging) {
    // the label fills the hanging strip; the text starts where wrapped lines start (a tab in the DOCX)
    // (the space inside the strip keeps label and text apart when the text is copied or extracted)
    inner = `<span class="label" style="min-width:${pt(b.hang)};text-indent:0">${escapeHtml(b.label)} </span>${textMarkup ?? textHtml(b.text)}`;
  } else if (b.label) inner = `<span class="label">${escapeHtml(b.label)}</span>${b.text ? ` ${textMarkup ?? textHtml(b.text)}` : ''}`;
  else inner = textMarkup ?? textHtml(b.text);
  return `<p class="${classes}"${attr}>${inner}</p>`;
}

/** The SVG of the chart ready to inline: without its XML declaration. */
function inlineSvg(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').trim();
}

/**
 * The whole order as a standalone HTML document (UTF-8, `<!DOCTYPE html>`): the order's pages, then, when the
 * order has an annex, the landscape annex page with the chart. In: the order, options (the chart SVG). Out: the
 * HTML text. Pure; never throws for a schema-valid order.
 */
export function previewHtml(order: Order, options: PreviewOptions = {}): string {
  const doc = options.rendered ?? renderDocument(order);
  const blocks = orderBlocks(doc);
  const draftMark = doc.draft ? `<p class="${cls(STYLE.draftMark)}">PROJEKT</p>\n` : '';
  const body: string[] = [];
  let signatureSeen = false;
  for (const b of blocks) {
    const first = b.style === STYLE.signature && !signatureSeen;
    if (b.style === STYLE.signature) signatureSeen = true;
    body.push(paragraphHtml(b, first ? 'first' : ''));
  }
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="pl">', '<head>', '<meta charset="utf-8">');
  const title = options.title ?? [...doc.heading, doc.title].join(' ');
  out.push(`<title>${escapeHtml(title)}</title>`, `<style>\n${previewCss({ draft: doc.draft })}\n</style>`, '</head>', '<body>');
  out.push(`<section class="order" aria-label="Zarządzenie">\n${draftMark}${body.join('\n')}\n</section>`);
  const annex = annexBlocks(doc);
  if (annex.length) {
    const chart = options.chartSvg ? `\n<div class="${cls(STYLE.chart)}" role="img" aria-label="${escapeHtml(doc.annex!.title)}">${inlineSvg(options.chartSvg)}</div>` : '';
    out.push(`<section class="annex" aria-label="Załącznik">\n${draftMark}${annex.map((b) => paragraphHtml(b)).join('\n')}${chart}\n</section>`);
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
