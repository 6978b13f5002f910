/**
 * The draft's history (issue 6 item 3), a panel of the editor: every saved version, newest first, with its number,
 * time, author and note. A version can be opened read-only (its print preview), compared with the current state
 * (`draft:compareVersion`: units and tasks changed since that version) and restored after a confirmation
 * (`draft:restore`: the restore is itself a new version, so nothing is lost). The author recorded with each
 * version is shown and can be changed once for all (kept in the app's settings). Named versions (issue 13 item 5:
 * saved with Ctrl+S under a name such as „dla Dyrektora”) stand apart, with their name, and the list can show them
 * alone; any two versions ticked are compared in document form (`draft:compareVersions`, the newer version with the
 * changes marked). Times are shown as dd.mm.rrrr, gg:mm.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, AppSettings, DraftDocument, DraftVersion, DraftVersionDocument, VersionComparison, VersionRedline } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { formatDateTimePl } from '../format.js';
import { useModal } from '../keyboard/use-modal.js';
import { OutputButtons, useOutput } from '../output/use-output.js';
import { Preview } from './preview.js';
import { TaskChanges, UnitChanges } from './side-panels.js';
import { versionLabel, VersionRedlineDialog } from './version-redline-dialog.js';

export interface HistoryPanelProps {
  draftId: number;
  /** Changes whenever a save completed (the time of the last save), so the list shows the new version. */
  savedAt: string | null;
  /** Saves the editor's pending changes; false when the save failed. Runs before comparing and restoring. */
  flush(): Promise<boolean>;
  /** The draft after a restore: the editor shows its content. */
  onRestored(draft: DraftDocument): void;
  onError(e: ApiError): void;
}


/** The author of the versions saved from now on, and a small form to change it. */
function AuthorSetting({ onError }: { onError(e: ApiError): void }) {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void call((api) => api.settingsGet()).then((r) => (r.ok ? setSettings(r.value) : onError(r.error)));
  }, [onError]);
  const save = async (value: string | null) => {
    const r = await call((api) => api.settingsSetAuthor({ name: value }));
    if (!r.ok) return setError(r.error);
    setSettings(r.value);
    setError(null);
    setEditing(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(name);
  };
  if (!settings) return null;
  return (
    <div className="author-setting">
      {!editing ? (
        <p className="small">
          Wersje zapisuje: <strong data-author="">{settings.author}</strong>
          {settings.authorName === null && <span className="muted"> (nazwa użytkownika systemu)</span>}{' '}
          <button type="button" className="link" onClick={() => (setName(settings.authorName ?? ''), setEditing(true))}>Zmień…</button>
        </p>
      ) : (
        <form className="author-form" onSubmit={submit} aria-label="Autor zapisywanych wersji">
          <label className="field">
            <span>Imię i nazwisko zapisywane przy każdej wersji</span>
            <input className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder={settings.systemUserName} autoFocus maxLength={80} data-own-undo="" />
          </label>
          {error && <p className="notice notice-error small" role="alert">{error.message}</p>}
          <div className="author-actions">
            <button type="submit" className="button button-small button-primary">Zapisz</button>
            {settings.authorName !== null && (
              <button type="button" className="button button-small" onClick={() => void save(null)} title="Zapisuj wersje pod nazwą użytkownika systemu">
                Użyj „{settings.systemUserName}”
              </button>
            )}
            <button type="button" className="button button-small button-quiet" onClick={() => (setEditing(false), setError(null))}>Anuluj</button>
          </div>
        </form>
      )}
    </div>
  );
}

