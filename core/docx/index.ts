/** The order as DOCX, and the page geometry shared with the print preview. */
export { orderDocument, orderDocx, paragraphStyles, documentTitle } from './document.js';
export type { DocxChart, DocxOptions } from './document.js';
export { orderBlocks, annexBlocks, textPieces, STYLE } from './blocks.js';
export type { PrintedBlock, StyleId, TextPiece } from './blocks.js';
export * from './page.js';
