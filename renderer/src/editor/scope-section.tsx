/**
 * One unit's scope in the editor: its heading (genitive and symbol, generated from the register), the kind of
 * scope (a list of tasks, one sentence, set by a separate order, made of its sub-units' lists) and what that kind
 * holds: the list in a Slate editor and the positions inside the unit, each with its name, lead and own list; the
 * sentence; the lead that points at the separate order. Re-renders only when its unit changes.
 */
import { memo, useCallback, useMemo } from 'react';
import { inflect } from '../../../core/language/index.js';
import type { Item, Order, Unit } from '../../../core/model/order.js';
import type { RichText } from '../../../core/model/rich-text.js';
import { addPosition, DEFAULT_LEAD, listKey, recognizeListMentions, recognizeTextMentions, removePosition, setPosition, setProseRichText, setScopeKind, setScopeLead, type ScopeKind } from './order-edit.js';
import { RichTextField } from './rich-text-field.js';
import { ScopeEditor } from './scope-editor.js';

/** Polish names of the kinds of scope, as the select offers them. */
export const SCOPE_KIND_LABEL: Record<ScopeKind, string> = {
  tasks: 'lista zadań',
  prose: 'jedno zdanie',
  separateOrder: 'odrębne zarządzenie',
  subunits: 'zakresy podkomórek',
};

function genitive(u: Unit): string {
  try {
    return inflect(u.name, 'genitive', u.forms);
  } catch {
    return u.name;
  }
}

/**
 * The sentence of a scope written as one sentence, as rich text (chips; Ctrl+Shift+K inserts a provision reference):
 * names and citations typed in become references when the field is left.
 */
function ProseText({ unit: u, text, onEdit }: { unit: Unit; text: RichText; onEdit: ScopeSectionProps['onEdit'] }) {
  const id = u.id;
  const onText = useCallback((t: RichText) => onEdit((o) => setProseRichText(o, id, t), { typing: `prose:${id}` }), [onEdit, id]);
  const onLeave = useCallback(
    () => onEdit((o) => {
      const s = o.units.find((x) => x.id === id)?.scope;
      return recognizeTextMentions(o, s?.kind === 'prose' ? s.text : undefined, (t) => setProseRichText(o, id, t));
    }, { silent: true }),
    [onEdit, id],
  );
  return <RichTextField hostId={id} className="input prose-text" value={text} label={`Zakres w jednym zdaniu: ${u.name}`} onChange={onText} onLeave={onLeave} />;
}

export interface ScopeSectionProps {
  unit: Unit;
  paragraf: number | null;
  /** Whether the unit has sub-units (offers the `subunits` kind). */
  hasSubunits: boolean;
  targets: Array<{ id: string; label: string }>;
  onScopeChange(listId: string, items: Item[]): void;
  onMoveTask(from: string, taskId: string, to: string): void;
  /** Opens the unit picker for a task (Przenieś zadanie…, Ctrl+Shift+M). */
  onPickTask(from: string, taskId: string): void;
  /** Applies a change of the model; `typing` names the field typed in (keystrokes there join one undo step). */
  onEdit(fn: (o: Order) => Order, opts?: { typing?: string; silent?: boolean }): void;
}

