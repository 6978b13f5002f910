/** The print preview of an order: a standalone HTML page with print CSS (A4, the landscape annex page). */
export { previewHtml, previewCss, escapeHtml, paragraphHtml } from './html.js';
export type { PreviewOptions } from './html.js';
