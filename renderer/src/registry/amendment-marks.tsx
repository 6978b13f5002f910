/**
 * Marks of amending orders in the registry list (issue 17): an amending order says which order it amends
 * (`zmienia nr 3468/2024`), an amended order names its amending orders (`zmieniane zarządzeniami nr 100/2025 i
 * 200/2025`, one not yet in force with its date) and opens its text in force; a filter shows only one kind of them.
 */
import type { AmendmentMark, RegistryEntry } from '../../../electron/contract/api.js';
import { formatDateNumericPl } from '../format.js';
import './amendment-marks.css';

/**
 * `zmieniane zarządzeniem nr 100/2025`, `zmieniane zarządzeniami nr 100/2025 i 200/2025 (wchodzi w życie
 * 1.09.2025)`: the amending orders in the order they were added; one signed but not yet in force carries its date,
 * or `(data wejścia w życie nieznana)` when it counts from a publication not yet entered.
 */
export function amendedByText(marks: readonly AmendmentMark[]): string {
  const when = (a: AmendmentMark): string => (a.status !== 'signed' ? '' : a.entryIntoForce ? ` (wchodzi w życie ${formatDateNumericPl(a.entryIntoForce)})` : ' (data wejścia w życie nieznana)');
  return amendedByPhrase(marks.map((a) => `${a.number}${when(a)}`));
}

/** `zmieniane zarządzeniem nr 100/2025`, `zmieniane zarządzeniami nr 100/2025, 120/2025 i 200/2025` (numbers as given). */
export function amendedByPhrase(numbers: readonly string[]): string {
  const list = numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} i ${numbers.at(-1)}` : (numbers[0] ?? '');
  return `zmieniane zarządzeni${numbers.length > 1 ? 'ami' : 'em'} nr ${list}`;
}

export interface AmendmentMarksProps {
  entry: RegistryEntry;
  /** Opens the amended order's text in force (absent: no link). */
  onTextInForce?(): void;
  busy?: boolean;
}

/** The marks of one line of the list; nothing for an order neither amending nor amended. */
export function AmendmentMarks({ entry, onTextInForce, busy = false }: AmendmentMarksProps) {
  if (!entry.amends && !entry.amendedBy.length) return null;
  return (
    <div className="amendment-marks">
      {entry.amends && <span className="chip chip-amends" data-mark="amends">zmienia nr {entry.amends}</span>}
      {entry.amendedBy.length > 0 && (
        <>
          <span className="chip chip-amended" data-mark="amended">{amendedByText(entry.amendedBy)}</span>
          {onTextInForce && (
            <button type="button" className="link" onClick={onTextInForce} disabled={busy} aria-label={`Tekst obowiązujący zarządzenia nr ${entry.number ?? ''}`}>
              Tekst obowiązujący
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** Which lines the in-force table shows. */
export type AmendmentFilter = 'all' | 'amended' | 'amending';

/** Whether `entry` passes the filter. */
export function passesAmendmentFilter(filter: AmendmentFilter, entry: RegistryEntry): boolean {
  return filter === 'all' || (filter === 'amended' ? entry.amendedBy.length > 0 : entry.amends !== null);
}

/** The filter's control; shown only when some line is marked (`entries`). */
export function AmendmentFilterSelect({ entries, value, onChange }: { entries: readonly RegistryEntry[]; value: AmendmentFilter; onChange(f: AmendmentFilter): void }) {
  if (!entries.some((e) => e.amends || e.amendedBy.length)) return null;
  return (
    <div className="draft-filters" role="group" aria-label="Filtr obowiązujących zarządzeń">
      <label className="field draft-filter">
        <span>Zmiany</span>
        <select className="input" value={value} onChange={(ev) => onChange(ev.target.value as AmendmentFilter)}>
          <option value="all">wszystkie zarządzenia</option>
          <option value="amended">zmieniane zarządzeniami zmieniającymi</option>
          <option value="amending">zarządzenia zmieniające</option>
        </select>
      </label>
    </div>
  );
}
