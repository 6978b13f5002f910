/**
 * "Uwagi i uzgodnienia", a panel of the draft editor (issue 16 item 3): where the draft stands on its path (a
 * director's proposal, or in work at WON, and who holds it; a lawyer takes a proposal into work), the review
 * remarks with their replies, each anchored by id to a unit, a task or a clause (its place is read from the draft as
 * it is now, so a remark stays with its task when the text around it changes), open or resolved, and the sign-offs
 * of the Sekretarz, the Skarbnik and the legal office, recorded with name and date before the draft can be signed.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Citation } from '../../../core/model/citation.js';
import { locateItems, paragrafOf } from '../../../core/model/locate.js';
import type { Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import type { ApiError, AuditEntry, Remark, RemarkAnchor, ReviewState, SignOffOffice } from '../../../electron/contract/api.js';
import { ROLE_LABEL, Roles, SIGN_OFF_OFFICES, STAGE_LABEL } from '../../../electron/services/registry/path-shapes.js';
import { call } from '../bridge.js';
import { DateInputPl } from '../date-input.js';
import { formatDatePl, formatDateTimePl } from '../format.js';
import { localToday } from '../registry/sign-dialog.js';
import './collab.css';

export interface ReviewPanelProps {
  draftId: number;
  /** The draft as it is in the editor now: anchors are placed in it. */
  order: Order;
  onError(e: ApiError): void;
  /** The review state changed (remarks counted on the tab; a proposal taken into work may now be edited). */
  onChanged?(state: ReviewState): void;
}

const PARAGRAPH_ROLE: Record<string, string> = {
  leadership: 'kierownictwo', units: 'komórki organizacyjne', subordination: 'podległość', scope: 'zakres działania', commonDuties: 'wspólne obowiązki',
  annex: 'załącznik', execution: 'wykonanie', repeal: 'uchylenie', entryIntoForce: 'wejście w życie', general: 'przepis',
};

/** Where an anchor is in the draft now (`§ 4 pkt 3`, `KS-01 Referat …`), or null when its target is gone. */
export function anchorPlace(order: Order, anchor: RemarkAnchor, items = locateItems(order)): string | null {
  if (anchor.kind === 'draft') return 'cały projekt';
  if (anchor.kind === 'task') {
    const at = items.get(anchor.id);
    return at ? Citation.format(at.citation) : null;
  }
  if (anchor.kind === 'unit') {
    const u = order.units.find((x) => x.id === anchor.id);
    if (!u) return null;
    const p = paragrafOf(order, 'scope', u.id);
    return `${u.symbol ? `${u.symbol} ` : ''}${u.name}${p !== null ? ` (§ ${p})` : ''}`;
  }
  const i = order.paragraphs.findIndex((p) => p.id === anchor.id);
  return i >= 0 ? `§ ${i + 1} (${PARAGRAPH_ROLE[order.paragraphs[i]!.role] ?? 'przepis'})` : null;
}

/** The choices of the anchor select: the whole draft, each unit, each task of the chosen unit, each clause. */
function anchorOptions(order: Order): Array<{ value: string; label: string; anchor: RemarkAnchor; group: string }> {
  const items = locateItems(order);
  const out: Array<{ value: string; label: string; anchor: RemarkAnchor; group: string }> = [{ value: 'draft', label: 'Cały projekt', anchor: { kind: 'draft' }, group: 'Projekt' }];
  for (const u of order.units) {
    const label = anchorPlace(order, { kind: 'unit', id: u.id, label: '' }, items)!;
    out.push({ value: `unit:${u.id}`, label, anchor: { kind: 'unit', id: u.id, label }, group: 'Komórki' });
  }
  for (const [id, at] of items) {
    if (at.unitId === null && at.positionId === null && at.depth === 0 && !order.commonDuties?.some((d) => d.id === id)) continue;
    const where = Citation.format(at.citation);
    const text = RichText.plain(at.item.text, order);
    out.push({ value: `task:${id}`, label: `${where} — ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`, anchor: { kind: 'task', id, label: where }, group: 'Zadania' });
  }
  order.paragraphs.forEach((p, i) => {
    if (p.role === 'scope') return;
    const label = `§ ${i + 1} (${PARAGRAPH_ROLE[p.role] ?? 'przepis'})`;
    out.push({ value: `clause:${p.id}`, label, anchor: { kind: 'clause', id: p.id, label }, group: 'Przepisy' });
  });
  return out;
}

