/**
 * The day of publication of a registry order whose entry into force counts from it (`Zarządzenie wchodzi w życie po
 * upływie 14 dni od dnia ogłoszenia`, issue 17). The orders of the Prezydent organising a department are as a rule
 * not published in a journal, so the day is not in the order: until the lawyer enters it here the registry says the
 * date of entry into force is unknown and the order is applied nowhere (not in force, not in any text in force);
 * entered (`registry:setPublished`), the date is counted from it. Shown only for a signed order with such a clause.
 */
import { useState } from 'react';
import { countsFromPublication, inForceFromPublication } from '../../../core/amend/publication.js';
import type { Order } from '../../../core/model/order.js';
import type { ApiError, RegistryEntry } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { DateInputPl } from '../date-input.js';
import { formatDatePl } from '../format.js';
import { announce } from '../keyboard/announcer.js';
import '../registry/amendments.css';

/** Whether the order needs the day of its publication (signed, its entry into force counted from publication). */
export function needsPublicationDate(order: Order): boolean {
  return order.meta.status !== 'draft' && countsFromPublication(order);
}

export interface PublicationDateProps {
  /** The order's id in the registry. */
  id: number;
  order: Order;
  /** The order and its registry entry as stored after the day was entered or cleared. */
  onSaved(order: Order, entry: RegistryEntry): void;
  onError(e: ApiError): void;
}

export function PublicationDate({ id, order, onSaved, onError }: PublicationDateProps) {
  const stored = order.meta.publishedOn ?? null;
  const [day, setDay] = useState<string | null>(stored);
  const [busy, setBusy] = useState(false);
  const save = async (date: string | null) => {
    setBusy(true);
    const r = await call((api) => api.registrySetPublished({ id, date }));
    setBusy(false);
    if (!r.ok) return onError(r.error);
    onSaved(r.value.order, r.value.entry);
    const when = r.value.entry.entryIntoForce;
    announce(date ? `Zapisano datę ogłoszenia${when ? `; zarządzenie wchodzi w życie ${formatDatePl(when)}` : ''}.` : 'Usunięto datę ogłoszenia.');
  };
  const when = inForceFromPublication(order);
  return (
    <section className={`publication ${stored ? 'notice' : 'notice notice-warning'}`} aria-label="Ogłoszenie zarządzenia" data-published={stored ?? ''}>
      {stored ? (
        <p>
          Ogłoszono {formatDatePl(stored)}; datę wejścia w życie liczy się od dnia ogłoszenia{when ? `: wchodzi w życie ${formatDatePl(when)}` : '.'}
        </p>
      ) : (
        <p><strong>Data wejścia w życie nieznana — podaj datę ogłoszenia.</strong> Zarządzenie wchodzi w życie po ogłoszeniu; dopóki w rejestrze nie ma dnia ogłoszenia, nie obowiązuje i nie jest stosowane w tekście obowiązującym.</p>
      )}
      <div className="field field-inline">
        <span>Data ogłoszenia</span>
        <DateInputPl aria-label="Data ogłoszenia" value={day} onChange={setDay} />
        <button type="button" className="button button-small" disabled={busy || !day || day === stored} onClick={() => void save(day)}>Zapisz datę ogłoszenia</button>
        {stored && <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => { setDay(null); void save(null); }}>Usuń datę</button>}
      </div>
    </section>
  );
}
