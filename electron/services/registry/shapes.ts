/**
 * The registry's plain-data shapes that cross the bridge to the renderer: no Node, no database types, so the
 * contract (`electron/contract/api.ts`, type-checked for the renderer) uses these very types instead of copies.
 */

/** Status of an order in the registry (glossary: `inForce` / `repealed`), plus drafts and signed copies. */
export type RegistryStatus = 'draft' | 'signed' | 'inForce' | 'repealed';

/** One line of the registry list. */
export interface OrderSummary {
  id: number;
  /** `3468/2024`, null for a draft. */
  number: string | null;
  /** Signing date ISO `YYYY-MM-DD`, null for a draft. */
  date: string | null;
  title: string;
  /** The department the order organises (nominative), null for a general order. */
  subject: string | null;
  kind: 'organizational' | 'general';
  /** Derived on the day asked (see `status.ts`). */
  status: RegistryStatus;
  /** ISO date the order enters (entered) into force; null for a draft. */
  entryIntoForce: string | null;
  /** ISO date it stops (stopped) being in force, when known. */
  repealedOn: string | null;
  /** Number of the order that repeals or supersedes it, when known. */
  repealedBy: string | null;
  /** Numbers of the orders this one repeals (its own § „traci moc”). */
  repeals: string[];
  /** For a draft made to replace an order: that order's id. */
  replacesId: number | null;
  /**
   * For an amending order (zarządzenie zmieniające, issue 17): the number of the order it amends, as its introductory
   * sentence cites it; null for any other order.
   */
  amends: string | null;
  /** The signed amending orders linked to this order (drafts left out), in the order they were added; empty when none. */
  amendedBy: AmendmentMark[];
  /** ISO time of the last change. */
  updatedAt: string;
}

/** An amending order as the registry list names it beside the order it amends. */
export interface AmendmentMark {
  id: number;
  number: string;
  /** Derived on the day asked: `signed` while its entry into force is still ahead. */
  status: RegistryStatus;
  /** ISO date it enters (entered) into force. */
  entryIntoForce: string | null;
}

/** One search hit: which unit of which department handles a task, and where the order says so. */
export interface SearchHit {
  number: string;
  subject: string | null;
  unit: string;
  symbol: string;
  /** Citation form: `§ 4 ust. 1 pkt 11`. */
  where: string;
  text: string;
  /**
   * Numbers of the amending orders in force that changed the order (the hit is its text as signed; its text in force
   * may say otherwise); empty when none.
   */
  amendedBy: string[];
}

/** An edit kept in a recovery file after a refused save, as the start screen offers it (`recovery.ts`). */
export interface RecoveryInfo {
  /** Opaque token naming the recovery file; the renderer passes it back to restore or discard. */
  id: string;
  /** The draft the edit belongs to (in the registry it was meant for). */
  draftId: number;
  /** Title and department of the kept edit. */
  title: string;
  subject: string | null;
  /** ISO time of the refused save. */
  savedAt: string;
  /** Why the save was refused (one Polish sentence). */
  reason: string;
}

/** One line of the audit log of an order: who did what and when (written with the change itself). */
export interface AuditEntry {
  /** ISO time (UTC, with milliseconds). */
  at: string;
  actor: string;
  /**
   * `imported` (added from a file), `created`, `saved` (a new version), `signed`; on the path of a draft
   * (`draft-path.ts`): `proposed` (a director's proposal), `taken` (into work by WON), `remarked` (a remark or a
   * reply), `resolved` (a remark), `signedOff` (a sign-off recorded).
   */
  action: 'imported' | 'created' | 'saved' | 'signed' | 'proposed' | 'taken' | 'remarked' | 'resolved' | 'signedOff';
  /** E.g. `wersja 3`, `Przywrócono wersję 1 …`, `zarządzenie nr 12/2025 z dnia 2025-02-10`, or null. */
  detail: string | null;
}
