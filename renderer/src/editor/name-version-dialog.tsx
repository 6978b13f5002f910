/**
 * „Zapisz wersję” (Ctrl+S, issue 13 item 5): asks for the name of the version to save — what the lawyer will look
 * for in the history later („dla Dyrektora”, „po uwagach WON”). The draft's current state, pending edits included,
 * becomes a named version that later autosaves never change. An invalid name or a failed save is shown in the
 * dialog, which stays open with the name typed.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { ApiResult, DraftSaved } from '../../../electron/contract/api.js';
import { useModal } from '../keyboard/use-modal.js';

/** Longest name (electron/services/registry/version-names.ts checks it again). */
const MAX = 80;

export interface NameVersionDialogProps {
  /** Saves the named version; the dialog closes when it succeeds. */
  onSave(name: string): Promise<ApiResult<DraftSaved>>;
  /** The version was saved under `name`. */
  onSaved(name: string, saved: DraftSaved): void;
  onCancel(): void;
}

export function NameVersionDialog({ onSave, onSaved, onCancel }: NameVersionDialogProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useModal(box, onCancel, !busy);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Podaj nazwę wersji, np. „dla Dyrektora”.');
    setBusy(true);
    const r = await onSave(name);
    setBusy(false);
    if (r.ok) return onSaved(name.replace(/\s+/g, ' ').trim(), r.value);
    setError(r.error.message);
  };
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && !busy && onCancel()}>
      <div ref={box} className="dialog" role="dialog" aria-modal="true" aria-labelledby="name-version-title" aria-describedby="name-version-text">
        <h2 id="name-version-title">Zapisz wersję</h2>
        <p id="name-version-text">
          Obecny stan projektu zostanie zapisany jako wersja o podanej nazwie. Nazwane wersje są w historii wyróżnione i nie zmieniają się przy dalszej
          pracy; zmiany zapisywane samoczynnie trafią do następnej wersji.
        </p>
        <form onSubmit={(e) => void submit(e)}>
          <label className="field">
            <span>Nazwa wersji</span>
            <input
              className="input"
              value={name}
              onChange={(e) => (setName(e.target.value), setError(null))}
              maxLength={MAX}
              placeholder="np. dla Dyrektora, po uwagach WON"
              aria-invalid={error !== null}
              aria-describedby={error ? 'name-version-error' : undefined}
              data-autofocus=""
              disabled={busy}
            />
          </label>
          {error && <p id="name-version-error" className="notice notice-error small" role="alert">{error}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onCancel} disabled={busy}>Anuluj</button>
            <button type="submit" className="button button-primary" disabled={busy}>{busy ? 'Zapisywanie…' : 'Zapisz wersję'}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
