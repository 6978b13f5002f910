/**
 * Applying amendments to an order's editorial-unit tree (the text in force, tekst jednolity): new wordings replace
 * units, inserted units take their letters, repealed units stay with their label as `(uchylony)`, nothing is
 * renumbered. All of one amending order's changes are checked first: when any of them names a unit that is not
 * there (or inserts a label that already is), the result lists every such problem with its place and nothing of
 * that amending order is applied (issue #17: "nothing is applied from it until it is resolved"). Units added after
 * the last unit of an enumeration with `kropkę zastępuje się średnikiem` (`semicolon`) turn that unit's closing full
 * stop into a semicolon (ZTP § 88–§ 94).
 */
import { cite, findUnit, withSemicolon, type Amendment, type Seg } from './diff.js';
import { cloneUnit, repealedText, type EUnit } from './tree.js';

/** A change that cannot be applied: which point of the amending order and why, in Polish. */
export interface ApplyProblem {
  /** 1-based number of the amendment (the point of § 1 of the amending order). */
  point: number;
  message: string;
}

export type ApplyResult = { ok: true; tree: EUnit[] } | { ok: false; problems: ApplyProblem[] };

function siblingsOf(tree: EUnit[], parent: Seg[]): EUnit[] | null {
  if (!parent.length) return tree;
  return findUnit(tree, parent)?.children ?? null;
}

function where(path: Seg[]): string {
  return path.length ? cite(path) : 'zarządzeniu';
}

/**
 * Applies the amendments of one amending order to a copy of `tree`. In: the tree of the text in force and the
 * amendments in their order. Out: the new tree, or every problem found (and no change). Never throws.
 */
export function applyAmendments(tree: EUnit[], amendments: Amendment[]): ApplyResult {
  const t = tree.map(cloneUnit);
  const problems: ApplyProblem[] = [];
  amendments.forEach((a, i) => {
    const point = i + 1;
    switch (a.op) {
      case 'annex':
        return;
      case 'replace':
      case 'intro':
      case 'repeal': {
        const u = findUnit(t, a.path);
        if (!u || u.repealed) {
          problems.push({ point, message: `pkt ${point}: w zmienianym zarządzeniu nie ma ${u ? 'obowiązującej jednostki' : 'jednostki'} ${cite(a.path)}` });
          return;
        }
        if (a.op === 'replace') {
          const list = siblingsOf(t, a.path.slice(0, -1))!;
          list[list.indexOf(u)] = { ...cloneUnit(a.unit), label: u.label };
        } else if (a.op === 'intro') u.text = a.text;
        else Object.assign(u, { text: repealedText(u.kind), children: [], tail: undefined, repealed: true });
        return;
      }
      case 'insert': {
        const list = siblingsOf(t, a.parent);
        const after = list?.find((u) => u.kind === a.after.kind && u.label === a.after.label);
        if (!list || !after) {
          problems.push({ point, message: `pkt ${point}: w zmienianym zarządzeniu nie ma jednostki ${cite([...a.parent, a.after])}, po której ma być dodana nowa` });
          return;
        }
        const clash = a.units.find((n) => list.some((u) => u.kind === n.kind && u.label === n.label));
        if (clash) {
          problems.push({ point, message: `pkt ${point}: w ${where(a.parent)} jest już ${cite([{ kind: clash.kind, label: clash.label }])}` });
          return;
        }
        if (a.semicolon) {
          if (list[list.length - 1] !== after) {
            problems.push({ point, message: `pkt ${point}: ${cite([...a.parent, a.after])} nie jest ostatnią jednostką wyliczenia, więc jej kropki nie zastępuje się średnikiem` });
            return;
          }
          const closed = withSemicolon(after);
          if (!closed) {
            problems.push({ point, message: `pkt ${point}: ${cite([...a.parent, a.after])} nie kończy się kropką, którą można by zastąpić średnikiem` });
            return;
          }
          list[list.length - 1] = closed;
          list.push(...a.units.map(cloneUnit));
        } else list.splice(list.indexOf(after) + 1, 0, ...a.units.map(cloneUnit));
      }
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, tree: t };
}
