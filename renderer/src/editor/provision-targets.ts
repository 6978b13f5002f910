/**
 * What the provision picker (`provision-picker.tsx`) lists and how it writes the reference it inserts: pure
 * functions over the order, tested without a window.
 */
import { Citation } from '../../../core/model/citation.js';
import type { ProvisionForm } from '../../../core/model/inline.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';

/** A place the picker offers: its id and how the list shows it (`§ 5 pkt 2 — prowadzenie kontroli`). */
export interface ProvisionTarget {
  id: string;
  label: string;
}

const ROLE_WORDS: Partial<Record<Order['paragraphs'][number]['role'], string>> = {
  leadership: 'kierownictwo',
  units: 'wewnętrzne komórki organizacyjne',
  subordination: 'podległość',
  commonDuties: 'wspólne obowiązki komórek',
  annex: 'schemat organizacyjny',
  execution: 'wykonanie zarządzenia',
  repeal: 'utrata mocy',
  entryIntoForce: 'wejście w życie',
};

const short = (s: string): string => (s.length > 90 ? `${s.slice(0, 88)}…` : s);

/** Orders citations as the document does. */
function citationKey(c: Citation): number[] {
  return [c.paragraf, c.ustep ?? 0, c.punkt ?? 0, c.litera ?? 0, c.tiret ?? 0];
}

/**
 * Every place of the order a reference may point at, in document order, each labelled with its current citation
 * and its words (`§ 5 pkt 2 — prowadzenie kontroli`). In: the order. Out: picker rows (id = the place's id).
 */
export function provisionTargets(order: Order): ProvisionTarget[] {
  const ctx = RichText.context(order);
  const words = new Map<string, string>();
  const items = (list: Item[]): void => {
    for (const it of list) {
      words.set(it.id, RichText.plain(it.text, ctx));
      items(it.children);
    }
  };
  for (const u of order.units) {
    if (u.scope.kind !== 'tasks') continue;
    items(u.scope.tasks);
    for (const p of u.scope.positions) items(p.tasks);
  }
  if (order.commonDuties) items(order.commonDuties);
  for (const p of order.paragraphs) {
    const unit = p.role === 'scope' ? order.units.find((u) => p.unitIds?.includes(u.id)) : undefined;
    words.set(p.id, unit ? `zakres działania: ${unit.name}` : (ROLE_WORDS[p.role] ?? RichText.plain(p.content?.[0]?.text, ctx)));
    for (const u of p.content ?? []) {
      words.set(u.id, RichText.plain(u.text, ctx));
      items(u.items);
    }
  }
  return [...ctx.citations]
    .sort(([, a], [, b]) => {
      const ka = citationKey(a);
      const kb = citationKey(b);
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return 0;
    })
    .map(([id, c]) => ({ id, label: `${Citation.format(c)} — ${short(words.get(id) ?? '')}` }));
}

/**
 * The form a reference from `host` to `target` is written in: from the first level at which they differ, so a place
 * of the same paragraf is cited from its ustęp or punkt, and one of the same punkt by its litera; a place of another
 * paragraf (or a whole paragraf) from the paragraf.
 */
export function formFor(target: Citation, host: Citation | null): ProvisionForm {
  if (!host || target.paragraf !== host.paragraf) return 'paragraf';
  if (target.ustep !== undefined && target.ustep !== host.ustep) return 'ustep';
  if (target.ustep !== host.ustep) return 'paragraf';
  if (target.punkt === undefined) return 'paragraf';
  if (target.punkt !== host.punkt) return 'punkt';
  return target.litera === undefined ? 'paragraf' : 'litera';
}
