/**
 * Which registry the app is connected to, shown on the registry screen: the file on this computer, or the
 * office's server (its address, never a password), and a plain Polish line when it cannot be reached.
 */
import { useEffect, useState } from 'react';
import type { RegistryInfo } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';

/** The line the badge shows for a connection. */
export function registryLabel(c: Pick<RegistryInfo, 'engine' | 'path' | 'connected'>): string {
  const where = c.engine === 'postgresql' ? `serwer urzędu ${c.path}` : `plik na tym komputerze ${c.path}`;
  return c.connected ? `Rejestr: ${where}` : `Brak połączenia z rejestrem (${where})`;
}

/** Asks `registry:info` once when shown (and again when `refresh` changes). */
export function RegistryBadge({ refresh = 0 }: { refresh?: number }) {
  const [info, setInfo] = useState<RegistryInfo | null>(null);
  useEffect(() => {
    let live = true;
    void call((api) => api.registryInfo()).then((r) => {
      if (live && r.ok) setInfo(r.value);
    });
    return () => {
      live = false;
    };
  }, [refresh]);
  if (!info) return null;
  return (
    <p className={`registry-badge${info.connected ? '' : ' registry-badge-offline'}`} data-engine={info.engine} data-connected={info.connected} title={info.message ?? undefined}>
      {registryLabel(info)}
    </p>
  );
}
