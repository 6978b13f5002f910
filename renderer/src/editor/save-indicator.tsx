/** The visible autosave state in the editor's toolbar. */
import type { SaveState } from './use-autosave.js';

function time(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString('pl-PL', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** In: the state, the retry of a failed save, and (on a conflict) what opens the conflict dialog. */
export function SaveIndicator({ state, onRetry, onConflict }: { state: SaveState; onRetry(): void; onConflict?(): void }) {
  switch (state.kind) {
    case 'saved':
      return <span className="save save-ok" role="status" data-state="saved">Zapisano {time(state.at)}</span>;
    case 'pending':
      return <span className="save save-pending" role="status" data-state="pending">Niezapisane zmiany</span>;
    case 'saving':
      return <span className="save save-pending" role="status" data-state="saving">Zapisywanie…</span>;
    case 'error':
      return (
        <span className="save save-error" role="alert" data-state="error">
          Błąd zapisu: {state.message} <button type="button" className="link" onClick={onRetry}>Spróbuj ponownie</button>
        </span>
      );
    case 'offline':
      return (
        <span className="save save-pending" role="status" data-state="offline" title={state.message}>
          Zachowano na tym komputerze; zapis po powrocie połączenia
        </span>
      );
    case 'conflict':
      return (
        <span className="save save-error" role="alert" data-state="conflict">
          Nie zapisano: ktoś inny zmienił projekt. {onConflict && <button type="button" className="link" onClick={onConflict}>Porównaj i wybierz…</button>}
        </span>
      );
  }
}
