/**
 * A mutated copy of an order for comparison tests and benchmarks: some units renamed, a share of the scope tasks
 * moved to other units (appended to their lists), a share dropped, some reworded. Deterministic for a seed.
 * Item and unit ids are kept, so the truth of each mutation is known: `truth` says where each moved task went.
 */
import type { Item, Order } from '../../core/model/order.js';
import { RichText } from '../../core/model/rich-text.js';
import { rng } from './generate-order.js';

export interface MutateOptions {
  seed?: number;
  /** Share of units renamed (0–1). */
  rename?: number;
  /** Share of top-level scope tasks moved to another unit. */
  move?: number;
  /** Share of top-level scope tasks dropped. */
  drop?: number;
  /** Share of the remaining tasks reworded (one word added). */
  reword?: number;
}

export interface MutationTruth {
  /** Units renamed: id → new name. */
  renamed: Map<string, string>;
  /** Tasks moved: item id → id of the unit it was moved to. */
  moved: Map<string, string>;
  /** Item ids of dropped tasks. */
  dropped: Set<string>;
  /** Item ids of reworded tasks. */
  reworded: Set<string>;
}

const RENAME_WORDS = ['Obsługi', 'Koordynacji', 'Wsparcia', 'Rozwoju'];

/** Mutates a deep copy of `order`; `order` itself is untouched. */
export function mutateOrder(order: Order, o: MutateOptions = {}): { order: Order; truth: MutationTruth } {
  const r = rng(o.seed ?? 7);
  const copy: Order = structuredClone(order);
  const truth: MutationTruth = { renamed: new Map(), moved: new Map(), dropped: new Set(), reworded: new Set() };
  const withTasks = copy.units.filter((u) => u.scope.kind === 'tasks');
  for (const u of copy.units) {
    if (r() < (o.rename ?? 0.1)) {
      const words = u.name.split(' ');
      words.splice(1, 0, RENAME_WORDS[Math.floor(r() * RENAME_WORDS.length)]!, 'i');
      u.name = words.join(' ');
      truth.renamed.set(u.id, u.name);
    }
  }
  // pick tasks to move and drop among top-level tasks of every unit's own list (not the last one of a list)
  const picks: { unit: (typeof withTasks)[number]; item: Item }[] = [];
  for (const u of withTasks) if (u.scope.kind === 'tasks') for (const it of u.scope.tasks.slice(0, -1)) picks.push({ unit: u, item: it });
  for (const p of picks) {
    if (p.unit.scope.kind !== 'tasks') continue;
    const x = r();
    const list = p.unit.scope.tasks;
    if (x < (o.drop ?? 0.05)) {
      list.splice(list.indexOf(p.item), 1);
      truth.dropped.add(p.item.id);
    } else if (x < (o.drop ?? 0.05) + (o.move ?? 0.1) && withTasks.length > 1) {
      let to = withTasks[Math.floor(r() * withTasks.length)]!;
      if (to === p.unit) to = withTasks[(withTasks.indexOf(to) + 1) % withTasks.length]!;
      if (to.scope.kind !== 'tasks') continue;
      list.splice(list.indexOf(p.item), 1);
      to.scope.tasks.splice(Math.max(0, to.scope.tasks.length - 1), 0, p.item);
      truth.moved.set(p.item.id, to.id);
    } else if (r() < (o.reword ?? 0.1)) {
      p.item.text = RichText.mapRuns(p.item.text, (run) => run.replace(/ oraz /, ' a także '));
      truth.reworded.add(p.item.id);
    }
  }
  // the mutated copy is a draft written in the app: no written labels or endings
  const strip = (items: Item[]): void => {
    for (const it of items) {
      delete it.written;
      strip(it.children);
    }
  };
  for (const u of copy.units) if (u.scope.kind === 'tasks') strip(u.scope.tasks);
  return { order: copy, truth };
}
