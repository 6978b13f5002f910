/**
 * Search for a task across the city hall: which unit of which department handles it, in the orders in force.
 * Runs as the user types (debounced); the words found are marked in the results.
 */
import { Fragment, useEffect, useRef, useState } from 'react';
import type { ApiError, SearchHit } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { amendedByPhrase } from './amendment-marks.js';

/** Folds for matching in the highlight: lower case, no diacritics, ł → l. */
function fold(s: string): string {
  return s.toLocaleLowerCase('pl').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');
}

/** Splits `text` into runs, marking the words that start with one of the query's words. */
export function highlight(text: string, query: string): Array<{ text: string; hit: boolean }> {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  if (!words.length) return [{ text, hit: false }];
  return text.split(/([\p{L}\p{N}]+)/u).filter(Boolean).map((part) => ({ text: part, hit: /[\p{L}\p{N}]/u.test(part) && words.some((w) => fold(part).startsWith(w)) }));
}

export function SearchPanel({ onError }: { onError(e: ApiError): void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits(null);
      return;
    }
    const n = ++seq.current;
    const t = setTimeout(async () => {
      const r = await call((api) => api.registrySearch({ query: q, limit: 30 }));
      if (n !== seq.current) return;
      if (r.ok) setHits(r.value);
      else onError(r.error);
    }, 180);
    return () => clearTimeout(t);
  }, [query, onError]);

  return (
    <section className="card search" aria-label="Wyszukiwanie zadań">
      <label className="search-label" htmlFor="task-search">Kto się tym zajmuje? Szukaj zadania we wszystkich obowiązujących zarządzeniach</label>
      <input
        id="task-search"
        type="search"
        className="input search-input"
        placeholder="np. odznaki, wydawnictwa, media społecznościowe"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        spellCheck={false}
      />
      {hits !== null && (
        <div className="search-results" aria-live="polite">
          {hits.length === 0 ? (
            <p className="muted">Nie znaleziono zadań zawierających „{query.trim()}”.</p>
          ) : (
            <>
              <p className="muted">Znaleziono: {hits.length}{hits.length === 30 ? ' (pierwsze 30)' : ''}</p>
              <ol className="hits" tabIndex={0} aria-label="Znalezione zadania">
                {hits.map((h, i) => (
                  <li key={i}>
                    <div className="hit-where">
                      <strong>{h.symbol ? `${h.symbol} ` : ''}{h.unit}</strong>
                      <span className="muted"> · {h.subject ?? 'zarządzenie ogólne'} · zarządzenie nr {h.number}, {h.where}</span>
                      {h.amendedBy.length > 0 && (
                        <div className="amendment-marks"><span className="chip chip-amended" data-mark="amended">{amendedByPhrase(h.amendedBy)} · wynik z tekstu pierwotnego</span></div>
                      )}
                    </div>
                    <div className="legal hit-text">
                      {highlight(h.text, query).map((p, j) => (p.hit ? <mark key={j}>{p.text}</mark> : <Fragment key={j}>{p.text}</Fragment>))}
                    </div>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
