/** Export of an order (DOCX, chart SVG/PNG, PDF of the print preview) into a folder. */
export { exportOrder, buildExport, EXPORT_FILES } from './export-order.js';
export type { ExportBundle, ExportDeps, ExportErrorCode, ExportResult, PdfWriter } from './export-order.js';
export { chromiumPdfSession, chromiumPdfWriter, printInNewPage, findChromium, CHROMIUM_ARGS, CHROMIUM_CANDIDATES, type ChromiumPdfSession } from './chromium-pdf.js';
export { writeFileAtomic, writeFileAtomicSync } from './write-atomic.js';
export { electronPdfWriter } from './electron-pdf.js';
export type { OpenPrintWindow, PrintableContents } from './electron-pdf.js';
