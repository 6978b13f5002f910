/**
 * People, roles and the path of a draft (issue 16 items 2-3) on both engines: a director's draft is a proposal he
 * holds and may edit; WON takes it into work and from then on only lawyers change its text; a reader changes
 * nothing; remarks anchored by id with replies, resolved and opened again; signing is refused until the three
 * sign-offs are recorded (once the office lists people), then goes through. Through the app's handler table, the
 * author switched in the settings as another person would be at their own computer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiResult, Channel, ValueOf } from '../../../electron/contract/api.js';
import { createAppHandlers } from '../../../electron/services/handlers/app.js';
import { registryEngines } from './engines.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.each(registryEngines())('the path of a draft on $name', (engine) => {
  it('proposal → in work → remarks → sign-offs → signing, each step by the role allowed to take it', { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zo-path-'));
    dirs.push(dataDir);
    const app = createAppHandlers({ dataDir, author: 'Anna Nowak', registry: await engine.target(), sampleDir: join(import.meta.dirname, '../../../resources/sample'), dialogs: { chooseOrderFile: async () => null, chooseSavePath: async () => null } });
    const call = async <C extends Channel>(channel: C, arg?: unknown): Promise<ApiResult<ValueOf<C>>> => (app.table[channel] as (a: unknown) => Promise<ApiResult<ValueOf<C>>>)(arg);
    const must = async <C extends Channel>(channel: C, arg?: unknown): Promise<ValueOf<C>> => {
      const r = await call(channel, arg);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value;
    };
    const as = (name: string) => must('settings:setAuthor', { name });
    try {
      // nobody listed: everyone is a lawyer, and may list people
      expect(await must('users:list')).toMatchObject({ users: [], me: { name: 'Anna Nowak', role: 'lawyer', everyone: true } });
      await must('users:save', { name: 'Anna Nowak', role: 'lawyer' });
      expect(await call('users:save', { name: 'Jan Kowalski', role: 'director' })).toMatchObject({ ok: false, error: { code: 'constraint' } });
      await must('users:save', { name: 'Jan Kowalski', role: 'director', department: 'Wydział Komunikacji Społecznej' });
      await must('users:save', { name: 'Olga Czytelniczka', role: 'reader' });

      // the director proposes
      await as('Jan Kowalski');
      expect(await call('users:save', { name: 'Jan Kowalski', role: 'lawyer' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const old = (await must('registry:list')).find((e) => e.number === '3468/2024')!;
      const draft = await must('draft:create', { replacingId: old.id });
      expect((await must('review:get', { id: draft.id })).path).toMatchObject({ stage: 'proposal', holder: 'Jan Kowalski', proposedBy: 'Jan Kowalski', signedOff: [] });
      const edited = structuredClone(draft.order);
      edited.meta.title = `${edited.meta.title} (propozycja)`;
      const saved = await must('draft:save', { id: draft.id, order: edited, baseVersionId: draft.versionId });
      expect(await call('review:take', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

      // a reader changes nothing and remarks nothing
      await as('Olga Czytelniczka');
      expect(await call('draft:save', { id: draft.id, order: draft.order })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call('review:remark', { id: draft.id, anchor: { kind: 'draft' }, text: 'uwaga' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call('draft:restore', { versionId: draft.versionId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

      // WON takes it into work; the director may no longer edit
      await as('Anna Nowak');
      expect((await must('review:take', { id: draft.id })).path).toMatchObject({ stage: 'inWork', holder: 'Anna Nowak', takenBy: 'Anna Nowak' });
      expect(await must('review:paths')).toEqual([expect.objectContaining({ draftId: draft.id, stage: 'inWork', holder: 'Anna Nowak', openRemarks: 0 })]);
      const unit = draft.order.units.find((u) => u.symbol === 'KS-01')!;
      const task = (unit.scope as { tasks: Array<{ id: string }> }).tasks[1]!.id;
      const remarked = await must('review:remark', { id: draft.id, anchor: { kind: 'task', id: task, label: '§ 4 pkt 2' }, text: 'Proszę doprecyzować.' });
      const remarkId = remarked.remarks[0]!.id;
      await as('Jan Kowalski');
      const refused = await call('draft:save', { id: draft.id, order: draft.order, baseVersionId: saved.versionId });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/^Dyrektor wydziału zmienia treść tylko swojej propozycji/) } });
      const replied = await must('review:remark', { id: draft.id, parentId: remarkId, anchor: { kind: 'draft' }, text: 'Doprecyzowano w uzasadnieniu.' });
      // a reply takes its remark's anchor and status
      expect(replied.remarks[1]).toMatchObject({ parentId: remarkId, anchor: { kind: 'task', id: task }, status: 'open', author: 'Jan Kowalski' });
      expect(await call('review:remark', { id: draft.id, parentId: replied.remarks[1]!.id, anchor: { kind: 'draft' }, text: 'x' })).toMatchObject({ ok: false, error: { code: 'constraint' } });
      expect((await must('review:paths'))[0]!.openRemarks).toBe(1);

      // resolved; sign-offs before signing
      await as('Anna Nowak');
      expect((await must('review:resolve', { id: draft.id, remarkId, resolved: true })).remarks.map((r) => r.status)).toEqual(['resolved', 'resolved']);
      const year = new Date().getFullYear();
      const today = `${year}-01-15`;
      const early = await call('draft:sign', { id: draft.id, number: `77/${year}`, date: today });
      expect(early).toMatchObject({ ok: false, error: { code: 'signOffsMissing', message: expect.stringContaining('Sekretarz Miasta Krakowa, Skarbnik Miasta Krakowa, Obsługa prawna') } });
      await as('Jan Kowalski');
      expect(await call('review:signOff', { id: draft.id, office: 'sekretarz', name: 'K. S.', date: today })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call('draft:sign', { id: draft.id, number: `77/${year}`, date: today })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      await as('Anna Nowak');
      expect(await call('review:signOff', { id: draft.id, office: 'sekretarz', name: 'Katarzyna S.', date: '2026-02-31' })).toMatchObject({ ok: false, error: { code: 'invalidDate' } });
      await must('review:signOff', { id: draft.id, office: 'sekretarz', name: 'Katarzyna S.', date: today });
      await must('review:signOff', { id: draft.id, office: 'skarbnik', name: 'Piotr S.', date: today });
      expect(await call('draft:sign', { id: draft.id, number: `77/${year}`, date: today })).toMatchObject({ ok: false, error: { code: 'signOffsMissing', message: expect.not.stringContaining('Skarbnik') } });
      const last = await must('review:signOff', { id: draft.id, office: 'prawny', name: 'Ewa R.', date: today });
      expect(last.signOffs.map((s) => [s.office, s.name, s.recordedBy])).toEqual([['sekretarz', 'Katarzyna S.', 'Anna Nowak'], ['skarbnik', 'Piotr S.', 'Anna Nowak'], ['prawny', 'Ewa R.', 'Anna Nowak']]);
      expect(await must('draft:sign', { id: draft.id, number: `77/${year}`, date: today })).toMatchObject({ number: `77/${year}` });
      // every step is in the draft's audit log, with who and when, in time order
      const log = await must('draft:audit', { id: draft.id });
      expect(log.map((e) => [e.action, e.actor])).toEqual([
        ['created', 'Jan Kowalski'], ['proposed', 'Jan Kowalski'], ['saved', 'Jan Kowalski'], ['taken', 'Anna Nowak'], ['remarked', 'Anna Nowak'], ['remarked', 'Jan Kowalski'],
        ['resolved', 'Anna Nowak'], ['signedOff', 'Anna Nowak'], ['signedOff', 'Anna Nowak'], ['signedOff', 'Anna Nowak'], ['signed', 'Anna Nowak'],
      ]);
      expect(log.map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort());
      expect(log.find((e) => e.action === 'remarked')!.detail).toBe('uwaga (§ 4 pkt 2): Proszę doprecyzować.');
      expect(await call('review:get', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'notDraft' } });
    } finally {
      await app.close();
    }
  });
});
