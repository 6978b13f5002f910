/**
 * The import report's first part: the text the importer could not place, with the count, each fragment verbatim
 * with where it stood in the source, and what the lawyer can do with it: place it as a point of a chosen unit's
 * scope, or discard it knowingly (after a confirmation). The decision goes to the caller, which applies it to an
 * order it holds (`resolveUnplaced` of `core/import/unplaced.ts`) or to the order stored in the registry
 * (`registry:resolveUnplaced`).
 */
import { useState } from 'react';
import type { UnplacedResolution } from '../../../core/import/unplaced.js';
import type { Order } from '../../../core/model/order.js';
import { countPl } from '../format.js';

export interface UnplacedReportProps {
  order: Order;
  /** Carries out the lawyer's decision on one fragment; the report shows the order it is given next. */
  onResolve(resolution: UnplacedResolution): void;
  /** True while a decision is being carried out: the buttons wait. */
  busy?: boolean;
}

export function UnplacedReport({ order, onResolve, busy = false }: UnplacedReportProps) {
  const [target, setTarget] = useState<Record<number, string>>({});
  const [confirm, setConfirm] = useState<number | null>(null);
  if (!order.unplaced.length) return null;
  const units = order.units;
  return (
    <section className="card notice-error-border unplaced-report" id="nieprzypisane" aria-labelledby="h-unplaced">
      <h3 id="h-unplaced">
        Tekst nieprzypisany: {order.unplaced.length} {countPl(order.unplaced.length, 'fragment', 'fragmenty', 'fragmentów')}
      </h3>
      <p className="muted small">
        Tych słów nie ma w żadnej części zarządzenia. Umieść każdy fragment jako punkt zakresu działania wybranej komórki albo odrzuć go świadomie.
      </p>
      <ol className="unplaced">
        {order.unplaced.map((u, i) => (
          <li key={`${i}-${u.where}`} data-index={i}>
            <div className="where">{u.where}</div>
            <blockquote className="legal">{u.text}</blockquote>
            <div className="unplaced-actions">
              {units.length > 0 && (
                <>
                  <label>
                    <span className="sr-only">Komórka, do której zakresu dodać fragment {i + 1}</span>
                    <select className="input" value={target[i] ?? ''} onChange={(e) => setTarget({ ...target, [i]: e.target.value })} aria-label={`Komórka dla fragmentu ${i + 1}`}>
                      <option value="">wybierz komórkę…</option>
                      {units.map((x) => (
                        <option key={x.id} value={x.id}>{x.symbol ? `${x.symbol} ` : ''}{x.name}</option>
                      ))}
                    </select>
                  </label>
                  <button type="button" className="button" disabled={!target[i] || busy} onClick={() => { onResolve({ kind: 'place', index: i, text: u.text, unitId: target[i]! }); setTarget({}); }}>
                    Umieść jako punkt zakresu
                  </button>
                </>
              )}
              {confirm === i ? (
                <>
                  <span className="small">Odrzucić ten fragment? Nie trafi do zarządzenia.</span>
                  <button type="button" className="button button-danger" disabled={busy} onClick={() => { onResolve({ kind: 'discard', index: i, text: u.text }); setConfirm(null); setTarget({}); }}>Tak, odrzuć</button>
                  <button type="button" className="button button-quiet" onClick={() => setConfirm(null)}>Nie</button>
                </>
              ) : (
                <button type="button" className="button button-quiet" onClick={() => setConfirm(i)}>Odrzuć…</button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
