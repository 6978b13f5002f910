/**
 * Handlers of people, roles and the path of a draft (issue 16 items 2-3): `users:*` (who is who; the user of this
 * app is known by the name recorded with their versions), `review:*` (where drafts stand, taking a proposal into
 * work, remarks anchored by id with replies, sign-offs), and the role checks the draft handlers apply before
 * saving, creating and signing (`editRefusal`, `signRefusal`, `afterCreate`). Plain data only.
 */
import { z } from 'zod';
import type { ApiResult, ReviewState, UsersState } from '../../contract/api.js';
import { Roles, type CurrentUser } from '../registry/path-shapes.js';
import type { Registry } from '../registry/index.js';
import { fail, failWith, ok } from './define.js';
import type { HandlerDeps } from './deps.js';
import { registryCall } from './registry.js';
import { memorySettingsStore } from './settings.js';

const Id = z.number().int().positive();
const Role = z.enum(['lawyer', 'director', 'reader']);
const Anchor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }),
  z.object({ kind: z.enum(['unit', 'task', 'clause']), id: z.string().min(1).max(200), label: z.string().max(200) }),
]);

/**
 * The refusal of an edit of draft `draftId` by `name` (a reader, or a director outside their proposal), or null.
 * When the registry cannot be read now (the server is offline), null: the save itself then fails and keeps the
 * edit on this computer, which a refusal here would not.
 */
export async function editRefusal<T>(reg: Registry, name: string, draftId: number): Promise<ApiResult<T> | null> {
  let who: CurrentUser;
  let path: Awaited<ReturnType<Registry['path']['pathOf']>>;
  try {
    who = await reg.path.currentUser(name);
    path = await reg.path.pathOf(draftId);
  } catch (e) {
    if (reg.readFailure(e)) return null;
    throw e;
  }
  if (Roles.mayEdit(who, path)) return null;
  return fail<T>('forbidden', who.role === 'director'
    ? 'Dyrektor wydziału zmienia treść tylko swojej propozycji, zanim WON przyjmie ją do prac; zgłoś uwagę w panelu „Uwagi i uzgodnienia”.'
    : `Nie zapisano zmian: ${name} ma w rejestrze prawo tylko do odczytu. O prawo do zmian poproś prawnika WON.`);
}

/** The refusal of signing (or recording sign-offs) by `name`, who is not a lawyer of WON, or null. */
export async function signRefusal<T>(reg: Registry, name: string): Promise<ApiResult<T> | null> {
  const who = await reg.path.currentUser(name);
  return Roles.maySign(who) ? null : fail<T>('forbidden', 'Uzgodnienia i podpisanie zapisuje prawnik WON.');
}

/** After `name` created draft `draftId`: a director's draft is their department's proposal (propozycja). */
export async function afterCreate(reg: Registry, name: string, draftId: number): Promise<void> {
  const who = await reg.path.currentUser(name);
  if (who.role === 'director') await reg.path.propose(draftId, name);
}

/** `users:*` and `review:*`. */
export function draftPathHandlers(deps: HandlerDeps) {
  const withRegistry = registryCall(deps);
  const settings = deps.settings ?? memorySettingsStore();
  const me = () => settings.get().authorName ?? deps.author;

  const users = async (reg: Registry): Promise<ApiResult<UsersState>> => ok({ users: (await reg.path.listUsers()).map((u) => ({ ...u })), me: { ...(await reg.path.currentUser(me())) } });
  const state = async (reg: Registry, id: number): Promise<ApiResult<ReviewState>> => {
    const path = await reg.path.pathOf(id);
    if (!path) return fail<ReviewState>('notDraft', 'To zarządzenie nie jest projektem; uwagi i uzgodnienia dotyczą projektów.');
    return ok({ path, remarks: await reg.path.listRemarks(id), signOffs: await reg.path.listSignOffs(id), me: { ...(await reg.path.currentUser(me())) } });
  };
  /** Runs a write of the path when `allowed` says the user may; then answers with the draft's review state. */
  const guarded = async (reg: Registry, id: number, allowed: (u: CurrentUser) => boolean, refusal: string, write: () => Promise<{ ok: true } | { ok: false; error: { code: string; message: string } }>) => {
    if (!allowed(await reg.path.currentUser(me()))) return fail<ReviewState>('forbidden', refusal);
    const r = await write();
    if (!r.ok) return failWith<ReviewState>(r.error);
    return state(reg, id);
  };

  return {
    'users:list': withRegistry(z.undefined(), (reg) => users(reg)),

    'users:save': withRegistry(z.object({ name: z.string().min(1).max(80), role: Role, department: z.string().max(200).nullable().optional() }), async (reg, u) => {
      if (!Roles.mayManageUsers(await reg.path.currentUser(me()))) return fail<UsersState>('forbidden', 'Osoby i role ustala prawnik WON.');
      const r = await reg.path.saveUser({ name: u.name, role: u.role, department: u.department ?? null });
      if (!r.ok) return failWith<UsersState>(r.error);
      return users(reg);
    }),

    'users:remove': withRegistry(z.object({ name: z.string().min(1).max(80) }), async (reg, { name }) => {
      if (!Roles.mayManageUsers(await reg.path.currentUser(me()))) return fail<UsersState>('forbidden', 'Osoby i role ustala prawnik WON.');
      const r = await reg.path.removeUser(name);
      if (!r.ok) return failWith<UsersState>(r.error);
      return users(reg);
    }),

    'review:paths': withRegistry(z.undefined(), async (reg) => ok((await reg.path.listPaths()).map((p) => ({ ...p, signedOff: [...p.signedOff] })))),

    'review:get': withRegistry(z.object({ id: Id }), (reg, { id }) => state(reg, id)),

    'review:take': withRegistry(z.object({ id: Id }), (reg, { id }) =>
      guarded(reg, id, Roles.maySign, 'Propozycję do prac przyjmuje prawnik WON.', () => reg.path.take(id, me())),
    ),

    'review:remark': withRegistry(z.object({ id: Id, parentId: Id.nullable().optional(), anchor: Anchor, text: z.string().min(1).max(4000) }), (reg, a) =>
      guarded(reg, a.id, Roles.mayReview, 'Uwagi zgłaszają prawnicy WON i dyrektorzy wydziałów.', () => reg.path.addRemark({ draftId: a.id, parentId: a.parentId ?? null, anchor: a.anchor, text: a.text, author: me() })),
    ),

    'review:resolve': withRegistry(z.object({ id: Id, remarkId: Id, resolved: z.boolean() }), (reg, a) =>
      guarded(reg, a.id, Roles.mayReview, 'Uwagi rozstrzygają prawnicy WON i dyrektorzy wydziałów.', () => reg.path.setRemarkStatus(a.remarkId, a.resolved ? 'resolved' : 'open', me())),
    ),

    'review:signOff': withRegistry(z.object({ id: Id, office: z.enum(['sekretarz', 'skarbnik', 'prawny']), name: z.string().max(120), date: z.string().max(10) }), (reg, a) =>
      guarded(reg, a.id, Roles.maySign, 'Uzgodnienia zapisuje prawnik WON.', () => reg.path.recordSignOff(a.id, { office: a.office, name: a.name, date: a.date }, me())),
    ),
  };
}
