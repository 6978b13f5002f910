/**
 * The forms of a name that the user may fix by hand (a unit of § 2, a deputy of § 1, the department itself): a
 * button „Odmiana nazwy” whose accessible name is short (`Odmiana nazwy: Referat Organizacyjny`) and whose
 * description and tooltip list the forms the order will use; pressed, it opens one field per case, each showing the
 * generated form as its placeholder. An emptied field falls back to the generated form. The forms are used wherever
 * the name is written in a case (core/model/rich-text.ts `refText`, core/render/document.ts), so a form fixed here
 * changes the mentions, § 1, § 3 and the headings alike.
 */
import { useId, useMemo, useState } from 'react';
import { inflect, type ObliqueCase } from '../../../core/language/index.js';
import type { NameForms } from '../../../core/model/order.js';

/** The cases whose form of a name the user may fix by hand, with their Polish names (NameForms). */
export const FORM_CASES: ReadonlyArray<[ObliqueCase, string]> = [
  ['genitive', 'dopełniacz'],
  ['dative', 'celownik'],
  ['accusative', 'biernik'],
  ['instrumental', 'narzędnik'],
  ['locative', 'miejscownik'],
];

/** Safe declension for display: the name itself when the lexicon cannot decline it. */
export function generatedForm(name: string, c: ObliqueCase): string {
  try {
    return inflect(name, c);
  } catch {
    return name;
  }
}

export interface NameFormsFieldProps {
  /** The name in the nominative. */
  name: string;
  /** The forms fixed by hand, if any. */
  forms: NameForms | undefined;
  /** Called with the new forms, empty fields included (order-edit.ts drops them when storing). */
  onChange(forms: NameForms): void;
}

/** The „Odmiana nazwy” button and, when open, the five fields of the forms fixed by hand. */
export function NameFormsField({ name, forms, onChange }: NameFormsFieldProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const generated = useMemo(() => Object.fromEntries(FORM_CASES.map(([c]) => [c, generatedForm(name, c)])) as Record<ObliqueCase, string>, [name]);
  const fixed = FORM_CASES.some(([c]) => forms?.[c]);
  const list = FORM_CASES.map(([c, label]) => `${label} „${forms?.[c] || generated[c]}”${forms?.[c] ? ' (poprawiony ręcznie)' : ''}`).join(', ');
  const label = fixed ? 'Odmiana nazwy (poprawiona)' : 'Odmiana nazwy';
  return (
    <div className="forms-line">
      <button
        type="button"
        className="link muted small forms-toggle"
        aria-expanded={open}
        aria-controls={`${id}-edit`}
        aria-label={`${label}: ${name}`}
        aria-describedby={`${id}-list`}
        title={`${list}. Kliknij, aby poprawić.`}
        onClick={() => setOpen(!open)}
      >
        {label} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <span className="forms-preview muted small" aria-hidden="true">
        <span className="form-tag">D.</span> {forms?.genitive || generated.genitive} <span className="form-tag">C.</span> {forms?.dative || generated.dative}
      </span>
      <span id={`${id}-list`} className="sr-only">{`Formy: ${list}.`}</span>
      <div id={`${id}-edit`} className="forms-edit" hidden={!open}>
        {open &&
          FORM_CASES.map(([c, caseName]) => (
            <label key={c}>
              <span>{caseName}</span>
              <input className="input input-small" value={forms?.[c] ?? ''} placeholder={generated[c]} lang="pl" onChange={(e) => onChange({ ...forms, [c]: e.target.value })} />
            </label>
          ))}
      </div>
    </div>
  );
}
