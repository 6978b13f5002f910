/**
 * An order opened read-only (from the registry or from a file): the structured view or its print preview, with
 * DOCX and PDF export and printing as for a draft. The application menu's Podgląd wydruku, Eksportuj and Drukuj
 * reach it through {@link OrderScreenHandle}. A registry order whose entry into force counts from its publication
 * asks for the day of publication (`publication-date.tsx`).
 */
import { useCallback, useImperativeHandle, useState, type Ref } from 'react';
import type { UnplacedResolution } from '../../../core/import/unplaced.js';
import type { Order } from '../../../core/model/order.js';
import type { ApiError, MenuCommand } from '../../../electron/contract/api.js';
import { Preview } from '../editor/preview.js';
import { STATUS_LABEL } from '../format.js';
import { OutputButtons, useOutput } from '../output/use-output.js';
import { TextInForceView } from '../registry/text-in-force.js';
import { OrderView } from './order-view.js';
import { needsPublicationDate, PublicationDate } from './publication-date.js';

/** What the application shell can ask of the screen: a menu command. */
export interface OrderScreenHandle {
  command(c: MenuCommand): void;
}

export interface OrderScreenProps {
  order: Order;
  warnings: string[];
  /** Where it comes from (`zarządzenie nr 3468/2024`, a file name). */
  source: string;
  onError(e: ApiError): void;
  /** Carries out a decision on a fragment of unplaced text (import report). */
  onResolve(resolution: UnplacedResolution): void;
  /** Saves the order into the registry (an order read from a file or pasted); absent for an order of the registry. */
  onSaveToRegistry?(): void;
  /** True while another call runs. */
  busy?: boolean;
  /** The order's id in the registry, when opened from it: its text in force at two dates can be shown (issue 17). */
  registryId?: number;
  /** The order as stored again in the registry (the day of its publication entered): the screen shows it. */
  onStored?(order: Order): void;
  /** The view it opens on: the text in force (from the registry list's mark of an amended order); default the document. */
  initialView?: 'inForce';
  ref?: Ref<OrderScreenHandle>;
}

export function OrderScreen({ order, warnings, source, onError, onResolve, onSaveToRegistry, busy = false, registryId, initialView, onStored, ref }: OrderScreenProps) {
  const [mode, setMode] = useState<'view' | 'preview' | 'inForce'>(initialView === 'inForce' && registryId !== undefined ? 'inForce' : 'view');
  const current = useCallback(() => order, [order]);
  const out = useOutput(current, onError);
  useImperativeHandle(ref, () => ({
    command(c) {
      if (c === 'preview') setMode((m) => (m === 'preview' ? 'view' : 'preview'));
      else if (c === 'export-docx') void out.exportDocx();
      else if (c === 'export-pdf') void out.exportPdf();
      else if (c === 'print') void out.print();
    },
  }), [out]);
  return (
    <div className="editor order-screen">
      <div className="toolbar-region" role="region" aria-label="Narzędzia zarządzenia">
      <div className="editor-toolbar" role="toolbar" aria-label="Narzędzia zarządzenia">
        <span className="chip chip-readonly" title="Zarządzenia nie można zmieniać; aby je zmienić, utwórz projekt, który je zastąpi.">
          tylko do odczytu · {STATUS_LABEL[order.meta.status]}
        </span>
        <span className="toolbar-sep" />
        <div className="segmented" role="group" aria-label="Widok">
          <button type="button" aria-pressed={mode === 'view'} onClick={() => setMode('view')}>Dokument</button>
          <button type="button" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>Podgląd wydruku</button>
          {registryId !== undefined && <button type="button" aria-pressed={mode === 'inForce'} onClick={() => setMode('inForce')}>Tekst obowiązujący</button>}
        </div>
        <span className="toolbar-sep" />
        <OutputButtons out={out} />
        {onSaveToRegistry && (
          <>
            <span className="toolbar-sep" />
            <button type="button" className="button button-primary" onClick={onSaveToRegistry} disabled={busy} title="Dodaj to zarządzenie do rejestru razem z plikiem lub wklejoną treścią, z której je odczytano">
              Zapisz w rejestrze
            </button>
          </>
        )}
      </div>
      </div>
      {registryId !== undefined && mode !== 'preview' && needsPublicationDate(order) && (
        <PublicationDate id={registryId} order={order} onError={onError} onSaved={(o) => onStored?.(o)} />
      )}
      {mode === 'view' ? (
        <OrderView order={order} warnings={warnings} source={source} onResolve={onResolve} busy={busy} />
      ) : mode === 'inForce' && registryId !== undefined ? (
        <TextInForceView id={registryId} since={order.meta.date} onError={onError} />
      ) : (
        <main className="document preview-only" aria-label={`Podgląd wydruku: ${source}`} data-region="" tabIndex={0}>
          <h1 className="sr-only">Podgląd wydruku: {source}</h1>
          <Preview order={order} />
        </main>
      )}
    </div>
  );
}
