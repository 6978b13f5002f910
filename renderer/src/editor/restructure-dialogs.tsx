/**
 * Restructuring in one gesture (core/draft/restructure.ts): the dialogs that merge a unit into another (the
 * surviving unit, its name and symbol, the tasks appended or in an order the user sets), split a unit (which tasks
 * go to the new one, its name and symbol) and remove a unit that has tasks (where the tasks go: a unit of this draft,
 * the coverage ledger, or removed on purpose). Each dialog hands back one specification; the editor applies it as
 * one change, so one Cofnij undoes it.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { MergeSpec, RemovedTasks, SplitSpec } from '../../../core/draft/restructure.js';
import type { Item, Order, Unit } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { useModal } from '../keyboard/use-modal.js';
import { countPl, unitLabel } from '../format.js';
import './restructure.css';

/** The points of a unit's own list (and, with `positions`, of its positions), with a short text for the dialogs. */
function pointsOf(order: Order, u: Unit, positions = true): { id: string; text: string }[] {
  if (u.scope.kind !== 'tasks') return [];
  const short = (t: Item) => {
    const words = RichText.plain(t.text, order);
    return words.length > 110 ? `${words.slice(0, 107)}…` : words;
  };
  return [...u.scope.tasks, ...(positions ? u.scope.positions.flatMap((p) => p.tasks) : [])].map((t) => ({ id: t.id, text: short(t) }));
}

