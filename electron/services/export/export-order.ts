/**
 * Exporting an order: the DOCX with its annex chart (`core/docx`), the chart alone as SVG and PNG (`core/chart`,
 * `chart-png.ts`), and the PDF of the print preview (`core/preview`) when a PDF writer is passed in (Electron's
 * `printToPDF` in the app, Chromium through playwright-core in the CLI and tests: see `chromium-pdf.ts`).
 *
 * Everything is made in memory first, so that a failure to build (the PDF writer crashing, say) writes nothing;
 * each file is then written atomically (`write-atomic.ts`), so a failed write never leaves a half-written file.
 * Errors the user can cause (a folder that cannot be made or written to, a PDF that cannot be printed) are values
 * with Polish messages.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chartSvg } from '../../../core/chart/index.js';
import { annexChartLayout, orderDocx, type DocxChart } from '../../../core/docx/index.js';
import type { Order } from '../../../core/model/order.js';
import { previewHtml } from '../../../core/preview/index.js';
import { renderDocument } from '../../../core/render/document.js';
import { chartPng } from '../chart-png.js';
import { writeFileAtomic } from './write-atomic.js';

/** Prints a standalone HTML page (the print preview) to PDF bytes; rejects when printing fails. */
export type PdfWriter = (html: string) => Promise<Uint8Array>;

/** What `exportOrder` needs from its surroundings. */
export interface ExportDeps {
  /** The PDF writer; null or absent: no PDF is made. */
  pdf?: PdfWriter | null;
  /** Rasteriser of the chart SVG (default `chartPng` with the bundled font); `widthPx` is the PNG width. */
  png?: (svg: string, widthPx: number) => Uint8Array;
  /** Resolution of the PNG in dots per inch of the printed chart (default 300). */
  pngDpi?: number;
}

/** The file names written into the output folder. */
export const EXPORT_FILES = { docx: 'zarzadzenie.docx', svg: 'schemat.svg', png: 'schemat.png', pdf: 'zarzadzenie.pdf' } as const;

/** The exported files in memory. `svg`/`png` are null for an order without an annex (no units). */
export interface ExportBundle {
  docx: Uint8Array;
  svg: string | null;
  png: Uint8Array | null;
  /** The print preview the PDF is printed from. */
  html: string;
  /** The PDF, when a writer was given. */
  pdf: Uint8Array | null;
}

/** Codes of export errors: `folder` the output folder cannot be made, `write` a file cannot be written, `pdf` printing failed. */
export type ExportErrorCode = 'folder' | 'write' | 'pdf';

/** The result of `exportOrder`: the paths written (null: not made) and warnings, or a Polish error. */
export type ExportResult =
  | { ok: true; files: { docx: string; svg: string | null; png: string | null; pdf: string | null }; warnings: string[] }
  | { ok: false; error: { code: ExportErrorCode; message: string } };

/**
 * Makes the export in memory. In: an order, the dependencies. Out: the DOCX bytes, the chart SVG and PNG (null
 * without an annex), the preview HTML and the PDF (null without a writer). Rejects only when the PDF writer
 * rejects (its error is passed on).
 */
export async function buildExport(order: Order, deps: ExportDeps = {}): Promise<ExportBundle> {
  const doc = renderDocument(order);
  let chart: DocxChart | null = null;
  if (doc.annex) {
    const layout = annexChartLayout(order, doc.annex, doc.draft);
    const svg = chartSvg(layout);
    const widthPx = Math.round((layout.page.width / 72) * (deps.pngDpi ?? 300));
    const png = (deps.png ?? chartPng)(svg, widthPx);
    chart = { svg, png, width: layout.page.width, height: layout.page.height };
  }
  const docx = await orderDocx(order, { chart }, doc);
  const html = previewHtml(order, { chartSvg: chart?.svg ?? null, rendered: doc });
  const pdf = deps.pdf ? await deps.pdf(html) : null;
  return { docx, svg: chart?.svg ?? null, png: chart?.png ?? null, html, pdf };
}

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'brak uprawnień';
    case 'ENOSPC':
      return 'brak miejsca na dysku';
    case 'ENOENT':
      return 'folder nie istnieje';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'w miejscu folderu jest plik';
    case 'EROFS':
      return 'dysk tylko do odczytu';
    default:
      return code ?? (e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
}

/**
 * Exports `order` into the folder `outDir` (made when missing): `zarzadzenie.docx`, `schemat.svg` and
 * `schemat.png` (when the order has an annex), `zarzadzenie.pdf` (when `deps.pdf` is given). Existing files of
 * those names are replaced. Never throws for a schema-valid order: failures come back as `{ ok: false, error }`
 * with a Polish message; nothing is written when the PDF cannot be printed, and a file whose write fails is
 * left as it was before.
 */
export async function exportOrder(order: Order, outDir: string, deps: ExportDeps = {}): Promise<ExportResult> {
  try {
    await mkdir(outDir, { recursive: true });
    if (!(await stat(outDir)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (e) {
    return { ok: false, error: { code: 'folder', message: `Nie można utworzyć folderu „${outDir}” (${reason(e)}).` } };
  }
  let bundle: ExportBundle;
  try {
    bundle = await buildExport(order, deps);
  } catch (e) {
    if (!deps.pdf) throw e; // without a PDF writer nothing here can fail for a valid order: a programming error
    return { ok: false, error: { code: 'pdf', message: `Nie udało się utworzyć pliku PDF (${reason(e)}). Nie zapisano żadnego pliku.` } };
  }
  const warnings: string[] = [];
  if (!bundle.svg) warnings.push('Zarządzenie nie ma wewnętrznych komórek organizacyjnych: pominięto schemat organizacyjny.');
  const files = { docx: join(outDir, EXPORT_FILES.docx), svg: bundle.svg ? join(outDir, EXPORT_FILES.svg) : null, png: bundle.png ? join(outDir, EXPORT_FILES.png) : null, pdf: bundle.pdf ? join(outDir, EXPORT_FILES.pdf) : null };
  const writes: [string | null, Uint8Array | string | null][] = [
    [files.docx, bundle.docx],
    [files.svg, bundle.svg],
    [files.png, bundle.png],
    [files.pdf, bundle.pdf],
  ];
  for (const [path, data] of writes) {
    if (!path || data === null) continue;
    try {
      await writeFileAtomic(path, data);
    } catch (e) {
      return { ok: false, error: { code: 'write', message: `Nie można zapisać pliku „${path}” (${reason(e)}).` } };
    }
  }
  return { ok: true, files, warnings };
}
