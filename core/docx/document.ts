/**
 * The order as a DOCX document (docx library), laid out as spec/document-format.md "Printed layout" asks: A4
 * portrait, margins 2.5 cm, Times New Roman 12 pt (Liberation Serif is its metric twin where Times is missing),
 * single spacing, justified; every number written as text (no Word list numbering), every paragraph in a style named
 * after its editorial unit (`Paragraf`, `Ustep`, `Punkt`, `Litera`, `Tiret`, `CzescWspolna`, …); a draft carries
 * `PROJEKT` in its header. The annex is a second, landscape section: its heading at the top right, the chart title
 * and the chart as an SVG picture with a PNG fallback, fitted to the page.
 *
 * Pure: no file system. The PNG of the chart is made by the caller (resvg is a Node service) and passed in.
 */
import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx';
import type { Order } from '../model/order.js';
import { renderDocument, type RenderedDocument } from '../render/document.js';
import { annexBlocks, orderBlocks, STYLE, textPieces, type PrintedBlock } from './blocks.js';
import { A4, ANNEX_GAP_PT, ANNEX_HEADING_FONT_PT, ANNEX_MARGIN_PT, BODY_FONT_PT, FONT_FAMILY, HANG_PT, ORDER_MARGIN_PT, ORDER_TEXT_WIDTH_PT, px96, twips } from './page.js';

/** The chart for the annex: the SVG of `chartSvg(annexChartLayout(…))` and its PNG rendering; size in points. */
export interface DocxChart {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** Options of `orderDocument` / `orderDocx`. */
export interface DocxOptions {
  /** The chart of the annex; without it an annex section is still written with its heading and title, and no picture. */
  chart?: DocxChart | null;
  /** Author written in the document properties; default `Urząd Miasta Krakowa`. */
  creator?: string;
}

const LINE_TWIPS = 240; // single spacing ("auto": 240 = one line)
const half = (pt: number): number => Math.round(pt * 2); // docx font sizes are in half-points

/** The paragraph styles: one per editorial unit and part of the order. Exported for tests and documentation. */
export function paragraphStyles(): IParagraphStyleOptions[] {
  const base = { basedOn: 'Normal', next: 'Normal', quickFormat: true } as const;
  const hanging = (id: string, name: string, depth: number): IParagraphStyleOptions => {
    const left = twips((depth + 1) * HANG_PT);
    return { id, name, ...base, next: id, paragraph: { indent: { left, hanging: twips(HANG_PT) }, leftTabStop: left } };
  };
  return [
    { id: STYLE.heading, name: 'Naglowek', ...base, next: STYLE.heading, run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true } },
    { id: STYLE.title, name: 'Tytul', ...base, next: STYLE.basis, run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: twips(12), after: twips(12) } } },
    { id: STYLE.basis, name: 'PodstawaPrawna', ...base, next: STYLE.paragraf, paragraph: { spacing: { after: twips(6) } } },
    { id: STYLE.paragraf, name: 'Paragraf', ...base, next: STYLE.ustep, paragraph: { spacing: { before: twips(6) } } },
    { id: STYLE.ustep, name: 'Ustep', ...base, next: STYLE.ustep },
    hanging(STYLE.punkt, 'Punkt', 0),
    hanging(STYLE.litera, 'Litera', 1),
    hanging(STYLE.tiret, 'Tiret', 2),
    { id: STYLE.wspolna, name: 'CzescWspolna', ...base },
    { id: STYLE.line, name: 'Wiersz', ...base, paragraph: { keepNext: true } },
    {
      id: STYLE.signature,
      name: 'Podpis',
      ...base,
      next: STYLE.signature,
      paragraph: { alignment: AlignmentType.CENTER, indent: { left: twips(ORDER_TEXT_WIDTH_PT / 2) }, spacing: { before: twips(24) }, contextualSpacing: true, keepLines: true },
    },
    {
      id: STYLE.annexHeading,
      name: 'ZalacznikNaglowek',
      ...base,
      next: STYLE.annexHeading,
      run: { size: half(ANNEX_HEADING_FONT_PT) },
      paragraph: { alignment: AlignmentType.RIGHT, keepNext: true },
    },
    { id: STYLE.annexTitle, name: 'ZalacznikTytul', ...base, run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: twips(ANNEX_GAP_PT), after: twips(ANNEX_GAP_PT) } } },
    { id: STYLE.chart, name: 'Schemat', ...base, paragraph: { alignment: AlignmentType.CENTER } },
    { id: STYLE.draftMark, name: 'Projekt', ...base, run: { bold: true }, paragraph: { alignment: AlignmentType.RIGHT } },
  ];
}

/** Run children of a text: the text, its unit symbols' hyphens written as non-breaking hyphens. */
function textChildren(text: string): (string | NoBreakHyphen)[] {
  const out: (string | NoBreakHyphen)[] = [];
  for (const piece of textPieces(text)) {
    if (!piece.symbol) out.push(piece.text);
    else piece.text.split('-').forEach((part, i) => (i > 0 ? out.push(new NoBreakHyphen(), part) : out.push(part)));
  }
  return out.filter((c) => c !== '');
}

