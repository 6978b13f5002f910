/**
 * Name forms fixed by hand for a deputy and for the department (renderer/src/editor/order-edit.ts, edited in the
 * register editor's name-forms.tsx): stored without empty fields, dropped when the department is renamed, and used
 * by the printed order (§ 1, § 3) and by the common duties' slots.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutyValues } from '../../../core/draft/common-duties.js';
import { importText } from '../../../core/import/index.js';
import type { Order } from '../../../core/model/order.js';
import { renderText } from '../../../core/render/text.js';
import { setDeputyForms, setSubject, setSubjectForms } from '../../../renderer/src/editor/order-edit.js';

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/orders');
function order(): Order {
  const r = importText(readFileSync(resolve(fixtures, 'krakow-3468-2024-wydzial-komunikacji-spolecznej.txt'), 'utf8'), 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}
const text = (o: Order) => renderText(o).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

describe('forms fixed by hand for a deputy and for the department', () => {
  it('a deputy’s dative is used by § 3; an emptied field falls back to the generated form', () => {
    const o = order();
    const d = o.leadership!.deputies[0]!;
    const fixed = setDeputyForms(o, d.id, { dative: 'Zastępcy Dyrektora do spraw Mediów Miejskich', genitive: '' });
    expect(fixed.leadership!.deputies[0]!.forms).toEqual({ dative: 'Zastępcy Dyrektora do spraw Mediów Miejskich' });
    expect(text(fixed)).toContain('Zastępcy Dyrektora do spraw Mediów Miejskich podlegają bezpośrednio');
    expect(text(o)).not.toContain('do spraw Mediów');
    const back = setDeputyForms(fixed, d.id, { dative: '' });
    expect(back.leadership!.deputies[0]!.forms).toBeUndefined();
    expect(text(back)).toBe(text(o));
  });

  it('the department’s instrumental is used by § 1 and its genitive by the common duties when there is no short name', () => {
    const o = setSubjectForms(order(), { instrumental: 'Wydziałem Komunikacji Społecznej Urzędu', genitive: 'Wydziału KS' });
    expect(text(o)).toContain('Wydziałem Komunikacji Społecznej Urzędu, zwanym dalej Wydziałem, kieruje');
    const noShort: Order = { ...o, leadership: { ...o.leadership!, shortName: null } };
    expect(dutyValues(noShort).shortNameGenitive).toBe('Wydziału KS');
    expect(dutyValues(o).shortNameGenitive).toBe('Wydziału');
  });

  it('renaming the department drops the forms fixed for its old name', () => {
    const o = setSubjectForms(order(), { instrumental: 'Wydziałem X' });
    expect(setSubject(o, o.meta.subject).meta.subjectForms).toEqual({ instrumental: 'Wydziałem X' });
    const renamed = setSubject(o, 'Wydział Promocji Miasta');
    expect(renamed.meta.subject).toBe('Wydział Promocji Miasta');
    expect(renamed.meta.subjectForms).toBeUndefined();
  });
});
