/**
 * The start screen: the registry. Departments with their order in force (preview, start a replacing draft),
 * drafts in progress, repealed history, importing a file with its import report (the unplaced text first, each
 * fragment placed or discarded in the registry, then the importer's notes), and the search for a task across the
 * city hall.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { UnplacedResolution } from '../../../core/import/unplaced.js';
import type { Order } from '../../../core/model/order.js';
import type { ApiError, RegistryEntry, RegistryImport } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { formatDateNumericPl, formatDateTimePl } from '../format.js';
import { ImportReport } from './import-report.js';
import { RecentFiles } from './recent-files.js';
import { RegistryHealth } from './registry-health.js';
import { RegistryBadge } from './registry-badge.js';
import { SearchPanel } from './search-panel.js';
import { useReloadOnChange } from './connection.js';
import { DraftFilters, DraftPathCell, passes, useDraftPaths, type DraftFilter } from './draft-filters.js';
import { UsersDialog } from './users-dialog.js';
import { AmendmentFilterSelect, AmendmentMarks, passesAmendmentFilter, type AmendmentFilter } from './amendment-marks.js';

export interface RegistryScreenProps {
  /** Opens an order read-only; `view` `inForce` opens its text in force (an amended order, issue 17). */
  onPreview(entry: RegistryEntry, view?: 'inForce'): void;
  onCreateDraft(entry: RegistryEntry): void;
  onOpenDraft(entry: RegistryEntry): void;
  /** Opens the signing dialog for a draft (number and date given by the Prezydent's office). */
  onSignDraft(entry: RegistryEntry): void;
  /** Opens the "Nowy projekt" dialog (a draft from a template). */
  onNewDraft(): void;
  /** Opens „Wklej zarządzenie” (an order pasted from the clipboard); absent: no such command. */
  onPaste?(): void;
  onError(error: ApiError): void;
  /** Disables the actions while another call runs. */
  busy: boolean;
  /** A message to show at the top (after signing, after saving an order read elsewhere), or null. */
  notice?: string | null;
  /** The accessible name of the notice (default `Podpisanie`). */
  noticeLabel?: string;
  /** The order the notice is about: its row is marked. */
  highlightId?: number | null;
  onCloseNotice?(): void;
  /** Opens a file of the recent-files list (by its token); absent: the list is not shown. */
  onOpenFile?(token: string): void;
  /** Called each time the registry's lists have been read (shown, or the error reported). */
  onLoaded?(): void;
}

/** `nr 3468/2024 z dnia 30.12.2024` (dates on the registry screen as dd.mm.rrrr). */
function numberAndDate(e: RegistryEntry): string {
  return `nr ${e.number ?? '……'}${e.date ? ` z dnia ${formatDateNumericPl(e.date)}` : ''}`;
}

/** Local date and time of an ISO timestamp, `22.11.2026, 14:05`. */
const formatTimestamp = formatDateTimePl;

/** What the in-force table says under an order's number: when it stops being in force and by which order. */
function repealNote(e: RegistryEntry): string | null {
  if (e.status === 'signed') return e.entryIntoForce ? `podpisane, wchodzi w życie z dniem ${formatDateNumericPl(e.entryIntoForce)}` : 'podpisane; data wejścia w życie nieznana — podaj datę ogłoszenia';
  if (e.repealedOn) return `traci moc z dniem ${formatDateNumericPl(e.repealedOn)}${e.repealedBy ? ` (zarządzenie nr ${e.repealedBy})` : ''}`;
  return null;
}

/**
 * Marks the rows of the orders in force for the Element Timing API (`elementtiming`): the browser reports when their
 * text is first painted, which is when a user sees the registry, read by the bench's first-start figure
 * (test/bench/suites/startup.ts). Costs nothing when nobody observes it.
 */
const LIST_PAINT_MARK = { elementtiming: 'registry-list' } as Record<string, string>;

