/**
 * Handlers of the `citations:*` calls: the journal citations of the acts the orders cite, kept current by the
 * user on the settings page and learned by the registry from signed orders (`electron/services/registry/citations.ts`,
 * `core/legal-basis`). Each answer is the whole list again, so the page shows what is stored after every change.
 */
import { z } from 'zod';
import { formatJournalCitation, loadJournalCitations } from '../../../core/templates/index.js';
import type { CitationActView, CitationEntryView, CitationsView } from '../../contract/api.js';
import { addUserCitation, readCitations, removeStoredCitation, type Registry } from '../registry/index.js';
import { failWith, ok } from './define.js';
import type { HandlerDeps } from './deps.js';
import { registryCall } from './registry.js';
import { memorySettingsStore } from './settings.js';

/** The acts with their shipped and stored entries (newest first) and the merged book. */
export async function citationsView(reg: Pick<Registry, 'getSetting'>): Promise<CitationsView> {
  const { stored, book } = await readCitations(reg);
  const acts: CitationActView[] = loadJournalCitations().acts.map((a) => {
    const entries: CitationEntryView[] = [
      ...a.citations.map((c) => ({ year: c.year, positions: [...c.positions], ...(c.issue !== undefined ? { issue: c.issue } : {}), currentFrom: c.currentFrom, source: c.source, origin: 'shipped' as const })),
      ...stored.entries.filter((e) => e.actKey === a.key).map((e) => ({ year: e.year, positions: [...e.positions], ...(e.issue !== undefined ? { issue: e.issue } : {}), currentFrom: e.currentFrom, source: e.source, origin: e.origin })),
    ]
      .map((e) => ({ ...e, text: formatJournalCitation(e) }))
      .sort((x, y) => (x.currentFrom === y.currentFrom ? 0 : x.currentFrom < y.currentFrom ? 1 : -1));
    return { key: a.key, act: a.act, citedIn: a.citedIn ?? null, entries };
  });
  return { acts, book };
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `citations:get`, `citations:add`, `citations:remove` over the open registry. */
export function citationHandlers(deps: HandlerDeps) {
  const settings = deps.settings ?? memorySettingsStore();
  const withRegistry = registryCall(deps);
  return {
    'citations:get': withRegistry(z.undefined(), async (reg) => ok(await citationsView(reg))),
    'citations:add': withRegistry(z.object({ actKey: z.string().min(1).max(100), text: z.string().max(200), currentFrom: z.string().max(20) }).strict(), async (reg, arg) => {
      const r = await addUserCitation(reg, { ...arg, author: settings.get().authorName ?? deps.author });
      if (!r.ok) return failWith<CitationsView>(r.error);
      return ok(await citationsView(reg));
    }),
    'citations:remove': withRegistry(
      z.object({ actKey: z.string().min(1).max(100), year: z.number().int(), issue: z.number().int().optional(), positions: z.array(z.number().int()).min(1).max(100), currentFrom: IsoDate }).strict(),
      async (reg, arg) => {
        const r = await removeStoredCitation(reg, arg);
        if (!r.ok) return failWith<CitationsView>(r.error);
        return ok(await citationsView(reg));
      },
    ),
  };
}
