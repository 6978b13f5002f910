/**
 * "Osoby i role" (issue 16 item 2): the people of the registry, each by the name recorded with their versions and
 * a role: a lawyer of WON (edits, reviews, takes proposals into work, records sign-offs and the signing), a
 * director of a department (proposes a draft for it, edits it until WON takes it, answers remarks), a reader.
 * While the registry lists nobody, everyone is a lawyer (one person's registry).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError, UserRole, UsersState } from '../../../electron/contract/api.js';
import { ROLE_LABEL } from '../../../electron/services/registry/path-shapes.js';
import { call } from '../bridge.js';
import { useModal } from '../keyboard/use-modal.js';
import '../editor/collab.css';

export function UsersDialog({ onClose }: { onClose(): void }) {
  const [state, setState] = useState<UsersState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('lawyer');
  const [department, setDepartment] = useState('');
  const box = useRef<HTMLDivElement>(null);
  useModal(box, onClose);

  useEffect(() => {
    void call((api) => api.usersList()).then((r) => (r.ok ? setState(r.value) : setError(r.error)));
  }, []);
  const answer = (r: Awaited<ReturnType<typeof call<UsersState>>>) => {
    if (!r.ok) return setError(r.error), false;
    setError(null);
    setState(r.value);
    return true;
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (answer(await call((api) => api.usersSave({ name, role, department: role === 'director' ? department : null })))) {
      setName('');
      setDepartment('');
    }
  };

  return (
    <div className="overlay overlay-dialog" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className="dialog" role="dialog" aria-modal="true" aria-labelledby="users-title">
        <h2 id="users-title">Osoby i role</h2>
        <p className="muted small">
          Osoba jest rozpoznawana po imieniu i nazwisku zapisywanym przy jej wersjach (Historia → „Wersje zapisuje”). Dopóki lista jest pusta, każdy ma prawa prawnika WON.
        </p>
        {state && <p className="small">Pracujesz jako: <strong>{state.me.name}</strong> ({ROLE_LABEL[state.me.role]})</p>}
        {state && (state.users.length === 0 ? <p className="muted small">Nikogo nie dodano.</p> : (
          <ul className="users-list" aria-label="Osoby rejestru">
            {state.users.map((u) => (
              <li key={u.name} data-user={u.name} data-role={u.role}>
                <span><strong>{u.name}</strong> — {ROLE_LABEL[u.role]}{u.department ? `, ${u.department}` : ''}</span>
                <button type="button" className="button button-small button-quiet" aria-label={`Usuń: ${u.name}`} onClick={() => void call((api) => api.usersRemove({ name: u.name })).then(answer)}>Usuń</button>
              </li>
            ))}
          </ul>
        ))}
        <form className="users-form" onSubmit={(e) => void add(e)} aria-label="Dodaj osobę">
          <label className="field"><span>Imię i nazwisko</span><input className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} data-autofocus="" /></label>
          <label className="field">
            <span>Rola</span>
            <select className="input" value={role} onChange={(e) => setRole(e.target.value as UserRole)}>
              {(Object.keys(ROLE_LABEL) as UserRole[]).map((r) => <option key={r} value={r}>{ROLE_LABEL[r]}</option>)}
            </select>
          </label>
          {role === 'director' && <label className="field"><span>Wydział</span><input className="input" value={department} onChange={(e) => setDepartment(e.target.value)} maxLength={200} /></label>}
          <div className="dialog-actions" style={{ gridColumn: '1 / -1' }}>
            <button type="submit" className="button button-primary" disabled={!name.trim()}>Dodaj osobę</button>
          </div>
        </form>
        {error && <p className="notice notice-error" role="alert">{error.message}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Zamknij</button>
        </div>
      </div>
    </div>
  );
}
