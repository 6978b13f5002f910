/**
 * People, roles and the path of a draft in the registry (issue 16 items 2-3; tables of migration 0005 on both
 * engines): who is who (`registry_user`), where a draft stands (`draft_path`: a director's proposal, taken into work
 * by WON, who holds it), review remarks anchored by id with replies (`review_remark`), and the sign-offs of the
 * Sekretarz, the Skarbnik and the legal office (`sign_off`), which signing requires once the office uses the path.
 * Every write goes through the registry's transaction (`write` of {@link SqlRegistry}), so it is refused, rolled
 * back and announced to other apps as every other write. Errors the user can cause are values with Polish messages.
 */
import { isIsoDate } from './status.js';
import type { CurrentUser, DraftPath, DraftStage, Remark, RemarkAnchor, RegistryUser, SignOff, SignOffOffice, UserRole } from './path-shapes.js';
import { SIGN_OFF_OFFICES } from './path-shapes.js';
import type { SqlQueryable } from '../db/sql.js';
import type { AuditEntry, RegistryError, Result } from './types.js';

/** Runs `fn` in one write transaction of the registry (see `SqlRegistry.write`). */
export type WriteRunner = <T>(what: string, fn: (tx: SqlQueryable) => Promise<Result<T>>) => Promise<Result<T>>;

function fail(code: RegistryError['code'], message: string): { ok: false; error: RegistryError } {
  return { ok: false, error: { code, message } };
}

function nowIso(): string {
  return new Date().toISOString();
}

interface PathRow {
  draftId: number;
  stage: DraftStage | null;
  holder: string | null;
  proposedBy: string | null;
  proposedAt: string | null;
  takenBy: string | null;
  takenAt: string | null;
  firstAuthor: string | null;
  openRemarks: number;
}

interface RemarkRow {
  id: number;
  draftId: number;
  parentId: number | null;
  anchorKind: 'draft' | 'unit' | 'task' | 'clause';
  anchorId: string | null;
  anchorLabel: string | null;
  author: string;
  text: string;
  status: 'open' | 'resolved';
  createdAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

const PATH_SELECT = `SELECT o.id AS "draftId", p.stage, p.holder, p.proposed_by AS "proposedBy", p.proposed_at AS "proposedAt",
  p.taken_by AS "takenBy", p.taken_at AS "takenAt",
  (SELECT v.author FROM draft_version v WHERE v.order_id = o.id ORDER BY v.id LIMIT 1) AS "firstAuthor",
  CAST((SELECT count(*) FROM review_remark r WHERE r.order_id = o.id AND r.parent_id IS NULL AND r.status = 'open') AS INTEGER) AS "openRemarks"
  FROM registry_order o LEFT JOIN draft_path p ON p.order_id = o.id WHERE o.state = 'draft'`;

const REMARK_COLUMNS = `id, order_id AS "draftId", parent_id AS "parentId", anchor_kind AS "anchorKind", anchor_id AS "anchorId",
  anchor_label AS "anchorLabel", author, text, status, created_at AS "createdAt", resolved_by AS "resolvedBy", resolved_at AS "resolvedAt"`;

function remarkOf(r: RemarkRow, statusOf: Map<number, RemarkRow>): Remark {
  const anchor: RemarkAnchor = r.anchorKind === 'draft' || r.anchorId === null ? { kind: 'draft' } : { kind: r.anchorKind, id: r.anchorId, label: r.anchorLabel ?? '' };
  const root = r.parentId !== null ? statusOf.get(r.parentId) ?? r : r;
  return { id: r.id, draftId: r.draftId, parentId: r.parentId, anchor, author: r.author, text: r.text, status: root.status, createdAt: r.createdAt, resolvedBy: root.resolvedBy, resolvedAt: root.resolvedAt };
}

/** People, the path of drafts, remarks and sign-offs over one registry's SQL. */
export class DraftPathStore {
  constructor(
    private readonly sql: SqlQueryable,
    private readonly write: WriteRunner,
  ) {}

  // ----- people

  /** Every person, by name. */
  listUsers(): Promise<RegistryUser[]> {
    return this.sql.all<RegistryUser>('SELECT name, role, department FROM registry_user ORDER BY name');
  }

