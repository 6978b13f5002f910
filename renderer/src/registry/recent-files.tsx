/**
 * The recently opened files on the start screen: one button per file (its name; the main process knows where it
 * is and gives the renderer only a token). Hidden when the list is empty.
 */
import { useEffect, useState } from 'react';
import type { FileRef } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';

export function RecentFiles({ onOpen, busy }: { onOpen(token: string): void; busy: boolean }) {
  const [files, setFiles] = useState<FileRef[]>([]);
  useEffect(() => {
    void call((api) => api.filesRecent()).then((r) => r.ok && setFiles(r.value));
  }, []);
  if (!files.length) return null;
  return (
    <section className="card recent-files" aria-labelledby="h-recent">
      <h2 id="h-recent">Ostatnio otwierane pliki</h2>
      <ul>
        {files.map((f) => (
          <li key={f.token}>
            <button type="button" className="link" onClick={() => onOpen(f.token)} aria-disabled={busy}>{f.name}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