function Shell({ title, onCancel, children, actions }: { title: string; onCancel(): void; children: React.ReactNode; actions: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useModal(ref, onCancel);
  const id = useId();
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div ref={ref} className="dialog dialog-restructure" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`}>{title}</h2>
        {children}
        <div className="dialog-actions">{actions}</div>
      </div>
    </div>
  );
}

/** Moves the item at `i` by `d` places in a copy of `list`. */
function shift<T>(list: T[], i: number, d: -1 | 1): T[] {
  const j = i + d;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** Merging `unitId` into another unit. */
export function MergeDialog({ order, unitId, onApply, onCancel }: { order: Order; unitId: string; onApply(spec: MergeSpec): void; onCancel(): void }) {
  const source = order.units.find((u) => u.id === unitId)!;
  const others = order.units.filter((u) => u.id !== unitId);
  const [targetId, setTargetId] = useState(others[0]?.id ?? '');
  const target = order.units.find((u) => u.id === targetId);
  const [name, setName] = useState<string | null>(null);
  const [symbolChoice, setSymbolChoice] = useState<'target' | 'source' | 'other'>('target');
  const [otherSymbol, setOtherSymbol] = useState('');
  const [interleave, setInterleave] = useState(false);
  // the units' own lists (their positions' points stay in their positions)
  const initial = useMemo(() => (target ? [...pointsOf(order, target, false).map((p) => ({ ...p, from: target })), ...pointsOf(order, source, false).map((p) => ({ ...p, from: source }))] : []), [order, target, source]);
  const [orderList, setOrderList] = useState<typeof initial | null>(null);
  const list = orderList && orderList.length === initial.length && orderList.every((x) => initial.some((y) => y.id === x.id)) ? orderList : initial;
  const id = useId();
  if (!target) return null;
  const symbol = symbolChoice === 'target' ? target.symbol : symbolChoice === 'source' ? source.symbol : otherSymbol.trim();
  const apply = () =>
    onApply({
      sourceIds: [unitId],
      targetId,
      name: (name ?? target.name).trim(),
      symbol,
      tasks: interleave ? { kind: 'interleave', taskIds: list.map((p) => p.id) } : { kind: 'append' },
    });
  return (
    <Shell
      title={`Połącz komórkę: ${unitLabel(source)}`}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>Anuluj</button>
          <button type="button" className="button button-primary" onClick={apply} disabled={!(name ?? target.name).trim()}>Połącz</button>
        </>
      }
    >
      <p className="muted">Zadania, podkomórki i podlegli komórki {source.symbol || source.name} przejdą do komórki, która pozostaje. Jedno „Cofnij” przywraca stan sprzed połączenia.</p>
      <label className="field">
        <span>Pozostaje komórka</span>
        <select className="input" value={targetId} onChange={(e) => (setTargetId(e.target.value), setName(null), setOrderList(null))} data-autofocus="">
          {others.map((u) => <option key={u.id} value={u.id}>{unitLabel(u)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>Nazwa po połączeniu</span>
        <input className="input" value={name ?? target.name} onChange={(e) => setName(e.target.value)} lang="pl" />
      </label>
      <fieldset className="field">
        <legend>Symbol po połączeniu</legend>
        <label><input type="radio" name={`${id}-sym`} checked={symbolChoice === 'target'} onChange={() => setSymbolChoice('target')} /> {target.symbol || '(brak)'}</label>{' '}
        {source.symbol && <label><input type="radio" name={`${id}-sym`} checked={symbolChoice === 'source'} onChange={() => setSymbolChoice('source')} /> {source.symbol}</label>}{' '}
        <label><input type="radio" name={`${id}-sym`} checked={symbolChoice === 'other'} onChange={() => setSymbolChoice('other')} /> inny:</label>{' '}
        <input className="input input-small input-symbol" aria-label="Inny symbol" value={otherSymbol} onChange={(e) => (setOtherSymbol(e.target.value.toUpperCase()), setSymbolChoice('other'))} spellCheck={false} />
      </fieldset>
      <fieldset className="field">
        <legend>Zadania</legend>
        <label><input type="radio" name={`${id}-ord`} checked={!interleave} onChange={() => setInterleave(false)} /> dołącz na końcu listy</label>{' '}
        <label><input type="radio" name={`${id}-ord`} checked={interleave} onChange={() => setInterleave(true)} /> ustal kolejność</label>
      </fieldset>
      {interleave && (
        <ol className="restructure-list" aria-label="Kolejność zadań po połączeniu">
          {list.map((p, i) => (
            <li
              key={p.id}
              tabIndex={0}
              data-task-id={p.id}
              onKeyDown={(e) => {
                if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                e.preventDefault();
                setOrderList(shift(list, i, e.key === 'ArrowUp' ? -1 : 1));
                requestAnimationFrame(() => document.querySelector<HTMLElement>(`.restructure-list [data-task-id="${CSS.escape(p.id)}"]`)?.focus());
              }}
            >
              <span className="chip">{p.from.symbol || p.from.name}</span> <span className="legal small">{p.text}</span>
              <button type="button" className="icon-button" aria-label={`W górę: ${p.text}`} title="W górę (Alt+↑)" disabled={i === 0} onClick={() => setOrderList(shift(list, i, -1))}>↑</button>
              <button type="button" className="icon-button" aria-label={`W dół: ${p.text}`} title="W dół (Alt+↓)" disabled={i === list.length - 1} onClick={() => setOrderList(shift(list, i, 1))}>↓</button>
            </li>
          ))}
        </ol>
      )}
    </Shell>
  );
}

/** Splitting `unitId`: which of its points go to a new unit. */
export function SplitDialog({ order, unitId, onApply, onCancel }: { order: Order; unitId: string; onApply(spec: SplitSpec): void; onCancel(): void }) {
  const unit = order.units.find((u) => u.id === unitId)!;
  const points = pointsOf(order, unit);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [name, setName] = useState('');
  const [symbol, setSymbol] = useState('');
  const ok = name.trim() && chosen.size > 0 && chosen.size < points.length;
  return (
    <Shell
      title={`Podziel komórkę: ${unitLabel(unit)}`}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>Anuluj</button>
          <button type="button" className="button button-primary" disabled={!ok} onClick={() => onApply({ unitId, taskIds: points.filter((p) => chosen.has(p.id)).map((p) => p.id), name: name.trim(), symbol: symbol.trim() || undefined })}>Podziel</button>
        </>
      }
    >
      <p className="muted">Nowa komórka stanie w § 2 zaraz po tej i będzie podlegać temu samemu przełożonemu. Zaznacz zadania, które do niej przejdą.</p>
      <label className="field">
        <span>Nazwa nowej komórki</span>
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} lang="pl" data-autofocus="" placeholder="np. Referat ds. Kadr" />
      </label>
      <label className="field">
        <span>Symbol nowej komórki (nieobowiązkowy)</span>
        <input className="input input-symbol" value={symbol} onChange={(e) => setSymbol(e.target.value.toUpperCase())} spellCheck={false} />
      </label>
      <fieldset className="field">
        <legend>Zadania przechodzące do nowej komórki ({chosen.size} z {points.length})</legend>
        <ul className="restructure-list">
          {points.map((p, i) => (
            <li key={p.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(p.id)}
                  onChange={(e) => setChosen((s) => {
                    const n = new Set(s);
                    if (e.target.checked) n.add(p.id);
                    else n.delete(p.id);
                    return n;
                  })}
                />{' '}
                <span className="muted">{i + 1})</span> <span className="legal small">{p.text}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </Shell>
  );
}

/** Removing `unitId`, which has tasks: where they go. */
export function DeleteUnitDialog({ order, unitId, replacing, onApply, onCancel }: { order: Order; unitId: string; replacing: boolean; onApply(tasks: RemovedTasks): void; onCancel(): void }) {
  const unit = order.units.find((u) => u.id === unitId)!;
  const others = order.units.filter((u) => u.id !== unitId);
  const n = pointsOf(order, unit).length;
  const [kind, setKind] = useState<RemovedTasks['kind']>(others.length ? 'unit' : 'ledger');
  const [to, setTo] = useState(others[0]?.id ?? '');
  const [note, setNote] = useState('');
  const id = useId();
  const apply = () => onApply(kind === 'unit' ? { kind, unitId: to } : kind === 'onPurpose' ? { kind, ...(note.trim() ? { note: note.trim() } : {}) } : { kind });
  return (
    <Shell
      title={`Usuń komórkę: ${unitLabel(unit)}`}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>Anuluj</button>
          <button type="button" className="button button-primary danger" onClick={apply} disabled={kind === 'unit' && !to}>Usuń komórkę</button>
        </>
      }
    >
      <p>Komórka ma {n} {countPl(n, 'zadanie', 'zadania', 'zadań')}. {n === 1 ? 'Dokąd ma trafić?' : 'Dokąd mają trafić?'}</p>
      <fieldset className="field">
        <legend className="sr-only">Zadania usuwanej komórki</legend>
        <label>
          <input type="radio" name={`${id}-k`} checked={kind === 'unit'} onChange={() => setKind('unit')} disabled={!others.length} data-autofocus="" /> przenieś do komórki
        </label>{' '}
        <select className="input" aria-label="Komórka, do której trafią zadania" value={to} onChange={(e) => (setTo(e.target.value), setKind('unit'))} disabled={!others.length}>
          {others.map((u) => <option key={u.id} value={u.id}>{unitLabel(u)}</option>)}
        </select>
        <div>
          <label><input type="radio" name={`${id}-k`} checked={kind === 'ledger'} onChange={() => setKind('ledger')} /> {replacing ? 'usuń je i wyjaśnij w wykazie pokrycia zadań (pozostaną tam jako pytania)' : 'usuń je razem z komórką'}</label>
        </div>
        {replacing && (
          <div>
            <label><input type="radio" name={`${id}-k`} checked={kind === 'onPurpose'} onChange={() => setKind('onPurpose')} /> usuń je celowo (odpowiedź „usunięte celowo” w wykazie pokrycia)</label>
            <input className="input input-small" aria-label="Uwaga do odpowiedzi" placeholder="uwaga (nieobowiązkowa)" value={note} onChange={(e) => (setNote(e.target.value), setKind('onPurpose'))} />
          </div>
        )}
      </fieldset>
    </Shell>
  );
}
