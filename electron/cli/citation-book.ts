/**
 * `--db FILE|postgresql://…` of the commands that read journal citations (`draft`, `check`): the book of the
 * registry (shipped data, the user's entries, what it learned from signed orders); without `--db`, none (the
 * commands then use the shipped data).
 */
import type { JournalCitations } from '../../core/templates/index.js';
import { openRegistry, readCitations } from '../services/registry/index.js';
import type { CliIo } from './io.js';

/**
 * The registry's book when `db` names one. Out: `{ ok: true, book }` (book undefined without `db`), or
 * `{ ok: false }` after printing the registry's one Polish line (it cannot be opened or read).
 */
export async function citationBookOf(db: unknown, io: CliIo): Promise<{ ok: true; book: JournalCitations | undefined } | { ok: false }> {
  if (typeof db !== 'string') return { ok: true, book: undefined };
  const opened = await openRegistry(db);
  if (!opened.ok) {
    io.err(`${opened.error.message}\n`);
    return { ok: false };
  }
  try {
    return { ok: true, book: (await readCitations(opened.registry)).book };
  } catch (e) {
    const failure = opened.registry.readFailure(e);
    if (!failure) throw e;
    io.err(`${failure.message}\n`);
    return { ok: false };
  } finally {
    await opened.registry.close();
  }
}
