/**
 * The application shell of the renderer: a top bar with the main actions, an error banner, and the current
 * screen (the registry, an order read-only, or the draft editor). Every call goes through the bridge
 * (`window.api`); errors come back as values and are shown in Polish.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult, DraftDocument, MenuCommand, RegistryEntry } from '../../electron/contract/api.js';
import type { UnplacedResolution } from '../../core/import/unplaced.js';
import type { Order } from '../../core/model/order.js';
import { bridge, call } from './bridge.js';
import { fileDropHandlers } from './file-drop.js';
import type { DraftEditorHandle } from './editor/draft-editor.js';
import { undoScope } from './keyboard/undo-scope.js';
import { ErrorBoundary } from './error-boundary.js';
import { formatDatePl } from './format.js';
import type { OrderScreenHandle } from './order-view/order-screen.js';
import { NewDraftDialog } from './registry/new-draft-dialog.js';
import { PasteDialog, type Pasted } from './registry/paste-dialog.js';
import { RegistryScreen } from './registry/registry-screen.js';
import { ConnectionIndicator, ConnectionProvider } from './registry/connection.js';
import { CitationsPage } from './settings/citations-page.js';
import { SignDialog, type SignTarget } from './registry/sign-dialog.js';
import { commandForKey } from '../../electron/contract/shortcuts.js';
import { Announcer } from './keyboard/announcer.js';
import { cycleRegion, rememberFocus } from './keyboard/focus.js';
import { ShortcutsDialog } from './keyboard/shortcuts-dialog.js';

// the editor (Slate) and the order view are loaded when first opened, so the registry screen starts with less to
// parse; their modules are fetched right after the first paint, before the user can ask for them
const loadEditor = () => import('./editor/draft-editor.js');
const loadViewer = () => import('./order-view/order-screen.js');
const DraftEditor = lazy(() => loadEditor().then((m) => ({ default: m.DraftEditor })));
const OrderScreen = lazy(() => loadViewer().then((m) => ({ default: m.OrderScreen })));

/**
 * Where an order shown read-only comes from: a file opened (its token), pasted content, or the registry (its id).
 * Its unplaced text is resolved in the order held here (file, paste) or in the registry; the first two can be saved
 * into the registry.
 */
type OrderOrigin = { kind: 'file'; token: string | null } | { kind: 'paste'; pasted: Pasted } | { kind: 'registry'; id: number };

type Screen =
  | { kind: 'registry' }
  | { kind: 'order'; order: Order; warnings: string[]; title: string; origin: OrderOrigin; /** Opened on the text in force (issue 17). */ view?: 'inForce' }
  | { kind: 'draft'; draft: DraftDocument }
  /** The journal citations (Metryczki ustaw); `draftId`: the draft it was opened from, to go back to. */
  | { kind: 'citations'; draftId: number | null };

/**
 * What the signing dialog needs of a draft. The clause's label is loaded with the dialog (entry-into-force-label.ts:
 * not part of the registry screen's first load).
 */
async function signTarget(id: number, order: Order): Promise<SignTarget> {
  const { entryIntoForceLabel } = await import('./entry-into-force-label.js');
  const e = order.entryIntoForce;
  return { draftId: id, subject: order.meta.subject ?? order.meta.title, repeals: order.repeals.map((r) => r.number), entryIntoForce: entryIntoForceLabel(order), entryDateMissing: e?.kind === 'date' && !e.date };
}

