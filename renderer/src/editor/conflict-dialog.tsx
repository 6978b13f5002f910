/**
 * The save conflict dialog (issue 16 item 2): the registry refused a save because someone else saved the draft after
 * this editor opened it. The dialog says who and when, reads their version (`draft:open`, `draft:versions`), and
 * lists every task that differs (core/draft/conflict.ts, with the word diff of core/compare): for each the user
 * takes their version or keeps theirs, and once more for everything outside the task lists. "Zapisz wybór" builds
 * the merged order and hands it to the editor, which saves it as a new version on top of theirs; nothing anyone
 * saved is overwritten without this choice.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ConflictMerge, type ConflictSide, type ConflictTask } from '../../../core/draft/conflict.js';
import type { Order } from '../../../core/model/order.js';
import type { ApiError } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { DiffText } from '../diff-text.js';
import { formatDateTimePl } from '../format.js';
import { useModal } from '../keyboard/use-modal.js';
import type { BaseVersion } from './use-autosave.js';
import './collab.css';

export interface ConflictDialogProps {
  draftId: number;
  /** The editor's state (mine). */
  mine: Order;
  /** The registry's refusal (who saved, when). */
  message: string;
  /** The merged order and the version it builds on (theirs). */
  onResolved(order: Order, base: BaseVersion, unplaced: number): void;
  /** Closes the dialog without saving ("Później"): the editor keeps its state, the autosave stays stopped. */
  onClose(): void;
}

interface Theirs {
  order: Order;
  versionId: number;
  versionSavedAt: string;
  author: string;
  savedAt: string;
}

const KIND_LABEL: Record<ConflictTask['kind'], string> = {
  changed: 'inne brzmienie',
  moved: 'w innej komórce',
  onlyTheirs: 'tylko w ich wersji',
  onlyMine: 'tylko w mojej wersji',
};

/** One side of a task row: the text with the other side's words struck or marked. */
function TaskText({ task }: { task: ConflictTask }) {
  if (task.theirs === null || task.mine === null) {
    return <p className="conflict-text">{task.theirs ?? task.mine}</p>;
  }
  if (task.theirs === task.mine) return <p className="conflict-text">{task.mine}</p>;
  return (
    <p className="conflict-text">
      <DiffText parts={task.diff} delTitle="Tylko w ich wersji" insTitle="Tylko w mojej wersji" />
    </p>
  );
}

/** Two radio buttons: their version or mine. */
function Choice({ name, label, value, onChange, theirsLabel = 'Ich wersja', mineLabel = 'Moja wersja' }: { name: string; label: string; value: ConflictSide; onChange(v: ConflictSide): void; theirsLabel?: string; mineLabel?: string }) {
  return (
    <div className="conflict-choice" role="radiogroup" aria-label={label}>
      <label><input type="radio" name={name} checked={value === 'theirs'} onChange={() => onChange('theirs')} /> {theirsLabel}</label>
      <label><input type="radio" name={name} checked={value === 'mine'} onChange={() => onChange('mine')} /> {mineLabel}</label>
    </div>
  );
}

