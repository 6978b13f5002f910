/**
 * Restructurings the redline and change-report tests run on: the real pair 1630/2007 → 2006/2020, every fixture
 * against a draft replacing it, and drafts of 3468/2024 restructured with core/draft's register operations — two
 * units merged (tasks moved, the unit removed, symbols renumbered), a unit split, a symbol reused for another unit,
 * tasks reworded, dropped, added and moved within a list — so each kind of revision occurs.
 */
import { draftReplacing, moveTask, removeUnit, addUnit, renameUnit, setSymbol, renumberSymbols } from '../../../core/draft/index.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { importFile } from '../../../electron/services/import-file.js';
import { fixtureOrders, fixturePath } from '../fixtures.js';

async function load(path: string): Promise<Order> {
  const r = await importFile(path);
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

function must(r: { ok: true; order: Order } | { ok: false; message: string }): Order {
  if (!r.ok) throw new Error(r.message);
  return r.order;
}

/** The task list of the unit with `symbol`. */
export function tasksOf(o: Order, symbol: string): Item[] {
  const u = o.units.find((x) => x.symbol === symbol);
  if (!u || u.scope.kind !== 'tasks') throw new Error(`brak listy zadań ${symbol}`);
  return u.scope.tasks;
}

/** Merges unit `from` into `into` (tasks appended), removes it and renumbers the symbols. */
export function merge(o: Order, from: string, into: string): Order {
  const source = o.units.find((u) => u.symbol === from)!;
  const target = o.units.find((u) => u.symbol === into)!;
  let d = o;
  for (const t of tasksOf(o, from)) d = must(moveTask(d, t.id, target.id));
  d = must(removeUnit(d, source.id));
  return must(renumberSymbols(d));
}

/** Splits the last `n` tasks of `symbol` into a new unit named `name` placed after it. */
export function split(o: Order, symbol: string, n: number, name: string): Order {
  const unit = o.units.find((u) => u.symbol === symbol)!;
  const added = addUnit(o, { name, afterId: unit.id });
  let d = must(added);
  for (const t of tasksOf(o, symbol).slice(-n)) d = must(moveTask(d, t.id, added.unitId!));
  return must(renumberSymbols(d));
}

/** A pair of orders with a name. */
export interface Pair {
  name: string;
  old: Order;
  neu: Order;
}

/** The restructured drafts of 3468/2024 (see module doc). */
export async function ownPairs(): Promise<Pair[]> {
  const old = await load(fixturePath('3468-2024'));
  const base = draftReplacing(old, { today: '2026-02-01' });
  const merged = merge(base, 'KS-03', 'KS-02');
  const splitDraft = split(base, 'KS-01', 4, 'Referat ds. Kadr i Szkoleń');
  // KS-05 renamed and given KS-03 (which KS-03 no longer has): a symbol reused for another unit
  let reused = base;
  const ks03 = reused.units.find((u) => u.symbol === 'KS-03')!;
  const ks05 = reused.units.find((u) => u.symbol === 'KS-05')!;
  reused = must(setSymbol(reused, ks03.id, 'KS-08'));
  reused = must(setSymbol(reused, ks05.id, 'KS-03'));
  reused = must(renameUnit(reused, ks05.id, 'Referat Kampanii Miejskich'));
  // words changed, a task dropped, a task added, two tasks swapped inside a list
  const edited = structuredClone(base);
  const ks01 = tasksOf(edited, 'KS-01');
  ks01[0]!.text = RichText.editStart(ks01[0]!.text, (run) => run.replace(/^(\S+)/, '$1 i nadzorowanie'));
  ks01.splice(2, 1);
  ks01.push({ id: 'nowe-zadanie', text: ['prowadzenie rejestru umów zawieranych przez Wydział'], children: [] });
  const ks02 = tasksOf(edited, 'KS-02');
  [ks02[0], ks02[3]] = [ks02[3]!, ks02[0]!];
  return [
    { name: 'połączenie KS-03 z KS-02', old, neu: merged },
    { name: 'podział KS-01', old, neu: splitDraft },
    { name: 'symbol KS-03 użyty dla innej komórki', old, neu: reused },
    { name: 'zmiany słów, usunięte, nowe i zamienione zadania', old, neu: edited },
  ];
}

/** The fixture pair and every fixture against a draft replacing it. */
export async function fixturePairs(): Promise<Pair[]> {
  const out: Pair[] = [{ name: '1630/2007 → 2006/2020', old: await load(fixturePath('1630-2007')), neu: await load(fixturePath('2006-2020')) }];
  for (const f of fixtureOrders()) {
    const o = await load(f.path);
    out.push({ name: `${f.stem} → projekt`, old: o, neu: draftReplacing(o, { today: '2026-02-01' }) });
  }
  return out;
}
