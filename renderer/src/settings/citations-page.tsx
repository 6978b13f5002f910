/**
 * The settings page of the journal citations (Metryczki ustaw, issue 11 item 4): for each act the app cites (the
 * ustawa o samorządzie gminnym in the legal basis, the acts the common duties cite) the citations known, newest
 * first, with the date each is current from and where it comes from (an order of the registry, the user, the
 * app's confirmed data); the user adds a newer one or removes one added or learned. Stored in the registry for the
 * whole office; the checks of every draft read them (a draft citing an older one gets a warning with a fix).
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiError, CitationActView, CitationEntryView, CitationsView } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { DateInputPl } from '../date-input.js';
import { formatDatePl } from '../format.js';
import './citations.css';

export interface CitationsPageProps {
  onError(e: ApiError): void;
  /** Leaves the page (back to the draft it was opened from, or to the registry); absent: no button. */
  onBack?(): void;
  /** The label of the back button (`Wróć do projektu`). */
  backLabel?: string;
}

/** What the source column says before an entry's source (a user's entry names the user in its source already). */
const ORIGIN: Record<CitationEntryView['origin'], string | null> = {
  shipped: 'dane aplikacji',
  user: null,
  learned: 'z rejestru',
};

export function CitationsPage({ onError, onBack, backLabel = 'Wróć' }: CitationsPageProps) {
  const [view, setView] = useState<CitationsView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await call((api) => api.citationsGet());
    if (r.ok) setView(r.value);
    else onError(r.error);
  }, [onError]);
  useEffect(() => void load(), [load]);

  const changed = (v: CitationsView, text: string) => {
    setView(v);
    setNotice(text);
  };

  return (
    <main className="registry citations-page" aria-labelledby="citations-title" data-region="" tabIndex={-1}>
      <div className="registry-head">
        <div>
          <h1 id="citations-title">Metryczki ustaw</h1>
          <p className="muted">
            Metryczki (Dz. U.) aktów, które powołują zarządzenia. Projekt, który powołuje starszą metryczkę niż najnowsza znana, dostaje
            ostrzeżenie z poprawką. Rejestr uczy się nowych metryczek z podpisanych zarządzeń; wpisy są wspólne dla całego rejestru.
          </p>
        </div>
        {onBack && (
          <div className="registry-actions">
            <button type="button" className="button" onClick={onBack}>{backLabel}</button>
          </div>
        )}
      </div>
      {notice && (
        <section className="notice notice-ok" role="status" aria-label="Zmiana metryczek">
          <div className="notice-head">
            <strong>{notice}</strong>
            <button type="button" className="close" aria-label="Zamknij komunikat" onClick={() => setNotice(null)}>×</button>
          </div>
        </section>
      )}
      {view === null ? (
        <p className="muted">Wczytywanie metryczek…</p>
      ) : (
        view.acts.map((a) => <ActCard key={a.key} act={a} onChanged={changed} onError={onError} />)
      )}
    </main>
  );
}

/** One act: its citations and the form to add one. */
function ActCard({ act, onChanged, onError }: { act: CitationActView; onChanged(v: CitationsView, text: string): void; onError(e: ApiError): void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (!from) return setProblem('Podaj datę, od której metryczka jest aktualna (dd.mm.rrrr).');
    setBusy(true);
    const r = await call((api) => api.citationsAdd({ actKey: act.key, text, currentFrom: from }));
    setBusy(false);
    if (!r.ok) return r.error.code === 'invalid-argument' || r.error.code === 'internal' || r.error.code === 'offline' ? onError(r.error) : setProblem(r.error.message);
    setProblem(null);
    setText('');
    setFrom(null);
    onChanged(r.value, `Dodano metryczkę ${act.act}: ${r.value.acts.find((x) => x.key === act.key)?.entries.find((e) => e.origin === 'user' && e.currentFrom === from)?.text ?? text}.`);
  };
  const remove = async (e: CitationEntryView) => {
    const r = await call((api) => api.citationsRemove({ actKey: act.key, year: e.year, positions: e.positions, currentFrom: e.currentFrom, ...(e.issue !== undefined ? { issue: e.issue } : {}) }));
    if (!r.ok) return onError(r.error);
    onChanged(r.value, `Usunięto metryczkę ${e.text} (${act.act}).`);
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`} data-act={act.key}>
      <h2 id={`${id}-h`}>{act.act}</h2>
      {act.citedIn && <p className="muted small">Powoływana: {act.citedIn}</p>}
      {act.entries.length === 0 ? (
        <p className="muted">Brak potwierdzonej metryczki. Dodaj ją, gdy zarządzenie zacznie ją powoływać.</p>
      ) : (
        <table className="register registry-table citations-table" aria-label={`Metryczki: ${act.act}`}>
          <thead>
            <tr>
              <th scope="col">Metryczka</th>
              <th scope="col">Aktualna od</th>
              <th scope="col">Źródło</th>
              <th scope="col" className="col-actions"><span className="sr-only">Działania</span></th>
            </tr>
          </thead>
          <tbody>
            {act.entries.map((e, i) => (
              <tr key={`${e.text}-${e.currentFrom}-${e.origin}`} data-origin={e.origin}>
                <td>
                  {e.text}
                  {i === 0 && <span className="tag"> najnowsza</span>}
                </td>
                <td className="col-date">{formatDatePl(e.currentFrom)}</td>
                <td className="citation-source">
                  {ORIGIN[e.origin] && <span className="muted">{ORIGIN[e.origin]}: </span>}
                  {e.source}
                </td>
                <td className="col-actions">
                  {e.origin !== 'shipped' && (
                    <button type="button" className="button button-quiet" onClick={() => void remove(e)} aria-label={`Usuń metryczkę ${e.text}`}>
                      Usuń
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="citation-add"
        aria-label={`Dodaj metryczkę: ${act.act}`}
        onSubmit={(ev) => {
          ev.preventDefault();
          void add();
        }}
      >
        <label className="field">
          <span>Nowa metryczka</span>
          <input
            className="input"
            value={text}
            onChange={(ev) => setText(ev.target.value)}
            placeholder="Dz. U. z 2025 r. poz. 1153"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            spellCheck={false}
            autoComplete="off"
          />
        </label>
        <label className="field">
          <span>Aktualna od</span>
          <DateInputPl value={from} onChange={setFrom} aria-label={`Aktualna od: ${act.act}`} />
        </label>
        <button type="submit" className="button button-primary" disabled={busy || !text.trim()}>Dodaj</button>
        {problem && <p id={`${id}-problem`} className="field-error" role="alert">{problem}</p>}
      </form>
    </section>
  );
}
