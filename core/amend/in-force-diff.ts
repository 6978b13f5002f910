/**
 * The difference between two texts in force of one order (at two dates), unit by unit. In a text in force nothing is
 * renumbered (inserted units take letters, repealed ones stay as `(uchylony)`), so a unit keeps its citation through
 * every amendment and the two texts are aligned by it: a unit cited in both is `changed` when its wording differs,
 * one cited only in the later text is `added`, one that became `(uchylony)` is `repealed`, one that is gone (a new
 * wording of its parent had fewer sub-units) is `removed`. Pure.
 */
import { diffParts } from '../compare/index.js';
import type { DiffPart } from '../compare/types.js';
import type { Skipped } from './consolidate.js';
import { cite, type Seg } from './diff.js';
import { CITABLE, fullLabel, type EUnit } from './tree.js';

/** The text in force of an order at one date, as the registry shows it. */
export interface InForceText {
  /** ISO date. */
  date: string;
  /** The whole text, one line per editorial unit (inserted units with their letters, repealed ones `(uchylony)`). */
  text: string;
  /** The amending orders applied, cited (`nr 12/2025 Prezydenta Miasta Krakowa z dnia …`), oldest first. */
  applied: string[];
  /** Amending orders left out at this date, each with Polish reasons (not yet in force, or a change that cannot be applied). */
  skipped: Skipped[];
}

/** One unit whose wording differs between the two texts. */
export interface InForceChange {
  /** Citation of the unit (`§ 5 pkt 3a`); a tiret or a line is cited by its parent with its place (`§ 6 pkt 2, tiret 1`). */
  where: string;
  kind: 'changed' | 'added' | 'repealed' | 'removed';
  /** The wording at the earlier date (label, text and część wspólna), or null when it was not there. */
  before: string | null;
  /** The wording at the later date, or null when it is gone. */
  after: string | null;
  /** Word diff of `before` → `after` (`=`, `-`, `+`). */
  parts: DiffPart[];
}

interface Entry {
  key: string;
  where: string;
  text: string;
  repealed: boolean;
}

function entries(tree: EUnit[]): Entry[] {
  const out: Entry[] = [];
  const walk = (u: EUnit, path: Seg[], where: string, n: number): void => {
    const p = CITABLE.has(u.kind) ? [...path, { kind: u.kind, label: u.label }] : path;
    const at = CITABLE.has(u.kind) ? cite(p) : `${where}, ${u.kind === 'tiret' ? 'tiret' : 'wiersz'} ${n}`;
    const text = `${fullLabel(u)} ${u.text}${u.tail ? ` ${u.tail}` : ''}`.replace(/\s+/g, ' ').trim();
    out.push({ key: at, where: at, text, repealed: !!u.repealed });
    let k = 0;
    u.children.forEach((c) => walk(c, p, at, CITABLE.has(c.kind) ? 0 : ++k));
  };
  tree.forEach((u) => walk(u, [], '', 0));
  return out;
}

/**
 * The units whose wording differs between the text in force `before` and `after` (trees of `consolidate`), in the
 * order of the later text, units gone from it after their predecessor. Out: an empty list when the texts agree.
 */
export function compareInForce(before: EUnit[], after: EUnit[]): InForceChange[] {
  const a = entries(before);
  const b = entries(after);
  const inA = new Map(a.map((e) => [e.key, e]));
  const inB = new Map(b.map((e) => [e.key, e]));
  const order: Entry[] = [...b];
  // units only in the earlier text go after the unit that preceded them there
  a.forEach((e, i) => {
    if (inB.has(e.key)) return;
    const prev = i > 0 ? a[i - 1]!.key : null;
    const at = prev ? order.findIndex((x) => x.key === prev) : -1;
    order.splice(at + 1, 0, e);
  });
  const out: InForceChange[] = [];
  for (const e of order) {
    const x = inA.get(e.key) ?? null;
    const y = inB.get(e.key) ?? null;
    if (x && y && x.text === y.text) continue;
    const kind = !x ? 'added' : !y ? 'removed' : y.repealed && !x.repealed ? 'repealed' : 'changed';
    out.push({ where: e.where, kind, before: x?.text ?? null, after: y?.text ?? null, parts: diffParts(x?.text ?? '', y?.text ?? '') });
  }
  return out;
}
