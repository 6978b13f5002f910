/**
 * Restoring an edit kept in a recovery file (`recovery.ts`) into the open registry: as a new version of its draft
 * when that draft is still the same one (it exists, is still a draft and still has the version the edit was based
 * on), otherwise as a new draft, so that an edit kept from a registry that was replaced never lands in an
 * unrelated draft. The recovery file is removed once the edit is saved.
 */
import { discardRecovery, readRecovery } from './recovery.js';
import type { Registry } from './repository.js';
import type { Result } from './types.js';

/** What {@link restoreRecovery} did: the draft holding the edit now, whether it is a new one, a Polish sentence. */
export type RestoreRecoveryResult = Result<{ draftId: number; asNew: boolean; message: string }>;

/**
 * Saves the edit of recovery token `id` by `author` (see module doc). Errors: `notFound` (no such recovery file),
 * and those of the save (`readOnly`, `fileDeleted` … when the registry still cannot be written; the file is then
 * kept).
 */
export async function restoreRecovery(reg: Registry, id: string, author: string): Promise<RestoreRecoveryResult> {
  const dirs = reg.recoveryDirs;
  const found = readRecovery(dirs, id);
  if (!found) return { ok: false, error: { code: 'notFound', message: 'Tego pliku odzyskiwania już nie ma; mógł zostać przywrócony lub odrzucony wcześniej.' } };
  const { entry } = found;
  const current = await reg.getOrder(entry.draftId);
  const sameDraft =
    current.ok &&
    current.order.status === 'draft' &&
    (entry.baseVersion === null || (await reg.listVersions(entry.draftId)).some((v) => v.id === entry.baseVersion!.id && v.savedAt === entry.baseVersion!.savedAt));
  const when = entry.savedAt.slice(0, 16).replace('T', ' ');
  if (sameDraft) {
    const r = await reg.saveDraftVersion(entry.draftId, entry.order, author, `Odzyskano zmianę niezapisaną ${when}`);
    if (!r.ok) return r;
    discardRecovery(dirs, id);
    return { ok: true, draftId: entry.draftId, asNew: false, message: `Przywrócono niezapisaną zmianę jako nową wersję projektu „${entry.order.meta.title}”.` };
  }
  const r = await reg.createDraft({ order: entry.order, author });
  if (!r.ok) return r;
  discardRecovery(dirs, id);
  return { ok: true, draftId: r.draftId, asNew: true, message: `Przywrócono niezapisaną zmianę jako nowy projekt „${entry.order.meta.title}”, bo w tym rejestrze nie ma już projektu, którego dotyczyła.` };
}
