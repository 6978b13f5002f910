/**
 * Handlers behind the import report (issue 10): the unplaced text of an order of the registry placed as a point of a
 * unit's scope or discarded knowingly (`registry:resolveUnplaced`, through `Registry.reviseModel`, recorded in the
 * audit log), and an order read outside the registry (a file opened, text pasted) saved into it with what it was
 * read from (`registry:addImported`).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { resolveUnplaced } from '../../../core/import/unplaced.js';
import { OrderSchema, type Order } from '../../../core/model/order.js';
import type { ApiResult, RegistryEntry, RegistryImport } from '../../contract/api.js';
import type { FileAccess } from '../file-tokens.js';
import type { OrderSummary, Registry, RegistryOrder } from '../registry/index.js';
import { fail, failWith, ok } from './define.js';
import { fileOfToken, PasteArg } from './import.js';

/** A decision on one unplaced fragment, as the renderer sends it (`UnplacedResolution` of core/import/unplaced.ts). */
const Resolution = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('place'), index: z.number().int().min(0), text: z.string().max(1_000_000), unitId: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('discard'), index: z.number().int().min(0), text: z.string().max(1_000_000) }).strict(),
]);

/** Where an order read outside the registry came from: a file known by its token, or what was pasted. */
const AddImportedArg = z.object({ order: OrderSchema, token: z.string().min(1).max(100).optional(), pasted: PasteArg.optional() }).strict();

/** The wrapper of `registryCall` (handlers/registry.ts): the open registry, its read failures as values. */
type WithRegistry = <A, T>(schema: z.ZodType<A>, body: (reg: Registry, arg: A) => Promise<ApiResult<T>>) => (raw: unknown) => Promise<ApiResult<T>>;

/**
 * The source kept with a pasted order: its HTML (when the clipboard had it) or its text, in UTF-8, as
 * `schowek.html` / `schowek.txt`; null when nothing was pasted.
 */
export function pastedSource(pasted: { text?: string; html?: string }): { fileName: string; bytes: Uint8Array } | null {
  if (pasted.html?.trim()) return { fileName: 'schowek.html', bytes: new TextEncoder().encode(pasted.html) };
  if (pasted.text?.trim()) return { fileName: 'schowek.txt', bytes: new TextEncoder().encode(pasted.text) };
  return null;
}

/**
 * `registry:resolveUnplaced` and `registry:addImported`. In: the registry wrapper, the file access, the author
 * recorded with each change (the name set in the settings, else the system user's), and the summary's plain copy.
 */
export function importReportHandlers(withRegistry: WithRegistry, files: FileAccess, author: () => string, toEntry: (s: OrderSummary) => RegistryEntry) {
  return {
    'registry:resolveUnplaced': withRegistry(z.object({ id: z.number().int().positive(), resolution: Resolution }).strict(), async (reg, { id, resolution }) => {
      const r = await reg.reviseModel(id, (o) => resolveUnplaced(o, resolution), author());
      if (!r.ok) return failWith<{ entry: RegistryEntry; order: Order }>(r.error);
      const got = await reg.getOrder(id);
      if (!got.ok) return failWith<{ entry: RegistryEntry; order: Order }>(got.error);
      return ok({ entry: toEntry(summaryOf(got.order)), order: got.order.order });
    }),

    'registry:addImported': withRegistry(AddImportedArg, async (reg, { order, token, pasted }): Promise<ApiResult<RegistryImport>> => {
      let source: { fileName: string; bytes: Uint8Array } | null = null;
      if (token !== undefined) {
        const f = fileOfToken<RegistryImport>(files, token);
        if (!f.ok) return f.result;
        try {
          source = { fileName: basename(f.path), bytes: readFileSync(f.path) };
        } catch {
          return fail('importFailed', `Nie można już odczytać pliku „${basename(f.path)}”, więc nie zapisano zarządzenia w rejestrze; otwórz plik ponownie.`);
        }
      } else if (pasted) source = pastedSource(pasted);
      const r = await reg.addOrder({ order, author: author(), ...(source ? { source } : {}) });
      if (!r.ok) return failWith(r.error);
      return ok({ id: r.id, outcome: r.outcome, number: r.number, message: r.message, warnings: r.warnings });
    }),
  };
}

/** The summary part of a registry order (everything but the model and the source). */
function summaryOf(o: RegistryOrder): OrderSummary {
  const { order: _order, source: _source, ...summary } = o;
  return summary;
}
