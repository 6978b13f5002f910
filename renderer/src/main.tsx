/**
 * Entry of the renderer: mounts the application into `#root` — or, in the chart window (`#schemat`,
 * electron/main/chart-window.ts), the organisational chart alone.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import './styles.css';

// the chart window's page is loaded only in that window: the main window's first load does not parse it
const ChartWindowPage = lazy(() => import('./editor/chart-window-page.js').then((m) => ({ default: m.ChartWindowPage })));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {window.location.hash === '#schemat' ? (
        <Suspense fallback={null}>
          <ChartWindowPage />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
