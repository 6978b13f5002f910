/**
 * Choosing what a point of an amending order changes (issue 17, `core/amend/points.ts`): the kind of change (a new
 * wording, a unit added after another, a repeal) and the unit of the amended order, picked from a list of the units
 * of its text in force (the registry's `AmendedFacts.tree`), never typed. The same two fields change an existing
 * point ({@link PointChoiceFields}) and make a new one ({@link AddPointForm}); the instruction is written from them by
 * the core, in the forms of the Zasady techniki prawodawczej.
 */
import { useId, useMemo, useState } from 'react';
import { addPoint, setPoint, targetOptions, type PointChoice, type PointKind, type TargetOption } from '../../../core/amend/points.js';
import { cite as citePath } from '../../../core/amend/diff.js';
import type { EUnit } from '../../../core/amend/tree.js';
import type { EditResult } from '../../../core/draft/register.js';
import type { Order } from '../../../core/model/order.js';
import { announce } from '../keyboard/announcer.js';

/** What the kind select shows for each kind. */
const KINDS: Array<[PointKind, string]> = [
  ['replace', 'nowe brzmienie (otrzymuje brzmienie)'],
  ['insert', 'dodanie (dodaje się … w brzmieniu)'],
  ['repeal', 'uchylenie (uchyla się)'],
];

/** The label of the unit field for a kind: an insertion names the unit the new one follows. */
const targetLabel = (kind: PointKind): string => (kind === 'insert' ? 'Po jednostce' : 'Jednostka');

const NBSP = '\u00a0';

/** One option of the unit select: indented by depth, its citation and the start of its text. */
function optionText(o: TargetOption): string {
  return `${NBSP.repeat(o.depth * 2)}${o.cite}${o.preview ? ` — ${o.preview}` : ''}`;
}

type Edit = (fn: (o: Order) => EditResult | Order) => void;

interface FieldsProps {
  kind: PointKind;
  target: string;
  options: TargetOption[];
  /** Accessible names start with this (`pkt 3` or `Nowa zmiana`). */
  name: string;
  onKind(k: PointKind): void;
  onTarget(cite: string): void;
}

/** The kind and unit selects. */
function ChoiceSelects({ kind, target, options, name, onKind, onTarget }: FieldsProps) {
  const id = useId();
  return (
    <>
      <span className="field field-inline amend-choice-field">
        <label htmlFor={`${id}-k`}>Zmiana</label>
        <select id={`${id}-k`} className="input" aria-label={`${name}: rodzaj zmiany`} value={kind} onChange={(e) => onKind(e.target.value as PointKind)}>
          {KINDS.map(([k, text]) => <option key={k} value={k}>{text}</option>)}
        </select>
      </span>
      <span className="field field-inline amend-choice-field">
        <label htmlFor={`${id}-t`}>{targetLabel(kind)}</label>
        <select id={`${id}-t`} className="input amend-target" aria-label={`${name}: ${targetLabel(kind).toLowerCase()}`} value={target} onChange={(e) => onTarget(e.target.value)}>
          {!options.some((o) => o.cite === target) && <option value={target}>{target || '(wybierz)'}</option>}
          {options.map((o) => <option key={o.cite} value={o.cite}>{optionText(o)}</option>)}
        </select>
      </span>
    </>
  );
}

/** The path of the option cited `cite`. */
const pathOf = (options: TargetOption[], cite: string) => options.find((o) => o.cite === cite)?.path ?? null;

/** The kind and unit of point `point` (1-based), changed in place: the instruction and quotation follow (`setPoint`). */
export function PointChoiceFields({ point, choice, tree, edit }: { point: number; choice: PointChoice; tree: EUnit[]; edit: Edit }) {
  const options = useMemo(() => targetOptions(tree), [tree]);
  const cite = options.find((o) => o.path.length === choice.target.length && o.path.every((s, i) => s.kind === choice.target[i]!.kind && s.label === choice.target[i]!.label))?.cite
    ?? citePath(choice.target);
  const change = (next: PointChoice, where: string) => {
    edit((o) => setPoint(o, point, next, tree));
    announce(`Pkt ${point}: ${KINDS.find(([k]) => k === next.kind)![1]}, ${where}. Polecenie napisano od nowa.`);
  };
  return (
    <div className="amend-choice" role="group" aria-label={`pkt ${point}: co zmienia`}>
      <ChoiceSelects kind={choice.kind} target={cite} options={options} name={`pkt ${point}`}
        onKind={(k) => change({ kind: k, target: choice.target }, cite)}
        onTarget={(c) => {
          const p = pathOf(options, c);
          if (p) change({ kind: choice.kind, target: p }, c);
        }} />
    </div>
  );
}

/**
 * „Dodaj zmianę”: a kind and a unit of the amended order's text in force, and the point added in its place in the
 * order of the text (`addPoint`). `onAdded` gets the new point's id (the body moves the focus to it).
 */
export function AddPointForm({ tree, edit, onAdded }: { tree: EUnit[]; edit: Edit; onAdded(id: string): void }) {
  const options = useMemo(() => targetOptions(tree), [tree]);
  const [kind, setKind] = useState<PointKind>('replace');
  const [target, setTarget] = useState<string>('');
  const chosen = target || options[0]?.cite || '';
  const add = () => {
    const path = pathOf(options, chosen);
    if (!path) return;
    let added: string | undefined;
    edit((o) => {
      const r = addPoint(o, { kind, target: path }, tree);
      if (r.ok) added = r.pointId;
      return r;
    });
    if (added) {
      onAdded(added);
      announce(`Dodano zmianę: ${KINDS.find(([k]) => k === kind)![1]}, ${chosen}.`);
    }
  };
  return (
    <div className="amend-add" role="group" aria-label="Nowa zmiana">
      <h3>Dodaj zmianę</h3>
      <ChoiceSelects kind={kind} target={chosen} options={options} name="Nowa zmiana" onKind={setKind} onTarget={setTarget} />
      <button type="button" className="button button-small" onClick={add} disabled={!options.length}>Dodaj zmianę</button>
    </div>
  );
}
