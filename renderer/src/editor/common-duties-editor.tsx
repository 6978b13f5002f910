/**
 * The common duties of all units in the editor: every item of the template list with a switch (on: the draft
 * has it; off: left out), the text of each item and of its letters editable as rich text (chips of mentions and
 * provision references, the picker's Ctrl+Shift+K: `rich-text-field.tsx`), a link back to the template's
 * wording, and items of the user's own added at the end. Numbering and punctuation are generated, as in scopes.
 */
import { memo, useCallback } from 'react';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { itemLabel } from '../format.js';
import { addDuty, dutyRows, removeDuty, setDutyOn, setDutyText, type DutyRow } from '../../../core/draft/common-duties.js';
import { recognizeTextMentions } from './order-edit.js';
import { RichTextField } from './rich-text-field.js';

export interface CommonDutiesEditorProps {
  order: Order;
  /** The paragraf number of the common duties, or null when the draft has none. */
  paragraf: number | null;
  /**
   * Applies a change of the model; `typing` names the field typed in (keystrokes there join one undo step);
   * `silent`: a change that keeps every word (mentions recognised when a field is left), no undo step of its own.
   */
  onChange(next: (o: Order) => Order, typing?: string, silent?: boolean): void;
}

/** What mentions in the duties are written from: the units' names and symbols (not their scopes, which change while typing). */
function registerKey(order: Order): string {
  return order.units.map((u) => `${u.id}\u0001${u.name}\u0001${u.symbol}\u0001${JSON.stringify(u.forms ?? null)}`).join('\u0002');
}

/** The item of a tree by id. */
function findItem(items: Item[], id: string): Item | undefined {
  for (const it of items) {
    if (it.id === id) return it;
    const c = findItem(it.children, id);
    if (c) return c;
  }
  return undefined;
}

/** A short name of an item for labels: its first words. */
function shortText(text: string): string {
  const w = text.trim().split(/\s+/).slice(0, 6).join(' ');
  return w.length < text.trim().length ? `${w}…` : w;
}

function DutyText({ item, label, disabled, onChange }: { item: Item; label: string; disabled: boolean; onChange: CommonDutiesEditorProps['onChange'] }) {
  const id = item.id;
  const onText = useCallback((text: RichText) => onChange((o) => setDutyText(o, id, text), `duty:${id}`), [onChange, id]);
  // names of units and citations typed in become references when the field is left (no undo step of their own)
  const onLeave = useCallback(() => onChange((o) => recognizeTextMentions(o, findItem(o.commonDuties ?? [], id)?.text, (t) => setDutyText(o, id, t)), undefined, true), [onChange, id]);
  return (
    <RichTextField
      hostId={id}
      className="duty-text"
      value={item.text}
      disabled={disabled}
      label={`Treść obowiązku ${label}`}
      placeholder="Treść obowiązku"
      onChange={onText}
      onLeave={onLeave}
    />
  );
}

const DutyRowView = memo(function DutyRowView({ row, n, order, onChange }: { row: DutyRow; n: number | null; order: Order; onChange: CommonDutiesEditorProps['onChange'] }) {
  const { item, on, templateId } = row;
  const label = on && n !== null ? itemLabel(0, n) : '—';
  const words = RichText.plain(item.text, order);
  const name = shortText(words) || 'nowy obowiązek';
  return (
    <li className={`duty ${on ? 'duty-on' : 'duty-off'}`} data-template-id={templateId ?? undefined} data-id={on ? item.id : undefined}>
      <div className="duty-row">
        {templateId ? (
          <input type="checkbox" checked={on} aria-label={`Włączony: ${name}`} onChange={(e) => onChange((o) => setDutyOn(o, templateId, e.target.checked))} />
        ) : (
          <span className="duty-own" title="Obowiązek dodany w projekcie (spoza szablonu)">własny</span>
        )}
        <span className="duty-label">{label}</span>
        <DutyText item={item} label={name} disabled={!on} onChange={onChange} />
        <span className="duty-tools">
          {on && row.templateText !== null && row.templateText !== words && (
            <button type="button" className="link small" onClick={() => onChange((o) => setDutyText(o, item.id, RichText.of(row.templateText!)))} title={row.templateText}>
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
              <DutyText item={c} label={`${name}, lit. ${itemLabel(1, i)}`} disabled={!on} onChange={onChange} />
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
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.duty[data-id="${CSS.escape(created)}"] .duty-text`)?.focus());
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
          <DutyRowView key={r.on ? r.item.id : `off:${r.templateId}`} row={r} n={r.on ? n++ : null} order={order} onChange={onChange} />
        ))}
      </ol>
      <div className="table-actions">
        <button type="button" className="button" onClick={add}>+ Dodaj obowiązek</button>
      </div>
    </section>
  );
}, (a, b) =>
  a.paragraf === b.paragraf && a.onChange === b.onChange && a.order.commonDuties === b.order.commonDuties &&
  a.order.leadership === b.order.leadership && a.order.meta.subject === b.order.meta.subject && registerKey(a.order) === registerKey(b.order));