export const ScopeSection = memo(function ScopeSection({ unit: u, paragraf: p, hasSubunits, targets, onScopeChange, onMoveTask, onPickTask, onEdit }: ScopeSectionProps) {
  const heading = useMemo(() => genitive(u), [u.name, u.forms]);
  // names of units typed into a list become mentions when the user leaves it (one undo step with the typing)
  const onLeave = useCallback((listId: string) => onEdit((o) => recognizeListMentions(o, listId), { silent: true }), [onEdit]);
  const scope = u.scope;
  const kinds = (Object.keys(SCOPE_KIND_LABEL) as ScopeKind[]).filter((k) => k !== 'subunits' || hasSubunits || scope.kind === 'subunits');
  const leadInput = (
    <input
      className="input input-lead legal"
      aria-label={`Wprowadzenie zakresu: ${u.name}`}
      value={scope.lead}
      placeholder={DEFAULT_LEAD[scope.kind]}
      onChange={(e) => onEdit((o) => setScopeLead(o, u.id, e.target.value), { typing: `lead:${u.id}` })}
      lang="pl"
    />
  );
  return (
    <article
      className="scope"
      id={`zakres-${u.id}`}
      data-unit={u.symbol}
      data-unit-id={u.id}
      data-paragraf={p ?? undefined}
      data-scope-kind={scope.kind}
    >
      <div className="scope-head">
        <h3>
          {p !== null && <span className="para">§ {p}.</span>} <span className="legal">Do zakresu działania {heading}{u.symbol ? ` (${u.symbol})` : ''}{scope.kind === 'tasks' ? ` ${scope.lead}:` : ''}</span>
        </h3>
        <select className="input input-small scope-kind" aria-label={`Rodzaj zakresu: ${u.name}`} value={scope.kind} onChange={(e) => onEdit((o) => setScopeKind(o, u.id, e.target.value as ScopeKind))}>
          {kinds.map((k) => <option key={k} value={k}>{SCOPE_KIND_LABEL[k]}</option>)}
        </select>
      </div>

      {scope.kind === 'tasks' && (
        <>
          <ScopeEditor unit={u} items={scope.tasks} targets={targets} onChange={onScopeChange} onLeave={onLeave} onMoveTask={onMoveTask} onPickTask={onPickTask} />
          {scope.positions.map((pos, i) => (
            <section className="position-edit" key={pos.id} data-position-id={pos.id} aria-label={`Stanowisko w komórce: ${pos.name}`}>
              <div className="position-head legal">
                <span>W strukturze {heading} funkcjonuje</span>
                <div className="position-line">
                  <input className="input input-position legal" aria-label={`Nazwa stanowiska ${i + 1}: ${u.name}`} value={pos.name} onChange={(e) => onEdit((o) => setPosition(o, u.id, pos.id, { name: e.target.value }), { typing: `pos-name:${pos.id}` })} lang="pl" />
                  <span>,</span>
                  <button type="button" className="icon-button danger" aria-label={`Usuń stanowisko: ${pos.name}`} title="Usuń stanowisko (jego zadania trafią do porównania jako usunięte)" onClick={() => onEdit((o) => removePosition(o, u.id, pos.id))}>✕</button>
                </div>
                <div className="position-line">
                  <span>do zakresu działania którego należy</span>
                  <input className="input input-lead legal" aria-label={`Wprowadzenie zadań stanowiska ${i + 1}: ${u.name}`} value={pos.lead} placeholder="w szczególności" onChange={(e) => onEdit((o) => setPosition(o, u.id, pos.id, { lead: e.target.value }), { typing: `pos-lead:${pos.id}` })} lang="pl" />
                  <span>:</span>
                </div>
              </div>
              <ScopeEditor
                unit={u}
                listId={listKey(u.id, pos.id)}
                label={`Zadania stanowiska: ${pos.name}`}
                items={pos.tasks}
                targets={targets}
                onChange={onScopeChange}
                onLeave={onLeave}
                onMoveTask={onMoveTask}
                onPickTask={onPickTask}
              />
            </section>
          ))}
          <div className="scope-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                let created = '';
                onEdit((o) => {
                  const r = addPosition(o, u.id);
                  created = r.positionId;
                  return r.order;
                });
                requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-position-id="${CSS.escape(created)}"] .input-position`)?.focus());
              }}
            >
              + Stanowisko w komórce
            </button>
          </div>
        </>
      )}
      {scope.kind === 'prose' && (
        <div className="scope-other legal">
          {leadInput}
          <ProseText unit={u} text={scope.text} onEdit={onEdit} />
        </div>
      )}
      {scope.kind === 'separateOrder' && (
        <div className="scope-other legal">
          {leadInput}
          <p className="muted small">Zakres komórki określa odrębne zarządzenie; w tym zarządzeniu jest tylko to zdanie.</p>
        </div>
      )}
      {scope.kind === 'subunits' && (
        <div className="scope-other legal">
          {leadInput}
          <p className="muted small">Zakres wyznaczają zakresy komórek wchodzących w jej skład.</p>
        </div>
      )}
    </article>
  );
});
