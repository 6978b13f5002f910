/**
 * The signing dialog: after the Prezydent has signed a draft, the user records the number it was given
 * (`N/RRRR`) and the date of signing (`draft:sign`). The registry then lists the order as signed (or in force)
 * and the order it replaces as repealed from the new one's entry into force. The number and the date are
 * checked by the registry service (a wrong form, a year that differs from the date's, a number already taken):
 * its Polish message is shown in the dialog, which stays open.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useModal } from '../keyboard/use-modal.js';
import { DateInputPl } from '../date-input.js';
import type { ApiError, RegistryEntry } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';

/** What the dialog shows about the draft being signed. */
export interface SignTarget {
  draftId: number;
  /** The department (`Wydział Komunikacji Społecznej`) or the title. */
  subject: string;
  /** Numbers of the orders the draft repeals (`3468/2024`). */
  repeals: string[];
  /** The entry-into-force clause in words (`z dniem 1 stycznia 2027 r.`), or null when the draft has none. */
  entryIntoForce: string | null;
  /** The clause names a day but the draft has none yet (its text reads „z dniem …… r.”). */
  entryDateMissing?: boolean;
}

export interface SignDialogProps {
  target: SignTarget;
  /** Saves the editor's pending changes before signing; false (the save failed) stops the signing. */
  prepare?: () => Promise<boolean>;
  onSigned(entry: RegistryEntry): void;
  onCancel(): void;
  /** Today's date, ISO (the default date of signing); default: the system date. */
  today?: string;
}

/** Today's local date, ISO `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function SignDialog({ target, prepare, onSigned, onCancel, today = localToday() }: SignDialogProps) {
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  useModal(form, onCancel, !busy);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    if (prepare && !(await prepare())) {
      setBusy(false);
      setError({ code: 'save-failed', message: 'Nie udało się zapisać ostatnich zmian projektu, więc nie zapisano podpisania. Spróbuj ponownie.' });
      return;
    }
    const r = await call((api) => api.draftSign({ id: target.draftId, number: number.trim(), date }));
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onSigned(r.value);
  };

  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && !busy && onCancel()}>
      <div ref={form} className="dialog" role="dialog" aria-modal="true" aria-labelledby="sign-title">
        <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <h2 id="sign-title">Podpisanie zarządzenia</h2>
        <p className="muted">
          Wpisz numer i datę, które zarządzenie otrzymało po podpisaniu przez Prezydenta Miasta Krakowa. Projekt stanie się
          zarządzeniem w rejestrze i nie będzie można go dalej zmieniać.
        </p>
        <dl className="dialog-facts">
          <dt>Przedmiot</dt>
          <dd>{target.subject}</dd>
          <dt>Wchodzi w życie</dt>
          <dd>{target.entryDateMissing ? 'dzień nie jest wpisany (w tekście „z dniem ……\u00a0r.”)' : (target.entryIntoForce ?? 'z dniem podpisania')}</dd>
          {target.repeals.length > 0 && (
            <>
              <dt>Traci moc</dt>
              <dd>zarządzenie nr {target.repeals.join(', nr ')} — z dniem wejścia w życie nowego</dd>
            </>
          )}
        </dl>
        {target.entryDateMissing && (
          <p className="notice notice-warning" data-code="entry-date-missing">
            Projekt nie podaje dnia wejścia w życie. Rejestr przyjmie dzień podpisania, a w zapisanym tekście zostanie
            „z dniem ……{'\u00a0'}r.”. Jeśli podpisany dokument podaje dzień, anuluj, wpisz go w postanowieniach końcowych projektu
            i wtedy zapisz podpisanie.
          </p>
        )}
        <div className="dialog-fields">
          <label className="field">
            <span>Numer zarządzenia</span>
            <input data-autofocus="" className="input" name="number" value={number} onChange={(e) => setNumber(e.target.value)} placeholder="np. 1234/2026" autoComplete="off" spellCheck={false} required />
          </label>
          <label className="field">
            <span>Data podpisania</span>
            <DateInputPl name="date" value={date} onChange={(iso) => setDate(iso ?? '')} required />
          </label>
        </div>
        {error && <p className="notice notice-error" role="alert" data-code={error.code}>{error.message}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>Anuluj</button>
          <button type="submit" className="button button-primary" disabled={busy || !number.trim() || !date}>
            {busy ? 'Zapisywanie…' : 'Zapisz podpisanie'}
          </button>
        </div>
        </form>
      </div>
    </div>
  );
}
