/**
 * Plain-data shapes of several people on one registry and of the path of a draft (issue 16 items 2-3): people and
 * their roles, where a draft stands (a director's proposal or in work at WON, who holds it), review remarks
 * anchored by id, and the sign-offs (uzgodnienia) required before signing; and what each role may do. Types and
 * pure rules only: shared by the service, the contract and the renderer.
 */

/** A lawyer of WON, a director of a department, or a reader. */
export type UserRole = 'lawyer' | 'director' | 'reader';

/** Polish names of the roles. */
export const ROLE_LABEL: Record<UserRole, string> = { lawyer: 'prawnik WON', director: 'dyrektor wydziału', reader: 'odczyt' };

/** A person of the registry, known by the name recorded with their versions. */
export interface RegistryUser {
  name: string;
  role: UserRole;
  /** A director's department (`Wydział Kultury`), else null. */
  department: string | null;
}

/** Who is using the app now: the name versions are recorded under and the role the registry gives it. */
export interface CurrentUser {
  name: string;
  role: UserRole;
  /** True when the registry lists no people yet (one person's registry): everyone is a lawyer. */
  everyone: boolean;
}

/** A director's proposal (propozycja) or a draft WON has taken into work. */
export type DraftStage = 'proposal' | 'inWork';

/** Polish names of the stages. */
export const STAGE_LABEL: Record<DraftStage, string> = { proposal: 'propozycja', inWork: 'w pracy WON' };

/** The offices whose sign-off (uzgodnienie) a draft needs before signing. */
export type SignOffOffice = 'sekretarz' | 'skarbnik' | 'prawny';

/** The offices in the order they are shown, with their Polish names. */
export const SIGN_OFF_OFFICES: ReadonlyArray<{ office: SignOffOffice; label: string }> = [
  { office: 'sekretarz', label: 'Sekretarz Miasta Krakowa' },
  { office: 'skarbnik', label: 'Skarbnik Miasta Krakowa' },
  { office: 'prawny', label: 'Obsługa prawna (radca prawny)' },
];

/** Where a draft stands on its path. */
export interface DraftPath {
  draftId: number;
  stage: DraftStage;
  /** Who holds the draft now (name). */
  holder: string;
  proposedBy: string | null;
  /** ISO time. */
  proposedAt: string | null;
  takenBy: string | null;
  /** ISO time. */
  takenAt: string | null;
  /** Remarks still open. */
  openRemarks: number;
  /** Offices whose sign-off is recorded. */
  signedOff: SignOffOffice[];
}

/** What a remark is anchored to: the whole draft, or a unit, task or clause (paragraph) by its id. */
export type RemarkAnchor = { kind: 'draft' } | { kind: 'unit' | 'task' | 'clause'; id: string; /** Where it was when remarked (`§ 4 pkt 2`). */ label: string };

/** A review remark or a reply to one. */
export interface Remark {
  id: number;
  draftId: number;
  /** The remark a reply answers; null for a remark. */
  parentId: number | null;
  anchor: RemarkAnchor;
  author: string;
  text: string;
  /** A reply's status is its remark's. */
  status: 'open' | 'resolved';
  /** ISO time. */
  createdAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

/** A recorded sign-off: who gave it and on which day. */
export interface SignOff {
  office: SignOffOffice;
  name: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  recordedBy: string;
  /** ISO time. */
  recordedAt: string;
}

/** What each role may do (issue 16 item 2: who may edit, review, sign). */
export const Roles = {
  /** Edit the draft's text: a lawyer always; a director only their own proposal before WON takes it. */
  mayEdit(user: CurrentUser, path: DraftPath | null): boolean {
    if (user.role === 'lawyer') return true;
    return user.role === 'director' && path !== null && path.stage === 'proposal' && path.holder === user.name;
  },
  /** Write remarks and replies, resolve remarks: lawyers and directors. */
  mayReview(user: CurrentUser): boolean {
    return user.role !== 'reader';
  },
  /** Take a proposal into work, record sign-offs and the signing: lawyers of WON. */
  maySign(user: CurrentUser): boolean {
    return user.role === 'lawyer';
  },
  /** Add, change and remove people: a lawyer, or anyone while the registry lists nobody. */
  mayManageUsers(user: CurrentUser): boolean {
    return user.everyone || user.role === 'lawyer';
  },
};