/** Scrolls to what a remark is anchored to and marks it for a moment. */
function showAnchor(anchor: RemarkAnchor): void {
  if (anchor.kind === 'draft') return;
  const sel = anchor.kind === 'task' ? `[data-id="${CSS.escape(anchor.id)}"]` : anchor.kind === 'unit' ? `article.scope[data-unit-id="${CSS.escape(anchor.id)}"], [data-unit-id="${CSS.escape(anchor.id)}"]` : `[data-paragraph-id="${CSS.escape(anchor.id)}"]`;
  const el = document.querySelector(sel);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1600);
}

const ACTION_LABEL: Record<AuditEntry['action'], string> = {
  imported: 'zaimportował(a)', created: 'utworzył(a)', saved: 'zapisał(a)', signed: 'zapisał(a) podpisanie', proposed: 'zaproponował(a)',
  taken: 'przyjął(ęła) do prac', remarked: 'zgłosił(a)', resolved: 'rozstrzygnął(ęła)', signedOff: 'zapisał(a) uzgodnienie',
};

/** The draft's audit log (`draft:audit`): who did what and when, newest first; read again when `revision` changes. */
function AuditLog({ draftId, revision }: { draftId: number; revision: unknown }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void call((api) => api.draftAudit({ id: draftId })).then((r) => live && r.ok && setEntries(r.value));
    return () => {
      live = false;
    };
  }, [draftId, revision]);
  return (
    <details className="review-section audit-log">
      <summary>Dziennik zmian{entries ? ` (${entries.length})` : ''}</summary>
      {entries && (
        <ol className="audit-entries" aria-label="Dziennik zmian projektu" reversed>
          {[...entries].reverse().map((e, i) => (
            <li key={i} data-action={e.action}>
              <span className="muted small">{formatDateTimePl(e.at)}</span> <strong>{e.actor}</strong> {ACTION_LABEL[e.action] ?? e.action}{e.detail ? `: ${e.detail}` : ''}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

export function ReviewPanel({ draftId, order, onError, onChanged }: ReviewPanelProps) {
  const [state, setState] = useState<ReviewState | null>(null);
  const [anchorValue, setAnchorValue] = useState('draft');
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<number | null>(null);
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);

  const take = useCallback((r: Awaited<ReturnType<typeof call<ReviewState>>>) => {
    if (!r.ok) {
      onError(r.error);
      return false;
    }
    setState(r.value);
    onChanged?.(r.value);
    return true;
  }, [onError, onChanged]);
  const run = useCallback(async (fn: Parameters<typeof call<ReviewState>>[0]) => {
    setBusy(true);
    const ok = take(await call(fn));
    setBusy(false);
    return ok;
  }, [take]);

  useEffect(() => {
    void call((api) => api.reviewGet({ id: draftId })).then(take);
  }, [draftId, take]);

  const options = useMemo(() => anchorOptions(order), [order]);
  const items = useMemo(() => locateItems(order), [order]);
  if (!state) return <p className="muted">Wczytywanie uwag…</p>;
  const { path, me } = state;
  const lawyer = me.role === 'lawyer';
  const reviewer = me.role !== 'reader';
  const remarks = state.remarks.filter((r) => r.parentId === null);
  const repliesOf = (id: number) => state.remarks.filter((r) => r.parentId === id);

  const addRemark = async (e: FormEvent) => {
    e.preventDefault();
    const chosen = options.find((o) => o.value === anchorValue) ?? options[0]!;
    if (await run((api) => api.reviewRemark({ id: draftId, anchor: chosen.anchor, text }))) setText('');
  };
  const sendReply = async (e: FormEvent, parentId: number) => {
    e.preventDefault();
    if (await run((api) => api.reviewRemark({ id: draftId, parentId, anchor: { kind: 'draft' }, text: reply }))) {
      setReply('');
      setReplyTo(null);
    }
  };

  const remarkItem = (r: Remark) => {
    const place = anchorPlace(order, r.anchor, items);
    return (
      <li key={r.id} className={`remark remark-${r.status}`} data-remark-id={r.id} data-status={r.status}>
        <div className="remark-head">
          <button type="button" className="link remark-anchor" onClick={() => showAnchor(r.anchor)} disabled={place === null} title="Pokaż w projekcie">
            {place ?? `${r.anchor.kind !== 'draft' ? r.anchor.label : ''} (usunięte z projektu)`}
          </button>
          <span className={`remark-status remark-status-${r.status}`}>{r.status === 'open' ? 'otwarta' : 'rozstrzygnięta'}</span>
        </div>
        <p className="remark-text">{r.text}</p>
        <p className="muted small">{r.author}, {formatDateTimePl(r.createdAt)}{r.status === 'resolved' && r.resolvedBy ? ` · rozstrzygnął(a) ${r.resolvedBy}` : ''}</p>
        {repliesOf(r.id).length > 0 && (
          <ul className="remark-replies" aria-label="Odpowiedzi">
            {repliesOf(r.id).map((x) => (
              <li key={x.id} className="remark-reply" data-remark-id={x.id}>
                <p className="remark-text">{x.text}</p>
                <p className="muted small">{x.author}, {formatDateTimePl(x.createdAt)}</p>
              </li>
            ))}
          </ul>
        )}
        {reviewer && (
          <div className="remark-actions">
            <button type="button" className="button button-small button-quiet" onClick={() => (setReplyTo(replyTo === r.id ? null : r.id), setReply(''))}>Odpowiedz</button>
            <button type="button" className="button button-small" disabled={busy} onClick={() => void run((api) => api.reviewResolve({ id: draftId, remarkId: r.id, resolved: r.status === 'open' }))}>
              {r.status === 'open' ? 'Rozstrzygnij' : 'Otwórz ponownie'}
            </button>
          </div>
        )}
        {replyTo === r.id && (
          <form className="remark-form" onSubmit={(e) => void sendReply(e, r.id)} aria-label={`Odpowiedź na uwagę do: ${place ?? 'projektu'}`}>
            <label className="field">
              <span>Odpowiedź</span>
              <textarea className="input" value={reply} onChange={(e) => setReply(e.target.value)} rows={2} autoFocus maxLength={4000} />
            </label>
            <button type="submit" className="button button-small button-primary" disabled={busy || !reply.trim()}>Wyślij odpowiedź</button>
          </form>
        )}
      </li>
    );
  };

  return (
    <div className="review-panel">
      <section aria-labelledby="review-path-h" className="review-section">
        <h3 id="review-path-h">Etap projektu</h3>
        <p data-stage={path.stage}>
          <strong>{STAGE_LABEL[path.stage]}</strong>
          {path.proposedBy && <> · propozycja: {path.proposedBy}{path.proposedAt ? `, ${formatDateTimePl(path.proposedAt)}` : ''}</>}
        </p>
        <p className="small">Prowadzi: <strong data-holder="">{path.holder || '—'}</strong>{path.takenBy && path.takenAt ? ` (przyjęty do prac ${formatDateTimePl(path.takenAt)})` : ''}</p>
        <p className="muted small">Pracujesz jako: {me.name} ({ROLE_LABEL[me.role]})</p>
        {path.stage === 'proposal' && lawyer && (
          <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => void run((api) => api.reviewTake({ id: draftId }))}>Przyjmij do prac WON</button>
        )}
      </section>

      <section aria-labelledby="review-remarks-h" className="review-section">
        <h3 id="review-remarks-h">Uwagi ({remarks.filter((r) => r.status === 'open').length} otwartych)</h3>
        {remarks.length === 0 ? <p className="muted small">Brak uwag.</p> : <ul className="remarks" aria-label="Uwagi do projektu">{remarks.map(remarkItem)}</ul>}
        {reviewer && (
          <form className="remark-form" onSubmit={(e) => void addRemark(e)} aria-label="Nowa uwaga">
            <label className="field">
              <span>Dotyczy</span>
              <select className="input" value={anchorValue} onChange={(e) => setAnchorValue(e.target.value)}>
                {['Projekt', 'Komórki', 'Zadania', 'Przepisy'].map((g) => (
                  <optgroup key={g} label={g}>
                    {options.filter((o) => o.group === g).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                  </optgroup>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Treść uwagi</span>
              <textarea className="input" value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={4000} />
            </label>
            <button type="submit" className="button button-small button-primary" disabled={busy || !text.trim()}>Dodaj uwagę</button>
          </form>
        )}
      </section>

      <section aria-labelledby="review-signoffs-h" className="review-section">
        <h3 id="review-signoffs-h">Uzgodnienia</h3>
        <p className="muted small">Projekt można podpisać po uzgodnieniu ze wszystkimi poniżej.</p>
        <ul className="signoffs" aria-label="Uzgodnienia projektu">
          {SIGN_OFF_OFFICES.map((o) => (
            <SignOffRow key={o.office} office={o.office} label={o.label} done={state.signOffs.find((s) => s.office === o.office) ?? null} canRecord={lawyer} busy={busy}
              onRecord={(name, date) => run((api) => api.reviewSignOff({ id: draftId, office: o.office, name, date }))} />
          ))}
        </ul>
      </section>

      <AuditLog draftId={draftId} revision={state} />
    </div>
  );
}

/** One office's sign-off: recorded (who, when), or a small form for a lawyer. */
function SignOffRow({ office, label, done, canRecord, busy, onRecord }: {
  office: SignOffOffice; label: string; done: ReviewState['signOffs'][number] | null; canRecord: boolean; busy: boolean; onRecord(name: string, date: string): Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [date, setDate] = useState(localToday());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await onRecord(name, date)) setEditing(false);
  };
  return (
    <li className="signoff" data-office={office} data-done={!!done}>
      <div className="signoff-head">
        <strong>{label}</strong>
        {done ? <span className="signoff-done">uzgodniono: {done.name}, {formatDatePl(done.date)}</span> : <span className="muted small">nie uzgodniono</span>}
      </div>
      {canRecord && !editing && (
        <button type="button" className="button button-small button-quiet" onClick={() => (setName(done?.name ?? ''), setEditing(true))}>{done ? 'Zmień…' : 'Zapisz uzgodnienie…'}</button>
      )}
      {editing && (
        <form className="signoff-form" onSubmit={(e) => void submit(e)} aria-label={`Uzgodnienie: ${label}`}>
          <label className="field"><span>Imię i nazwisko</span><input className="input" value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={120} /></label>
          <label className="field"><span>Data uzgodnienia</span><DateInputPl value={date} onChange={(iso) => setDate(iso ?? '')} /></label>
          <div className="signoff-actions">
            <button type="submit" className="button button-small button-primary" disabled={busy || !name.trim() || !date}>Zapisz</button>
            <button type="button" className="button button-small button-quiet" onClick={() => setEditing(false)}>Anuluj</button>
          </div>
        </form>
      )}
    </li>
  );
}

/**
 * A line above the editor when the person using the app may not change this draft's text (a reader; a director once
 * WON has taken the proposal into work): their changes would not be saved, but remarks can be made under „Uwagi”.
 */
export function EditRightNotice({ draftId }: { draftId: number }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call((api) => api.reviewGet({ id: draftId })).then((r) => {
      if (!live || !r.ok || Roles.mayEdit(r.value.me, r.value.path)) return;
      setText(r.value.me.role === 'director'
        ? `Projekt prowadzi ${r.value.path.holder} (${STAGE_LABEL[r.value.path.stage]}): zmian w treści nie zapisze się; uwagi zgłoś w panelu „Uwagi”.`
        : 'Masz w rejestrze prawo tylko do odczytu: zmian w treści nie zapisze się.');
    });
    return () => {
      live = false;
    };
  }, [draftId]);
  return text ? <p className="notice notice-warning edit-right" role="status" data-edit-right="none">{text}</p> : null;
}