export function ConflictDialog({ draftId, mine, message, onResolved, onClose }: ConflictDialogProps) {
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictSide>>({});
  const [rest, setRest] = useState<ConflictSide>('mine');
  const box = useRef<HTMLDivElement>(null);
  useModal(box, onClose);

  useEffect(() => {
    let live = true;
    void (async () => {
      const d = await call((api) => api.draftOpen({ id: draftId }));
      if (!d.ok) return live && setError(d.error);
      const v = await call((api) => api.draftVersions({ id: draftId }));
      const last = v.ok ? v.value.find((x) => x.id === d.value.versionId) ?? v.value.at(-1) : undefined;
      if (live) setTheirs({ order: d.value.order, versionId: d.value.versionId, versionSavedAt: d.value.versionSavedAt, author: last?.author ?? 'ktoś inny', savedAt: last?.savedAt ?? d.value.savedAt });
    })();
    return () => {
      live = false;
    };
  }, [draftId]);

  const report = useMemo(() => (theirs ? ConflictMerge.compare(theirs.order, mine) : null), [theirs, mine]);
  const pick = (id: string): ConflictSide => choices[id] ?? 'mine';
  const setAll = (side: ConflictSide) => {
    if (!report) return;
    setChoices(Object.fromEntries(report.tasks.map((t) => [t.id, side])));
    setRest(side);
  };
  const save = () => {
    if (!theirs) return;
    const r = ConflictMerge.resolve(theirs.order, mine, { tasks: choices, rest });
    onResolved(r.order, { versionId: theirs.versionId, savedAt: theirs.versionSavedAt }, r.unplaced.length);
  };

  return (
    <div className="overlay overlay-dialog">
      <div ref={box} className="dialog dialog-conflict" role="dialog" aria-modal="true" aria-labelledby="conflict-title" aria-describedby="conflict-why">
        <h2 id="conflict-title">Ktoś inny zapisał ten projekt</h2>
        <p id="conflict-why" className="notice notice-warning">{message}</p>
        {error && <p className="notice notice-error" role="alert">{error.message}</p>}
        {!theirs && !error && <p className="muted" role="status">Wczytywanie ich wersji…</p>}
        {theirs && report && (
          <>
            <p className="small">
              Ich wersja: <strong>{theirs.author}</strong>, {formatDateTimePl(theirs.savedAt)}. Dla każdej różnicy wybierz, którą wersję zachować;
              wynik zostanie zapisany jako nowa wersja po ich wersji (obie pozostaną w historii).
            </p>
            <div className="conflict-bulk">
              <button type="button" className="button button-small" onClick={() => setAll('theirs')}>Wszędzie ich wersja</button>
              <button type="button" className="button button-small" onClick={() => setAll('mine')}>Wszędzie moja wersja</button>
              <span className="muted small">{report.tasks.length === 1 ? '1 zadanie się różni' : `Zadania, które się różnią: ${report.tasks.length}`}</span>
            </div>
            <div className="conflict-list" tabIndex={0} role="region" aria-label="Różnice między wersjami">
              {report.restDiffers && (
                <div className="conflict-row" data-conflict="rest">
                  <div className="conflict-where"><strong>Poza zadaniami</strong><span className="muted small">nagłówek, kierownictwo, komórki i podległość, postanowienia końcowe</span></div>
                  <p className="conflict-text muted">Te części różnią się między wersjami.</p>
                  <Choice name="choice-rest" label="Wybór dla części poza zadaniami" value={rest} onChange={setRest} />
                </div>
              )}
              {report.tasks.map((t) => (
                <div key={t.id} className="conflict-row" data-conflict={t.id} data-kind={t.kind}>
                  <div className="conflict-where">
                    <strong>{t.where || 'zadanie'}</strong>
                    <span className="muted small">{t.owner} · {KIND_LABEL[t.kind]}</span>
                  </div>
                  <TaskText task={t} />
                  <Choice
                    name={`choice-${t.id}`}
                    label={`Wybór dla ${t.where || 'zadania'} (${t.owner})`}
                    value={pick(t.id)}
                    onChange={(v) => setChoices((c) => ({ ...c, [t.id]: v }))}
                    theirsLabel={t.kind === 'onlyMine' ? 'Bez tego zadania (ich)' : 'Ich wersja'}
                    mineLabel={t.kind === 'onlyTheirs' ? 'Bez tego zadania (moja)' : 'Moja wersja'}
                  />
                </div>
              ))}
              {!report.tasks.length && !report.restDiffers && <p className="muted">Obie wersje są takie same; zapis niczego nie zmieni.</p>}
            </div>
            <p className="small muted legend"><del>przekreślone</del> — tylko w ich wersji, <ins>podkreślone</ins> — tylko w mojej.</p>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Później</button>
          <button type="button" className="button button-primary" onClick={save} disabled={!theirs}>Zapisz wybór</button>
        </div>
      </div>
    </div>
  );
}
