/**
 * Two versions of a draft compared in document form (issue 13, item 5; `draft:compareVersions`): the newer version
 * laid out as it will print, with words and paragraphs added underlined, removed struck through, tasks moved marked
 * at both places, and a bar in the margin at every changed paragraph (core/redline/html.ts). Read-only, in a modal
 * dialog; the page scrolls inside it (a region reachable by keyboard).
 */
import { useRef } from 'react';
import type { DraftVersion, VersionRedline } from '../../../electron/contract/api.js';
import { formatDateTimePl } from '../format.js';
import { useModal } from '../keyboard/use-modal.js';
import { PageFrame } from './preview.js';

/** `wersja 3 „dla Dyrektora”`. */
export function versionLabel(v: DraftVersion): string {
  return `wersja ${v.n}${v.name ? ` „${v.name}”` : ''}`;
}

/** `3 akapity zmienione, 1 dodany…` in Polish, or that nothing differs. */
function summary(s: VersionRedline['stats']): string {
  const parts = [
    s.changed && `zmienione akapity: ${s.changed}`,
    s.inserted && `dodane: ${s.inserted}`,
    s.deleted && `usunięte: ${s.deleted}`,
    s.moved && `przeniesione: ${s.moved}`,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'Treść obu wersji jest taka sama.';
}

export function VersionRedlineDialog({ result, onClose }: { result: VersionRedline; onClose(): void }) {
  const box = useRef<HTMLDivElement>(null);
  useModal(box, onClose);
  const { from, to } = result;
  const title = `Zmiany od wersji ${from.n} do wersji ${to.n}`;
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="redline-title" aria-describedby="redline-versions">
        <div className="dialog-head">
          <div>
            <h2 id="redline-title">{title}</h2>
            <p id="redline-versions" className="muted small">
              Od: {versionLabel(from)} ({formatDateTimePl(from.savedAt)}, {from.author}) · do: {versionLabel(to)} ({formatDateTimePl(to.savedAt)}, {to.author})
            </p>
            <p className="small" data-redline-summary="">{summary(result.stats)}</p>
          </div>
          <button type="button" className="close" aria-label="Zamknij porównanie wersji" onClick={onClose} data-autofocus="">×</button>
        </div>
        <div className="dialog-scroll" tabIndex={0} role="region" aria-label={`Treść wersji ${to.n} ze zmianami od wersji ${from.n}`}>
          <PageFrame html={result.html} title={title} />
        </div>
      </div>
    </div>
  );
}
