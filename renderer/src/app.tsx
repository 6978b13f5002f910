/**
 * The application shell of the renderer: a top bar with the main actions, an error banner, and the current
 * screen. Every call goes through the bridge (`window.api`); errors come back as values and are shown in Polish.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ImportedOrder, MenuCommand } from '../../electron/contract/api.js';
import { bridge, call } from './bridge.js';
import { ErrorBoundary } from './error-boundary.js';
import { OrderView } from './order-view/order-view.js';

type Screen = { kind: 'start' } | { kind: 'order'; imported: ImportedOrder };

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'start' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const openOrder = useCallback(async () => {
    setBusy('Wczytywanie zarządzenia…');
    setError(null);
    const r = await call((api) => api.importChoose());
    setBusy(null);
    if (!r.ok) setError(r.error);
    else if (r.value) setScreen({ kind: 'order', imported: r.value });
  }, []);

  useEffect(() => {
    const api = bridge();
    if (!api) return;
    return api.onMenuCommand((command: MenuCommand) => {
      if (command === 'open') void openOrder();
    });
  }, [openOrder]);

  useEffect(() => {
    document.title = screen.kind === 'order' ? `${screen.imported.fileName} — Zarządzenia organizacyjne` : 'Zarządzenia organizacyjne';
  }, [screen]);

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">§</span>
          <span>Zarządzenia organizacyjne</span>
        </div>
        {screen.kind === 'order' && <div className="file-name" title={screen.imported.fileName}>{screen.imported.fileName}</div>}
        <div className="actions">
          {screen.kind !== 'start' && (
            <button type="button" className="button button-quiet" onClick={() => setScreen({ kind: 'start' })}>
              Strona startowa
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => void openOrder()} disabled={busy !== null}>
            Otwórz zarządzenie…
          </button>
        </div>
      </header>

      {error && (
        <div className="notice notice-error banner" role="alert" data-code={error.code}>
          <span>{error.message}</span>
          <button type="button" className="close" aria-label="Zamknij komunikat" onClick={() => setError(null)}>×</button>
        </div>
      )}
      {busy && <div className="progress" role="status">{busy}</div>}

      <ErrorBoundary onReset={() => setScreen({ kind: 'start' })}>
        {screen.kind === 'start' && (
          <div className="start">
            <div className="card start-card">
              <h1>Zarządzenia organizacyjne</h1>
              <p className="muted">Otwórz zarządzenie z pliku PDF, DOCX, TXT lub MD albo projekt zapisany w aplikacji (JSON), aby zobaczyć jego strukturę.</p>
              <button type="button" className="button button-primary" onClick={() => void openOrder()} disabled={busy !== null}>
                Otwórz zarządzenie…
              </button>
            </div>
          </div>
        )}
        {screen.kind === 'order' && <OrderView order={screen.imported.order} warnings={screen.imported.warnings} fileName={screen.imported.fileName} />}
      </ErrorBoundary>
    </div>
  );
}
