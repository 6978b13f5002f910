/**
 * "Zestawienie zmian": the papers a director hands on with a draft that replaces an order — the change report
 * (zestawienie zmian, DOCX ready to sign) and the draft as Word tracked changes against the replaced order (wersja ze
 * zmianami). The dialog shows whether the coverage ledger is closed, keeps the justification (uzasadnienie) the
 * user writes in the draft itself (`changeReport.justification`, so it is saved and undone like any edit) and saves
 * either paper through the save dialog.
 */
import { useRef } from 'react';
import { useModal } from '../keyboard/use-modal.js';
import type { Order } from '../../../core/model/order.js';
import type { Comparison } from '../../../electron/contract/api.js';
import { ledgerState } from '../../../core/ledger/index.js';

export interface ChangeReportDialogProps {
  order: Order;
  comparison: Comparison | null;
  /** Sets the justification in the draft (typing: one undo step per pause). */
  onJustification(text: string): void;
  onExportReport(): void;
  onExportRedline(): void;
  onClose(): void;
  busy: boolean;
}

export function ChangeReportDialog({ order, comparison, onJustification, onExportReport, onExportRedline, onClose, busy }: ChangeReportDialogProps) {
  const root = useRef<HTMLDivElement>(null);
  useModal(root, onClose);
  const ledger = comparison ? ledgerState(comparison) : null;
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={root} className="dialog" role="dialog" aria-modal="true" aria-labelledby="report-title">
        <h2 id="report-title">Zestawienie zmian i wersja ze zmianami</h2>
        <p className="muted">
          Zestawienie zmian (DOCX) zawiera tabelę komórek, podsumowanie, zadania usunięte z odpowiedziami z wykazu pokrycia,
          uzasadnienie oraz miejsce na podpis dyrektora. Wersja ze zmianami pokazuje projekt jako zmiany śledzone programu Word
          względem zarządzenia uchylanego.
        </p>
        {ledger && ledger.questions > 0 && (
          <p className={ledger.closed ? 'notice notice-ok' : 'notice notice-error'} data-ledger={ledger.closed ? 'closed' : 'open'}>
            {ledger.closed
              ? 'Wykaz pokrycia zadań jest zamknięty: każde usunięte zadanie ma odpowiedź.'
              : `Wykaz pokrycia zadań nie jest zamknięty: ${ledger.open} usuniętych zadań nie ma odpowiedzi (zestawienie to pokaże).`}
          </p>
        )}
        <label className="field">
          <span>Uzasadnienie — przyczyny zmian (akapity oddziel pustym wierszem)</span>
          <textarea
            data-autofocus=""
            className="input legal"
            rows={8}
            lang="pl"
            aria-label="Uzasadnienie zmian"
            defaultValue={order.changeReport?.justification ?? ''}
            onChange={(e) => onJustification(e.target.value)}
          />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>Zamknij</button>
          <button type="button" className="button" disabled={busy} onClick={onExportRedline}>Zapisz wersję ze zmianami…</button>
          <button type="button" className="button button-primary" disabled={busy} onClick={onExportReport}>Zapisz zestawienie zmian…</button>
        </div>
      </div>
    </div>
  );
}
