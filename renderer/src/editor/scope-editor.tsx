/**
 * The Slate editor of one unit's scope. Each block is a punkt, litera or tiret; labels (`1)`, `a)`, `–`) and
 * closing punctuation are generated and shown beside the text, never typed. Enter makes the next item at the
 * same level (on an empty litera or tiret: one level up), Tab turns an item into a litera of the item above,
 * Shift+Tab back; pasting text from Word or a PDF is cleaned into items. Alt+↑/↓ moves an item among its
 * siblings; a point goes to another unit by dragging its grip or with the unit picker (its button, Ctrl+Shift+M).
 * Escape or Ctrl+Tab leaves the editor to the next control (Tab indents), Ctrl+Shift+Tab to the previous one.
 */
import { createContext, memo, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createEditor, Editor, Element as SlateElement, Node, Path, Range, Transforms, type Descendant, type NodeEntry } from 'slate';
import { defaultScrollSelectionIntoView, Editable, ReactEditor, Slate, useSlateStatic, withReact, type RenderChunkProps, type RenderElementProps } from 'slate-react';
import type { Item, Unit } from '../../../core/model/order.js';
import { freshId } from './order-edit.js';
import { RefChip, withRefChips } from './ref-chip.js';
import { forgetRichEditor, rememberRichEditor, type CaretHost } from './provision-picker.js';
import { useChipDialog } from './chip-dialog.js';
import { startTaskDrag } from './task-drag.js';
import { blockEndings, blockLabels, cleanPaste, fromBlocks, indexItems, retypeBlocks, siblingMove, toBlocks } from './scope-blocks.js';
import { focusBeyond } from '../keyboard/focus.js';
import { HistoryContext, historyKey } from './edit-history.js';
import { useFollowModel } from './scope-sync.js';
import type { ItemElement } from './slate-types.js';
import { SelectionScope } from './selection-gate.js';

/** Labels, endings and citations of the blocks, by block index; shared with the element renderer. */
interface Decorations {
  labels: string[];
  endings: string[];
}
const DecorationsContext = createContext<Decorations>({ labels: [], endings: [] });
/** Moving a task to another unit: by dragging its grip (`move`) or from the unit picker (`pick`, also Ctrl+Shift+M). */
const MoveContext = createContext<{ unitId: string; targets: Array<{ id: string; label: string }>; move(taskId: string, toUnitId: string): void; pick(taskId: string): void } | null>(null);

/**
 * Blocks per chunk of a scope editor (Slate's chunking, docs.slatejs.org/walkthroughs/09-performance): a keystroke
 * re-renders only the chunk of its block, and chunks out of view are skipped by the browser (`renderChunk`).
 * Small chunks keep little text laid out around the caret: at every typed character Chromium measures the caret's
 * offset in the editable's text from its start twice (`GetSelectionOffsets`, `Editor::SyncSelection`, for input
 * methods), walking every rendered block before the caret, and lays out and paints the chunk; with 16 blocks instead
 * of 64 that work fell by about a third (1.9 → 1.2 ms of 2.8 → 2.1 ms CPU per key, traced, 500 points). Keep
 * `.scope-chunk`'s placeholder height (styles.css) in step.
 */
export const SCOPE_CHUNK_SIZE = 16;

/**
 * A chunk of blocks: a box the browser lays out and paints only near the viewport (`content-visibility: auto`),
 * which keeps the browser's own work per keystroke (editing, style, layout) from growing with the scope. The
 * placeholder height (`contain-intrinsic-size`) is about one line per block until the chunk has been seen.
 */
function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return lowest ? <div {...attributes} className="scope-chunk">{children}</div> : <>{children}</>;
}

