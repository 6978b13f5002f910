/**
 * § 2 and § 3 as one editable table: for each unit its symbol, name (with its forms in every case, generated and
 * overridable: name-forms.tsx), kind, superior and number of tasks; add, remove and reorder units.
 */
import { memo, useMemo, useState, type DragEvent } from 'react';
import { removeUnit, renameUnit, setSuperior, setSymbol, type EditResult } from '../../../core/draft/register.js';
import type { Order, SuperiorRef, Unit, UnitKind } from '../../../core/model/order.js';
import { taskCount, unitDepth } from '../format.js';
import { CommitInput } from './commit-input.js';
import { dropUnit, moveUnitBy, setUnitForms, setUnitKind } from './order-edit.js';
import { announce } from '../keyboard/announcer.js';
import { NameFormsField } from './name-forms.js';
import { focusWhenReady } from '../keyboard/focus.js';

/** The drag-and-drop data type of a unit dragged in the § 2 table (its id). */
export const UNIT_DRAG_TYPE = 'application/x-zo-unit';

/** True when the pointer is over the lower half of `el` (the drop goes after the row). */
function lowerHalf(e: DragEvent<HTMLElement>): boolean {
  const r = e.currentTarget.getBoundingClientRect();
  return e.clientY > r.top + r.height / 2;
}

/**
 * Moves a unit one place among its siblings and keeps the keyboard focus on the same control of its row (React may
 * re-insert the row, which takes the focus away); says where the unit went.
 */
function moveKeepingFocus(unitId: string, delta: -1 | 1, edit: RegisterEditorProps['edit']): void {
  const active = document.activeElement as HTMLElement | null;
  const name = active?.getAttribute('aria-label');
  edit((o) => moveUnitBy(o, unitId, delta));
  focusWhenReady(() => {
    const row = document.querySelector<HTMLElement>(`.register-edit tr[data-unit-id="${CSS.escape(unitId)}"]`);
    if (!row) return null;
    const same = name ? [...row.querySelectorAll<HTMLElement>('[aria-label]')].find((el) => el.getAttribute('aria-label') === name && !(el as HTMLButtonElement).disabled) : undefined;
    return same ?? row.querySelector<HTMLElement>('.input-name');
  });
  announce(delta < 0 ? 'Komórka przesunięta w górę.' : 'Komórka przesunięta w dół.');
}

/** Polish names of the unit kinds, in the order offered. */
export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  referat: 'referat', biuro: 'biuro', oddzial: 'oddział', zespol: 'zespół', sekcja: 'sekcja', stanowisko: 'stanowisko',
  stanowiska: 'stanowiska', samodzielneStanowisko: 'samodzielne stanowisko', pelnomocnik: 'pełnomocnik', rzecznik: 'rzecznik',
  specjalista: 'specjalista', inspektor: 'inspektor', kancelaria: 'kancelaria', pracownia: 'pracownia', archiwum: 'archiwum',
  centrum: 'centrum', kasa: 'kasa', punkt: 'punkt', wydzial: 'wydział', inny: 'inny',
};

/** A superior as a select value, and back. */
export function superiorKey(r: SuperiorRef): string {
  return r.kind === 'deputy' || r.kind === 'unit' ? `${r.kind}:${r.id}` : r.kind === 'external' ? `external:${r.name}` : r.kind;
}
function superiorFromKey(key: string): SuperiorRef {
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  if (kind === 'deputy' || kind === 'unit') return { kind, id };
  if (kind === 'external') return { kind, name: id };
  return { kind: kind as 'head' | 'prezydent' | 'sekretarz' };
}

export interface RegisterEditorProps {
  order: Order;
  /** Applies an edit of the model (a core/draft operation or a plain change); a refused edit shows its message. Out: false when refused. */
  edit(fn: (o: Order) => EditResult | Order): boolean | void;
  onAdd(): void;
  /** Opens a restructuring dialog for a unit (restructure-dialogs.tsx); without it ✕ removes the unit at once. */
  onRestructure?(kind: 'merge' | 'split' | 'remove', unitId: string): void;
}

