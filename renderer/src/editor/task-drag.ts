/**
 * Dragging a task by its grip onto another unit's scope. Done with pointer events rather than HTML drag and drop:
 * the grip lives inside a Slate editor (contenteditable), where Chromium starts a text selection instead of a
 * drag, and a dropped DataTransfer would be inserted as text by the editor under it. While dragging, a small label
 * with the task's first words follows the pointer and the scope under it (`article.scope[data-unit-id]`) is marked;
 * releasing over another unit's scope calls `onDrop`; Escape or releasing elsewhere cancels.
 */

/** Pixels the pointer must travel before a press on the grip becomes a drag. */
const DRAG_SLOP = 4;

/** What a drag carries and what to do at the end. */
export interface TaskDrag {
  taskId: string;
  fromUnitId: string;
  /** The task's text (its first words label the pointer). */
  text: string;
  /** Called with the unit whose scope the task was dropped on (never the unit it came from). */
  onDrop(toUnitId: string): void;
}

function scopeAt(x: number, y: number): HTMLElement | null {
  return (document.elementFromPoint(x, y)?.closest('article.scope[data-unit-id]') as HTMLElement | null) ?? null;
}

/** Starts following the pointer from a `pointerdown` on a grip. Out: a function that cancels the drag. */
export function startTaskDrag(down: PointerEvent, drag: TaskDrag): () => void {
  const x0 = down.clientX;
  const y0 = down.clientY;
  let ghost: HTMLDivElement | null = null;
  let over: HTMLElement | null = null;
  const mark = (el: HTMLElement | null) => {
    if (el === over) return;
    over?.classList.remove('drop-target');
    over = el && el.dataset.unitId !== drag.fromUnitId ? el : null;
    over?.classList.add('drop-target');
  };
  const move = (e: PointerEvent) => {
    if (!ghost) {
      if (Math.hypot(e.clientX - x0, e.clientY - y0) < DRAG_SLOP) return;
      ghost = document.createElement('div');
      ghost.className = 'task-ghost';
      ghost.textContent = drag.text.length > 60 ? `${drag.text.slice(0, 60)}…` : drag.text || 'zadanie';
      document.body.appendChild(ghost);
      document.body.classList.add('dragging-task');
    }
    ghost.style.transform = `translate(${e.clientX + 12}px, ${e.clientY + 8}px)`;
    mark(scopeAt(e.clientX, e.clientY));
  };
  const stop = () => {
    window.removeEventListener('pointermove', move, true);
    window.removeEventListener('pointerup', up, true);
    window.removeEventListener('keydown', key, true);
    ghost?.remove();
    document.body.classList.remove('dragging-task');
    mark(null);
  };
  const up = (e: PointerEvent) => {
    const target = ghost ? scopeAt(e.clientX, e.clientY) : null;
    stop();
    const to = target?.dataset.unitId;
    if (to && to !== drag.fromUnitId) drag.onDrop(to);
  };
  const key = (e: KeyboardEvent) => {
    if (e.key === 'Escape') stop();
  };
  window.addEventListener('pointermove', move, true);
  window.addEventListener('pointerup', up, true);
  window.addEventListener('keydown', key, true);
  return stop;
}
