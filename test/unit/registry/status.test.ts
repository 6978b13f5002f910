/** Derived status: entry into force, repeal by number, supersession within a department, recorded history. */
import { describe, expect, it } from 'vitest';
import { addDays, deriveStatuses, entryIntoForceDate, isIsoDate, subjectKey, type StatusRow } from '../../../electron/services/registry/status.js';

function row(id: number, number: string, date: string, subject: string | null, entry = date, extra: Partial<StatusRow> = {}): StatusRow {
  return { id, state: 'signed', kind: subject ? 'organizational' : 'general', number, date, subjectKey: subjectKey(subject), entryIntoForce: entry, repealedRecorded: false, repealedOn: null, ...extra };
}

describe('entryIntoForceDate', () => {
  it('follows the clause: signing, a date, N days after signing (counted from the next day)', () => {
    expect(entryIntoForceDate({ kind: 'signing' }, '2020-08-19')).toBe('2020-08-19');
    expect(entryIntoForceDate(null, '2020-08-19')).toBe('2020-08-19');
    expect(entryIntoForceDate({ kind: 'date', date: '2025-01-01' }, '2024-12-30')).toBe('2025-01-01');
    expect(entryIntoForceDate({ kind: 'date', date: null }, '2024-12-30')).toBe('2024-12-30');
    expect(entryIntoForceDate({ kind: 'date', date: '2024-01-01' }, '2024-12-30')).toBe('2024-12-30');
    // 1630/2007 of 27 July 2007, „po upływie 14 dni”: days 28.07–10.08 lapse, in force from 11 August.
    expect(entryIntoForceDate({ kind: 'afterDays', days: 14 }, '2007-07-27')).toBe('2007-08-11');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});

describe('deriveStatuses', () => {
  it('is signed before entry into force and in force from it', () => {
    const rows = [row(1, '1/2025', '2025-01-10', 'Wydział A', '2025-02-01')];
    expect(deriveStatuses(rows, [], '2025-01-31').get(1)!.status).toBe('signed');
    expect(deriveStatuses(rows, [], '2025-02-01').get(1)!.status).toBe('inForce');
  });

  it('repeals by number from the repealing order’s entry into force', () => {
    const rows = [row(1, '10/2020', '2020-01-01', 'Wydział A'), row(2, '5/2025', '2025-03-01', null, '2025-04-01')];
    const links = [{ orderId: 2, repealedNumber: '10/2020' }];
    expect(deriveStatuses(rows, links, '2025-03-31').get(1)).toEqual({ status: 'inForce', repealedOn: '2025-04-01', repealedBy: '5/2025' });
    expect(deriveStatuses(rows, links, '2025-04-01').get(1)).toEqual({ status: 'repealed', repealedOn: '2025-04-01', repealedBy: '5/2025' });
  });

  it('treats an order superseded by a later one for the same department as repealed, without the act in between', () => {
    const rows = [
      row(1, '1630/2007', '2007-07-27', 'Kancelaria Prezydenta', '2007-08-11'),
      row(2, '2006/2020', '2020-08-19', 'Kancelaria  prezydenta'),
      row(3, '99/2019', '2019-01-01', 'Wydział B'),
      row(4, '1/2021', '2021-01-01', null),
      row(5, '2/2021', '2021-02-01', null),
    ];
    const s = deriveStatuses(rows, [], '2024-01-01');
    expect(s.get(1)).toEqual({ status: 'repealed', repealedOn: '2020-08-19', repealedBy: '2006/2020' });
    expect(s.get(2)!.status).toBe('inForce');
    expect(s.get(3)!.status).toBe('inForce');
    expect(s.get(4)!.status).toBe('inForce'); // general orders do not supersede each other
    expect(s.get(5)!.status).toBe('inForce');
  });

  it('orders two orders of one day by number, and ignores drafts', () => {
    const rows = [row(1, '7/2024', '2024-05-05', 'Wydział A'), row(2, '8/2024', '2024-05-05', 'Wydział A'),
      { ...row(3, 'x', '2030-01-01', 'Wydział A'), state: 'draft' as const, number: null, date: null, entryIntoForce: null }];
    const s = deriveStatuses(rows, [], '2024-06-01');
    expect(s.get(1)!.status).toBe('repealed');
    expect(s.get(2)!.status).toBe('inForce');
    expect(s.get(3)!.status).toBe('draft');
  });

  it('keeps recorded history repealed', () => {
    const rows = [row(1, '3/2010', '2010-01-01', 'Wydział C', '2010-01-01', { repealedRecorded: true })];
    expect(deriveStatuses(rows, [], '2024-01-01').get(1)!.status).toBe('repealed');
  });
});
