/**
 * The change report (zestawienie zmian) as a DOCX a director can sign and hand on: the data of
 * `core/report/change-report.ts` printed on landscape A4 in Times New Roman — the units table (one row per unit of
 * either order: before, after, what happened, points of the scope before and after, where the points went or came
 * from), the summary table, leadership and subordination, the dropped tasks with their ledger answers, common
 * duties, the justification (uzasadnienie), the author and date, and the director's approval block.
 * Built with the `docx` library; `buildChangeReport` returns bytes, `writeChangeReport` writes a file.
 */
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Comparison } from '../../core/compare/index.js';
import type { Order } from '../../core/model/order.js';
import { buildChangeReportData, type ChangeReport, type ChangeReportOptions, type PointFlow, type ReportUnitRow } from '../../core/report/change-report.js';

const FONT = 'Times New Roman';
const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1134; // 2 cm
const TEXT_WIDTH = A4.height - 2 * MARGIN; // landscape
const SIZE = 18; // half-points: 9 pt in the tables
const BODY = 22; // 11 pt in the text
/** Columns of the units table, per cent of the text width. */
const UNIT_COLS = [4, 19, 19, 18, 10, 30];
/** Columns of the dropped-tasks table. */
const DROP_COLS = [4, 12, 10, 44, 30];
/** Columns of the summary table. */
const SUM_COLS = [50, 25, 25];

interface RunOpts {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

function run(text: string, opts: RunOpts = {}): TextRun {
  return new TextRun({ text, font: FONT, size: opts.size ?? SIZE, bold: opts.bold, italics: opts.italics, color: opts.color });
}

function para(children: TextRun[], opts: { after?: number; before?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    spacing: { after: opts.after ?? 40, before: opts.before ?? 0 },
    alignment: opts.align,
    ...(opts.indent ? { indent: { left: opts.indent } } : {}),
    ...(opts.keepNext ? { keepNext: true } : {}),
  });
}

function text(s: string, opts: RunOpts & { after?: number; before?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: number; keepNext?: boolean } = {}): Paragraph {
  return para([run(s, { size: BODY, ...opts })], opts);
}

function cell(paragraphs: Paragraph[], widthPct: number, header = false): TableCell {
  return new TableCell({
    children: paragraphs.length ? paragraphs : [para([run('—')])],
    width: { size: Math.round((TEXT_WIDTH * widthPct) / 100), type: WidthType.DXA },
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
  });
}

function table(cols: number[], header: string[], rows: Paragraph[][][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: cols.map((c) => Math.round((TEXT_WIDTH * c) / 100)),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((t, i) => cell([para([run(t, { bold: true })], { align: AlignmentType.CENTER })], cols[i]!, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: false, children: r.map((c, i) => cell(c, cols[i]!)) })),
    ],
  });
}

function unitCell(side: ReportUnitRow['old']): Paragraph[] {
  if (!side) return [];
  return [
    para([run(side.symbol ? `${side.symbol} ` : '', { bold: true }), run(side.name)]),
    para([run(`${side.where}; podlega: ${side.superior}`, { italics: true, color: '555555' })]),
  ];
}

const FLOW_VERB: Record<PointFlow['kind'], string> = {
  kept: 'bez zmian',
  reworded: 'przeredagowane',
  moved: 'przeniesione',
  merged: 'włączone do innych punktów',
  dropped: 'usunięte',
  toCommon: 'do wspólnych obowiązków',
  added: 'nowe',
  split: 'wydzielone',
  fromCommon: 'ze wspólnych obowiązków',
};

function flowLine(f: PointFlow, dir: '→' | '←'): Paragraph {
  const who = f.label === 'usunięte' || f.label === 'nowe' || f.label === 'wspólne obowiązki' || f.label === 'ze wspólnych obowiązków' ? '' : `${f.label}, `;
  const label = f.kind === 'dropped' || f.kind === 'added' ? FLOW_VERB[f.kind] : `${who}${FLOW_VERB[f.kind]}`;
  return para([run(`${dir} ${label}: ${f.count}`, { bold: true }), run(f.where ? ` (${f.whereIn === 'old' ? 'dotychczas' : 'w projekcie'} ${f.where})` : '', { color: '555555' })]);
}

