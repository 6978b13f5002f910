/**
 * Lists that refresh when someone else changes the registry (issue 16 item 2): on PostgreSQL one app's committed
 * write reaches another app listening on the same database (`LISTEN/NOTIFY`), a rolled-back one does not; on the
 * SQLite file (one app at a time) the app's own writes are announced behind the same interface. `ping` says
 * whether the registry answers.
 */
import { describe, expect, it } from 'vitest';
import type { Registry } from '../../../electron/services/registry/index.js';
import { makeOrder } from '../../fixtures/registry/orders.js';
import { registryEngines } from './engines.js';

const order = (title: string) => makeOrder({ subject: 'Wydział Kultury', title, units: [{ symbol: 'WK-01', name: 'Referat', tasks: ['zadanie'] }] });

/** Resolves with the number of announcements `reg` got once `n` came, or rejects after `ms`. */
function announcements(reg: Registry, n: number, ms = 5000): { seen: Array<number | null>; done: Promise<void> } {
  const seen: Array<number | null> = [];
  const done = new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${seen.length} z ${n} powiadomień`)), ms);
    const off = reg.onChange((id) => {
      seen.push(id);
      if (seen.length >= n) {
        clearTimeout(t);
        off();
        resolve();
      }
    });
  });
  return { seen, done };
}

describe.each(registryEngines())('changes announced on $name', (engine) => {
  it('announces every committed write to the listening app, not a refused one; ping answers', async () => {
    const target = await engine.target();
    const writer = await engine.open({ target });
    // on the server the listener is another app; the SQLite file has one app, which hears its own writes
    const listener = engine.name === 'postgresql' ? await engine.open({ target }) : writer;
    expect(await listener.ping()).toBe(true);
    const got = announcements(listener, 2);
    // the listening connection is opened when the first subscriber comes
    await listener.ping();
    const d = await writer.createDraft({ order: order('w sprawie pierwszej'), author: 'Anna Nowak' });
    if (!d.ok) throw new Error(d.error.message);
    // refused (conflict): nothing committed, nothing announced
    const refused = await writer.saveDraftVersion(d.draftId, order('w sprawie innej'), 'Bartosz Kowal', null, d.versionId + 1000);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const saved = await writer.saveDraftVersion(d.draftId, order('w sprawie drugiej'), 'Anna Nowak', null, d.versionId);
    expect(saved.ok).toBe(true);
    await got.done;
    expect(got.seen).toHaveLength(2);
    // a third announcement would come only from a further write
    const more = announcements(listener, 1, 600);
    await expect(more.done).rejects.toThrow('0 z 1');
  });
});
