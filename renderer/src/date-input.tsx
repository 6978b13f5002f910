/**
 * A date field as a Polish user expects it: typed as `dd.mm.rrrr` (not the browser's date picker, whose format
 * follows the system's language and showed `mm/dd/yyyy`), with the date in words beside it as the order writes it
 * (`1 stycznia 2027 r.`). The model keeps ISO `YYYY-MM-DD`; text that is not a real date is marked invalid and
 * not passed on.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatDateNumericPl, formatDatePl, parseDatePl } from './format.js';

export interface DateInputPlProps {
  /** ISO date, or null/'' for none. */
  value: string | null;
  /** The new ISO date, or null when the field was emptied. */
  onChange(iso: string | null): void;
  'aria-label'?: string;
  name?: string;
  required?: boolean;
  className?: string;
}

export function DateInputPl({ value, onChange, className = 'input input-date', ...rest }: DateInputPlProps) {
  const shown = value ? formatDateNumericPl(value) : '';
  const [text, setText] = useState(shown);
  const focused = useRef(false);
  const words = useId();
  useEffect(() => {
    if (!focused.current) setText(shown);
  }, [shown]);
  const iso = parseDatePl(text);
  const invalid = text.trim() !== '' && !iso;
  return (
    <span className="date-pl">
      <input
        {...rest}
        className={className}
        type="text"
        inputMode="numeric"
        placeholder="dd.mm.rrrr"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={words}
        value={text}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          if (iso) setText(formatDateNumericPl(iso));
        }}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseDatePl(e.target.value);
          if (next) onChange(next);
          else if (!e.target.value.trim()) onChange(null);
        }}
      />
      <span id={words} className={invalid ? 'date-words date-invalid' : 'date-words muted small'} aria-live="polite">
        {iso ? formatDatePl(iso) : invalid ? 'Wpisz datę jako dd.mm.rrrr, np. 01.01.2027.' : ''}
      </span>
    </span>
  );
}
