/**
 * The help dialog (F1, Pomoc → Skróty klawiszowe): every keyboard shortcut of the app, grouped as the menu is
 * (Plik, Edycja, Widok, Pomoc) and by the place where the keys work (the scope editor, the register table),
 * from the one list the menu is built from (electron/contract/shortcuts.ts); and, from Pomoc → O programie, what
 * the app is.
 */
import { useRef } from 'react';
import { displayKeys, SHORTCUTS, type ShortcutGroup } from '../../../electron/contract/shortcuts.js';
import { useModal } from './use-modal.js';

const GROUPS: ShortcutGroup[] = ['Plik', 'Edycja', 'Widok', 'Pomoc', 'Edytor zakresu', 'Odesłania w tekście', 'Rejestr komórek', 'Okno'];

export function ShortcutsDialog({ about = false, onClose }: { about?: boolean; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useModal(ref, onClose);
  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="help-title">
        <h2 id="help-title">{about ? 'O programie' : 'Skróty klawiszowe'}</h2>
        {about && (
          <p>
            Zarządzenia organizacyjne — redagowanie, kontrola i porównywanie zarządzeń organizacyjnych Prezydenta Miasta Krakowa.
            Wszystkie działania są dostępne z klawiatury; poniżej skróty.
          </p>
        )}
        <div className="dialog-scroll shortcuts-scroll" tabIndex={0} role="region" aria-label="Lista skrótów">
          {GROUPS.map((g) => {
            const list = SHORTCUTS.filter((s) => s.group === g);
            if (!list.length) return null;
            return (
              <section key={g} className="shortcut-group" aria-labelledby={`sc-${g.replace(/\s/g, '-')}`}>
                <h3 id={`sc-${g.replace(/\s/g, '-')}`}>{g}</h3>
                <table className="shortcuts">
                  <thead className="sr-only">
                    <tr>
                      <th scope="col">Klawisze</th>
                      <th scope="col">Działanie</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((s, i) => (
                      <tr key={i}>
                        <td className="keys"><kbd>{displayKeys(s.keys)}</kbd></td>
                        <td>{s.label}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus="">Zamknij</button>
        </div>
      </div>
    </div>
  );
}
