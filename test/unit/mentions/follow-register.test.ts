/**
 * Done-when of issue 11 (units): on every fixture, made a draft as `draft --replacing` makes it, renaming,
 * re-symbolling, merging and removing each unit in turn leaves no stale name or symbol anywhere in the rendered text.
 * Removal leaves the unit's mentions as errors (`mentions.removed`); the test applies the fix each finding offers
 * (point to the unit that took over the tasks, or remove the mention), as the user would, and then looks.
 *
 * Stale means: the old name in any of the six cases `core/language` declines (the locative `w Referacie …` and the
 * accusative `przez Kancelarię …` included), as a whole phrase (not the start of a longer name: a capitalised word
 * does not follow), or the old symbol as a whole token.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFix, checkOrder } from '../../../core/checks/index.js';
import { draftReplacing, mergeUnits, removeUnit, renameUnit, setSymbol, type EditResult } from '../../../core/draft/index.js';
import { GRAMMATICAL_CASES, inflect } from '../../../core/language/index.js';
import type { Order, Unit } from '../../../core/model/order.js';
import { renderText } from '../../../core/render/text.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders } from '../fixtures.js';

const CASES = GRAMMATICAL_CASES;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Stale words of a unit found in a rendered text: its name in any case, its symbol. The names of the units of
 * `after` are blanked first: a unit's name may contain another's (1630/2007: „Stanowiska ds. obsługi
 * kancelaryjno-biurowej Pełnomocnika … ds. Rozwoju Przedsiębiorczości”), and a name of the register is not a mention.
 */
function stale(after: Order, u: Unit, what: { name: boolean; symbol: boolean }): string[] {
  let t = renderText(after).replace(/\u00a0/g, ' ');
  const names = after.units.flatMap((x) => CASES.map((c) => inflect(x.name, c, x.forms))).sort((a, b) => b.length - a.length);
  for (const n of names) t = t.split(n).join('⟨nazwa⟩');
  const out: string[] = [];
  if (what.name) {
    for (const c of CASES) {
      const form = inflect(u.name, c, u.forms);
      const re = new RegExp(`(?<![\\p{L}\\p{N}-])${esc(form)}(?![\\p{L}\\p{N}-])(?!\\s+\\p{Lu})`, 'u');
      const m = re.exec(t);
      if (m) out.push(`${c} „${form}” … ${t.slice(Math.max(0, m.index - 60), m.index + form.length + 20)}`);
    }
  }
  if (what.symbol && u.symbol) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}-])${esc(u.symbol)}(?![\\p{L}\\p{N}-])`, 'u').exec(t);
    if (m) out.push(`symbol ${u.symbol} … ${t.slice(Math.max(0, m.index - 60), m.index + 20)}`);
  }
  return out;
}

function ok(r: EditResult): Order {
  if (!r.ok) throw new Error(r.message);
  return r.order;
}

/** The fixes of every `mentions.removed` finding applied, one at a time, until none is left. */
function fixRemoved(order: Order, against: Order): Order {
  let o = order;
  for (let guard = 0; guard < 200; guard++) {
    const f = checkOrder(o, { against }).find((x) => x.code === 'mentions.removed');
    if (!f) return o;
    o = applyFix(o, f, { against });
  }
  throw new Error('mentions.removed does not go away');
}

const drafts: { name: string; old: Order; draft: Order }[] = [];
beforeAll(async () => {
  for (const f of fixtureOrders()) {
    const r = await importFile(f.path);
    if (!r.ok) throw new Error(r.error.message);
    if (r.order.units.length) drafts.push({ name: f.name, old: r.order, draft: draftReplacing(r.order, { today: '2026-02-01' }) });
  }
});

describe('every unit of every fixture, in turn: no stale name or symbol in render', () => {
  it('has drafts with units and with mentions to follow', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(3);
  });

  it('renaming', () => {
    const found: string[] = [];
    for (const { name, draft } of drafts) {
      for (const u of draft.units) {
        const o = ok(renameUnit(draft, u.id, `${u.name.split(' ')[0]} Zmienionej Nazwy`));
        found.push(...stale(o, u, { name: true, symbol: false }).map((s) => `${name} rename ${u.symbol}: ${s}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('re-symbolling', () => {
    const found: string[] = [];
    for (const { name, draft } of drafts) {
      for (const u of draft.units) {
        if (!u.symbol) continue;
        const o = ok(setSymbol(draft, u.id, 'ZZ-91'));
        found.push(...stale(o, u, { name: false, symbol: true }).map((s) => `${name} symbol ${u.symbol}: ${s}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('merging into another unit', () => {
    const found: string[] = [];
    let merged = 0;
    for (const { name, draft } of drafts) {
      for (const u of draft.units) {
        // into a unit that is not inside this one (the register refuses that)
        const inside = (x: Unit): boolean => !!x.parentId && (x.parentId === u.id || inside(draft.units.find((y) => y.id === x.parentId)!));
        const into = draft.units.find((x) => x.id !== u.id && !inside(x) && x.name !== u.name);
        if (!into) continue;
        const o = ok(mergeUnits(draft, { sourceIds: [u.id], targetId: into.id }));
        merged++;
        found.push(...stale(o, u, { name: true, symbol: true }).map((s) => `${name} merge ${u.symbol} → ${into.symbol}: ${s}`));
      }
    }
    expect(merged).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  it('removing (and applying the fixes the check offers for its mentions)', () => {
    const found: string[] = [];
    for (const { name, old, draft } of drafts) {
      for (const u of draft.units) {
        const o = fixRemoved(ok(removeUnit(draft, u.id)), old);
        found.push(...stale(o, u, { name: true, symbol: true }).map((s) => `${name} remove ${u.symbol}: ${s}`));
      }
    }
    expect(found).toEqual([]);
  });
});