/** A printed paragraph as a docx Paragraph: label as text (a tab before the text when it hangs), indents from the block. */
function paragraphOf(b: PrintedBlock): Paragraph {
  const runs: TextRun[] = [];
  if (b.label && b.hanging) runs.push(new TextRun({ children: [b.label, new Tab(), ...textChildren(b.text)] }));
  else if (b.label) {
    runs.push(new TextRun({ text: b.label, bold: b.style === STYLE.paragraf }));
    if (b.text) runs.push(new TextRun({ children: textChildren(` ${b.text}`) }));
  } else runs.push(new TextRun({ children: textChildren(b.text) }));
  // a hanging label wider than its style's strip (`blocks.ts`): the paragraph's own indent and the tab stop at its text
  const wide = b.hanging && b.hang > HANG_PT;
  const styleIndent = b.style === STYLE.wspolna && b.left > 0 ? { indent: { left: twips(b.left) } }
    : wide ? {
      indent: { left: twips(b.left), hanging: twips(b.hang) },
      // the style's tab stop (at its own, narrower strip) cleared, else the text would stop there, against the label
      tabStops: [{ type: TabStopType.CLEAR, position: twips(b.left - b.hang + HANG_PT) }, { type: TabStopType.LEFT, position: twips(b.left) }],
    } : {};
  return new Paragraph({ style: b.style, children: runs, widowControl: true, ...styleIndent, ...(b.keepNext ? { keepNext: true } : {}) });
}

/**
 * Document title for the properties, from the rendered heading lines and title (`ZARZĄDZENIE NR 3468/2024
 * PREZYDENTA MIASTA KRAKOWA Z DNIA 30 grudnia 2024 r. w sprawie …`), with `PROJEKT – ` before a draft's. Plain
 * spaces.
 */
export function documentTitle(doc: RenderedDocument): string {
  return `${doc.draft ? 'PROJEKT – ' : ''}${[...doc.heading, doc.title].join(' ')}`.replace(/\s+/g, ' ').trim();
}

function draftHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.draftMark, children: [new TextRun('PROJEKT')] })] });
}

/**
 * Builds the docx `Document` of an order. In: the order, options (chart images). Out: the document object, for
 * `Packer`. Pure; never throws for a schema-valid order. `rendered` may be passed when the caller has it already.
 */
export function orderDocument(order: Order, options: DocxOptions = {}, rendered: RenderedDocument = renderDocument(order)): Document {
  const doc = rendered;
  const header = doc.draft ? { headers: { default: draftHeader() } } : {};
  const portrait = {
    page: {
      size: { width: twips(A4.width), height: twips(A4.height) },
      margin: { top: twips(ORDER_MARGIN_PT), bottom: twips(ORDER_MARGIN_PT), left: twips(ORDER_MARGIN_PT), right: twips(ORDER_MARGIN_PT), header: twips(ORDER_MARGIN_PT / 2), footer: twips(ORDER_MARGIN_PT / 2) },
    },
  };
  const sections: ISectionOptions[] = [{ properties: portrait, ...header, children: orderBlocks(doc).map(paragraphOf) }];
  const annex = annexBlocks(doc);
  if (annex.length) {
    const children = annex.map(paragraphOf);
    const chart = options.chart;
    if (chart) {
      children.push(
        new Paragraph({
          style: STYLE.chart,
          children: [
            new ImageRun({
              type: 'svg',
              data: new TextEncoder().encode(chart.svg),
              fallback: { type: 'png', data: chart.png },
              transformation: { width: Math.round(px96(chart.width)), height: Math.round(px96(chart.height)) },
              altText: { name: 'Schemat organizacyjny', title: doc.annex!.title, description: doc.annex!.title },
            }),
          ],
        }),
      );
    }
    sections.push({
      properties: {
        page: {
          // docx swaps width and height for a landscape page
          size: { width: twips(A4.width), height: twips(A4.height), orientation: PageOrientation.LANDSCAPE },
          margin: { top: twips(ANNEX_MARGIN_PT), bottom: twips(ANNEX_MARGIN_PT), left: twips(ANNEX_MARGIN_PT), right: twips(ANNEX_MARGIN_PT), header: twips(ANNEX_MARGIN_PT / 2), footer: twips(ANNEX_MARGIN_PT / 2) },
        },
      },
      ...header,
      children,
    });
  }
  return new Document({
    title: documentTitle(doc),
    subject: order.meta.subject ?? order.meta.title,
    creator: options.creator ?? 'Urząd Miasta Krakowa',
    lastModifiedBy: options.creator ?? 'Urząd Miasta Krakowa',
    description: doc.draft ? 'Projekt zarządzenia' : 'Zarządzenie Prezydenta Miasta Krakowa',
    keywords: order.meta.kind === 'organizational' ? 'zarządzenie organizacyjne' : 'zarządzenie',
    styles: {
      default: {
        document: {
          run: { font: FONT_FAMILY, size: half(BODY_FONT_PT), language: { value: 'pl-PL', eastAsia: 'pl-PL', bidirectional: 'ar-SA' } },
          paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0, line: LINE_TWIPS, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: paragraphStyles(),
    },
    sections,
  });
}

/** The DOCX file of an order as bytes. See `orderDocument`. */
export async function orderDocx(order: Order, options: DocxOptions = {}, rendered?: RenderedDocument): Promise<Uint8Array> {
  return Packer.pack(orderDocument(order, options, rendered), 'uint8array');
}