/** The Polish sentence shown on the registry after signing: number, date, entry into force, what it repeals. */
export function signedNotice(e: RegistryEntry): string {
  const when = e.entryIntoForce ? formatDatePl(e.entryIntoForce) : null;
  const sentence = `Zapisano podpisanie: zarządzenie nr ${e.number} z dnia ${e.date ? formatDatePl(e.date) : '…'}${when ? `, wchodzi w życie z dniem ${when}` : ''}`;
  // a date ends with `r.`, which closes the sentence too
  const head = sentence.endsWith('.') ? sentence : `${sentence}.`;
  return e.repeals.length ? `${head} Zarządzenie nr ${e.repeals.join(', nr ')} traci moc z tym dniem.` : head;
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'registry' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [signing, setSigning] = useState<SignTarget | null>(null);
  const [notice, setNotice] = useState<{ text: string; id: number; label?: string } | null>(null);
  const [newDraft, setNewDraft] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [help, setHelp] = useState<'shortcuts' | 'about' | null>(null);
  const editor = useRef<DraftEditorHandle>(null);
  const viewer = useRef<OrderScreenHandle>(null);

  /** Runs a call with a progress line; shows its error; gives the value or null. */
  const run = useCallback(async <T,>(label: string, fn: Parameters<typeof call<T>>[0]): Promise<T | null> => {
    setBusy(label);
    setError(null);
    const r: ApiResult<T> = await call(fn);
    setBusy(null);
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    return r.value;
  }, []);

  /** Leaves the editor only after its pending changes are saved. */
  const leave = useCallback(async (next: Screen) => {
    if (editor.current && !(await editor.current.flush())) return;
    setScreen(next);
  }, []);

  const openFile = useCallback(async () => {
    const v = await run('Wczytywanie zarządzenia…', (api) => api.importChoose());
    if (v) await leave({ kind: 'order', order: v.order, warnings: v.warnings, title: v.fileName, origin: { kind: 'file', token: v.token ?? null } });
  }, [run, leave]);

  /** Opens a file the main process knows by `token` (dropped on the window, or from the recent list). */
  const openToken = useCallback(async (token: string) => {
    const v = await run('Wczytywanie zarządzenia…', (api) => api.importFile({ token }));
    if (v) await leave({ kind: 'order', order: v.order, warnings: v.warnings, title: v.fileName, origin: { kind: 'file', token: v.token ?? token } });
  }, [run, leave]);

  const openDropped = useCallback(async (file: File) => {
    const ref = await run('Wczytywanie zarządzenia…', (api) => api.fileDropped(file));
    if (ref) await openToken(ref.token);
  }, [run, openToken]);

  const preview = useCallback(async (e: RegistryEntry, view?: 'inForce') => {
    const v = await run('Wczytywanie zarządzenia…', (api) => api.registryGet({ id: e.id }));
    if (v) setScreen({ kind: 'order', order: v.order, warnings: [], title: `zarządzenie nr ${e.number ?? '……'}`, origin: { kind: 'registry', id: e.id }, ...(view ? { view } : {}) });
  }, [run]);

  /** A decision on an unplaced fragment of the order shown: in the registry for its orders, else in the order held. */
  const resolveShown = useCallback(async (r: UnplacedResolution) => {
    if (screen.kind !== 'order') return;
    if (screen.origin.kind === 'registry') {
      const id = screen.origin.id;
      const v = await run('Zapisywanie decyzji…', (api) => api.registryResolveUnplaced({ id, resolution: r }));
      if (v) setScreen((s) => (s.kind === 'order' && s.origin.kind === 'registry' && s.origin.id === id ? { ...s, order: v.order } : s));
      return;
    }
    // the model's code is loaded with the order view, not with the registry screen (a first start parses less)
    const { resolveUnplaced } = await import('../../core/import/unplaced.js');
    const next = resolveUnplaced(screen.order, r);
    if (next.ok) setScreen({ ...screen, order: next.order });
    else setError({ code: 'stale', message: next.message });
  }, [screen, run]);

  /** The registry after an order read elsewhere was saved in it: its row marked, the registry's sentence shown. */
  const savedToRegistry = useCallback((r: { id: number; message: string }) => {
    setNotice({ text: r.message, id: r.id, label: 'Zapis w rejestrze' });
    setScreen({ kind: 'registry' });
  }, []);

  /** Saves the order shown (read from a file or pasted) into the registry, with what it was read from. */
  const saveShown = useCallback(async () => {
    if (screen.kind !== 'order' || screen.origin.kind === 'registry') return;
    const origin = screen.origin;
    const order = screen.order;
    const v = await run('Zapisywanie w rejestrze…', (api) =>
      api.registryAddImported(origin.kind === 'paste' ? { order, pasted: origin.pasted } : origin.token ? { order, token: origin.token } : { order }),
    );
    if (v) savedToRegistry(v);
  }, [screen, run, savedToRegistry]);

  const createDraft = useCallback(async (e: RegistryEntry) => {
    setNotice(null);
    const v = await run('Tworzenie projektu…', (api) => api.draftCreate({ replacingId: e.id }));
    if (v) setScreen({ kind: 'draft', draft: v });
  }, [run]);

  const openDraft = useCallback(async (e: RegistryEntry) => {
    const v = await run('Otwieranie projektu…', (api) => api.draftOpen({ id: e.id }));
    if (v) setScreen({ kind: 'draft', draft: v });
  }, [run]);

  /** A draft made from a template in the "Nowy projekt" dialog: the editor opens it (after saving the one open). */
  const templateDraftCreated = useCallback(async (d: DraftDocument) => {
    setNewDraft(false);
    setNotice(null);
    await leave({ kind: 'draft', draft: d });
  }, [leave]);

  /** Signing from the registry's list of drafts: the draft is read for its repeal and entry into force. */
  const signFromRegistry = useCallback(async (e: RegistryEntry) => {
    const v = await run('Wczytywanie projektu…', (api) => api.draftOpen({ id: e.id }));
    if (v) setSigning(await signTarget(v.id, v.order));
  }, [run]);

  const signed = useCallback((e: RegistryEntry) => {
    setSigning(null);
    setNotice({ text: signedNotice(e), id: e.id });
    setScreen({ kind: 'registry' });
  }, []);

  /** The settings page of the journal citations, after the open draft's pending edit is saved. */
  const openCitations = useCallback(async () => {
    await leave({ kind: 'citations', draftId: screen.kind === 'draft' ? screen.draft.id : screen.kind === 'citations' ? screen.draftId : null });
  }, [leave, screen]);

  /** Leaves the citations page: the draft it came from opened again (its checks read the new citations), else the registry. */
  const leaveCitations = useCallback(async (draftId: number | null) => {
    if (draftId === null) return setScreen({ kind: 'registry' });
    const v = await run('Otwieranie projektu…', (api) => api.draftOpen({ id: draftId }));
    setScreen(v ? { kind: 'draft', draft: v } : { kind: 'registry' });
  }, [run]);

  /** Carries out a command of the menu or of its shortcut. */
  const command = useCallback((c: MenuCommand) => {
    if (c === 'open') void openFile();
    else if (c === 'new-draft') setNewDraft(true);
    else if (c === 'shortcuts' || c === 'about') setHelp(c);
    else if (c === 'next-region' || c === 'previous-region') cycleRegion(c === 'next-region' ? 1 : -1);
    else if (c === 'save') editor.current?.command('save');
    else if (c === 'citations') void openCitations();
    // Cofnij from the menu: the focused field's own undo, or the draft's one history (keyboard/undo-scope.ts)
    else if ((c === 'undo' || c === 'redo') && (!editor.current || undoScope(document.activeElement) === 'field')) document.execCommand(c);
    else (editor.current ?? viewer.current)?.command(c);
  }, [openFile, openCitations]);

  // the menu's commands, and the same shortcuts pressed in the window (the menu may not see a key the page
  // handles, and the end-to-end tests have no menu); a command that arrives both ways at once runs once
  const lastKeyCommand = useRef<{ c: MenuCommand; at: number } | null>(null);
  useEffect(() => {
    const api = bridge();
    if (!api) return;
    return api.onMenuCommand((c: MenuCommand) => {
      const k = lastKeyCommand.current;
      if (k && k.c === c && performance.now() - k.at < 400) return;
      command(c);
    });
  }, [command]);
  // the main process asks before the window closes, quits or reloads: the editor's pending edit is saved first
  useEffect(() => bridge()?.onFlushRequest(() => editor.current?.flush() ?? Promise.resolve(true)), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const c = commandForKey(e);
      if (!c) return;
      const target = e.target as HTMLElement | null;
      if ((c === 'undo' || c === 'redo') && undoScope(target) === 'field') {
        // the field's own undo (the browser's); the same key arriving again from the menu is not run twice
        lastKeyCommand.current = { c, at: performance.now() };
        return;
      }
      // a dialog has its own keys
      if (target?.closest('[aria-modal="true"]')) return;
      e.preventDefault();
      lastKeyCommand.current = { c, at: performance.now() };
      command(c);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('focusin', rememberFocus);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', rememberFocus);
    };
  }, [command]);

  // fetch the editor and the order view once the registry's lists are shown and the window is idle (not while
  // the first list is on its way: parsing them then would delay the registry screen of a first start)
  const prefetched = useRef(false);
  const registryLoaded = useCallback(() => {
    if (prefetched.current) return;
    prefetched.current = true;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    idle(() => {
      void loadEditor();
      void loadViewer();
    });
  }, []);

  const title = screen.kind === 'order' ? screen.title : screen.kind === 'draft' ? `projekt: ${screen.draft.order.meta.subject ?? screen.draft.order.meta.title}` : null;
  useEffect(() => {
    document.title = title ? `${title} — Zarządzenia organizacyjne` : 'Zarządzenia organizacyjne';
  }, [title]);

  return (
    <ConnectionProvider>
    <div className="app" {...fileDropHandlers((f) => void openDropped(f))}>
      <header className="topbar" data-region="" tabIndex={-1} aria-label="Pasek aplikacji">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">§</span>
          <span>Zarządzenia organizacyjne</span>
        </div>
        {title && <div className="file-name" title={title}>{title}</div>}
        <ConnectionIndicator />
        <div className="actions">
          {screen.kind !== 'registry' && (
            <button type="button" className="button button-quiet" onClick={() => void leave({ kind: 'registry' })}>
              Rejestr
            </button>
          )}
          {screen.kind !== 'citations' && (
            <button type="button" className="button button-quiet" onClick={() => void openCitations()} disabled={busy !== null}>
              Metryczki ustaw
            </button>
          )}
          <button type="button" className="button" onClick={() => void openFile()} disabled={busy !== null}>
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

      <ErrorBoundary onReset={() => setScreen({ kind: 'registry' })}>
        <Suspense fallback={<div className="progress" role="status">Wczytywanie…</div>}>
        {screen.kind === 'registry' && (
          <RegistryScreen
            key={notice?.id ?? 0}
            onPreview={preview}
            onCreateDraft={createDraft}
            onOpenDraft={openDraft}
            onSignDraft={(e) => void signFromRegistry(e)}
            onNewDraft={() => setNewDraft(true)}
            onPaste={() => setPasting(true)}
            onError={setError}
            busy={busy !== null}
            onOpenFile={(token) => void openToken(token)}
            notice={notice?.text ?? null}
            noticeLabel={notice?.label}
            highlightId={notice?.id ?? null}
            onCloseNotice={() => setNotice(null)}
            onLoaded={registryLoaded}
          />
        )}
        {screen.kind === 'citations' && (
          <CitationsPage onError={setError} onBack={() => void leaveCitations(screen.draftId)} backLabel={screen.draftId === null ? 'Wróć do rejestru' : 'Wróć do projektu'} />
        )}
        {screen.kind === 'order' && (
          <OrderScreen
            ref={viewer}
            order={screen.order}
            warnings={screen.warnings}
            source={screen.title}
            onError={setError}
            onResolve={(r) => void resolveShown(r)}
            onSaveToRegistry={screen.origin.kind === 'registry' ? undefined : () => void saveShown()}
            busy={busy !== null}
            registryId={screen.origin.kind === 'registry' ? screen.origin.id : undefined}
            initialView={screen.view}
            onStored={(o) => setScreen((s) => (s.kind === 'order' ? { ...s, order: o } : s))}
          />
        )}
        {screen.kind === 'draft' && (
          <DraftEditor ref={editor} key={screen.draft.id} draft={screen.draft} onError={setError} onSign={(o) => void signTarget(screen.draft.id, o).then(setSigning)} onOpenDraft={(d) => void leave({ kind: 'draft', draft: d })} />
        )}
        </Suspense>
      </ErrorBoundary>
      {help && <ShortcutsDialog about={help === 'about'} onClose={() => setHelp(null)} />}
      <Announcer />
      {pasting && (
        <PasteDialog
          onOpen={(v, pasted) => {
            setPasting(false);
            void leave({ kind: 'order', order: v.order, warnings: v.warnings, title: v.fileName, origin: { kind: 'paste', pasted } });
          }}
          onSaved={(r) => {
            setPasting(false);
            void leave({ kind: 'registry' }).then(() => savedToRegistry(r));
          }}
          onCancel={() => setPasting(false)}
        />
      )}
      {newDraft && <NewDraftDialog onCreated={(d) => void templateDraftCreated(d)} onCancel={() => setNewDraft(false)} />}
      {signing && (
        <SignDialog
          target={signing}
          prepare={screen.kind === 'draft' ? () => editor.current?.flush() ?? Promise.resolve(true) : undefined}
          onSigned={signed}
          onCancel={() => setSigning(null)}
        />
      )}
    </div>
    </ConnectionProvider>
  );
}
