/**
 * The text in force of a registry order at two dates (issue 17): its amending orders, the units whose wording
 * differs between the dates (words added and removed marked), and the whole consolidated text at each date, with
 * inserted units under their letters and repealed ones as `(uchylony)`. The dates are typed as dd.mm.rrrr; the first
 * defaults to the day the order entered into force, the second to today; a day before the order entered into force
 * says so above the text shown (its original text), not as if that text were in force then. A first day later than
 * the second is said so, with a button that swaps them.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError, TextInForce } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { DateInputPl } from '../date-input.js';
import { formatDatePl } from '../format.js';
import { DiffText } from '../diff-text.js';
import './amendments.css';

const todayIso = (): string => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

const KIND: Record<TextInForce['changes'][number]['kind'], string> = { changed: 'zmieniony', added: 'dodany', repealed: 'uchylony', removed: 'usunięty' };

export interface TextInForceViewProps {
  /** The registry order. */
  id: number;
  /** Its entry into force (ISO), the first date shown. */
  since: string | null;
  onError(e: ApiError): void;
}

export function TextInForceView({ id, since, onError }: TextInForceViewProps) {
  const [from, setFrom] = useState<string | null>(since ?? todayIso());
  const [to, setTo] = useState<string | null>(todayIso());
  const [t, setT] = useState<TextInForce | null>(null);
  useEffect(() => {
    if (!from || !to) return;
    let live = true;
    void call((api) => api.registryTextInForce({ id, from, to })).then((r) => {
      if (!live) return;
      if (r.ok) setT(r.value);
      else onError(r.error);
    });
    return () => {
      live = false;
    };
  }, [id, from, to, onError]);

  // opened from the registry list's mark, whose button went with the list: the focus goes to the view, not the page
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) root.current?.focus({ preventScroll: true });
  }, []);

  return (
    <main ref={root} className="document text-in-force" aria-label="Tekst obowiązujący" data-region="" tabIndex={-1}>
      <h1 className="sr-only">Tekst obowiązujący</h1>
      <section className="card">
        <h2>Tekst obowiązujący w dwóch dniach</h2>
        <div className="in-force-dates">
          <label className="field">
            <span>Pierwszy dzień</span>
            <DateInputPl value={from} onChange={setFrom} aria-label="Pierwszy dzień" />
          </label>
          <label className="field">
            <span>Drugi dzień</span>
            <DateInputPl value={to} onChange={setTo} aria-label="Drugi dzień" />
          </label>
        </div>
        {from && to && from > to && (
          <p className="notice notice-warning" data-dates-reversed="">
            Pierwszy dzień jest późniejszy niż drugi: zmiany pokazano wstecz.{' '}
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                setFrom(to);
                setTo(from);
              }}
            >
              Zamień dni
            </button>
          </p>
        )}
        {t && (
          <div className="in-force-amendments">
            <h3>Zarządzenia zmieniające ({t.amendments.length})</h3>
            {t.amendments.length === 0 ? (
              <p className="muted">W rejestrze nie ma zarządzeń zmieniających to zarządzenie: tekst obowiązujący jest jego tekstem.</p>
            ) : (
              <ul>
                {t.amendments.map((a) => (
                  <li key={a.id}>
                    {a.number ? `nr ${a.number} z dnia ${a.date ? formatDatePl(a.date) : '…'}` : `projekt ${a.id}`}
                    {a.entryIntoForce ? ` — wchodzi w życie ${formatDatePl(a.entryIntoForce)}` : ' — projekt, nie jest stosowany'}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
      {t && (
        <>
          <section className="card" aria-label="Zmiany między dniami">
            <h2>
              Zmiany od {formatDatePl(t.from.date)} do {formatDatePl(t.to.date)} <span className="muted">({t.changes.length})</span>
            </h2>
            {t.changes.length === 0 ? (
              <p className="muted">W tym okresie tekst się nie zmienił.</p>
            ) : (
              <ol className="in-force-changes">
                {t.changes.map((c) => (
                  <li key={`${c.where}-${c.kind}`} data-kind={c.kind}>
                    <span className="where">{c.where}</span> <span className="chip">{KIND[c.kind]}</span>
                    <p className="legal">
                      <DiffText parts={c.parts} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <div className="in-force-texts">
            {[t.from, t.to].map((x, k) => (
              <section className="card" key={k} aria-label={`Tekst obowiązujący ${formatDatePl(x.date)}`}>
                <h2>Tekst obowiązujący {formatDatePl(x.date)}</h2>
                {t.order.entryIntoForce && x.date < t.order.entryIntoForce && (
                  <p className="notice notice-warning" data-before-force="">
                    Tego dnia zarządzenie jeszcze nie obowiązywało (weszło w życie {formatDatePl(t.order.entryIntoForce)}); poniżej jego tekst pierwotny.
                  </p>
                )}
                <p className="muted">
                  {x.applied.length ? `Uwzględnia: ${x.applied.map((a) => a.replace(/ Prezydenta Miasta Krakowa.*$/, '')).join(', ')}.` : 'Bez zmian: tekst pierwotny.'}
                </p>
                {x.skipped.map((s, i) => (
                  <p key={i} className={s.reason === 'notYetInForce' ? 'muted' : 'notice notice-warning'} data-skip={s.reason}>
                    Nie uwzględniono {s.order.replace(/ Prezydenta Miasta Krakowa.*$/, '')}: {s.problems.join('; ').replace(/\.$/, '')}.
                  </p>
                ))}
                <pre className="legal in-force-text" tabIndex={0} aria-label={`Tekst obowiązujący ${formatDatePl(x.date)}`}>{x.text}</pre>
              </section>
            ))}
          </div>
        </>
      )}
    </main>
  );
}
