/**
 * „Wklej zarządzenie”: an order pasted from the clipboard (a web page, Word, a PDF viewer). The HTML of the copy is
 * taken when the clipboard has it, else its plain text; `import:paste` reads it with the same importer as a file,
 * and the dialog shows the same import report: unplaced text first (placed or discarded here), then the
 * importer's notes. „Otwórz zarządzenie” shows the order read; „Zapisz w rejestrze” adds it to the registry (with
 * the pasted copy as its source), fragments still unplaced included, to be resolved there.
 */
import { useEffect, useRef, useState, type ClipboardEvent } from 'react';
import type { ApiError, ImportedOrder, RegistryImport } from '../../../electron/contract/api.js';
import type { UnplacedResolution } from '../../../core/import/unplaced.js';
import { call } from '../bridge.js';
import { useModal } from '../keyboard/use-modal.js';
import { ImportReport } from './import-report.js';

/** What was pasted: the plain text and, when the clipboard had it, the HTML. */
export interface Pasted {
  text: string;
  html?: string;
}

export interface PasteDialogProps {
  /** Opens the order read (with its placed or discarded fragments) in the order view. */
  onOpen(imported: ImportedOrder, pasted: Pasted): void;
  /** The order was saved in the registry (or found there already). */
  onSaved(result: RegistryImport): void;
  onCancel(): void;
}

export function PasteDialog({ onOpen, onSaved, onCancel }: PasteDialogProps) {
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  const [result, setResult] = useState<ImportedOrder | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useModal(box, onCancel, !busy);
  // the focus stays in the dialog while it reads (the button it was on is disabled, then gone): on the report read,
  // or back in the text when reading failed
  const reportBox = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  // after the render that shows the outcome (a frame scheduled at once may come before React commits it)
  const [focusAfterRead, setFocusAfterRead] = useState<'report' | 'text' | null>(null);
  useEffect(() => {
    if (!focusAfterRead) return;
    (focusAfterRead === 'report' ? reportBox.current : area.current)?.focus();
    setFocusAfterRead(null);
  }, [focusAfterRead]);

  const pasted = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const h = e.clipboardData.getData('text/html');
    setHtml(h.trim() ? h : null);
    setResult(null);
  };
  const read = async () => {
    setBusy(true);
    setError(null);
    const r = await call((api) => api.importPaste(html ? { html, text } : { text }));
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      setFocusAfterRead('text');
    } else {
      setResult(r.value);
      setFocusAfterRead('report');
    }
  };
  const pastedNow = (): Pasted => (html ? { html, text } : { text });
  const resolve = async (r: UnplacedResolution) => {
    if (!result) return;
    // the model's code is not part of the registry screen's first load
    const { resolveUnplaced } = await import('../../../core/import/unplaced.js');
    const next = resolveUnplaced(result.order, r);
    if (next.ok) setResult({ ...result, order: next.order });
    else setError({ code: 'stale', message: next.message });
  };
  const save = async () => {
    if (!result) return;
    setBusy(true);
    setError(null);
    const r = await call((api) => api.registryAddImported({ order: result.order, pasted: pastedNow() }));
    setBusy(false);
    if (!r.ok) setError(r.error);
    else onSaved(r.value);
  };

  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && !busy && onCancel()}>
      <div ref={box} className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="paste-title">
        <h2 id="paste-title">Wklej zarządzenie</h2>
        {!result && (
          <>
            <p className="muted">Skopiuj treść zarządzenia ze strony Biuletynu, z dokumentu Word lub z PDF i wklej ją poniżej (Ctrl+V).</p>
            <label className="field">
              <span>Wklejona treść</span>
              <textarea ref={area} data-autofocus="" className="input paste-area" rows={10} value={text} onPaste={pasted} onChange={(e) => { setText(e.target.value); if (!e.target.value) setHtml(null); }} />
            </label>
            {html && <p className="muted small">Wklejono także układ strony (HTML): zostanie odczytany z akapitami i listami.</p>}
          </>
        )}
        {error && <p className="notice notice-error" role="alert" data-code={error.code}>{error.message}</p>}
        {result && (
          <div ref={reportBox} tabIndex={-1} className="paste-report" role="region" aria-label="Raport odczytu">
          <ImportReport
            order={result.order}
            warnings={result.warnings}
            onResolve={(r) => void resolve(r)}
            busy={busy}
            summary={`Odczytano zarządzenie ${result.order.meta.number ? `nr ${result.order.meta.number}` : 'bez numeru'} — ${result.order.meta.title}`}
          />
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>Zamknij</button>
          {!result ? (
            <button type="button" className="button button-primary" onClick={() => void read()} disabled={busy || (!text.trim() && !html)}>
              {busy ? 'Odczytywanie…' : 'Odczytaj'}
            </button>
          ) : (
            <>
              <button type="button" className="button" onClick={() => onOpen(result, pastedNow())} disabled={busy}>Otwórz zarządzenie</button>
              <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy}>
                {busy ? 'Zapisywanie…' : 'Zapisz w rejestrze'}
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
