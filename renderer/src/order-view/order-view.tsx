/**
 * The read-only view of an order (issue 2, first screen): metadata, the unit register as a table, each unit's
 * scope as nested lists with citations, common duties, final clauses and whatever the importer could not place.
 * An outline on the left jumps to each part.
 */
import { useMemo } from 'react';
import type { UnplacedResolution } from '../../../core/import/unplaced.js';
import { Citation } from '../../../core/model/citation.js';
import { locateItems, paragrafOf } from '../../../core/model/locate.js';
import type { Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { unitLabel } from '../format.js';
import { ImportReport } from '../registry/import-report.js';
import { ItemList } from './item-list.js';
import { MetadataCard } from './metadata-card.js';
import { UnitRegister } from './unit-register.js';

export interface OrderViewProps {
  order: Order;
  /** Importer notes to show above the document. */
  warnings: string[];
  /** Where the order comes from (a file name, `rejestr`), for the accessible name of the document. */
  source: string;
  /**
   * Carries out a decision on a fragment of unplaced text: with it, the import report (unplaced text first, then
   * the notes) opens the document; without it, the notes and the unplaced text are only listed.
   */
  onResolve?(resolution: UnplacedResolution): void;
  busy?: boolean;
}

/** Anchor id of a unit's scope section. */
const scopeAnchor = (unitId: string) => `zakres-${unitId}`;

export function OrderView({ order, warnings, source, onResolve, busy = false }: OrderViewProps) {
  const report = !!onResolve && (warnings.length > 0 || order.unplaced.length > 0);
  const locations = useMemo(() => locateItems(order), [order]);
  const cite = (id: string) => {
    const loc = locations.get(id);
    return loc ? Citation.format(loc.citation) : null;
  };
  const textContext = useMemo(() => RichText.context(order), [order]);
  const words = (t: RichText | undefined) => RichText.plain(t, textContext);
  const commonParagraf = paragrafOf(order, 'commonDuties');
  const jump = (id: string) => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  return (
    <div className="order-layout">
      <nav className="outline" aria-label="Spis treści zarządzenia" data-region="" tabIndex={-1}>
        <div className="outline-title">Spis treści</div>
        <button type="button" onClick={() => jump('metryka')}>Metryka</button>
        <button type="button" onClick={() => jump('komorki')}>Komórki organizacyjne</button>
        {order.units.length > 0 && <div className="outline-group">Zakresy działania</div>}
        {order.units.map((u) => (
          <button type="button" key={u.id} className="outline-unit" onClick={() => jump(scopeAnchor(u.id))} title={u.name}>
            <span className="symbol">{u.symbol || '—'}</span> {u.name}
          </button>
        ))}
        {order.commonDuties && <button type="button" onClick={() => jump('wspolne')}>Wspólne obowiązki</button>}
        {order.unplaced.length > 0 && <button type="button" onClick={() => jump('nieprzypisane')}>Nieprzypisany tekst</button>}
      </nav>

      <main className="document" aria-label={`Zarządzenie: ${source}`} data-region="" tabIndex={-1}>
        {report && <ImportReport order={order} warnings={warnings} onResolve={onResolve!} busy={busy} />}
        {!report && warnings.length > 0 && (
          <section className="notice notice-warning" aria-label="Uwagi importu">
            <strong>Uwagi importu ({warnings.length})</strong>
            <ul>{warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
          </section>
        )}

        <MetadataCard order={order} />

        <section className="card" id="komorki">
          <h2>Komórki organizacyjne <span className="muted">(§ 2)</span></h2>
          <UnitRegister order={order} onOpenScope={(u) => jump(scopeAnchor(u.id))} />
        </section>

        <section className="card" id="zakresy">
          <h2>Zakresy działania</h2>
          {order.units.map((u) => {
            const p = paragrafOf(order, 'scope', u.id);
            return (
              <article key={u.id} className="scope" id={scopeAnchor(u.id)} data-unit={u.symbol}>
                <h3>
                  {p !== null && <span className="para">§ {p}.</span>} {unitLabel(u)}
                </h3>
                {u.scope.kind === 'tasks' && (
                  <>
                    <p className="lead legal">{u.scope.lead}:</p>
                    <ItemList items={u.scope.tasks} cite={cite} words={words} />
                    {u.scope.wspolna?.length ? <p className="legal wspolna">{words(u.scope.wspolna)}</p> : null}
                    {u.scope.positions.map((pos) => (
                      <div className="position" key={pos.id}>
                        <h4>{pos.name}</h4>
                        <p className="lead legal">{pos.lead}:</p>
                        <ItemList items={pos.tasks} cite={cite} words={words} />
                        {pos.wspolna?.length ? <p className="legal wspolna">{words(pos.wspolna)}</p> : null}
                      </div>
                    ))}
                  </>
                )}
                {u.scope.kind === 'prose' && <p className="legal">{u.scope.lead} {words(u.scope.text)}</p>}
                {u.scope.kind === 'separateOrder' && <p className="legal muted">{u.scope.lead} — zakres określony odrębnym zarządzeniem.</p>}
                {u.scope.kind === 'subunits' && <p className="legal muted">Zakres wyznaczają zakresy komórek wchodzących w skład.</p>}
              </article>
            );
          })}
        </section>

        {order.commonDuties && (
          <section className="card" id="wspolne">
            <h2>Wspólne obowiązki komórek {commonParagraf !== null && <span className="muted">(§ {commonParagraf})</span>}</h2>
            <ItemList items={order.commonDuties} cite={cite} words={words} />
          </section>
        )}

        {!report && order.unplaced.length > 0 && (
          <section className="card notice-error-border" id="nieprzypisane">
            <h2>Tekst, którego nie udało się przypisać</h2>
            <p className="muted">Poniższe fragmenty zachowano dosłownie; sprawdź je i przenieś w odpowiednie miejsce.</p>
            <ul className="unplaced">
              {order.unplaced.map((u, i) => (
                <li key={i}>
                  <span className="where">{u.where}</span>
                  <span className="legal">{u.text}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
