/**
 * "Nowy projekt": a draft started from a template rather than from an order in force. The user picks the template
 * (its name and Polish description, `draft:templates`) and types the subject in the nominative (`Wydział Kultury`);
 * `draft:fromTemplate` creates the draft in the registry and the editor opens it. A refused subject or template
 * comes back with the core's Polish message, shown in the dialog, which stays open.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, DraftDocument, DraftTemplate } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { useModal } from '../keyboard/use-modal.js';

export interface NewDraftDialogProps {
  /** The draft created (already in the registry). */
  onCreated(draft: DraftDocument): void;
  onCancel(): void;
}

/** Short Polish names of the templates; the description below each says the rest. */
const TEMPLATE_LABEL: Record<string, string> = { wydzial: 'Wydział', 'kancelaria-biuro': 'Kancelaria lub biuro' };

export function NewDraftDialog({ onCreated, onCancel }: NewDraftDialogProps) {
  const [templates, setTemplates] = useState<DraftTemplate[] | null>(null);
  const [template, setTemplate] = useState('');
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void call((api) => api.draftTemplates()).then((r) => {
      if (!r.ok) return setError(r.error);
      setTemplates(r.value);
      setTemplate((t) => t || r.value[0]?.name || '');
    });
  }, []);
  useModal(form, onCancel, !busy);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await call((api) => api.draftFromTemplate({ template, subject: subject.trim() }));
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onCreated(r.value);
  };

  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && !busy && onCancel()}>
      <div ref={form} className="dialog" role="dialog" aria-modal="true" aria-labelledby="new-draft-title">
        <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <h2 id="new-draft-title">Nowy projekt zarządzenia</h2>
        <p className="muted">
          Projekt powstanie z szablonu: z kierownictwem, komórką organizacyjną o typowym zakresie, wspólnymi obowiązkami i
          postanowieniami końcowymi do uzupełnienia. Aby zastąpić obowiązujące zarządzenie, użyj „Nowy projekt zastępujący” w rejestrze.
        </p>
        <fieldset className="template-choice">
          <legend className="field-label">Szablon</legend>
          {templates === null && !error && <p className="muted small">Wczytywanie szablonów…</p>}
          {templates?.map((t) => (
            <label key={t.name} className={`template-option ${template === t.name ? 'selected' : ''}`}>
              <input type="radio" name="template" value={t.name} checked={template === t.name} onChange={() => setTemplate(t.name)} />
              <span>
                <strong>{TEMPLATE_LABEL[t.name] ?? t.name}</strong>
                <span className="muted small template-description">{t.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Przedmiot zarządzenia (w mianowniku)</span>
          <input data-autofocus="" className="input" name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} placeholder="np. Wydział Kultury" autoComplete="off" maxLength={200} required />
        </label>
        {error && <p className="notice notice-error" role="alert" data-code={error.code}>{error.message}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>Anuluj</button>
          <button type="submit" className="button button-primary" disabled={busy || !template || !subject.trim()}>
            {busy ? 'Tworzenie…' : 'Utwórz projekt'}
          </button>
        </div>
        </form>
      </div>
    </div>
  );
}
