/**
 * The `outline` view of an order: the project's fixed, tool-neutral JSON described in `spec/outline.md`.
 */
import type { Order, SuperiorRef, Unit } from '../model/order.js';

/** The outline object; key order follows `spec/outline.md`. */
export interface Outline {
  kind: 'organizational' | 'general';
  number: string | null;
  date: string | null;
  title: string;
  subject: string | null;
  head: string | null;
  deputies: string[];
  units: { symbol: string; name: string; parent: string | null }[];
  reportsTo: Record<string, string>;
  scopeItems: Record<string, number | null>;
  commonDuties: number | null;
  repeals: { number: string; date: string | null }[];
  entryIntoForce: { kind: 'signing' } | { kind: 'date'; date: string | null } | { kind: 'afterDays'; days: number } | null;
  paragraphs: number;
  /** Number of fragments of the input the importer could not place (0 for every real order; spec/outline.md). */
  unplaced: number;
}

/** Writes a superior the way the outline does: `Dyrektor`, a deputy's name, a unit's symbol, `Prezydent Miasta Krakowa`. */
export function superiorLabel(order: Order, ref: SuperiorRef): string {
  switch (ref.kind) {
    case 'head':
      return order.leadership?.head ?? 'Dyrektor';
    case 'deputy':
      return order.leadership?.deputies.find((d) => d.id === ref.id)?.name ?? '?';
    case 'unit': {
      const u = order.units.find((x) => x.id === ref.id);
      return u ? u.symbol || u.name : '?';
    }
    case 'prezydent':
      return 'Prezydent Miasta Krakowa';
    case 'sekretarz':
      return 'Sekretarz Miasta Krakowa';
    case 'external':
      return ref.name;
  }
}

function scopeItems(u: Unit): number | null {
  switch (u.scope.kind) {
    case 'tasks':
      return u.scope.tasks.length;
    case 'separateOrder':
      return null;
    default:
      return 0;
  }
}

/**
 * Computes the outline of an order (pure). Units are keyed by symbol, or by name where a unit has no symbol.
 * `unplaced` is checked apart from the expected files, which do not list it: compare an outline with an expected
 * file through {@link outlineKeys}.
 */
export function outlineOf(order: Order): Outline {
  const general = order.meta.kind === 'general';
  const key = (u: Unit): string => u.symbol || u.name;
  const reportsTo: Record<string, string> = {};
  for (const d of order.leadership?.deputies ?? []) reportsTo[d.name] = superiorLabel(order, d.reportsTo);
  for (const u of order.units) reportsTo[key(u)] = superiorLabel(order, u.reportsTo);
  const scope: Record<string, number | null> = {};
  for (const u of order.units) scope[key(u)] = scopeItems(u);
  return {
    kind: order.meta.kind,
    number: order.meta.number,
    date: order.meta.date,
    title: order.meta.title,
    subject: general ? null : order.meta.subject,
    head: general ? null : order.leadership?.head ?? null,
    deputies: (order.leadership?.deputies ?? []).map((d) => d.name),
    units: order.units.map((u) => ({
      symbol: u.symbol,
      name: u.name,
      parent: u.parentId ? key(order.units.find((p) => p.id === u.parentId)!) : null,
    })),
    reportsTo,
    scopeItems: scope,
    commonDuties: order.commonDuties ? order.commonDuties.length : null,
    repeals: order.repeals.map((r) => ({ number: r.number, date: r.date })),
    entryIntoForce: order.entryIntoForce,
    paragraphs: order.paragraphs.length,
    unplaced: order.unplaced.length,
  };
}

/** The outline restricted to the keys an expected file lists (`unplaced` is compared apart, see spec/outline.md). */
export function outlineKeys(outline: Outline, expected: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(expected)) out[k] = (outline as unknown as Record<string, unknown>)[k];
  return out;
}
