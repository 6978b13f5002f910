/**
 * Entry of the renderer: mounts the application into `#root` — or, in the chart window (`#schemat`,
 * electron/main/chart-window.ts), the organisational chart alone.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { ChartWindowPage } from './editor/chart-window-page.js';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {window.location.hash === '#schemat' ? <ChartWindowPage /> : <App />}
    </StrictMode>,
  );
}
