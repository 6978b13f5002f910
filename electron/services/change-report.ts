/**
 * The change report (zestawienie zmian) the lawyers attach to the justification of a draft: the comparison with
 * the order it repeals, printed as a DOCX table — per unit: old and new (symbol, name, superior), what changed,
 * the tasks moved in from other units, moved out to other units, and the tasks dropped (with the coverage answer
 * when given) — followed by the leadership, subordination and common-duties changes. Landscape A4, Times New
 * Roman. Built with the `docx` library; `buildChangeReport` is pure (bytes out), `writeChangeReport` writes a file.
 */
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  ShadingType,
} from 'docx';
import type { Comparison, TaskChange, UnitChange, UnitChangeKind } from '../../core/compare/index.js';

const FONT = 'Times New Roman';
const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1134; // 2 cm
const TEXT_WIDTH = A4.height - 2 * MARGIN; // landscape
const SIZE = 18; // half-points: 9 pt in the table
const COLS = [3, 13, 13, 11, 20, 20, 20]; // per cent of the text width

const CHANGE_TEXT: Record<UnitChangeKind, string> = {
  kept: 'bez zmian',
  renamed: 'zmiana nazwy',
  symbolChanged: 'zmiana symbolu',
  moved: 'zmiana podległości',
  merged: 'włączona do innej komórki',
  split: 'wydzielona z komórki',
  added: 'nowa komórka',
  removed: 'komórka zniesiona',
};


const MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
function polishDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]} r.` : '';
}

function orderName(o: Comparison['old']): string {
  if (!o.number) return `projekt zarządzenia ${o.title}`;
  return `zarządzenie nr ${o.number}${o.date ? ` z dnia ${polishDate(o.date)}` : ''} ${o.title}`;
}

function run(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; color?: string; strike?: boolean } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: opts.size ?? SIZE, bold: opts.bold, italics: opts.italics, color: opts.color, strike: opts.strike });
}

function para(children: TextRun[], opts: { spacingAfter?: number; spacingBefore?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({ children, spacing: { after: opts.spacingAfter ?? 40, before: opts.spacingBefore ?? 0 }, alignment: opts.align });
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

function unitParagraphs(side: UnitChange['oldUnit']): Paragraph[] {
  if (!side) return [];
  return [
    para([run(side.symbol ? `${side.symbol} ` : '', { bold: true }), run(side.name)]),
    para([run(`${side.where}; podlega: ${side.superior}`, { italics: true, color: '555555' })]),
  ];
}

function taskLine(t: TaskChange, dir: 'in' | 'out' | 'dropped', answer?: string): Paragraph {
  const owner = (o: TaskChange['oldOwner']) => (o ? (o.common ? 'wspólne obowiązki' : o.symbol || o.name) : '');
  // a task merged into another shows its own (old) words: the new text is already shown with the task it joined
  const text = dir === 'in' && t.change !== 'merged' ? t.newText ?? '' : t.oldText ?? '';
  const where =
    dir === 'in'
      ? t.change === 'merged'
        ? `${t.new} (włączono ${t.old} z ${owner(t.oldOwner)})`
        : `${t.new} (z ${owner(t.oldOwner)}, ${t.old})`
      : dir === 'out'
        ? `${t.old} → ${owner(t.newOwner)}, ${t.new}${t.change === 'merged' ? ' (włączone)' : ''}`
        : `${t.old}`;
  const runs = [run(`${where}: `, { bold: true }), run(text)];
  if (answer) runs.push(run(` [${answer}]`, { italics: true }));
  return para(runs);
}

const ANSWER_TEXT = { movedToOtherDepartment: 'przeniesione do', givenUp: 'zaniechane', onPurpose: 'usunięte celowo' } as const;

function unitRow(i: number, u: UnitChange, cmp: Comparison): TableRow {
  const oldId = u.oldUnit?.id ?? null;
  const newId = u.newUnit?.id ?? null;
  const movedIn = cmp.tasks.filter((t) => newId && t.newOwner?.unitId === newId && t.oldOwner && t.oldOwner.unitId !== oldId && t.change !== 'added');
  const movedOut = cmp.tasks.filter((t) => oldId && t.oldOwner?.unitId === oldId && t.newOwner && t.newOwner.unitId !== newId && t.change !== 'dropped');
  const dropped = cmp.tasks.filter((t) => oldId && t.oldOwner?.unitId === oldId && t.change === 'dropped');
  const answerOf = (t: TaskChange): string | undefined => {
    const a = cmp.coverage.find((q) => q.oldWhere === t.old && q.oldText === t.oldText)?.answer;
    if (!a) return 'bez odpowiedzi';
    return a.answer === 'movedToOtherDepartment' ? `${ANSWER_TEXT[a.answer]} ${a.department ?? '…'}` : ANSWER_TEXT[a.answer];
  };
  const change = [para([run(CHANGE_TEXT[u.change], { bold: true })])];
  if (u.note && u.note !== 'bez zmian' && u.note !== CHANGE_TEXT[u.change]) change.push(para([run(u.note)]));
  change.push(para([run(`zadania: ${u.tasks.kept} zachowane, ${u.tasks.added} nowe`, { italics: true, color: '555555' })]));
  return new TableRow({
    cantSplit: false,
    children: [
      cell([para([run(String(i))], { align: AlignmentType.RIGHT })], COLS[0]!),
      cell(unitParagraphs(u.oldUnit), COLS[1]!),
      cell(unitParagraphs(u.newUnit), COLS[2]!),
      cell(change, COLS[3]!),
      cell(movedIn.map((t) => taskLine(t, 'in')), COLS[4]!),
      cell(movedOut.map((t) => taskLine(t, 'out')), COLS[5]!),
      cell(dropped.map((t) => taskLine(t, 'dropped', answerOf(t))), COLS[6]!),
    ],
  });
}

function headerRow(cmp: Comparison): TableRow {
  const titles = ['Lp.', `Komórka – dotychczas (nr ${cmp.old.number ?? 'projekt'})`, `Komórka – ${cmp.new.number ? `nr ${cmp.new.number}` : 'projekt'}`, 'Zmiana', 'Zadania przejęte z innych komórek', 'Zadania przekazane innym komórkom', 'Zadania usunięte (odpowiedź w wykazie pokrycia)'];
  return new TableRow({ tableHeader: true, children: titles.map((t, i) => cell([para([run(t, { bold: true })], { align: AlignmentType.CENTER })], COLS[i]!, true)) });
}

/**
 * The change report as DOCX bytes. In: a comparison (`compareOrders(old, new)`). Out: the bytes of a .docx.
 * Never throws for a valid comparison.
 */
export async function buildChangeReport(cmp: Comparison): Promise<Uint8Array> {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLS.map((c) => Math.round((TEXT_WIDTH * c) / 100)),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [headerRow(cmp), ...cmp.units.map((u, i) => unitRow(i + 1, u, cmp))],
  });
  const s = cmp.summary;
  const lead = cmp.leadership;
  const cd = cmp.commonDuties;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run('ZESTAWIENIE ZMIAN', { bold: true, size: 28 })], spacing: { after: 120 } }),
    para([run(`${orderName(cmp.new)}`, { size: 22 })], { align: AlignmentType.CENTER }),
    para([run(`w porównaniu z: ${orderName(cmp.old)}`, { size: 22 })], { align: AlignmentType.CENTER, spacingAfter: 200 }),
    para([
      run(
        `Komórki: ${s.unitsOld} dotychczas, ${s.unitsNew} w nowym brzmieniu. Zadania: ${s.tasksOld} dotychczas, ${s.tasksNew} w nowym brzmieniu; ` +
          `bez zmian ${s.kept}, przeredagowane ${s.reworded}, przeniesione do innej komórki ${s.moved}, włączone do innego zadania ${s.merged}, ` +
          `wydzielone ${s.split}, usunięte ${s.dropped}, nowe ${s.added}.`,
        { size: 20 },
      ),
    ], { spacingAfter: 160 }),
    table,
    para([run('Kierownictwo i podległość', { bold: true, size: 22 })], { spacingAfter: 80, spacingBefore: 240 }),
    para([run(`Kierujący: ${lead.head.old ?? '—'} → ${lead.head.new ?? '—'}. Zastępcy dodani: ${lead.deputiesAdded.join(', ') || 'brak'}; usunięci: ${lead.deputiesRemoved.join(', ') || 'brak'}; bez zmian: ${lead.deputiesKept.join(', ') || 'brak'}.`, { size: 20 })]),
    ...cmp.subordination.map((r) => para([run(`${r.unit}: podległość ${r.old} → ${r.new}.`, { size: 20 })])),
    para([run('Wspólne obowiązki komórek', { bold: true, size: 22 })], { spacingAfter: 80, spacingBefore: 240 }),
    para([run(`Bez zmian ${cd.kept}, przeredagowane ${cd.reworded}, usunięte ${cd.dropped}, nowe ${cd.added}, przeniesione do zakresów komórek ${cd.toUnits}, przeniesione z zakresów komórek ${cd.fromUnits}.`, { size: 20 })]),
    ...cmp.tasks.filter((t) => t.oldOwner?.common && t.change === 'dropped').map((t) => taskLine(t, 'dropped')),
    ...cmp.tasks.filter((t) => t.newOwner?.common && t.change === 'added').map((t) => para([run(`${t.new} (nowy): `, { bold: true }), run(t.newText ?? '')])),
  ];
  const doc = new Document({
    creator: 'Zarządzenia organizacyjne',
    title: 'Zestawienie zmian',
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Writes the change report to `path`. Errors of the file system (no folder, no permission) are thrown as is. */
export async function writeChangeReport(cmp: Comparison, path: string): Promise<void> {
  await writeFile(path, await buildChangeReport(cmp));
}
