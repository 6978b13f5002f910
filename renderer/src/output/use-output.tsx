/**
 * Output of an order, shared by the draft editor and the read-only order screen: DOCX and PDF through the save
 * dialog, printing through the system dialog (the main process builds the files from the print preview; the
 * renderer never names a path), with a note in the toolbar saying what happened (`Zapisano: plik.docx`).
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { Order } from '../../../core/model/order.js';
import type { ApiError, ApiResult, SavedFile, WindowApi } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';

/** The toolbar note: what is running, or what was done (with the file's full path as its title). */
export interface OutputNote {
  text: string;
  busy: boolean;
  title?: string;
}

/** The note of a finished save: `Zapisano: projekt.docx`, or nothing when the user cancelled the dialog. */
export const savedNote = (v: SavedFile): string | null => (v ? `Zapisano: ${v.path.split(/[\\/]/).pop()}` : null);

/**
 * The output actions over the order `current()` returns at the time of the call (the editor's latest state).
 * Errors go to `onError`. Out: the note, a way to run any other output call with the same note, and the three
 * common actions.
 */
export function useOutput(current: () => Order, onError: (e: ApiError) => void) {
  const [note, setNote] = useState<OutputNote | null>(null);
  const run = useCallback(async <T,>(busyText: string, fn: (api: WindowApi) => Promise<ApiResult<T>>, done: (v: T) => string | null) => {
    setNote({ text: busyText, busy: true });
    const r = await call(fn);
    if (!r.ok) {
      setNote(null);
      onError(r.error);
      return;
    }
    const text = done(r.value);
    const path = r.value && typeof r.value === 'object' && 'path' in r.value ? String(r.value.path) : undefined;
    setNote(text ? { text, busy: false, title: path } : null);
  }, [onError]);
  const exportDocx = useCallback(() => run('Eksportowanie do DOCX…', (api) => api.exportDocx({ order: current() }), savedNote), [run, current]);
  const exportPdf = useCallback(() => run('Eksportowanie do PDF…', (api) => api.exportPdf({ order: current() }), savedNote), [run, current]);
  const print = useCallback(() => run('Drukowanie…', (api) => api.printOrder({ order: current() }), (v) => (v.printed ? 'Wysłano do drukarki.' : null)), [run, current]);
  return { note, clear: () => setNote(null), run, exportDocx, exportPdf, print };
}

/** What {@link useOutput} returns. */
export type Output = ReturnType<typeof useOutput>;

/** The DOCX…, PDF…, Drukuj… buttons (and any `children` after them), then the note. */
export function OutputButtons({ out, children }: { out: Output; children?: ReactNode }) {
  return (
    <>
      <div className="toolbar-group" role="group" aria-label="Wydruk i eksport">
        <button type="button" className="button button-quiet" onClick={() => void out.exportDocx()} disabled={out.note?.busy} title="Zapisz jako dokument Word (Ctrl+E)">DOCX…</button>
        <button type="button" className="button button-quiet" onClick={() => void out.exportPdf()} disabled={out.note?.busy} title="Zapisz jako PDF (Ctrl+Shift+E)">PDF…</button>
        <button type="button" className="button button-quiet" onClick={() => void out.print()} disabled={out.note?.busy} title="Drukuj (Ctrl+P)">Drukuj…</button>
        {children}
      </div>
      {out.note && (
        <span className={`toolbar-note ${out.note.busy ? 'toolbar-note-busy' : ''}`} role="status" title={out.note.title ?? out.note.text} data-path={out.note.title}>
          <span className="toolbar-note-text">{out.note.text}</span>
          {!out.note.busy && <button type="button" className="close" aria-label="Zamknij komunikat" onClick={out.clear}>×</button>}
        </span>
      )}
    </>
  );
}
