/**
 * Handlers of the output calls: the print preview (`render:preview`, core/preview), the DOCX (`export:docx`,
 * core/docx through electron/services/export), the PDF of the preview (`export:pdf`, with the PDF writer passed
 * in), the change report (`export:changes`, electron/services/change-report.ts), the redline (`export:redline`,
 * core/redline: the draft as Word tracked changes against the order it replaces) and printing through the
 * system dialog (`print:order`, with the printer passed in). Files go only where the user chose in the save
 * dialog; each is built in memory first and written atomically, so a cancelled or failed export leaves nothing.
 */
import { z } from 'zod';
import { chartSvg } from '../../../core/chart/index.js';
import { compareOrders } from '../../../core/compare/index.js';
import { withLedger } from '../../../core/ledger/index.js';
import { redlineDocx } from '../../../core/redline/index.js';
import { annexChartLayout } from '../../../core/docx/index.js';
import { OrderSchema, type Order } from '../../../core/model/order.js';
import { previewHtml } from '../../../core/preview/index.js';
import { renderDocument } from '../../../core/render/document.js';
import type { ApiResult, SavedFile } from '../../contract/api.js';
import { buildChangeReport } from '../change-report.js';
import { buildExport, writeFileAtomic } from '../export/index.js';
import { defineHandler, fail, firstLine, ok } from './define.js';
import type { FileFilter, HandlerDeps } from './deps.js';
import { today } from './review.js';

const OrderArg = z.object({ order: OrderSchema });

export const DOCX_FILTERS: FileFilter[] = [{ name: 'Dokument Word (DOCX)', extensions: ['docx'] }];
export const PDF_FILTERS: FileFilter[] = [{ name: 'Dokument PDF', extensions: ['pdf'] }];

/** Lower-case ASCII words joined by hyphens: `Wydział Komunikacji Społecznej` → `wydzial-komunikacji-spolecznej`. */
function slug(s: string): string {
  return s
    .toLocaleLowerCase('pl')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * The file name the save dialog suggests: `zarzadzenie-77-2026.docx` for a signed order,
 * `projekt-zarzadzenia-wydzial-komunikacji-spolecznej.docx` for a draft; `prefix` replaces the first word
 * (`zestawienie-zmian-…`).
 */
export function exportFileName(order: Order, ext: 'docx' | 'pdf', prefix?: string): string {
  const subject = slug(order.meta.subject ?? order.meta.title) || 'zarzadzenie';
  if (prefix) return `${prefix}-${subject}.${ext}`;
  if (order.meta.number) return `zarzadzenie-${order.meta.number.replace(/\//g, '-')}.${ext}`;
  return `projekt-zarzadzenia-${subject}.${ext}`;
}

/**
 * The print preview of an order: core/preview's standalone page with the annex chart laid out for the landscape
 * annex page (the same chart the DOCX carries).
 */
export function orderPreviewHtml(order: Order): string {
  const doc = renderDocument(order);
  const svg = doc.annex ? chartSvg(annexChartLayout(order, doc.annex, doc.draft)) : null;
  return previewHtml(order, { chartSvg: svg, rendered: doc });
}

/** Polish reason of a file-system error code. */
function writeReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  const known: Record<string, string> = { EACCES: 'brak uprawnień', EPERM: 'brak uprawnień', ENOSPC: 'brak miejsca na dysku', ENOENT: 'folder nie istnieje', EROFS: 'dysk tylko do odczytu', EBUSY: 'plik jest otwarty w innym programie' };
  return (code && known[code]) ?? firstLine(e);
}

/**
 * Asks where to save (suggesting `name`), makes the bytes, writes them atomically. Out: the path, null when the
 * user cancelled (nothing is made), or a Polish error (`write`, or what `make` returned).
 */
async function saveThrough(deps: HandlerDeps, name: string, filters: FileFilter[], make: () => Promise<ApiResult<Uint8Array>>): Promise<ApiResult<SavedFile>> {
  const path = await deps.dialogs.chooseSavePath(name, filters);
  if (path === null) return ok(null);
  const bytes = await make();
  if (!bytes.ok) return bytes;
  try {
    await writeFileAtomic(path, bytes.value);
  } catch (e) {
    return fail('write', `Nie można zapisać pliku „${path}” (${writeReason(e)}).`);
  }
  return ok({ path });
}

/** `render:preview`, `export:docx`, `export:pdf`, `export:changes`, `export:redline`, `print:order`. */
export function outputHandlers(deps: HandlerDeps) {
  /** The author of a report or a redline: the name set in the settings, else the system user's. */
  const author = (): string => deps.settings?.get().authorName ?? deps.author;
  return {
    'render:preview': defineHandler(OrderArg, ({ order }) => ok(orderPreviewHtml(order))),

    'export:docx': defineHandler(OrderArg, ({ order }) =>
      saveThrough(deps, exportFileName(order, 'docx'), DOCX_FILTERS, async () => ok((await buildExport(order)).docx)),
    ),

    'export:pdf': defineHandler(OrderArg, async ({ order }) => {
      const pdf = deps.pdf;
      if (!pdf) return fail<SavedFile>('unavailable', 'Zapis do PDF nie jest dostępny w tej instalacji (brak modułu drukowania).');
      return saveThrough(deps, exportFileName(order, 'pdf'), PDF_FILTERS, async () => {
        try {
          return ok(await pdf(orderPreviewHtml(order)));
        } catch (e) {
          return fail('pdf', `Nie udało się utworzyć pliku PDF (${firstLine(e)}). Nie zapisano pliku.`);
        }
      });
    }),

    'export:changes': defineHandler(z.object({ old: OrderSchema, new: OrderSchema }), (arg) =>
      saveThrough(deps, exportFileName(arg.new, 'docx', 'zestawienie-zmian'), DOCX_FILTERS, async () =>
        ok(await buildChangeReport(withLedger(compareOrders(arg.old, arg.new), arg.new), arg.old, arg.new, { author: author(), date: today() })),
      ),
    ),

    'export:redline': defineHandler(z.object({ old: OrderSchema, new: OrderSchema }), (arg) =>
      saveThrough(deps, exportFileName(arg.new, 'docx', 'wersja-ze-zmianami'), DOCX_FILTERS, async () =>
        ok(redlineDocx(arg.old, arg.new, { author: author(), date: `${today()}T00:00:00Z` })),
      ),
    ),

    'print:order': defineHandler(OrderArg, async ({ order }) => {
      if (!deps.print) return fail<{ printed: boolean }>('unavailable', 'Drukowanie nie jest dostępne w tej instalacji.');
      try {
        return ok({ printed: await deps.print(orderPreviewHtml(order)) });
      } catch (e) {
        return fail<{ printed: boolean }>('print', `Nie udało się wydrukować zarządzenia (${firstLine(e)}).`);
      }
    }),
  };
}
