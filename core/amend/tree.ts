/**
 * The editorial-unit tree of an order (jednostki redakcyjne: paragraf → ustęp → punkt → litera → tiret), built from
 * the rendered blocks of `core/render/document.ts`, so that it holds exactly the text the order prints. Each node
 * keeps the model id it was rendered from (`key`: the paragraf's id, the item's id, a unit's id for an entry of
 * § 2) so that a draft made from the order in force aligns with it by id; ustępy get `paragrafId/number`.
 *
 * Labels are kept bare (`7a` for `§ 7a.`, `4` for `4)`, `b` for `b)`, `2` for `2.`) and printed by {@link fullLabel}.
 * A repealed unit (`uchylony`) keeps its label and has `repealed: true`, the text `(uchylony)` and no children.
 */
import type { Order } from '../model/order.js';
import { renderDocument, type RenderedBlock } from '../render/document.js';

/** Kinds of editorial units; `line` is an unnumbered line inside a paragraf (a sub-unit's name before its list). */
export type EKind = 'paragraf' | 'ustep' | 'punkt' | 'litera' | 'tiret' | 'line';

/** One editorial unit with its own text (without label), its część wspólna (`tail`) and its sub-units. */
export interface EUnit {
  kind: EKind;
  /** Bare label: `7a`, `2`, `4`, `b`; `–` for a tiret; `` for a line. */
  label: string;
  /** Model id it was rendered from, or null (units quoted in an amending order, lines). */
  key: string | null;
  /** Own text as printed (closing punctuation included); `` for a paragraf made of numbered ustępy. */
  text: string;
  tail?: string;
  children: EUnit[];
  repealed?: boolean;
}

/** Kinds that can be cited and amended on their own (a tiret or a line is changed through its parent). */
export const CITABLE: ReadonlySet<EKind> = new Set(['paragraf', 'ustep', 'punkt', 'litera']);

/** The printed label of a unit: `§ 7a.`, `2.`, `4)`, `b)`, `–`, ``. */
export function fullLabel(u: { kind: EKind; label: string }): string {
  switch (u.kind) {
    case 'paragraf': return `§ ${u.label}.`;
    case 'ustep': return `${u.label}.`;
    case 'punkt':
    case 'litera': return `${u.label})`;
    case 'tiret': return '–';
    case 'line': return '';
  }
}

/** Word used to cite a unit of this kind (`§`, `ust.`, `pkt`, `lit.`). */
export function citeWord(kind: EKind): string {
  return kind === 'paragraf' ? '§' : kind === 'ustep' ? 'ust.' : kind === 'punkt' ? 'pkt' : kind === 'litera' ? 'lit.' : kind;
}

/** Text of a repealed unit (`(uchylony)`, a litera is feminine: `(uchylona)`). */
export function repealedText(kind: EKind): string {
  return kind === 'litera' ? '(uchylona)' : '(uchylony)';
}

/**
 * The tree of an order's body. In: an order. Out: the paragrafy in document order.
 * Never throws for a schema-valid order.
 */
export function orderTree(order: Order): EUnit[] {
  return blocksTree(renderDocument(order).body);
}