/**
 * Keeps React from measuring this editable's selection at every commit of the window. While a contenteditable has
 * the focus, React turns its selection into text offsets before each commit by walking every text node under it,
 * so that it could put the selection back if the commit moved the focused element (ReactInputSelection: "when the
 * focus is inside a contenteditable, apparently we are [doing this] for every commit", facebook/react#9992). In a
 * scope of 2,000 points that walk was the largest part of a keystroke and grew with the scope. The editable is
 * never moved while focused and Slate sets the DOM selection itself after each render, so the measurement is not
 * needed: the element answers React's `contentEditable === 'true'` test with `inherit`. The attribute, which is
 * what the browser edits by (and what Slate and accessibility read), is unchanged; setting the property sets it.
 */
function keepSelectionFromReact(el: HTMLElement): void {
  Object.defineProperty(el, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (v: string) => el.setAttribute('contenteditable', v),
  });
}

/**
 * The box that scrolls the editor (the nearest ancestor that scrolls vertically), or null for the window; looked
 * up once per editor element.
 */
const scrollBoxes = new WeakMap<HTMLElement, HTMLElement | null>();
function scrollBoxOf(el: HTMLElement): HTMLElement | null {
  if (scrollBoxes.has(el)) return scrollBoxes.get(el)!;
  let box: HTMLElement | null = el.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  scrollBoxes.set(el, box);
  return box;
}

/**
 * Keeps the caret in view after a change, as slate-react's default does, without its cost at every keystroke: the
 * default walks every ancestor of the caret with `getComputedStyle` and measures each (scroll-into-view-if-needed),
 * even when the caret is plainly in view, which is nearly always while typing (the browser itself scrolls to the
 * caret after inserting a character). Here a collapsed caret whose box lies inside the visible part of the editor's
 * scrolling box is left alone; anything else (a caret out of view or without a box, an expanded selection) goes to
 * the default. In: the editor, the DOM range of its selection. Out: nothing (may scroll).
 */
function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  if (editor.selection && Range.isCollapsed(editor.selection)) {
    const caret = domRange.getBoundingClientRect();
    const box = scrollBoxOf(ReactEditor.toDOMNode(editor, editor));
    const view = box ? box.getBoundingClientRect() : { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
    const hasBox = caret.height > 0 || caret.width > 0;
    if (hasBox && caret.top >= view.top && caret.bottom <= view.bottom && caret.left >= view.left && caret.right <= view.right) return;
  }
  defaultScrollSelectionIntoView(editor, domRange);
}