function unitRow(r: ReportUnitRow): Paragraph[][] {
  const change = [para([run(r.label, { bold: true })]), ...r.details.map((d) => para([run(d)]))];
  const counts = [para([run(`${r.pointsOld ?? '—'} → ${r.pointsNew ?? '—'}`, { bold: true })], { align: AlignmentType.CENTER })];
  const flows = [...r.to.map((f) => flowLine(f, '→')), ...r.from.map((f) => flowLine(f, '←'))];
  return [[para([run(String(r.n))], { align: AlignmentType.RIGHT })], unitCell(r.old), unitCell(r.new), change, counts, flows];
}

function summaryRows(rep: ChangeReport): Paragraph[][][] {
  const s = rep.summary;
  const row = (label: string, a: string | number, b?: string | number): Paragraph[][] => [
    [para([run(label)])],
    [para([run(String(a))], { align: AlignmentType.CENTER })],
    [para([run(b === undefined ? '' : String(b))], { align: AlignmentType.CENTER })],
  ];
  const ans = s.answers;
  return [
    row('Komórki organizacyjne', s.unitsOld, s.unitsNew),
    row('Stanowiska kierownicze razem', s.headsOld.total, s.headsNew.total),
    row('– kierujący', s.headsOld.head, s.headsNew.head),
    row('– zastępcy', s.headsOld.deputies, s.headsNew.deputies),
    row('– kierownicy komórek', s.headsOld.unitHeads, s.headsNew.unitHeads),
    row('Zadania komórek (punkty zakresów działania)', s.pointsOld, s.pointsNew),
    row('– bez zmian', s.kept, s.kept),
    row('– przeredagowane', s.reworded, s.reworded),
    row('– przeniesione do innej komórki', s.moved, s.moved),
    row('– włączone do innych zadań', s.merged, ''),
    row('– przeniesione do wspólnych obowiązków', s.toCommon, ''),
    row('– usunięte', s.dropped, ''),
    row('    w tym przekazane innemu wydziałowi', ans.movedToOtherDepartment, ''),
    row('    w tym zaniechane', ans.givenUp, ''),
    row('    w tym usunięte celowo', ans.onPurpose, ''),
    row('    w tym bez odpowiedzi w wykazie pokrycia', ans.none, ''),
    row('– nowe', '', s.added),
    row('– wydzielone z innych zadań', '', s.split),
    row('– przejęte ze wspólnych obowiązków', '', s.fromCommon),
  ];
}

function heading(s: string): Paragraph {
  return para([run(s, { bold: true, size: 24 })], { before: 280, after: 120, keepNext: true });
}

/**
 * Lays out a report as a DOCX document. In: the report data. Out: the docx `Document` (for `Packer`).
 */