/** The tree of rendered body blocks (see {@link orderTree}). */
export function blocksTree(blocks: RenderedBlock[]): EUnit[] {
  const root: EUnit[] = [];
  let par: EUnit | null = null;
  let container: EUnit | null = null;
  let stack: EUnit[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraf') {
      const label = /§\s*(\S+?)\.?$/.exec(b.label)?.[1] ?? b.label;
      let numbered = false;
      for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== 'paragraf'; j++) if (blocks[j]!.kind === 'ustep') numbered = true;
      const m = numbered ? /^(\d+[a-z]*)\.\s+([\s\S]*)$/.exec(b.text) : null;
      par = { kind: 'paragraf', label, key: b.paragraphId, text: m ? '' : b.text, children: [] };
      root.push(par);
      if (m) {
        container = { kind: 'ustep', label: m[1]!, key: `${b.paragraphId}/${m[1]}`, text: m[2]!, children: [] };
        par.children.push(container);
      } else container = par;
      stack = [];
      return;
    }
    if (!par) return;
    if (b.kind === 'ustep') {
      const label = (b.label ?? '').replace(/\.$/, '');
      container = { kind: 'ustep', label, key: `${par.key}/${label}`, text: b.text, children: [] };
      par.children.push(container);
      stack = [];
    } else if (b.kind === 'line') {
      container = { kind: 'line', label: '', key: null, text: b.text, children: [] };
      par.children.push(container);
      stack = [];
    } else if (b.kind === 'wspolna') {
      const owner = b.depth < 0 ? container : stack[b.depth];
      if (owner) owner.tail = b.text;
    } else {
      const parent = b.depth === 0 ? container : stack[b.depth - 1];
      const label = b.kind === 'tiret' ? '–' : b.label.replace(/\)$/, '');
      const node: EUnit = { kind: b.kind, label, key: b.itemId ?? null, text: b.text, children: [] };
      (parent ?? container!).children.push(node);
      stack[b.depth] = node;
      stack.length = b.depth + 1;
    }
  });
  return root;
}

/** Text lines of a tree, one per unit, indented as the plain-text rendering indents letters and tirets. */
export function treeLines(units: EUnit[]): string[] {
  const out: string[] = [];
  const walk = (u: EUnit, depth: number): void => {
    const label = fullLabel(u);
    if (u.kind === 'paragraf') {
      const first = u.children[0];
      if (!u.text && first?.kind === 'ustep') {
        out.push('', `${label} ${fullLabel(first)} ${first.text}`.trimEnd());
        first.children.forEach((c) => walk(c, 0));
        if (first.tail) out.push(first.tail);
        u.children.slice(1).forEach((c) => walk(c, 0));
      } else {
        out.push('', `${label} ${u.text}`.trimEnd());
        u.children.forEach((c) => walk(c, 0));
      }
      if (u.tail) out.push(u.tail);
      return;
    }
    if (u.kind === 'ustep' || u.kind === 'line') {
      out.push(label ? `${label} ${u.text}` : u.text);
      u.children.forEach((c) => walk(c, 0));
    } else {
      out.push(`${'   '.repeat(depth)}${label} ${u.text}`);
      u.children.forEach((c) => walk(c, Math.min(depth + 1, 2)));
    }
    if (u.tail) out.push(`${'   '.repeat(u.kind === 'ustep' ? 0 : depth)}${u.tail}`);
  };
  units.forEach((u) => walk(u, 0));
  return out;
}

/** Text without its closing punctuation and with single spaces: what two wordings are compared on. */
export function normText(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().replace(/[;,.:]+$/, '').trim();
}

/**
 * Signature of a unit's content: kind, text (with its closing punctuation: a point that stops being the last one
 * changes its `.` into `;`, and ZTP wants that change written too), część wspólna and the sub-units' signatures,
 * without labels and without repealed sub-units, so that renumbering and letters of inserted units never count
 * as a change.
 */
export function signature(u: EUnit): string {
  const known = signatures.get(u);
  if (known !== undefined) return known;
  const t = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  const sig = `${u.kind}|${t(u.text)}|${t(u.tail)}|[${u.children.filter((c) => !c.repealed).map(signature).join(',')}]`;
  signatures.set(u, sig);
  return sig;
}

/**
 * Signatures already computed, by unit: the comparison asks for a unit's signature once per candidate pair. A unit is
 * never changed in place once built (applying amendments works on copies), so the cache stays true.
 */
const signatures = new WeakMap<EUnit, string>();

/** Deep copy of a unit. */
export function cloneUnit(u: EUnit): EUnit {
  return { ...u, children: u.children.map(cloneUnit) };
}

/** Number of units in a tree (every node counts once). */
export function countUnits(units: EUnit[]): number {
  return units.reduce((n, u) => n + 1 + countUnits(u.children), 0);
}
