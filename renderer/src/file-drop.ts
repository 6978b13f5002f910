/**
 * Files dropped on the window: the event handlers that accept a dragged file (and nothing else: text or a unit
 * dragged inside the editor keeps its own meaning) and hand the `File` on. The page never reads the file's path:
 * the preload turns the `File` into a token (`window.api.fileDropped`).
 */
import type { DragEvent } from 'react';

/** True when the drag carries files from outside the page. */
function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes('Files');
}

/** `onDragOver` and `onDrop` for an element that opens a file dropped on it (the first one, when several). */
export function fileDropHandlers(onFile: (file: File) => void) {
  return {
    onDragOver(e: DragEvent) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDrop(e: DragEvent) {
      const file = e.dataTransfer.files[0];
      if (!carriesFiles(e) || !file) return;
      e.preventDefault();
      onFile(file);
    },
  };
}
