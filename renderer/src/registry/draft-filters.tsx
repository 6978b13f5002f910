/**
 * The registry's drafts by where they stand (issue 16 item 3): each draft's stage (a director's proposal, or in
 * work at WON) and who holds it (`review:paths`, read again whenever the list is), and the filters of the drafts
 * table by status and by holder.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DraftPath, RegistryEntry } from '../../../electron/contract/api.js';
import { STAGE_LABEL, SIGN_OFF_OFFICES } from '../../../electron/services/registry/path-shapes.js';
import { call } from '../bridge.js';

/** The drafts table's filter: a stage (or every one) and a holder (or anyone). */
export interface DraftFilter {
  stage: 'all' | DraftPath['stage'];
  holder: string;
}

/** The path of every draft by id, read again when `entries` (the registry list) is. */
export function useDraftPaths(entries: RegistryEntry[] | null): Map<number, DraftPath> {
  const [paths, setPaths] = useState<Map<number, DraftPath>>(new Map());
  useEffect(() => {
    if (!entries) return;
    let live = true;
    void call((api) => api.reviewPaths()).then((r) => {
      if (live && r.ok) setPaths(new Map(r.value.map((p) => [p.draftId, p])));
    });
    return () => {
      live = false;
    };
  }, [entries]);
  return paths;
}

/** True when a draft with `path` passes `filter` (a draft whose path is not known yet passes an open filter only). */
export function passes(filter: DraftFilter, path: DraftPath | undefined): boolean {
  if (filter.stage !== 'all' && path?.stage !== filter.stage) return false;
  if (filter.holder && path?.holder !== filter.holder) return false;
  return true;
}

/** The stage and holder of a draft as the table shows them. */
export function DraftPathCell({ path }: { path: DraftPath | undefined }) {
  if (!path) return <td>—</td>;
  const missing = SIGN_OFF_OFFICES.length - path.signedOff.length;
  return (
    <td data-stage={path.stage} data-holder={path.holder}>
      <span className={`stage stage-${path.stage}`}>{STAGE_LABEL[path.stage]}</span>
      <div className="small">{path.holder || '—'}</div>
      {(path.openRemarks > 0 || missing < SIGN_OFF_OFFICES.length) && (
        <div className="muted small">
          {path.openRemarks > 0 ? `uwagi otwarte: ${path.openRemarks}` : ''}
          {path.openRemarks > 0 && missing < SIGN_OFF_OFFICES.length ? ' · ' : ''}
          {missing < SIGN_OFF_OFFICES.length ? (missing === 0 ? 'uzgodniony' : `uzgodnienia: ${path.signedOff.length}/${SIGN_OFF_OFFICES.length}`) : ''}
        </div>
      )}
    </td>
  );
}

/** The filters above the drafts table. */
export function DraftFilters({ paths, value, onChange }: { paths: Map<number, DraftPath>; value: DraftFilter; onChange(f: DraftFilter): void }) {
  const holders = useMemo(() => [...new Set([...paths.values()].map((p) => p.holder).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'pl')), [paths]);
  return (
    <div className="draft-filters" role="group" aria-label="Filtr projektów">
      <label className="field draft-filter">
        <span>Status</span>
        <select className="input" value={value.stage} onChange={(e) => onChange({ ...value, stage: e.target.value as DraftFilter['stage'] })}>
          <option value="all">wszystkie</option>
          <option value="proposal">{STAGE_LABEL.proposal}</option>
          <option value="inWork">{STAGE_LABEL.inWork}</option>
        </select>
      </label>
      <label className="field draft-filter">
        <span>Prowadzi</span>
        <select className="input" value={value.holder} onChange={(e) => onChange({ ...value, holder: e.target.value })}>
          <option value="">każdy</option>
          {holders.map((h) => <option key={h} value={h}>{h}</option>)}
        </select>
      </label>
    </div>
  );
}
