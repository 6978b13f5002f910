/**
 * Preview of the whole document as it will print: the very page the PDF and the printout are made from
 * (`render:preview`, core/preview in the main process: the order's A4 pages, then the landscape annex with the
 * chart), shown in a frame that runs no scripts. The frame grows to the page's height, so the editor's own scroll
 * bar scrolls the document.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../electron/contract/api.js';
import type { Order } from '../../../core/model/order.js';
import { call } from '../bridge.js';

export function Preview({ order }: { order: Order }) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void call((api) => api.renderPreview({ order })).then((r) => {
      if (!live) return;
      if (r.ok) setHtml(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [order]);
  if (error) return <div className="notice notice-error" role="alert">{error.message}</div>;
  if (html === null) return <p className="muted">Przygotowywanie podglądu…</p>;
  return <PageFrame html={html} title="Podgląd wydruku" />;
}

/**
 * A standalone page of the app's own making (the print preview, a comparison of two versions) in a frame that runs no
 * scripts, grown to the page's height; pages wider than the column (the landscape annex) are scaled down to fit.
 */
export function PageFrame({ html, title }: { html: string; title: string }) {
  const [height, setHeight] = useState(1200);
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <div className="preview" aria-label={title}>
      <iframe
        ref={frame}
        className="preview-frame"
        title={title}
        // same origin (to measure its height) but no scripts, forms, popups or navigation
        sandbox="allow-same-origin"
        srcDoc={html}
        style={{ height }}
        onLoad={() => {
          const el = frame.current;
          const doc = el?.contentDocument;
          if (!el || !doc) return;
          // a page wider than the editor's column (the landscape annex) is scaled down to fit it
          for (const page of doc.querySelectorAll<HTMLElement>('body > section')) {
            const scale = (el.clientWidth - 16) / Math.max(1, page.offsetWidth);
            if (scale < 1) page.style.zoom = String(scale);
          }
          setHeight(doc.documentElement.scrollHeight + 4);
        }}
      />
    </div>
  );
}
