/**
 * The provision picker's pure parts (renderer/src/editor/provision-picker.tsx): the places listed in document
 * order with their citations and words, and the form an inserted reference takes (relative inside the same
 * editorial unit, from the paragraf otherwise), which the check references.relative-outside accepts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withinHost } from '../../../core/checks/rules/provision-refs.js';
import { draftReplacing } from '../../../core/draft/index.js';
import { importText } from '../../../core/import/index.js';
import type { Citation } from '../../../core/model/index.js';
import { formFor, provisionTargets } from '../../../renderer/src/editor/provision-targets.js';
import { fixturePath } from '../fixtures.js';

describe('provision picker', () => {
  it('lists every place in document order with its citation and words', () => {
    const r = importText(readFileSync(fixturePath('3468-2024'), 'utf8'), 'txt');
    if (!r.ok) throw new Error(r.error.message);
    const order = draftReplacing(r.order, { today: '2026-01-10' });
    const rows = provisionTargets(order);
    expect(rows[0]!.label).toMatch(/^§ 1 — /);
    const ks02 = order.units.find((u) => u.symbol === 'KS-02')!;
    const first = ks02.scope.kind === 'tasks' ? ks02.scope.tasks[0]! : null;
    const row = rows.find((x) => x.id === first!.id)!;
    expect(row.label).toMatch(/^§ 5 pkt 1 — tworzenie i realizacja polityki informacyjnej/);
    const at = rows.indexOf(row);
    expect(rows[at - 1]!.label).toMatch(/^§ 5 — zakres działania: Biuro Prasowe/);
    expect(rows[at + 1]!.label).toMatch(/^§ 5 pkt 2 — /);
  });

  it('writes a reference from the first level that differs; the check accepts every form it chooses', () => {
    const cases: Array<[Citation, Citation | null, string]> = [
      [{ paragraf: 5, punkt: 2 }, { paragraf: 5, punkt: 3 }, 'punkt'],
      [{ paragraf: 4, punkt: 2 }, { paragraf: 5, punkt: 3 }, 'paragraf'],
      [{ paragraf: 4, ustep: 2 }, { paragraf: 4, ustep: 1, punkt: 3 }, 'ustep'],
      [{ paragraf: 4, ustep: 1, punkt: 2 }, { paragraf: 4, ustep: 1, punkt: 3 }, 'punkt'],
      [{ paragraf: 5, punkt: 2, litera: 2 }, { paragraf: 5, punkt: 2, litera: 1 }, 'litera'],
      [{ paragraf: 5, punkt: 2 }, { paragraf: 5, punkt: 2, litera: 1 }, 'paragraf'],
      [{ paragraf: 5 }, { paragraf: 5, punkt: 1 }, 'paragraf'],
      [{ paragraf: 5, punkt: 1 }, null, 'paragraf'],
    ];
    for (const [target, host, form] of cases) {
      expect(formFor(target, host), JSON.stringify([target, host])).toBe(form);
      if (host) expect(withinHost(formFor(target, host), target, host)).toBe(true);
    }
  });
});
