/**
 * Preview of the whole document as it will print: the blocks rendered by core/render in the main process
 * (`render:document`), on A4-like pages in a Times-like serif, and the chart as the annex on a landscape page.
 */
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/contract/api.js';
import type { RenderedBlock, RenderedDocument } from '../../../core/render/document.js';
import type { Order } from '../../../core/model/order.js';
import { call } from '../bridge.js';

function Block({ b }: { b: RenderedBlock }) {
  switch (b.kind) {
    case 'paragraf':
      return <p className="pv-paragraf"><strong>{b.label}</strong> {b.text}</p>;
    case 'ustep':
      return <p className="pv-ustep">{b.label && <span className="pv-label">{b.label}</span>} {b.text}</p>;
    case 'punkt':
    case 'litera':
    case 'tiret':
      return <p className={`pv-item pv-depth-${b.depth}`}><span className="pv-label">{b.label}</span><span>{b.text}</span></p>;
    case 'wspolna':
      return <p className={`pv-wspolna pv-depth-${b.depth}`}>{b.text}</p>;
    case 'line':
      return <p>{b.text}</p>;
  }
}

export function Preview({ order }: { order: Order }) {
  const [doc, setDoc] = useState<RenderedDocument | null>(null);
  const [chart, setChart] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [d, c] = await Promise.all([call((api) => api.renderDocument({ order })), call((api) => api.chartSvg({ order }))]);
      if (!live) return;
      if (d.ok) setDoc(d.value);
      else setError(d.error);
      if (c.ok) setChart(c.value);
    })();
    return () => {
      live = false;
    };
  }, [order]);
  if (error) return <div className="notice notice-error" role="alert">{error.message}</div>;
  if (!doc) return <p className="muted">Przygotowywanie podglądu…</p>;
  return (
    <div className="preview" aria-label="Podgląd wydruku">
      <article className="page">
        {doc.draft && <div className="pv-draft-mark">PROJEKT</div>}
        <header className="pv-heading">{doc.heading.map((l, i) => <div key={i}>{l}</div>)}</header>
        <p className="pv-title">{doc.title}</p>
        {doc.basis && <p className="pv-basis">{doc.basis}</p>}
        {doc.body.map((b, i) => <Block key={i} b={b} />)}
        <footer className="pv-signature">{doc.signature.map((l, i) => <div key={i}>{l}</div>)}</footer>
      </article>
      {doc.annex && (
        <article className="page page-landscape">
          <header className="pv-annex-heading">{doc.annex.heading.map((l, i) => <div key={i}>{l}</div>)}</header>
          <p className="pv-annex-title">{doc.annex.title}</p>
          {chart && <img className="chart-image" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart)}`} alt={doc.annex.title} />}
        </article>
      )}
    </div>
  );
}
