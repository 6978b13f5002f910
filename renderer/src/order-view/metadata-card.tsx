/** The metadata of an order: heading, title, subject, status, legal basis, leadership and final clauses. */
import type { Order } from '../../../core/model/order.js';
import { entryIntoForceLabel } from '../entry-into-force-label.js';
import { formatDatePl, legalBasisLabel, orderHeading, STATUS_LABEL } from '../format.js';

export function MetadataCard({ order }: { order: Order }) {
  const { meta, leadership, legalBasis } = order;
  const rows: Array<[string, string | string[] | null]> = [
    ['Przedmiot', meta.subject],
    ['Rodzaj', meta.kind === 'organizational' ? 'organizacyjne' : 'ogólne'],
    ['Podstawa prawna', legalBasis ? (legalBasis.provision ? legalBasisLabel(legalBasis) : legalBasis.written ?? null) : null],
    ['Kierownictwo', leadership ? [leadership.head, ...leadership.deputies.map((d) => d.name)] : null],
    ['Uchyla', order.repeals.length ? order.repeals.map((r) => `nr ${r.number}${r.date ? ` z dnia ${formatDatePl(r.date)}` : ''}`).join('; ') : null],
    ['Wchodzi w życie', entryIntoForceLabel(order)],
    ['Wykonanie', order.execution ? `powierza się ${order.execution.addressee}` : null],
  ];
  return (
    <section className="card metadata" id="metryka" aria-label="Metryka zarządzenia">
      <div className="heading-row">
        <div className="order-heading">{orderHeading(order)}</div>
        <span className={`status status-${meta.status}`}>{STATUS_LABEL[meta.status]}</span>
      </div>
      <h1 className="order-title legal">{meta.title}</h1>
      <dl className="meta-grid">
        {rows
          .filter((r): r is [string, string | string[]] => r[1] !== null && r[1].length > 0)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{Array.isArray(v) ? v.map((line, i) => <span className="line" key={i}>{line}</span>) : v}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