/** Every possible superior as [select value, label]: the head, deputies, units, the Prezydent, the Sekretarz. */
function superiorOptions(order: Order): Array<[string, string]> {
  return [
    ['head', order.leadership?.head ?? 'Dyrektor'],
    ...(order.leadership?.deputies ?? []).map((d): [string, string] => [`deputy:${d.id}`, d.name]),
    ...order.units.map((u): [string, string] => [`unit:${u.id}`, `${u.symbol ? u.symbol + ' ' : ''}${u.name}`]),
    ['prezydent', 'Prezydent Miasta Krakowa'],
    ['sekretarz', 'Sekretarz Miasta Krakowa'],
  ];
}

/** One row; re-renders only when its unit, its place or the list of superiors changes (not while typing a scope). */
const UnitRow = memo(function UnitRow({ unit, first, last, depth, options, edit, onRestructure }: { unit: Unit; first: boolean; last: boolean; depth: number; options: Array<[string, string]>; edit: RegisterEditorProps['edit']; onRestructure: RegisterEditorProps['onRestructure'] }) {
  const count = taskCount(unit.scope);
  const superiors = options.filter(([k]) => k !== `unit:${unit.id}`);
  const current = superiorKey(unit.reportsTo);
  if (unit.reportsTo.kind === 'external') superiors.push([current, unit.reportsTo.name]);
  const label = unit.name;
  const [drop, setDrop] = useState<'before' | 'after' | null>(null);
  const dragging = (e: DragEvent<HTMLElement>) => e.dataTransfer.types.includes(UNIT_DRAG_TYPE);
  return (
    <tr
      data-unit-id={unit.id}
      data-symbol={unit.symbol}
      className={drop ? `drop-${drop}` : undefined}
      onDragOver={(e) => {
        if (!dragging(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setDrop(lowerHalf(e) ? 'after' : 'before');
      }}
      onDragLeave={() => setDrop(null)}
      onKeyDown={(e) => {
        // Alt+↑/↓ anywhere in the row moves the unit among its siblings (a list keeps Alt+↓ to open itself)
        if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        if ((e.target as HTMLElement).tagName === 'SELECT') return;
        e.preventDefault();
        moveKeepingFocus(unit.id, e.key === 'ArrowUp' ? -1 : 1, edit);
      }}
      onDrop={(e) => {
        if (!dragging(e)) return;
        e.preventDefault();
        setDrop(null);
        const id = e.dataTransfer.getData(UNIT_DRAG_TYPE);
        const after = lowerHalf(e);
        if (id) edit((o) => dropUnit(o, id, unit.id, after));
      }}
    >
      <td className="col-drag">
        {/* for the mouse only: the keyboard has Alt+↑/↓ and the buttons at the end of the row */}
        <span
          className="drag-handle"
          draggable
          aria-hidden="true"
          title="Przeciągnij, aby zmienić miejsce komórki w § 2 (z klawiatury: Alt+↑/↓)"
          onDragStart={(e) => {
            e.dataTransfer.setData(UNIT_DRAG_TYPE, unit.id);
            e.dataTransfer.effectAllowed = 'move';
            const row = e.currentTarget.closest('tr');
            if (row) e.dataTransfer.setDragImage(row, 12, 12);
          }}
        >⠿</span>
      </td>
      <td className="col-symbol">
        <CommitInput className="input input-symbol" aria-label={`Symbol: ${label}`} value={unit.symbol} placeholder="—" transform={(t) => t.toUpperCase()} onCommit={(v) => edit((o) => setSymbol(o, unit.id, v))} spellCheck={false} />
      </td>
      <td style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
        <CommitInput multiline className="input input-name" aria-label={`Nazwa: ${label}`} value={unit.name} onCommit={(v) => edit((o) => renameUnit(o, unit.id, v))} lang="pl" spellCheck />
        <NameFormsField name={unit.name} forms={unit.forms} onChange={(f) => edit((o) => setUnitForms(o, unit.id, f))} />
      </td>
      <td className="col-kind">
        {/* the chosen superior shown whole, wrapped (a select cuts „Zastępca Dyrektora ds. …” where the deputies differ); the select lies over it */}
        <div className="superior-select">
          <span className="superior-shown" aria-hidden="true">{superiors.find(([k]) => k === current)?.[1] ?? ''}</span>
          <select className="input" aria-label={`Podlega: ${label}`} value={current} onChange={(e) => edit((o) => setSuperior(o, unit.id, superiorFromKey(e.target.value)))}>
            {superiors.map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        <select className="input input-kind" aria-label={`Rodzaj: ${label}`} value={unit.kind} onChange={(e) => edit((o) => setUnitKind(o, unit.id, e.target.value as UnitKind))}>
          {Object.entries(UNIT_KIND_LABEL).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </td>
      <td className="col-count">{count === null ? '—' : count}</td>
      <td className="col-row-actions">
        <button type="button" className="icon-button" aria-label={`W górę: ${label}`} title="Przesuń w górę (Alt+↑)" disabled={first} onClick={() => moveKeepingFocus(unit.id, -1, edit)}>↑</button>
        <button type="button" className="icon-button" aria-label={`W dół: ${label}`} title="Przesuń w dół (Alt+↓)" disabled={last} onClick={() => moveKeepingFocus(unit.id, 1, edit)}>↓</button>
        {onRestructure && (
          <>
            <button type="button" className="icon-button" aria-label={`Połącz z inną komórką: ${label}`} title="Połącz z inną komórką…" onClick={() => onRestructure('merge', unit.id)}>⇲</button>
            <button type="button" className="icon-button" aria-label={`Podziel: ${label}`} title="Podziel komórkę: część zadań do nowej komórki…" disabled={!count || count < 2} onClick={() => onRestructure('split', unit.id)}>✂</button>
          </>
        )}
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Usuń: ${label}`}
          title={onRestructure && count ? 'Usuń komórkę… (zapyta, dokąd trafią jej zadania)' : 'Usuń komórkę'}
          onClick={() => (onRestructure && count ? onRestructure('remove', unit.id) : edit((o) => removeUnit(o, unit.id)))}
        >✕</button>
      </td>
    </tr>
  );
});

export function RegisterEditor({ order, edit, onAdd, onRestructure }: RegisterEditorProps) {
  const optionsKey = JSON.stringify(superiorOptions(order));
  const options = useMemo(() => JSON.parse(optionsKey) as Array<[string, string]>, [optionsKey]);
  return (
    <>
      <table className="register register-edit" aria-label="Rejestr komórek organizacyjnych">
        <thead>
          <tr>
            <th scope="col" className="col-drag"><span className="sr-only">Przeciąganie</span></th>
            <th scope="col" className="col-symbol">Symbol</th>
            <th scope="col">Nazwa</th>
            <th scope="col" className="col-kind">Podlega (§ 3) i rodzaj</th>
            <th scope="col" className="col-count">Zadania</th>
            <th scope="col" className="col-row-actions"><span className="sr-only">Działania</span></th>
          </tr>
        </thead>
        <tbody>
          {order.units.map((u) => {
            const siblings = order.units.filter((x) => x.parentId === u.parentId);
            return <UnitRow key={u.id} unit={u} first={siblings[0] === u} last={siblings.at(-1) === u} depth={unitDepth(order, u)} options={options} edit={edit} onRestructure={onRestructure} />;
          })}
        </tbody>
      </table>
      <div className="table-actions">
        <button type="button" className="button" onClick={onAdd}>+ Dodaj komórkę</button>
      </div>
    </>
  );
}
