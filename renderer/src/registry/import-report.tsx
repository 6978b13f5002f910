/**
 * The import report, the same wherever an order was read (issue 10): a file imported into the registry, a file
 * opened, text pasted, or an order of the registry that still holds unplaced text. First what was read or done,
 * then the unplaced text with its count (each fragment placed or discarded, `UnplacedReport`), then the importer's
 * other notes. The unplaced fragments are not repeated among the notes.
 */
import type { ReactNode } from 'react';
import { splitImportNotes } from '../../../core/import/import-notes.js';
import type { UnplacedResolution } from '../../../core/import/unplaced.js';
import type { Order } from '../../../core/model/order.js';
import { UnplacedReport } from './unplaced-report.js';

export interface ImportReportProps {
  order: Order;
  /** The importer's notes (empty for an order of the registry). */
  warnings: string[];
  /** The first line: what was read or done; none when the caller says it above the report. */
  summary?: ReactNode;
  /** Carries out a decision on an unplaced fragment. */
  onResolve(resolution: UnplacedResolution): void;
  busy?: boolean;
  /** The accessible name of the report. */
  label?: string;
}

export function ImportReport({ order, warnings, summary, onResolve, busy = false, label = 'Raport importu' }: ImportReportProps) {
  const notes = splitImportNotes(warnings).other;
  return (
    <section aria-label={label} className="import-report">
      {summary && (
        <p>
          <strong>{summary}</strong>
        </p>
      )}
      <UnplacedReport order={order} onResolve={onResolve} busy={busy} />
      {order.unplaced.length === 0 && <p className="notice notice-ok">Cały tekst przypisano do części zarządzenia.</p>}
      {notes.length > 0 && (
        <div className="import-notes">
          <p>Uwagi importu ({notes.length}):</p>
          <ul>{notes.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