/** Editor with the scope rules: unique ids, depth at most one below the block above, first block a punkt. */
function withScopeRules(editor: Editor): Editor {
  const { normalizeNode, insertData, getDirtyPaths } = editor;
  // Typing changes the text of one leaf: Slate would then normalise the leaf's block and every ancestor up to the
  // editor, and normalising the editor walks all its blocks (Slate's own checks and the scope rules below), which
  // made each keystroke cost more the longer the scope. A text change cannot break a rule of the list (ids,
  // depths, blocks of the editor), so only the leaf and its block are normalised after it.
  editor.getDirtyPaths = (op) => (op.type === 'insert_text' || op.type === 'remove_text' ? Path.levels(op.path).slice(1) : getDirtyPaths(op));
  // long scopes are rendered in chunks (the editor's own children only; a block holds text and chips)
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? SCOPE_CHUNK_SIZE : null);
  editor.normalizeNode = (entry: NodeEntry) => {
    const [node, path] = entry;
    if (path.length === 0) {
      const seen = new Set<string>();
      let prev = -1;
      for (const [i, child] of (node as Editor).children.entries()) {
        if (!SlateElement.isElement(child) || child.type !== 'item') continue;
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

/** Where a reference inserted at the caret stands: the point, litera or tiret (block) holding the caret. */
const blockHost: CaretHost = (editor, selection) => (editor.children[selection.anchor.path[0]!] as ItemElement | undefined)?.id ?? null;

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

/** Alt+↑/↓: moves the item at the caret (with its letters and tirets) one place up or down among its siblings. */
function moveItem(editor: Editor, dir: -1 | 1): boolean {
  if (!editor.selection) return false;
  const depths = (editor.children as ItemElement[]).map((b) => b.depth);
  const m = siblingMove(depths, editor.selection.anchor.path[0]!, dir);
  if (!m) return false;
  // one block at a time, so that the caret (a point inside a moved block) moves with it
  Editor.withoutNormalizing(editor, () => {
    for (let k = 0; k < m.count; k++) Transforms.moveNodes(editor, { at: [m.from + k], to: [m.to + k] });
  });
  return true;
}

const ItemBlock = memo(function ItemBlock({ attributes, children, element }: RenderElementProps) {
  const deco = useContext(DecorationsContext);
  const move = useContext(MoveContext);
  const editor = useSlateStatic();
  const el = element as ItemElement;
  const index = ReactEditor.findPath(editor, el)[0] ?? -1;
  return (
    // label and ending are CSS-generated content (data-label, data-end): outside the DOM text, so the caret
    // (Home, End, arrows, selection) never lands in them
    <div {...attributes} className={`block depth-${el.depth}`} data-id={el.id} data-label={deco.labels[index] ?? ''}>
      <div className="block-body">
        <span className="block-text" data-end={deco.endings[index] ?? ''}>{children}</span>
      </div>
      {move && el.depth === 0 && move.targets.length > 0 && (
        <span className="block-tools" contentEditable={false} style={{ userSelect: 'none' }}>
          {/* the grip is for the mouse only: the keyboard moves a task with Ctrl+Shift+M or Alt+↑/↓ */}
          <span
            className="task-grip"
            aria-hidden="true"
            title="Przeciągnij zadanie na zakres innej komórki"
            onPointerDown={(e) => {
              if (e.button !== 0) return;
              // no caret, no selection, no Slate handling: this press starts a drag of the whole task
              e.preventDefault();
              e.stopPropagation();
              startTaskDrag(e.nativeEvent, { taskId: el.id, fromUnitId: move.unitId, text: Node.string(el), onDrop: (to) => move.move(el.id, to) });
            }}
          >⠿</span>
          <button type="button" tabIndex={-1} className="icon-button icon-move" title="Przenieś zadanie do innej komórki (Ctrl+Shift+M)" aria-label="Przenieś zadanie" onMouseDown={(e) => e.preventDefault() /* keeps a selection of several tasks: they move together */} onClick={() => move.pick(el.id)} />
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
  /**
   * The list as the model has it. The editor's own changes come back here (and are recognised); any other new
   * list (an undo, a fix, a task moved in or out) is brought into the open editor with Slate operations, the caret kept.
   */
  items: Item[];
  /** Units a point can be moved to. */
  targets: Array<{ id: string; label: string }>;
  /** The list's new items as typed; `listId` says which list. */
  onChange(listId: string, items: Item[]): void;
  /** The editor lost the focus (the list's typed names are then recognised as mentions). */
  onLeave?(listId: string): void;
  onMoveTask(fromUnitId: string, taskId: string, toUnitId: string): void;
  /** Opens the unit picker to move a task to another unit. */
  onPickTask(fromUnitId: string, taskId: string): void;
}

function decorations(blocks: ItemElement[]): Decorations {
  const depths = blocks.map((b) => b.depth);
  return { labels: blockLabels(depths), endings: blockEndings(depths) };
}

export const ScopeEditor = memo(function ScopeEditor({ unit, listId = unit.id, label, items, targets, onChange, onLeave, onMoveTask, onPickTask }: ScopeEditorProps) {
  // no slate-history: the draft's one history (edit-history.ts) undoes typing and structural changes alike
  const editor = useMemo(() => withScopeRules(withRefChips(withReact(createEditor()))), []);
  const history = useContext(HistoryContext);
  // the browser's own undo (a context menu's Cofnij) reaches the same history: slate-react calls editor.undo/redo
  useLayoutEffect(() => {
    Object.assign(editor, { undo: history.undo, redo: history.redo });
  }, [editor, history]);
  // the caret of the editor last used is where Ctrl+Shift+K inserts a provision reference
  useLayoutEffect(() => () => forgetRichEditor(editor), [editor]);
  useLayoutEffect(() => keepSelectionFromReact(ReactEditor.toDOMNode(editor, editor)), [editor]);
  const [initial] = useState(() => toBlocks(items) as Descendant[]);
  const originals = useRef<Map<string, Item> | null>(null);
  originals.current ??= indexItems(items);
  const [deco, setDeco] = useState<Decorations>(() => decorations(initial as ItemElement[]));
  // keep the same object while nothing changed, so typing re-renders one block only
  const redecorate = useCallback((blocks: ItemElement[]) => {
    const next = decorations(blocks);
    setDeco((d) => (d.labels.join('|') === next.labels.join('|') && d.endings.join('') === next.endings.join('') ? d : next));
  }, []);

  // the list last sent to the model with each block's place in it: typing rebuilds only the typed item from it
  // (retypeBlocks); null when the blocks changed otherwise (a value from elsewhere, a structural operation)
  const sentShape = useRef<{ items: Item[]; paths: Map<string, number[]> } | null>(null);
  // a change made elsewhere is followed with operations (the caret stays), without sending it back
  const follow = useFollowModel(editor, items, toBlocks, (next, changed) => {
    originals.current = indexItems(next);
    sentShape.current = null;
    if (changed) redecorate(editor.children as ItemElement[]);
  });

  const handleChange = useCallback(
    (value: Descendant[]) => {
      const own = follow.own();
      if (!own.length) return;
      const blocks = value as ItemElement[];
      // typing changes no label or ending: only operations on blocks (split, merge, move, depth) redecorate
      const typing = own.every((op) => op.type === 'insert_text' || op.type === 'remove_text');
      if (!typing) redecorate(blocks);
      const shape = sentShape.current;
      let next = typing && shape ? retypeBlocks(shape.items, shape.paths, blocks, own.map((op) => (op as { path: Path }).path[0]!)) : null;
      if (next) sentShape.current = { items: next, paths: shape!.paths };
      else {
        const paths = new Map<string, number[]>();
        next = fromBlocks(blocks, originals.current!, paths);
        sentShape.current = { items: next, paths };
      }
      follow.send(next);
      onChange(listId, next);
    },
    [follow, onChange, listId, redecorate],
  );

  const renderElement = useCallback((props: RenderElementProps) => (props.element.type === 'ref' ? <RefChip {...props} /> : <ItemBlock {...props} />), []);

  const move = useMemo(
    () => ({ unitId: unit.id, targets, move: (taskId: string, to: string) => onMoveTask(unit.id, taskId, to), pick: (taskId: string) => onPickTask(unit.id, taskId) }),
    [targets, onMoveTask, onPickTask, unit.id],
  );

  // a chip opens from the keyboard (Alt+Enter beside the caret, Enter on a selected chip)
  const chips = useChipDialog(editor);
  const onKeyDown = (e: KeyboardEvent) => {
    if (chips.onKeyDown(e)) return;
    // leaving the editor: Escape or Ctrl+Tab to the next control, Ctrl+Shift+Tab to the previous one (Tab indents)
    if (e.key === 'Escape' || (e.key === 'Tab' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      focusBeyond(ReactEditor.toDOMNode(editor, editor), e.key === 'Tab' && e.shiftKey ? -1 : 1);
      return;
    }
    if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      moveItem(editor, e.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    // one history for the whole draft
    if (historyKey(e, history)) return;
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
          <SelectionScope editor={editor}>
            <Editable
              className="scope-editor legal"
              aria-label={label ?? `Zakres działania: ${unit.name}`}
              renderElement={renderElement}
              renderChunk={renderChunk}
              scrollSelectionIntoView={scrollCaretIntoView}
              onKeyDown={onKeyDown}
              onBlur={() => onLeave?.(listId)}
              onFocus={() => rememberRichEditor(editor, blockHost)}
              spellCheck
              lang="pl"
              placeholder="Wpisz pierwsze zadanie…"
            />
          </SelectionScope>
        </Slate>
        {chips.dialog}
      </MoveContext.Provider>
    </DecorationsContext.Provider>
  );
});
