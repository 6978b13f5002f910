/**
 * The common duties of all units in the editor: every item of the template list with a switch (on: the draft
 * has it; off: left out), the text of each item and of its letters editable, a link back to the template's
 * wording, and items of the user's own added at the end. Numbering and punctuation are generated, as in scopes.
 */
import { memo } from 'react';
import type { Item, Order } from '../../../core/model/order.js';
import { itemLabel } from '../format.js';
import { addDuty, dutyRows, removeDuty, setDutyOn, setDutyText, type DutyRow } from '../../../core/draft/common-duties.js';

export interface CommonDutiesEditorProps {
  order: Order;
  /** The paragraf number of the common duties, or null when the draft has none. */
  paragraf: number | null;
  /** Applies a change of the model; `typing` names the field typed in (keystrokes there join one undo step). */
  onChange(next: (o: Order) => Order, typing?: string): void;
}

/** A short name of an item for labels: its first words. */
function shortText(text: string): string {
  const w = text.trim().split(/\s+/).slice(0, 6).join(' ');
  return w.length < text.trim().length ? `${w}…` : w;
}

function DutyText({ item, label, disabled, onText }: { item: Item; label: string; disabled: boolean; onText(id: string, text: string): void }) {
  return (
    <textarea
      className="input duty-text legal"
      rows={1}
      value={item.text}
      disabled={disabled}
      aria-label={`Treść obowiązku ${label}`}
      placeholder="Treść obowiązku"
      lang="pl"
      spellCheck
      onChange={(e) => onText(item.id, e.target.value.replace(/\s*\n\s*/g, ' '))}
    />
  );
}

const DutyRowView = memo(function DutyRowView({ row, n, onChange }: { row: DutyRow; n: number | null; onChange: CommonDutiesEditorProps['onChange'] }) {
  const { item, on, templateId } = row;
  const label = on && n !== null ? itemLabel(0, n) : '—';
  const onText = (id: string, text: string) => onChange((o) => setDutyText(o, id, text), `duty:${id}`);
  const name = shortText(item.text) || 'nowy obowiązek';
  return (
    <li className={`duty ${on ? 'duty-on' : 'duty-off'}`} data-template-id={templateId ?? undefined} data-id={on ? item.id : undefined}>
      <div className="duty-row">
        {templateId ? (
          <input type="checkbox" checked={on} aria-label={`Włączony: ${name}`} onChange={(e) => onChange((o) => setDutyOn(o, templateId, e.target.checked))} />
        ) : (
          <span className="duty-own" title="Obowiązek dodany w projekcie (spoza szablonu)">własny</span>
        )}
        <span className="duty-label">{label}</span>
        <DutyText item={item} label={name} disabled={!on} onText={onText} />
        <span className="duty-tools">
          {on && row.templateText !== null && row.templateText !== item.text && (
            <button type="button" className="link small" onClick={() => onChange((o) => setDutyText(o, item.id, row.templateText!))} title={row.templateText}>
              tekst szablonu
            </button>
          )}
          {!templateId && (
            <button type="button" className="icon-button danger" aria-label={`Usuń obowiązek: ${name}`} onClick={() => onChange((o) => removeDuty(o, item.id))}>✕</button>
          )}
        </span>
      </div>
      {item.children.length > 0 && (
        <ol className="duty-letters">
          {item.children.map((c, i) => (
            <li key={c.id} className="duty-row duty-letter">
              <span className="duty-label">{itemLabel(1, i)}</span>
              <DutyText item={c} label={`${name}, lit. ${itemLabel(1, i)}`} disabled={!on} onText={onText} />
            </li>
          ))}
        </ol>
      )}
    </li>
  );
});

/** Re-renders only when the list, the names it is filled with or its paragraf change (not while a scope is typed). */
export const CommonDutiesEditor = memo(function CommonDutiesEditor({ order, paragraf, onChange }: CommonDutiesEditorProps) {
  const rows = dutyRows(order);
  const onCount = rows.filter((r) => r.on).length;
  let n = 0;
  const add = () => {
    let created = '';
    onChange((o) => {
      const r = addDuty(o);
      created = r.itemId;
      return r.order;
    });
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>(`.duty[data-id="${CSS.escape(created)}"] .duty-text`)?.focus());
  };
  return (
    <section className="card" id="obowiazki" aria-label="Wspólne obowiązki komórek" data-paragraf={paragraf ?? undefined}>
      <h2>
        Wspólne obowiązki komórek {paragraf !== null && <span className="muted">(§ {paragraf})</span>}
      </h2>
      <p className="muted hint">
        Lista z szablonu (zarządzenie nr 3468/2024 § 11): zaznacz obowiązki, które mają się znaleźć w zarządzeniu; tekst
        każdego można poprawić. Włączone: {onCount} z {rows.length}.
      </p>
      <ol className="duties" aria-label="Wspólne obowiązki">
        {rows.map((r) => (
          <DutyRowView key={r.on ? r.item.id : `off:${r.templateId}`} row={r} n={r.on ? n++ : null} onChange={onChange} />
        ))}
      </ol>
      <div className="table-actions">
        <button type="button" className="button" onClick={add}>+ Dodaj obowiązek</button>
      </div>
    </section>
  );
}, (a, b) =>
  a.paragraf === b.paragraf && a.onChange === b.onChange && a.order.commonDuties === b.order.commonDuties &&
  a.order.leadership === b.order.leadership && a.order.meta.subject === b.order.meta.subject);
