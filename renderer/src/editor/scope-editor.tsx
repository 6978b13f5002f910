/**
 * The Slate editor of one unit's scope. Each block is a punkt, litera or tiret; labels (`1)`, `a)`, `–`) and
 * closing punctuation are generated and shown beside the text, never typed. Enter makes the next item at the
 * same level (on an empty litera or tiret: one level up), Tab turns an item into a litera of the item above,
 * Shift+Tab back; pasting text from Word or a PDF is cleaned into items. Each point can be moved to another
 * unit with its menu.
 */
import { createContext, memo, useCallback, useContext, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createEditor, Editor, Element as SlateElement, Node, Path, Range, Transforms, type Descendant, type NodeEntry } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, useSlateStatic, withReact, type RenderElementProps } from 'slate-react';
import type { Item, Unit } from '../../../core/model/order.js';
import { freshId } from './order-edit.js';
import { startTaskDrag } from './task-drag.js';
import { blockEndings, blockLabels, cleanPaste, fromBlocks, indexItems, toBlocks } from './scope-blocks.js';
import type { ItemElement } from './slate-types.js';

/** Labels, endings and citations of the blocks, by block index; shared with the element renderer. */
interface Decorations {
  labels: string[];
  endings: string[];
}
const DecorationsContext = createContext<Decorations>({ labels: [], endings: [] });
const MoveContext = createContext<{ unitId: string; targets: Array<{ id: string; label: string }>; move(taskId: string, toUnitId: string): void } | null>(null);

/** Editor with the scope rules: unique ids, depth at most one below the block above, first block a punkt. */
function withScopeRules(editor: Editor): Editor {
  const { normalizeNode, insertData } = editor;
  editor.normalizeNode = (entry: NodeEntry) => {
    const [node, path] = entry;
    if (path.length === 0) {
      const seen = new Set<string>();
      let prev = -1;
      for (const [i, child] of (node as Editor).children.entries()) {
        if (!SlateElement.isElement(child)) continue;
        if (seen.has(child.id)) {
          Transforms.setNodes(editor, { id: freshId('t') }, { at: [i] });
          return;
        }
        seen.add(child.id);
        const max = Math.min(prev + 1, 2);
        if (child.depth > max) {
          Transforms.setNodes(editor, { depth: max as 0 | 1 | 2 }, { at: [i] });
          return;
        }
        prev = child.depth;
      }
    }
    normalizeNode(entry);
  };
  editor.insertData = (data: DataTransfer) => {
    const text = data.getData('text/plain');
    if (!text.includes('\n')) return insertData(data);
    const items = cleanPaste(text);
    if (!items.length) return;
    const [first, ...rest] = items;
    Editor.withoutNormalizing(editor, () => {
      Transforms.insertText(editor, first!.text);
      const at = editor.selection ? Path.next(Path.parent(editor.selection.anchor.path)) : [editor.children.length];
      const base = editor.selection ? (Node.parent(editor, editor.selection.anchor.path) as ItemElement).depth : 0;
      const blocks: ItemElement[] = rest.map((r) => ({ type: 'item', id: freshId('t'), depth: Math.min(2, Math.max(0, base + r.depth - first!.depth)) as 0 | 1 | 2, children: [{ text: r.text }] }));
      if (blocks.length) {
        Transforms.insertNodes(editor, blocks, { at });
        Transforms.select(editor, Editor.end(editor, [at[0]! + blocks.length - 1]));
      }
    });
  };
  return editor;
}

/** The blocks touched by the selection, as top-level indexes. */
function selectedBlocks(editor: Editor): number[] {
  if (!editor.selection) return [];
  const [start, end] = Range.edges(editor.selection);
  const out: number[] = [];
  for (let i = start.path[0]!; i <= end.path[0]!; i++) out.push(i);
  return out;
}

function setDepth(editor: Editor, delta: 1 | -1): void {
  Editor.withoutNormalizing(editor, () => {
    for (const i of selectedBlocks(editor)) {
      const el = editor.children[i] as ItemElement;
      const prevDepth = i > 0 ? (editor.children[i - 1] as ItemElement).depth : -1;
      const depth = Math.max(0, Math.min(el.depth + delta, prevDepth + 1, 2));
      if (depth !== el.depth) Transforms.setNodes(editor, { depth: depth as 0 | 1 | 2 }, { at: [i] });
    }
  });
}

