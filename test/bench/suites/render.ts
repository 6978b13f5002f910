/**
 * Rendering the text of each real order (target: under 20 ms each) and of a draft replacing it.
 */
import { draftReplacing } from '../../../core/draft/index.js';
import { renderText } from '../../../core/render/text.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../../unit/fixtures.js';
import { medianMs } from '../measure.js';

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const f of fixtureOrders()) {
    const r = await importFile(f.path);
    if (!r.ok) continue;
    out[`${f.stem}_render_ms`] = await medianMs(() => renderText(r.order), 15);
    out[`${f.stem}_draft_and_render_ms`] = await medianMs(() => renderText(draftReplacing(r.order, { today: '2026-11-22' })), 15);
  }
  return out;
}
