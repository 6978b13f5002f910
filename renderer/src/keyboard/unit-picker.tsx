/**
 * Choosing a unit from the keyboard (Przenieś zadanie do innej komórki…, Ctrl+Shift+M): a dialog with a filter
 * field and the list of units below it (the WAI-ARIA combobox pattern: the focus stays in the field, ↑/↓ move the
 * highlighted unit, Enter chooses it, Escape cancels). Typing narrows the list to units whose symbol or name
 * contains the words typed, in any order, without regard to case.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useModal } from './use-modal.js';

/** A unit the user can choose: its id and how the list shows it (`KS-02 Biuro Prasowe`). */
export interface PickTarget {
  id: string;
  label: string;
}

export interface UnitPickerProps {
  title: string;
  /** A line under the title (the task being moved). */
  description?: string;
  targets: PickTarget[];
  onPick(id: string): void;
  onCancel(): void;
  /** The words of the dialog when it picks something else than a unit (the provision picker); default: units. */
  words?: PickerWords;
}

/** What the picker's field, list, count, empty list and button say. */
export interface PickerWords {
  field: string;
  list: string;
  none: string;
  count(n: number): string;
  action: string;
}

const UNIT_WORDS: PickerWords = {
  field: 'Komórka docelowa (wpisz symbol lub część nazwy)',
  list: 'Komórki',
  none: 'Żadna komórka nie pasuje.',
  count: (n) => (n === 1 ? '1 komórka' : `Komórki: ${n}`),
  action: 'Przenieś',
};

/** Targets whose label contains every word of `query` (case-insensitive, Polish locale). */
export function filterTargets(targets: PickTarget[], query: string): PickTarget[] {
  const words = query.toLocaleLowerCase('pl').split(/\s+/).filter(Boolean);
  return targets.filter((t) => {
    const l = t.label.toLocaleLowerCase('pl');
    return words.every((w) => l.includes(w));
  });
}

export function UnitPicker({ title, description, targets, onPick, onCancel, words = UNIT_WORDS }: UnitPickerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useModal(ref, onCancel);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useMemo(() => filterTargets(targets, query), [targets, query]);
  const id = useId();
  const at = Math.min(active, Math.max(0, list.length - 1));
  const current = list[at];
  const choose = (t: PickTarget | undefined) => t && onPick(t.id);
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div ref={ref} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={description ? `${id}-desc` : undefined}>
        <h2 id={`${id}-title`}>{title}</h2>
        {description && <p id={`${id}-desc`} className="muted legal">{description}</p>}
        <label className="field">
          <span>{words.field}</span>
          <input
            className="input"
            data-autofocus=""
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={current ? `${id}-opt-${current.id}` : undefined}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') (e.preventDefault(), setActive(Math.min(at + 1, list.length - 1)));
              else if (e.key === 'ArrowUp') (e.preventDefault(), setActive(Math.max(at - 1, 0)));
              else if (e.key === 'Home' && e.ctrlKey) (e.preventDefault(), setActive(0));
              else if (e.key === 'End' && e.ctrlKey) (e.preventDefault(), setActive(list.length - 1));
              else if (e.key === 'Enter') (e.preventDefault(), choose(current));
            }}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <ul className="picker-list" id={`${id}-list`} role="listbox" aria-label={words.list}>
          {list.map((t, i) => (
            <li
              key={t.id}
              id={`${id}-opt-${t.id}`}
              role="option"
              aria-selected={i === at}
              className={i === at ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(t)}
              ref={i === at ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
            >
              {t.label}
            </li>
          ))}
          {list.length === 0 && <li className="muted" role="presentation">{words.none}</li>}
        </ul>
        <p className="muted small" aria-live="polite">{words.count(list.length)} · ↑/↓ wybór · Enter: {words.action.toLocaleLowerCase('pl')} · Esc anuluje</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>Anuluj</button>
          <button type="button" className="button button-primary" onClick={() => choose(current)} disabled={!current}>{words.action}</button>
        </div>
      </div>
    </div>
  );
}
