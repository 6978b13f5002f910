/**
 * Amending orders in the editor (issue 17). For a draft that replaces an order: "Zarządzenie zmieniające…" shows how
 * much the draft changes the text in force (the measure and its threshold: above it the app proposes keeping the
 * new order) and writes the amending order as a new draft linked to the amended order, which the editor then opens.
 * For an amending draft: "Po zmianach…" shows the amending order's findings, the print preview of the amended order
 * as it will read with this amendment, and saves the redline of the amended order (its text in force against the
 * text after the amendment) as Word tracked changes.
 */
import { useRef, useState } from 'react';
import type { Order } from '../../../core/model/order.js';
import type { AmendedView, AmendPlanInfo, ApiError, DraftDocument } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { countPl } from '../format.js';
import { useModal } from '../keyboard/use-modal.js';
import { savedNote, type Output } from '../output/use-output.js';
import { Preview } from './preview.js';
import '../registry/amendments.css';

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export interface AmendToolsProps {
  draft: DraftDocument;
  /** The editor's latest state. */
  current(): Order;
  /** Whether the draft is an amending order (its `meta.amends`). */
  amending: boolean;
  out: Output;
  onError(e: ApiError): void;
  /** Opens a draft in the editor (the amending order just written). */
  onOpenDraft?(d: DraftDocument): void;
}

/** The toolbar buttons and their dialogs. */
export function AmendTools({ draft, current, amending, out, onError, onOpenDraft }: AmendToolsProps) {
  const [plan, setPlan] = useState<AmendPlanInfo | null>(null);
  const [view, setView] = useState<AmendedView | null>(null);
  const [busy, setBusy] = useState(false);

  const openPlan = async () => {
    setBusy(true);
    const r = await call((api) => api.draftAmendPlan({ id: draft.id, order: current() }));
    setBusy(false);
    if (r.ok) setPlan(r.value);
    else onError(r.error);
  };
  const create = async () => {
    setBusy(true);
    const r = await call((api) => api.draftAmend({ id: draft.id, order: current() }));
    setBusy(false);
    if (!r.ok) return onError(r.error);
    setPlan(null);
    onOpenDraft?.(r.value);
  };
  const openView = async () => {
    setBusy(true);
    const r = await call((api) => api.amendView({ order: current() }));
    setBusy(false);
    if (r.ok) setView(r.value);
    else onError(r.error);
  };

  return (
    <>
      {draft.replacing && onOpenDraft && (
        <button type="button" className="button button-quiet" onClick={() => void openPlan()} disabled={busy} title="Zamiast nowego zarządzenia: zarządzenie zmieniające zarządzenie obowiązujące">
          Zarządzenie zmieniające…
        </button>
      )}
      {amending && (
        <button type="button" className="button button-quiet" onClick={() => void openView()} disabled={busy} title="Zmieniane zarządzenie tak, jak będzie brzmiało po tej zmianie">
          Po zmianach…
        </button>
      )}
      {plan && <AmendPlanDialog plan={plan} busy={busy} onCreate={() => void create()} onClose={() => setPlan(null)} />}
      {view && (
        <AmendedDialog
          view={view}
          busy={!!out.note?.busy}
          onRedline={() => void out.run('Przygotowywanie wersji ze zmianami…', (api) => api.exportRedline({ old: view.before, new: view.after! }), savedNote)}
          onClose={() => setView(null)}
        />
      )}
    </>
  );
}

function AmendPlanDialog({ plan, busy, onCreate, onClose }: { plan: AmendPlanInfo; busy: boolean; onCreate(): void; onClose(): void }) {
  const root = useRef<HTMLDivElement>(null);
  useModal(root, onClose);
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={root} className="dialog" role="dialog" aria-modal="true" aria-labelledby="amend-plan-title" data-measure={plan.measure}>
        <h2 id="amend-plan-title">Zarządzenie zmieniające zamiast nowego</h2>
        <p>
          Zmiany projektu względem tekstu obowiązującego: <strong>{plan.changes}</strong> {countPl(plan.changes, 'punkt', 'punkty', 'punktów')} zarządzenia zmieniającego;
          zmienione jednostki redakcyjne: <strong>{plan.touched} z {plan.total}</strong> ({pct(plan.measure)}; próg {pct(plan.threshold)}).
        </p>
        {plan.changes === 0 ? (
          // nothing to amend: said, and the focus on the button that closes (the other one is disabled)
          <p className="notice notice-warning" data-proposal="none">
            Projekt nie zmienia tekstu obowiązującego: zarządzenie zmieniające nie miałoby czego zmieniać. Najpierw wprowadź zmiany w projekcie.
          </p>
        ) : (
          <>
            <p className={plan.proposeNewOrder ? 'notice notice-error' : 'notice notice-ok'} data-proposal={plan.proposeNewOrder ? 'replace' : 'amend'}>
              {plan.proposeNewOrder
                ? 'Zmian jest tak dużo, że nowe zarządzenie będzie czytelniejsze niż zarządzenie zmieniające (§ 89 Zasad techniki prawodawczej): proponujemy pozostać przy nowym zarządzeniu.'
                : 'Zmian jest niewiele: zarządzenie zmieniające będzie czytelne. Każda zmieniona jednostka dostanie nowe brzmienie w cudzysłowie, nowe jednostki litery, uchylone nie zmienią numeracji.'}
            </p>
            <p className="muted">Zarządzenie zmieniające powstanie jako nowy projekt powiązany ze zmienianym zarządzeniem; ten projekt pozostanie bez zmian.</p>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose} {...(plan.changes === 0 ? { 'data-autofocus': '' } : {})}>Pozostań przy nowym zarządzeniu</button>
          <button type="button" className={plan.proposeNewOrder ? 'button' : 'button button-primary'} {...(plan.changes === 0 ? {} : { 'data-autofocus': '' })} disabled={busy || plan.changes === 0} onClick={onCreate}>
            Utwórz zarządzenie zmieniające
          </button>
        </div>
      </div>
    </div>
  );
}

function AmendedDialog({ view, busy, onRedline, onClose }: { view: AmendedView; busy: boolean; onRedline(): void; onClose(): void }) {
  const root = useRef<HTMLDivElement>(null);
  useModal(root, onClose);
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={root} className="dialog dialog-wide amended-dialog" role="dialog" aria-modal="true" aria-labelledby="amended-title">
        <h2 id="amended-title">Zarządzenie nr {view.amended.number} po zmianach</h2>
        {view.findings.length > 0 ? (
          <section className="notice notice-error" aria-label="Uwagi do zarządzenia zmieniającego">
            <strong>Uwagi do zarządzenia zmieniającego ({view.findings.length})</strong>
            <ul>{view.findings.map((f, i) => <li key={i}>{f.point > 0 ? `pkt ${f.point}: ` : ''}{f.message.replace(/^pkt \d+: /, '')}</li>)}</ul>
          </section>
        ) : (
          <p className="notice notice-ok">Zarządzenie zmieniające cytuje zmieniane zarządzenie, każda zmiana daje się wprowadzić, a § 2 i § 3 zgadzają się po zmianach.</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>Zamknij</button>
          <button type="button" className="button button-primary" data-autofocus="" disabled={busy || !view.after} onClick={onRedline} title="Tekst obowiązujący i tekst po zmianach jako zmiany śledzone programu Word">
            Zapisz wersję ze zmianami…
          </button>
        </div>
        {view.after && (
          <div className="amended-preview" aria-label="Podgląd zarządzenia po zmianach">
            <Preview order={view.after} />
          </div>
        )}
      </div>
    </div>
  );
}
