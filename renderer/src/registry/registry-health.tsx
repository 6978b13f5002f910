/**
 * The registry's health on the start screen: a banner when the registry is open read-only, an offer to restore
 * each edit kept from a refused save (or to discard it), and the result of the full integrity check when it found
 * damage. Reads `registry:info` when shown and every half minute (the check runs in the background after start).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError, RecoveryInfo, RegistryInfo } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';

export interface RegistryHealthProps {
  onError(error: ApiError): void;
  /** The registry changed (an edit was restored into it): reload the lists. */
  onChanged(): void;
}

/** `22.11.2026, 14:05` */
function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function RegistryHealth({ onError, onChanged }: RegistryHealthProps) {
  const [info, setInfo] = useState<RegistryInfo | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const load = useCallback(async () => {
    const r = await call((api) => api.registryInfo());
    // a registry that cannot be opened is reported by the list already
    if (r.ok) setInfo(r.value);
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, [load]);

  const act = async (rec: RecoveryInfo, restore: boolean) => {
    if (working) return;
    setWorking(true);
    const r = restore ? await call((api) => api.recoveryRestore({ id: rec.id })) : await call((api) => api.recoveryDiscard({ id: rec.id }));
    setWorking(false);
    if (!r.ok) onError(r.error);
    else {
      setDone(r.value ? r.value.message : `Odrzucono niezapisaną zmianę projektu „${rec.title}”.`);
      if (restore) onChanged();
    }
    await load();
  };

  if (!info) return null;
  return (
    <>
      {info.readOnly && (
        <section className="notice notice-warning" role="status" aria-label="Rejestr tylko do odczytu">
          <strong>Rejestr jest otwarty tylko do odczytu.</strong>
          <p>Nie masz prawa zapisu do pliku „{info.path}”: możesz przeglądać, drukować i eksportować zarządzenia, ale zmiany nie zostaną zapisane w rejestrze.</p>
        </section>
      )}
      {info.integrity && !info.integrity.ok && (
        <section className="notice notice-error" role="alert" aria-label="Kontrola spójności rejestru">
          <strong>{info.integrity.message}</strong>
        </section>
      )}
      {done && (
        <section className="notice notice-ok" role="status" aria-label="Odzyskiwanie">
          <div className="notice-head">
            <strong>{done}</strong>
            <button type="button" className="close" aria-label="Zamknij komunikat" onClick={() => setDone(null)}>×</button>
          </div>
        </section>
      )}
      {info.recoveries.length > 0 && (
        <section className="notice notice-warning" aria-labelledby="h-recoveries">
          <strong id="h-recoveries">Niezapisane zmiany z poprzedniej pracy ({info.recoveries.length})</strong>
          <ul className="recoveries">
            {info.recoveries.map((rec) => (
              <li key={rec.id} data-recovery={rec.id}>
                <p>
                  Projekt „{rec.title}”{rec.subject ? ` (${rec.subject})` : ''}, zmiana z {when(rec.savedAt)}. {rec.reason}
                </p>
                <button type="button" className="button button-primary" onClick={() => void act(rec, true)} aria-disabled={working}>Przywróć zmianę</button>{' '}
                <button type="button" className="button button-quiet" onClick={() => void act(rec, false)} aria-disabled={working}>Odrzuć</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