/** What changed in units and tasks since a version (the version is the old order, the current state the new one). */
function VersionChanges({ result, onClose }: { result: VersionComparison; onClose(): void }) {
  const c = result.comparison;
  const units = c.units.filter((u) => u.change !== 'kept');
  const tasks = c.tasks.filter((t) => t.change !== 'kept');
  return (
    <section className="version-compare" aria-label={`Zmiany od wersji ${result.version.n}`}>
      <div className="version-compare-head">
        <strong>Zmiany od wersji {result.version.n} do obecnego stanu</strong>
        <button type="button" className="close" aria-label="Zamknij porównanie" onClick={onClose}>×</button>
      </div>
      {units.length === 0 && tasks.length === 0 ? (
        <p className="muted small">Od tej wersji nie zmieniono komórek ani zadań (porównanie nie obejmuje nagłówka i postanowień końcowych).</p>
      ) : (
        <>
          <UnitChanges changes={units} />
          <h3 className="panel-h">Zadania</h3>
          {tasks.length === 0 ? (
            <p className="muted small">Bez zmian w zadaniach.</p>
          ) : (
            <>
              <p className="muted small panel-summary">
                przeniesione {c.summary.moved} · zmienione {c.summary.reworded} · usunięte {c.summary.dropped} · nowe {c.summary.added}
              </p>
              <TaskChanges changes={tasks} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** A version shown read-only: its print preview, with export and printing, comparing and restoring. */
function VersionDialog({ doc, isCurrent, onCompare, onRestore, onClose, onError }: {
  doc: DraftVersionDocument;
  isCurrent: boolean;
  onCompare(): void;
  onRestore(): void;
  onClose(): void;
  onError(e: ApiError): void;
}) {
  const current = useCallback(() => doc.order, [doc.order]);
  const out = useOutput(current, onError);
  const box = useRef<HTMLDivElement>(null);
  useModal(box, onClose);
  const v = doc.version;
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="version-title">
        <div className="dialog-head">
          <div>
            <h2 id="version-title">Wersja {v.n}{v.name ? ` „${v.name}”` : ''} — tylko do odczytu</h2>
            <p className="muted small">
              {formatDateTimePl(v.savedAt)} · {v.author}{v.note ? ` · ${v.note}` : ''}
            </p>
          </div>
          <button type="button" className="close" aria-label="Zamknij podgląd wersji" onClick={onClose}>×</button>
        </div>
        <div className="editor-toolbar dialog-toolbar" role="toolbar" aria-label="Wersja">
          <OutputButtons out={out} />
          <span className="toolbar-spacer" />
          {!isCurrent && <button type="button" className="button" onClick={onCompare}>Porównaj z obecnym</button>}
          {!isCurrent && <button type="button" className="button button-primary" onClick={onRestore}>Przywróć tę wersję…</button>}
        </div>
        <div className="dialog-scroll" tabIndex={0} role="region" aria-label={`Treść wersji ${v.n}`}>
          <Preview order={doc.order} />
        </div>
      </div>
    </div>
  );
}

/** Asks before restoring: says that the current state is kept as a version and nothing is lost. */
function RestoreConfirm({ version, busy, onConfirm, onCancel }: { version: DraftVersion; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const box = useRef<HTMLDivElement>(null);
  useModal(box, onCancel, !busy);
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && !busy && onCancel()}>
      <div ref={box} className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="restore-title" aria-describedby="restore-text">
        <h2 id="restore-title">Przywrócić wersję {version.n}?</h2>
        <p id="restore-text">
          Treść projektu zostanie zastąpiona treścią wersji {version.n} z {formatDateTimePl(version.savedAt)} ({version.author}). Przywrócenie zostanie zapisane jako
          nowa wersja; obecny stan projektu pozostanie w historii i będzie można do niego wrócić. Nic nie zostanie utracone.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy} data-autofocus="">Anuluj</button>
          <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy}>
            {busy ? 'Przywracanie…' : `Przywróć wersję ${version.n}`}
          </button>
        </div>
      </div>
    </div>
  );
}

export function HistoryPanel({ draftId, savedAt, flush, onRestored, onError }: HistoryPanelProps) {
  const [versions, setVersions] = useState<DraftVersion[] | null>(null);
  const [compared, setCompared] = useState<VersionComparison | null>(null);
  const [opened, setOpened] = useState<DraftVersionDocument | null>(null);
  const [confirm, setConfirm] = useState<DraftVersion | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  // comparing any two versions in document form: the versions ticked (at most two, the last two ticked)
  const [picked, setPicked] = useState<number[]>([]);
  const [redline, setRedline] = useState<VersionRedline | null>(null);
  const [namedOnly, setNamedOnly] = useState(false);

  const load = useCallback(async () => {
    const r = await call((api) => api.draftVersions({ id: draftId }));
    if (r.ok) setVersions(r.value);
    else onError(r.error);
  }, [draftId, onError]);
  useEffect(() => {
    void load();
  }, [load, savedAt]);

  /** Saves the editor first, so that "the current state" is what the user sees. */
  const saved = async () => {
    if (await flush()) return true;
    onError({ code: 'save-failed', message: 'Nie udało się zapisać ostatnich zmian projektu; spróbuj ponownie, zanim porównasz lub przywrócisz wersję.' });
    return false;
  };
  const compare = async (v: DraftVersion) => {
    setBusy(v.id);
    if (await saved()) {
      const r = await call((api) => api.draftCompareVersion({ versionId: v.id }));
      if (r.ok) setCompared(r.value);
      else onError(r.error);
    }
    setBusy(null);
  };
  const open = async (v: DraftVersion) => {
    setBusy(v.id);
    const r = await call((api) => api.draftVersion({ versionId: v.id }));
    setBusy(null);
    if (r.ok) setOpened(r.value);
    else onError(r.error);
  };
  const pick = (id: number, on: boolean) => setPicked((p) => (on ? [...p.filter((x) => x !== id), id].slice(-2) : p.filter((x) => x !== id)));
  const comparePicked = async () => {
    if (picked.length !== 2) return;
    setBusy(picked[1]!);
    if (await saved()) {
      const r = await call((api) => api.draftCompareVersions({ versionIds: [picked[0]!, picked[1]!] }));
      if (r.ok) setRedline(r.value);
      else onError(r.error);
    }
    setBusy(null);
  };
  const restore = async (v: DraftVersion) => {
    setBusy(v.id);
    if (await saved()) {
      const r = await call((api) => api.draftRestore({ versionId: v.id }));
      if (r.ok) {
        setCompared(null);
        setOpened(null);
        onRestored(r.value);
        await load();
      } else onError(r.error);
    }
    setBusy(null);
    setConfirm(null);
  };

  const newest = versions?.at(-1)?.n ?? 0;
  const named = versions?.filter((v) => v.name !== null).length ?? 0;
  const list = versions ? [...versions].reverse().filter((v) => !namedOnly || v.name !== null) : [];
  const pickedVersions = (versions ?? []).filter((v) => picked.includes(v.id));
  return (
    <div className="panel-body">
      <AuthorSetting onError={onError} />
      {versions === null ? (
        <p className="muted">Wczytywanie historii…</p>
      ) : (
        <>
          <div className="version-tools" role="group" aria-label="Porównanie dowolnych dwóch wersji">
            <p className="small muted">Zaznacz dwie wersje, aby zobaczyć dokument ze zmianami między nimi. Ctrl+S zapisuje wersję z nazwą.</p>
            <div className="version-tools-row">
              <button type="button" className="button button-small button-primary" onClick={() => void comparePicked()} disabled={picked.length !== 2 || busy !== null}>
                {picked.length === 2 ? `Porównaj wersje ${pickedVersions.map((v) => v.n).join(' i ')}` : `Porównaj zaznaczone (${picked.length} z 2)`}
              </button>
              <label className="check small">
                <input type="checkbox" checked={namedOnly} onChange={(e) => setNamedOnly(e.target.checked)} disabled={named === 0 && !namedOnly} />
                {' '}tylko nazwane ({named})
              </label>
            </div>
          </div>
          <ol className="versions" aria-label="Wersje projektu">
            {list.length === 0 && <li className="muted small">Nie ma jeszcze wersji z nazwą. Zapisz ją przez Ctrl+S albo „Zapisz wersję…”.</li>}
            {list.map((v) => {
              const isCurrent = v.n === newest;
              return (
                <li key={v.id} className={`version ${isCurrent ? 'version-current' : ''} ${v.name ? 'version-named' : ''}`} data-n={v.n} data-name={v.name ?? undefined}>
                  <div className="version-head">
                    <label className="version-pick">
                      <input type="checkbox" checked={picked.includes(v.id)} onChange={(e) => pick(v.id, e.target.checked)} aria-label={`Zaznacz ${versionLabel(v)} do porównania`} />
                      <strong>Wersja {v.n}</strong>
                    </label>
                    {v.name && <span className="chip chip-named">nazwana</span>}
                    {isCurrent && <span className="chip chip-ok">obecny stan</span>}
                  </div>
                  {v.name && <div className="version-name">„{v.name}”</div>}
                  <div className="version-time">{formatDateTimePl(v.savedAt)}</div>
                  <div className="muted small version-meta">
                    {v.author}
                    {v.note && <span className="version-note"> · {v.note.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, formatDateTimePl)}</span>}
                  </div>
                  <div className="version-actions">
                    <button type="button" className="button button-small" onClick={() => void open(v)} disabled={busy !== null} aria-label={`Podgląd wersji ${v.n}`}>Podgląd</button>
                    {!isCurrent && (
                      <>
                        <button type="button" className="button button-small" onClick={() => void compare(v)} disabled={busy !== null} aria-label={`Porównaj wersję ${v.n} z obecnym stanem`}>Porównaj</button>
                        <button type="button" className="button button-small" onClick={() => setConfirm(v)} disabled={busy !== null} aria-label={`Przywróć wersję ${v.n}`}>Przywróć…</button>
                      </>
                    )}
                  </div>
                  {compared?.version.id === v.id && <VersionChanges result={compared} onClose={() => setCompared(null)} />}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {redline && <VersionRedlineDialog result={redline} onClose={() => setRedline(null)} />}
      {opened && (
        <VersionDialog
          doc={opened}
          isCurrent={opened.version.n === newest}
          onClose={() => setOpened(null)}
          onError={onError}
          onCompare={() => {
            const v = opened.version;
            setOpened(null);
            void compare(v);
          }}
          onRestore={() => setConfirm(opened.version)}
        />
      )}
      {confirm && <RestoreConfirm version={confirm} busy={busy !== null} onConfirm={() => void restore(confirm)} onCancel={() => setConfirm(null)} />}
    </div>
  );
}