  /** The role of `name`: its row; a lawyer when the registry lists nobody; else a reader. */
  async currentUser(name: string): Promise<CurrentUser> {
    const count = (await this.sql.get<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM registry_user'))!.n;
    if (count === 0) return { name, role: 'lawyer', everyone: true };
    const row = await this.sql.get<{ role: UserRole }>('SELECT role FROM registry_user WHERE name = ?', [name.trim()]);
    return { name, role: row?.role ?? 'reader', everyone: false };
  }

  /** Adds or changes a person. Errors: `constraint` (no name, a director without a department). */
  async saveUser(user: RegistryUser): Promise<Result<object>> {
    const name = user.name.trim();
    if (!name) return fail('constraint', 'Podaj imię i nazwisko osoby.');
    const department = user.department?.trim() || null;
    if (user.role === 'director' && !department) return fail('constraint', `Podaj wydział, którym kieruje ${name}.`);
    return this.write('osoby', async (tx) => {
      await tx.run(`INSERT INTO registry_user (name, role, department, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (name) DO UPDATE SET role = excluded.role, department = excluded.department, updated_at = excluded.updated_at`, [name, user.role, user.role === 'director' ? department : null, nowIso()]);
      return { ok: true };
    });
  }

  /** Removes a person (their versions and remarks stay, under their name). */
  async removeUser(name: string): Promise<Result<object>> {
    return this.write('osoby', async (tx) => {
      await tx.run('DELETE FROM registry_user WHERE name = ?', [name.trim()]);
      return { ok: true };
    });
  }

  // ----- the path of a draft

  private async paths(where: string, params: Array<number>): Promise<DraftPath[]> {
    const rows = await this.sql.all<PathRow>(`${PATH_SELECT}${where} ORDER BY o.id`, params);
    const offs = await this.sql.all<{ draftId: number; office: SignOffOffice }>(`SELECT s.order_id AS "draftId", s.office FROM sign_off s JOIN registry_order o ON o.id = s.order_id WHERE o.state = 'draft'${where} ORDER BY s.order_id`, params);
    return rows.map((r) => ({
      draftId: r.draftId,
      stage: r.stage ?? 'inWork',
      holder: r.holder ?? r.firstAuthor ?? '',
      proposedBy: r.proposedBy,
      proposedAt: r.proposedAt,
      takenBy: r.takenBy,
      takenAt: r.takenAt,
      openRemarks: Number(r.openRemarks),
      signedOff: SIGN_OFF_OFFICES.map((o) => o.office).filter((o) => offs.some((s) => s.draftId === r.draftId && s.office === o)),
    }));
  }

  /** Where every draft stands, oldest first. */
  listPaths(): Promise<DraftPath[]> {
    return this.paths('', []);
  }

  /** Where draft `draftId` stands; null when it is not a draft (signed, or no such order). */
  async pathOf(draftId: number): Promise<DraftPath | null> {
    return (await this.paths(' AND o.id = ?', [draftId]))[0] ?? null;
  }

  /** Records draft `draftId` as the proposal of director `name` (who holds it until WON takes it). */
  propose(draftId: number, name: string): Promise<Result<object>> {
    return this.write('propozycji', async (tx) => {
      const at = nowIso();
      await tx.run(`INSERT INTO draft_path (order_id, stage, holder, proposed_by, proposed_at) VALUES (?, 'proposal', ?, ?, ?)
        ON CONFLICT (order_id) DO UPDATE SET stage = 'proposal', holder = excluded.holder, proposed_by = excluded.proposed_by, proposed_at = excluded.proposed_at`, [draftId, name, name, at]);
      return { ok: true };
    });
  }

  /**
   * WON takes proposal `draftId` into work: `name` holds it from now on. Errors: `notDraft` (signed or absent),
   * `constraint` (it is not a proposal).
   */
  take(draftId: number, name: string): Promise<Result<object>> {
    return this.write('przyjęcia do prac', async (tx) => {
      const row = await tx.get<{ state: string; stage: string | null }>('SELECT o.state, p.stage FROM registry_order o LEFT JOIN draft_path p ON p.order_id = o.id WHERE o.id = ?', [draftId]);
      if (!row || row.state !== 'draft') return fail('notDraft', `Nie ma w rejestrze projektu o identyfikatorze ${draftId}.`);
      if (row.stage !== 'proposal') return fail('constraint', 'Ten projekt nie jest propozycją wydziału; jest już w pracy WON.');
      await tx.run(`UPDATE draft_path SET stage = 'inWork', holder = ?, taken_by = ?, taken_at = ? WHERE order_id = ?`, [name, name, nowIso(), draftId]);
      return { ok: true };
    });
  }

  /** Hands draft `draftId` to `holder`. Errors: `notDraft`. */
  handOver(draftId: number, holder: string): Promise<Result<object>> {
    return this.write('przekazania projektu', async (tx) => {
      const row = await tx.get<{ state: string }>('SELECT state FROM registry_order WHERE id = ?', [draftId]);
      if (!row || row.state !== 'draft') return fail('notDraft', `Nie ma w rejestrze projektu o identyfikatorze ${draftId}.`);
      await tx.run(`INSERT INTO draft_path (order_id, stage, holder) VALUES (?, 'inWork', ?) ON CONFLICT (order_id) DO UPDATE SET holder = excluded.holder`, [draftId, holder.trim()]);
      return { ok: true };
    });
  }

  // ----- remarks

  /** The remarks and replies of draft `draftId`, oldest first (a reply carries its remark's status). */
  async listRemarks(draftId: number): Promise<Remark[]> {
    const rows = await this.sql.all<RemarkRow>(`SELECT ${REMARK_COLUMNS} FROM review_remark WHERE order_id = ? ORDER BY id`, [draftId]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return rows.map((r) => remarkOf(r, byId));
  }

  /**
   * Adds a remark (or, with `parentId`, a reply to one) by `author`. Errors: `constraint` (empty text, a reply to a
   * reply or to a remark of another draft), `notDraft`.
   */
  addRemark(input: { draftId: number; parentId?: number | null; anchor: RemarkAnchor; text: string; author: string }): Promise<Result<{ id: number }>> {
    const text = input.text.trim();
    if (!text) return Promise.resolve(fail('constraint', 'Uwaga jest pusta; wpisz jej treść.'));
    return this.write('uwagi', async (tx) => {
      const row = await tx.get<{ state: string }>('SELECT state FROM registry_order WHERE id = ?', [input.draftId]);
      if (!row || row.state !== 'draft') return fail('notDraft', 'Uwagi zgłasza się do projektu; to zarządzenie jest już podpisane albo go nie ma.');
      let anchor = input.anchor;
      if (input.parentId != null) {
        const parent = await tx.get<RemarkRow>(`SELECT ${REMARK_COLUMNS} FROM review_remark WHERE id = ?`, [input.parentId]);
        if (!parent || parent.draftId !== input.draftId || parent.parentId !== null) return fail('constraint', 'Odpowiedzieć można tylko na uwagę tego projektu.');
        anchor = parent.anchorKind === 'draft' || !parent.anchorId ? { kind: 'draft' } : { kind: parent.anchorKind, id: parent.anchorId, label: parent.anchorLabel ?? '' };
      }
      const r = await tx.get<{ id: number }>(`INSERT INTO review_remark (order_id, parent_id, anchor_kind, anchor_id, anchor_label, author, text, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, [input.draftId, input.parentId ?? null, anchor.kind, anchor.kind === 'draft' ? null : anchor.id, anchor.kind === 'draft' ? null : anchor.label, input.author, text, nowIso()]);
      return { ok: true, id: r!.id };
    });
  }

  /** Resolves (or opens again) remark `remarkId`. Errors: `notFound`, `constraint` (a reply). */
  setRemarkStatus(remarkId: number, status: 'open' | 'resolved', actor: string): Promise<Result<{ draftId: number }>> {
    return this.write('uwagi', async (tx) => {
      const r = await tx.get<{ draftId: number; parentId: number | null }>('SELECT order_id AS "draftId", parent_id AS "parentId" FROM review_remark WHERE id = ?', [remarkId]);
      if (!r) return fail('notFound', 'Tej uwagi już nie ma.');
      if (r.parentId !== null) return fail('constraint', 'Rozstrzyga się uwagę, nie odpowiedź na nią.');
      await tx.run('UPDATE review_remark SET status = ?, resolved_by = ?, resolved_at = ? WHERE id = ?', [status, status === 'resolved' ? actor : null, status === 'resolved' ? nowIso() : null, remarkId]);
      return { ok: true, draftId: r.draftId };
    });
  }

  /**
   * The path's events of order `draftId` as lines of its audit log (proposed, taken into work, remarks and replies,
   * resolutions, sign-offs), each with who and when; unsorted.
   */
  async auditEvents(draftId: number): Promise<AuditEntry[]> {
    const out: AuditEntry[] = [];
    const p = await this.sql.get<{ proposedBy: string | null; proposedAt: string | null; takenBy: string | null; takenAt: string | null }>(
      'SELECT proposed_by AS "proposedBy", proposed_at AS "proposedAt", taken_by AS "takenBy", taken_at AS "takenAt" FROM draft_path WHERE order_id = ?', [draftId]);
    if (p?.proposedBy && p.proposedAt) out.push({ at: p.proposedAt, actor: p.proposedBy, action: 'proposed', detail: 'propozycja wydziału' });
    if (p?.takenBy && p.takenAt) out.push({ at: p.takenAt, actor: p.takenBy, action: 'taken', detail: 'przyjęty do prac WON' });
    for (const r of await this.sql.all<RemarkRow>(`SELECT ${REMARK_COLUMNS} FROM review_remark WHERE order_id = ? ORDER BY id`, [draftId])) {
      const about = r.anchorKind === 'draft' || !r.anchorLabel ? 'cały projekt' : r.anchorLabel;
      const short = r.text.length > 80 ? `${r.text.slice(0, 80)}…` : r.text;
      out.push({ at: r.createdAt, actor: r.author, action: 'remarked', detail: `${r.parentId === null ? 'uwaga' : 'odpowiedź'} (${about}): ${short}` });
      if (r.parentId === null && r.status === 'resolved' && r.resolvedBy && r.resolvedAt) out.push({ at: r.resolvedAt, actor: r.resolvedBy, action: 'resolved', detail: `uwaga (${about})` });
    }
    for (const s of await this.listSignOffs(draftId)) {
      const label = SIGN_OFF_OFFICES.find((o) => o.office === s.office)!.label;
      out.push({ at: s.recordedAt, actor: s.recordedBy, action: 'signedOff', detail: `${label}: ${s.name}, ${s.date}` });
    }
    return out;
  }

  // ----- sign-offs

  /** The sign-offs recorded for draft `draftId`, in the offices' order. */
  async listSignOffs(draftId: number): Promise<SignOff[]> {
    const rows = await this.sql.all<SignOff>('SELECT office, name, date, recorded_by AS "recordedBy", recorded_at AS "recordedAt" FROM sign_off WHERE order_id = ?', [draftId]);
    return SIGN_OFF_OFFICES.map((o) => rows.find((r) => r.office === o.office)).filter((r): r is SignOff => !!r);
  }

  /**
   * Records the sign-off of `office` by `name` on `date` (ISO), replacing an earlier one of that office. Errors:
   * `invalidDate`, `constraint` (no name), `notDraft`.
   */
  recordSignOff(draftId: number, input: { office: SignOffOffice; name: string; date: string }, recordedBy: string): Promise<Result<object>> {
    const name = input.name.trim();
    if (!name) return Promise.resolve(fail('constraint', 'Podaj, kto uzgodnił projekt (imię i nazwisko).'));
    if (!isIsoDate(input.date)) return Promise.resolve(fail('invalidDate', `Data uzgodnienia „${input.date}” nie jest poprawną datą.`));
    return this.write('uzgodnienia', async (tx) => {
      const row = await tx.get<{ state: string }>('SELECT state FROM registry_order WHERE id = ?', [draftId]);
      if (!row || row.state !== 'draft') return fail('notDraft', 'Uzgodnienia zapisuje się dla projektu; to zarządzenie jest już podpisane albo go nie ma.');
      await tx.run(`INSERT INTO sign_off (order_id, office, name, date, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (order_id, office) DO UPDATE SET name = excluded.name, date = excluded.date, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`, [draftId, input.office, name, input.date, recordedBy, nowIso()]);
      return { ok: true };
    });
  }

  /**
   * In the signing's transaction: the refusal when draft `draftId` lacks sign-offs it needs, else null. They are
   * needed once the office uses the path: the registry lists people, or the draft was a proposal.
   */
  static async refuseUnsigned(tx: SqlQueryable, draftId: number): Promise<{ ok: false; error: RegistryError } | null> {
    const people = (await tx.get<{ n: number }>('SELECT CAST(count(*) AS INTEGER) AS n FROM registry_user'))!.n;
    const path = await tx.get<{ stage: string }>('SELECT stage FROM draft_path WHERE order_id = ?', [draftId]);
    if (Number(people) === 0 && !path) return null;
    const done = (await tx.all<{ office: SignOffOffice }>('SELECT office FROM sign_off WHERE order_id = ?', [draftId])).map((r) => r.office);
    const missing = SIGN_OFF_OFFICES.filter((o) => !done.includes(o.office));
    if (!missing.length) return null;
    return fail('signOffsMissing', `Projektu nie można jeszcze podpisać: brak uzgodnienia — ${missing.map((m) => m.label).join(', ')}. Zapisz uzgodnienia w panelu „Uwagi i uzgodnienia”.`);
  }
}