export function changeReportDocument(rep: ChangeReport): Document {
  const s = rep.summary;
  const cd = s.commonDuties;
  const half = Math.round(TEXT_WIDTH / 2);
  const body: (Paragraph | Table)[] = [
    para([run(rep.title, { bold: true, size: 28 })], { align: AlignmentType.CENTER, after: 120 }),
    text(rep.newOrder, { align: AlignmentType.CENTER }),
    text(`w porównaniu z: ${rep.oldOrder}`, { align: AlignmentType.CENTER, after: 200 }),
    heading('I. Komórki organizacyjne'),
    table(UNIT_COLS, ['Lp.', 'Komórka dotychczas', 'Komórka według projektu', 'Zmiana', 'Zadania (punkty): dotychczas → według projektu', 'Dokąd przechodzą zadania (→) i skąd pochodzą (←)'], rep.units.map(unitRow)),
    heading('II. Podsumowanie'),
    table(SUM_COLS, ['', 'dotychczas', 'według projektu'], summaryRows(rep)),
    text(s.ledgerClosed ? 'Wykaz pokrycia zadań jest zamknięty: każde zadanie usunięte ma odpowiedź.' : 'Wykaz pokrycia zadań nie jest zamknięty: są zadania usunięte bez odpowiedzi.', { before: 80, italics: true }),
    heading('III. Kierownictwo i podległość'),
    ...rep.leadership.map((l) => text(l)),
    heading('IV. Zadania usunięte i odpowiedzi w wykazie pokrycia'),
    rep.dropped.length
      ? table(DROP_COLS, ['Lp.', 'Miejsce', 'Komórka', 'Treść zadania', 'Odpowiedź'], rep.dropped.map((d, i) => [
          [para([run(String(i + 1))], { align: AlignmentType.RIGHT })],
          [para([run(d.where)]), ...(d.partOfPoint ? [para([run('(część punktu)', { italics: true, color: '555555' })])] : [])],
          [para([run(d.owner)])],
          [para([run(d.text)])],
          [para([run(d.answer, { bold: !d.answered, color: d.answered ? undefined : 'B00000' })])],
        ]))
      : text('Żadne zadanie nie zostało usunięte.'),
    heading('V. Wspólne obowiązki komórek'),
    text(`Bez zmian ${cd.kept}, przeredagowane ${cd.reworded}, usunięte ${cd.dropped}, nowe ${cd.added}, przeniesione do zakresów komórek ${cd.toUnits}, przeniesione z zakresów komórek ${cd.fromUnits}.`),
    heading('VI. Uzasadnienie'),
    ...rep.justification.generated.map((p) => text(p, { after: 80, align: AlignmentType.JUSTIFIED })),
    ...rep.justification.changes.map((p, i) => text(i === 0 ? p : `– ${p}${i === rep.justification.changes.length - 1 ? '.' : ';'}`, { indent: i === 0 ? 0 : 284, align: AlignmentType.JUSTIFIED })),
    text(rep.justification.reasonsLead, { before: 120, bold: true, keepNext: true }),
    ...rep.justification.reasons.map((p) => text(p, { after: 80, align: AlignmentType.JUSTIFIED })),
    text(rep.preparedBy, { before: 360 }),
    text(rep.approvalLead, { before: 360, indent: half, keepNext: true }),
    text('……………………………………………', { before: 600, indent: half, align: AlignmentType.CENTER, keepNext: true }),
    text(rep.signatureLine, { indent: half, align: AlignmentType.CENTER, size: 18, keepNext: true }),
    text(rep.approval, { indent: half, align: AlignmentType.CENTER }),
  ];
  return new Document({
    creator: 'Zarządzenia organizacyjne',
    title: 'Zestawienie zmian',
    styles: { default: { document: { run: { font: FONT, size: SIZE, language: { value: 'pl-PL', eastAsia: 'pl-PL', bidirectional: 'ar-SA' } } } } },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: body,
      },
    ],
  });
}

/**
 * The change report as DOCX bytes. In: the comparison with the ledger applied (`withLedger(compareOrders(old, new),
 * new)`), both orders, options (author, ISO date, reasons). Out: the bytes of a .docx. Never throws for a valid
 * comparison of these orders.
 */
export async function buildChangeReport(cmp: Comparison, old: Order, neu: Order, opts: ChangeReportOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(changeReportDocument(buildChangeReportData(cmp, old, neu, opts))));
}

/** Writes the change report to `path`. Errors of the file system (no folder, no permission) are thrown as is. */
export async function writeChangeReport(cmp: Comparison, old: Order, neu: Order, opts: ChangeReportOptions, path: string): Promise<void> {
  await writeFile(path, await buildChangeReport(cmp, old, neu, opts));
}