export function RegistryScreen({ onPreview, onCreateDraft, onOpenDraft, onSignDraft, onNewDraft, onError, busy, notice = null, noticeLabel = 'Podpisanie', highlightId = null, onCloseNotice, onOpenFile, onPaste, onLoaded }: RegistryScreenProps) {
  const [entries, setEntries] = useState<RegistryEntry[] | null>(null);
  /** The last import: what the registry did, and the order as stored now (null until it is read). */
  const [report, setReport] = useState<{ result: RegistryImport; order: Order | null } | null>(null);
  const [importing, setImporting] = useState(false);
  // the path of each draft (proposal / in work, who holds it) and the drafts table's filter
  const paths = useDraftPaths(entries);
  const [filter, setFilter] = useState<DraftFilter>({ stage: 'all', holder: '' });
  const [amendFilter, setAmendFilter] = useState<AmendmentFilter>('all');
  const [usersOpen, setUsersOpen] = useState(false);
  const [resolving, setResolving] = useState(false);

  const load = useCallback(async () => {
    const r = await call((api) => api.registryList());
    if (r.ok) setEntries(r.value);
    else {
      setEntries([]);
      onError(r.error);
    }
    onLoaded?.();
  }, [onError, onLoaded]);

  useEffect(() => {
    void load();
  }, [load]);
  // someone changed the registry (on the office's server: another app): the lists are read again
  useReloadOnChange(() => void load());

  const importFile = async () => {
    setImporting(true);
    const r = await call((api) => api.registryImport({}));
    setImporting(false);
    if (!r.ok) onError(r.error);
    else if (r.value) {
      const result = r.value;
      setReport({ result, order: null });
      await load();
      const got = await call((api) => api.registryGet({ id: result.id }));
      if (got.ok) setReport({ result, order: got.value.order });
    }
  };

  /** Places or discards a fragment of the imported order's unplaced text, in the registry. */
  const resolve = async (resolution: UnplacedResolution) => {
    if (!report) return;
    setResolving(true);
    const r = await call((api) => api.registryResolveUnplaced({ id: report.result.id, resolution }));
    setResolving(false);
    if (!r.ok) onError(r.error);
    else {
      setReport({ result: report.result, order: r.value.order });
      await load();
    }
  };

  const groups = useMemo(() => {
    const list = entries ?? [];
    const byId = new Map(list.map((e) => [e.id, e]));
    const inForce = list.filter((e) => e.status === 'inForce' || e.status === 'signed').sort((a, b) => (a.subject ?? a.title).localeCompare(b.subject ?? b.title, 'pl'));
    const drafts = list.filter((e) => e.status === 'draft').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const repealed = list.filter((e) => e.status === 'repealed').sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    return { byId, inForce, drafts, repealed };
  }, [entries]);

  return (
    <main className="registry" aria-labelledby="registry-title" data-region="" tabIndex={-1}>
      <div className="registry-head">
        <div>
          <h1 id="registry-title">Rejestr zarządzeń</h1>
          <p className="muted">Zarządzenia organizacyjne wydziałów, projekty w przygotowaniu i zarządzenia uchylone.</p>
          <RegistryBadge />
        </div>
        <div className="registry-actions">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus while the file is read */}
          <button type="button" className="button" onClick={() => !(busy || importing) && void importFile()} aria-disabled={busy || importing}>
            {importing ? 'Importowanie…' : 'Importuj plik do rejestru…'}
          </button>
          {onPaste && <button type="button" className="button" onClick={onPaste} disabled={busy}>Wklej zarządzenie…</button>}
          <button type="button" className="button button-quiet" onClick={() => setUsersOpen(true)} title="Kto może zmieniać, uzgadniać i podpisywać projekty">Osoby i role…</button>
          <button type="button" className="button button-primary" onClick={onNewDraft} disabled={busy} title="Projekt z szablonu (Ctrl+N)">
            Nowy projekt…
          </button>
        </div>
      </div>

      <RegistryHealth onError={onError} onChanged={() => void load()} />

      {notice && (
        <section className="notice notice-ok" aria-label={noticeLabel} role="status">
          <div className="notice-head">
            <strong>{notice}</strong>
            {onCloseNotice && <button type="button" className="close" aria-label="Zamknij komunikat" onClick={onCloseNotice}>×</button>}
          </div>
        </section>
      )}

      {report && (
        <div className="registry-import">
          <section className={`notice ${report.result.warnings.length || report.order?.unplaced.length ? 'notice-warning' : 'notice-ok'}`} aria-label="Raport importu" role="status">
            <div className="notice-head">
              <strong>{report.result.message}</strong>
              <button type="button" className="close" aria-label="Zamknij raport" onClick={() => setReport(null)}>×</button>
            </div>
          </section>
          {report.order && <ImportReport order={report.order} warnings={report.result.warnings} onResolve={(r) => void resolve(r)} busy={resolving} label="Tekst nieprzypisany i uwagi importu" />}
        </div>
      )}

      <SearchPanel onError={onError} />

      {onOpenFile && <RecentFiles onOpen={(token) => !busy && onOpenFile(token)} busy={busy} />}

      <section className="card" aria-labelledby="h-in-force">
        <h2 id="h-in-force">Wydziały i obowiązujące zarządzenia</h2>
        {entries === null ? (
          <p className="muted">Wczytywanie rejestru…</p>
        ) : groups.inForce.length === 0 ? (
          <p className="muted">Rejestr nie zawiera jeszcze obowiązujących zarządzeń. Zaimportuj plik, aby zacząć.</p>
        ) : (
          <>
          <AmendmentFilterSelect entries={groups.inForce} value={amendFilter} onChange={setAmendFilter} />
          <table className="register registry-table" aria-label="Obowiązujące zarządzenia">
            <thead>
              <tr>
                <th scope="col">Wydział</th>
                <th scope="col">Zarządzenie</th>
                <th scope="col">Obowiązuje od</th>
                <th scope="col" className="col-actions"><span className="sr-only">Działania</span></th>
              </tr>
            </thead>
            <tbody>
              {groups.inForce.filter((e) => passesAmendmentFilter(amendFilter, e)).map((e) => (
                <tr key={e.id} data-number={e.number ?? ''} data-status={e.status} className={e.id === highlightId ? 'row-highlight' : undefined}>
                  <td className="strong" {...LIST_PAINT_MARK}>{e.subject ?? <span className="muted">zarządzenie ogólne</span>}</td>
                  <td>
                    {numberAndDate(e)}
                    {repealNote(e) && (
                      <div className={`status-note ${e.status === 'signed' ? 'status-note-signed' : 'status-note-ending'}`}>{repealNote(e)}</div>
                    )}
                    <AmendmentMarks entry={e} onTextInForce={() => onPreview(e, 'inForce')} busy={busy} />
                  </td>
                  <td className="col-date">{e.entryIntoForce ? formatDateNumericPl(e.entryIntoForce) : '—'}</td>
                  <td className="col-actions">
                    <button type="button" className="button button-quiet" onClick={() => onPreview(e)} disabled={busy}>Podgląd</button>
                    {e.kind === 'organizational' && (
                      <button type="button" className="button" onClick={() => onCreateDraft(e)} disabled={busy} aria-label={`Nowy projekt zastępujący zarządzenie nr ${e.number}`}>
                        Nowy projekt zastępujący
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="h-drafts">
        <h2 id="h-drafts">Projekty w przygotowaniu</h2>
        {groups.drafts.length > 0 && <DraftFilters paths={paths} value={filter} onChange={setFilter} />}
        {groups.drafts.length === 0 ? (
          <p className="muted">Brak projektów. Zacznij od „Nowy projekt zastępujący” przy obowiązującym zarządzeniu albo od „Nowy projekt…” z szablonu.</p>
        ) : (
          <table className="register registry-table" aria-label="Projekty">
            <thead>
              <tr>
                <th scope="col">Wydział</th>
                <th scope="col">Zastępuje</th>
                <th scope="col">Etap i prowadzący</th>
                <th scope="col">Ostatnia zmiana</th>
                <th scope="col" className="col-actions"><span className="sr-only">Działania</span></th>
              </tr>
            </thead>
            <tbody>
              {groups.drafts.filter((e) => passes(filter, paths.get(e.id))).map((e) => {
                const replaces = e.replacesId !== null ? groups.byId.get(e.replacesId) : undefined;
                return (
                  <tr key={e.id}>
                    <td className="strong">{e.subject ?? e.title}</td>
                    <td>{replaces ? `nr ${replaces.number}` : e.amends ? null : '—'}<AmendmentMarks entry={e} /></td>
                    <DraftPathCell path={paths.get(e.id)} />
                    <td>{formatTimestamp(e.updatedAt)}</td>
                    <td className="col-actions">
                      <button type="button" className="button" onClick={() => onSignDraft(e)} disabled={busy} title="Zapisz numer i datę nadane przy podpisaniu">Podpisano…</button>
                      <button type="button" className="button button-primary" onClick={() => onOpenDraft(e)} disabled={busy}>Otwórz projekt</button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section className="card" aria-labelledby="h-repealed">
        <h2 id="h-repealed">Zarządzenia uchylone</h2>
        {groups.repealed.length === 0 ? (
          <p className="muted">Brak uchylonych zarządzeń w rejestrze.</p>
        ) : (
          <ul className="history">
            {groups.repealed.map((e) => (
              <li key={e.id} data-number={e.number ?? ''} className={e.id === highlightId ? 'row-highlight' : undefined}>
                <button type="button" className="link" onClick={() => onPreview(e)}>{numberAndDate(e)}</button>
                <span className="muted"> — {e.subject ?? e.title}</span>
                {e.repealedBy && <span className="muted">; uchylone zarządzeniem nr {e.repealedBy}</span>}
                {e.repealedOn && <span className="muted"> z dniem {formatDateNumericPl(e.repealedOn)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {usersOpen && <UsersDialog onClose={() => setUsersOpen(false)} />}
    </main>
  );
}