const ItemBlock = memo(function ItemBlock({ attributes, children, element }: RenderElementProps) {
  const deco = useContext(DecorationsContext);
  const move = useContext(MoveContext);
  const editor = useSlateStatic();
  const el = element as ItemElement;
  const index = ReactEditor.findPath(editor, el)[0] ?? -1;
  const [menu, setMenu] = useState(false);
  return (
    // label and ending are CSS-generated content (data-label, data-end): outside the DOM text, so the caret
    // (Home, End, arrows, selection) never lands in them
    <div {...attributes} className={`block depth-${el.depth}`} data-id={el.id} data-label={deco.labels[index] ?? ''}>
      <div className="block-body">
        <span className="block-text" data-end={deco.endings[index] ?? ''}>{children}</span>
      </div>
      {move && el.depth === 0 && move.targets.length > 0 && (
        <span className="block-tools" contentEditable={false} style={{ userSelect: 'none' }}>
          {menu ? (
            <select
              className="input input-small"
              aria-label="Przenieś zadanie do komórki"
              autoFocus
              defaultValue=""
              onBlur={() => setMenu(false)}
              onChange={(e) => {
                if (e.target.value) move.move(el.id, e.target.value);
                setMenu(false);
              }}
            >
              <option value="" disabled>Przenieś do…</option>
              {move.targets.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
            </select>
          ) : (
            <>
              <span
                className="task-grip"
                role="button"
                aria-label="Przeciągnij zadanie"
                title="Przeciągnij zadanie na zakres innej komórki"
                onPointerDown={(e) => {
                  if (e.button !== 0) return;
                  // no caret, no selection, no Slate handling: this press starts a drag of the whole task
                  e.preventDefault();
                  e.stopPropagation();
                  startTaskDrag(e.nativeEvent, { taskId: el.id, fromUnitId: move.unitId, text: Node.string(el), onDrop: (to) => move.move(el.id, to) });
                }}
              >⠿</span>
              <button type="button" className="icon-button icon-move" title="Przenieś zadanie do innej komórki" aria-label="Przenieś zadanie" onClick={() => setMenu(true)} />
            </>
          )}
        </span>
      )}
    </div>
  );
});

export interface ScopeEditorProps {
  unit: Unit;
  /** Which list of the unit this editor holds (`listKey` of order-edit.ts): the unit's own (default) or a position's. */
  listId?: string;
  /** Accessible name of the editor; default `Zakres działania: <unit>`. */
  label?: string;
  /** Items as the editor starts (the editor is uncontrolled: remount it, with a new key, after outside changes). */
  items: Item[];
  /** Units a point can be moved to. */
  targets: Array<{ id: string; label: string }>;
  /** The list's new items as typed; `listId` says which list. */
  onChange(listId: string, items: Item[]): void;
  onMoveTask(fromUnitId: string, taskId: string, toUnitId: string): void;
}

export const ScopeEditor = memo(function ScopeEditor({ unit, listId = unit.id, label, items, targets, onChange, onMoveTask }: ScopeEditorProps) {
  const editor = useMemo(() => withScopeRules(withHistory(withReact(createEditor()))), []);
  // the editor is uncontrolled: its first value only (later `items` come from its own changes)
  const [initial] = useState(() => toBlocks(items) as Descendant[]);
  const originals = useRef<Map<string, Item> | null>(null);
  originals.current ??= indexItems(items);
  const [deco, setDeco] = useState<Decorations>(() => {
    const depths = (initial as ItemElement[]).map((b) => b.depth);
    return { labels: blockLabels(depths), endings: blockEndings(depths) };
  });

  const handleChange = useCallback(
    (value: Descendant[]) => {
      if (!editor.operations.some((op) => op.type !== 'set_selection')) return;
      const blocks = value as ItemElement[];
      const depths = blocks.map((b) => b.depth);
      const labels = blockLabels(depths);
      const endings = blockEndings(depths);
      // keep the same object while nothing changed, so typing re-renders one block only
      setDeco((d) => (d.labels.join('|') === labels.join('|') && d.endings.join('') === endings.join('') ? d : { labels, endings }));
      onChange(listId, fromBlocks(blocks, originals.current!));
    },
    [editor, onChange, listId],
  );

  const renderElement = useCallback((props: RenderElementProps) => <ItemBlock {...props} />, []);

  const move = useMemo(() => ({ unitId: unit.id, targets, move: (taskId: string, to: string) => onMoveTask(unit.id, taskId, to) }), [targets, onMoveTask, unit.id]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') {
      e.preventDefault();
      setDepth(editor, e.shiftKey ? -1 : 1);
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && editor.selection && Range.isCollapsed(editor.selection)) {
      const i = editor.selection.anchor.path[0]!;
      const el = editor.children[i] as ItemElement;
      if (el.depth > 0 && Node.string(el) === '') {
        e.preventDefault();
        setDepth(editor, -1);
      }
    }
    if (e.key === 'Enter' && e.shiftKey) e.preventDefault(); // no line breaks inside an item
    // closing `;` and `:` are generated: typed at the end of an item they are dropped
    if ((e.key === ';' || e.key === ':') && editor.selection && Range.isCollapsed(editor.selection)) {
      const point = editor.selection.anchor;
      if (Editor.isEnd(editor, point, [point.path[0]!])) e.preventDefault();
    }
  };

  return (
    <DecorationsContext.Provider value={deco}>
      <MoveContext.Provider value={move}>
        <Slate editor={editor} initialValue={initial} onChange={handleChange}>
          <Editable
            className="scope-editor legal"
            aria-label={label ?? `Zakres działania: ${unit.name}`}
            renderElement={renderElement}
            onKeyDown={onKeyDown}
            spellCheck
            lang="pl"
            placeholder="Wpisz pierwsze zadanie…"
          />
        </Slate>
      </MoveContext.Provider>
    </DecorationsContext.Provider>
  );
});
