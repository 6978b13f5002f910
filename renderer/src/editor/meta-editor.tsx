/** Fields of the draft outside the register and the scopes: title and subject, § 1 leadership, final clauses. */
import { addDeputy, removeDeputy, renameDeputy, type EditResult } from '../../../core/draft/register.js';
import type { Order } from '../../../core/model/order.js';
import { formatDatePl } from '../format.js';
import { CommitInput } from './commit-input.js';
import { focusWhenReady } from '../keyboard/focus.js';
import { DateInputPl } from '../date-input.js';
import { NameFormsField } from './name-forms.js';
import { setDeputyForms, setSubject, setSubjectForms } from './order-edit.js';

export interface MetaEditorProps {
  order: Order;
  onChange(next: Order): void;
}

export function HeadingEditor({ order, onChange }: MetaEditorProps) {
  return (
    <section className="card" id="metryka" aria-label="Nagłówek i tytuł">
      <div className="heading-row">
        <div className="order-heading">Projekt zarządzenia nr ……/{new Date().getFullYear()} Prezydenta Miasta Krakowa z dnia ……</div>
        <span className="status status-draft">projekt</span>
      </div>
      <label className="field">
        <span>Tytuł</span>
        <textarea className="input legal title-input" rows={2} value={order.meta.title} readOnly={!!order.meta.amends} aria-describedby={order.meta.amends ? 'title-from-registry' : undefined}
          onChange={(e) => onChange({ ...order, meta: { ...order.meta, title: e.target.value.replace(/\n/g, ' ') } })} lang="pl" />
      </label>
      {order.meta.amends && <p id="title-from-registry" className="muted small">Tytuł zarządzenia zmieniającego wynika ze zmienianego zarządzenia (wybór w § 1).</p>}
      <label className="field">
        <span>Przedmiot (wydział, mianownik)</span>
        <input className="input" value={order.meta.subject ?? ''} onChange={(e) => onChange(setSubject(order, e.target.value || null))} lang="pl" />
      </label>
      {order.meta.subject && <NameFormsField name={order.meta.subject} forms={order.meta.subjectForms} onChange={(f) => onChange(setSubjectForms(order, f))} />}
    </section>
  );
}

export function LeadershipEditor({ order, onChange, edit }: MetaEditorProps & { edit(fn: (o: Order) => EditResult): boolean | void }) {
  const l = order.leadership;
  if (!l) return null;
  return (
    <section className="card" id="kierownictwo" aria-label="§ 1 Kierownictwo">
      <h2>Kierownictwo <span className="muted">(§ 1)</span></h2>
      <label className="field field-inline">
        <span>Kieruje</span>
        <input className="input" value={l.head} onChange={(e) => onChange({ ...order, leadership: { ...l, head: e.target.value } })} />
      </label>
      <div className="deputies">
        <div className="field-label">Zastępcy</div>
        {l.deputies.length === 0 && <p className="muted">Brak zastępców.</p>}
        {l.deputies.map((d, i) => (
          <div className="deputy-row" key={d.id} data-deputy-id={d.id}>
            <CommitInput className="input" aria-label={`Zastępca ${i + 1}`} value={d.name} onCommit={(v) => edit((o) => renameDeputy(o, d.id, v))} />
            <button type="button" className="icon-button danger" aria-label={`Usuń zastępcę: ${d.name}`} onClick={() => edit((o) => removeDeputy(o, d.id))}>✕</button>
            <NameFormsField name={d.name} forms={d.forms} onChange={(f) => onChange(setDeputyForms(order, d.id, f))} />
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => {
            let created: string | undefined;
            edit((o) => {
              const r = addDeputy(o, `Zastępca ${l.head === 'Dyrektor' ? 'Dyrektora' : l.head}`);
              created = r.ok ? r.deputyId : undefined;
              return r;
            });
            // the new deputy's name, selected: typing replaces it (a space typed next never presses the button again)
            if (created) focusWhenReady(() => document.querySelector<HTMLInputElement>(`.deputy-row[data-deputy-id="${CSS.escape(created!)}"] input`), { select: true });
          }}
        >
          + Dodaj zastępcę
        </button>
      </div>
    </section>
  );
}

/** `amending`: an amending order (issue 17), whose annex comes and goes with its point „załącznik … otrzymuje brzmienie”. */
export function FinalClausesEditor({ order, onChange, amending = false }: MetaEditorProps & { amending?: boolean }) {
  const e = order.entryIntoForce ?? { kind: 'signing' as const };
  return (
    <section className="card" id="koncowe" aria-label="Postanowienia końcowe">
      <h2>Postanowienia końcowe</h2>
      {order.repeals.length > 0 && (
        <div className="field">
          <span className="field-label">Traci moc</span>
          {order.repeals.map((r, i) => (
            <p key={i} className="legal">zarządzenie Prezydenta Miasta Krakowa nr {r.number}{r.date ? ` z dnia ${formatDatePl(r.date)}` : ''} {r.title}</p>
          ))}
        </div>
      )}
      <div className="field field-inline">
        <span>Wchodzi w życie</span>
        <select
          className="input"
          aria-label="Wejście w życie"
          value={e.kind}
          onChange={(ev) => {
            const kind = ev.target.value;
            onChange({ ...order, entryIntoForce: kind === 'signing' ? { kind: 'signing' } : kind === 'date' ? { kind: 'date', date: null } : { kind: 'afterDays', days: 14 } });
          }}
        >
          <option value="signing">z dniem podpisania</option>
          <option value="date">z dniem…</option>
          <option value="afterDays">po upływie … dni od podpisania</option>
        </select>
        {e.kind === 'date' && <DateInputPl aria-label="Data wejścia w życie" value={e.date} onChange={(iso) => onChange({ ...order, entryIntoForce: { kind: 'date', date: iso } })} />}
        {e.kind === 'afterDays' && (
          <input type="number" min={1} className="input input-days" aria-label="Liczba dni" value={e.days} onChange={(ev) => onChange({ ...order, entryIntoForce: { kind: 'afterDays', days: Math.max(1, Number(ev.target.value) || 1) } })} />
        )}
      </div>
      <label className="field field-inline">
        <span>Wykonanie powierza się</span>
        <input className="input" value={order.execution?.addressee ?? ''} placeholder="(bez przepisu o wykonaniu)" onChange={(ev) => onChange({ ...order, execution: ev.target.value ? { addressee: ev.target.value } : null })} />
      </label>
      {amending ? (
        <p className="muted small">{order.annex.present ? 'Załącznik: nowy schemat organizacyjny (zmiana „załącznik do zarządzenia otrzymuje brzmienie…” w § 1).' : 'Bez załącznika: zarządzenie zmieniające nie zmienia schematu.'}</p>
      ) : (
        <label className="field field-check">
          <input type="checkbox" checked={order.annex.present} onChange={(ev) => onChange({ ...order, annex: { present: ev.target.checked } })} />
          <span>Schemat organizacyjny jako załącznik</span>
        </label>
      )}
    </section>
  );
}
