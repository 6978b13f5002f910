/**
 * § 1 of an amending order in the editor (issue 17): what a lawyer edits in a zarządzenie zmieniające.
 * - The amended order is chosen from the registry (a list of signed orders): the introductory sentence, the title and
 *   the link are written from the registry's data (`setAmendedOrder`), never typed; its status in the registry is
 *   shown beside it (the review worker's checks say the rest).
 * - Each point shows its instruction (`w § 7 po pkt 5 dodaje się pkt 5a w brzmieniu:`), written from the change, and
 *   its quoted new wording line by line: label and wording are fields, typed without the quotation marks and the
 *   closing `”;`, which stay where they belong (`setQuotedLine`); the checks follow as the user types.
 * - A point can be removed (`removePoint`): the new last point closes the list with `”.`; the points keep the order
 *   of the text of the amended order (the Kontrola panel puts them back in it when they are not).
 * - A point's kind of change and the unit it changes are picked from the amended order's text in force
 *   (`amend-point-picker.tsx`, `setPoint`), and new points are added the same way (`addPoint`): the instruction is
 *   written from the choice, never typed, and follows when the unit or the kind changes.
 * Each point carries `data-id` (its id), so a finding of the Kontrola panel scrolls to it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AmendedFacts } from '../../../core/amend/check.js';
import { quotedLine, removePoint, setAmendedOrder, setQuotedLine } from '../../../core/amend/edit.js';
import { readAmendments } from '../../../core/amend/order.js';
import { pointChoice } from '../../../core/amend/points.js';
import { AddPointForm, PointChoiceFields } from './amend-point-picker.js';
import type { EditResult } from '../../../core/draft/register.js';
import type { Item, Order } from '../../../core/model/order.js';
import { RichText, type TextContext } from '../../../core/model/rich-text.js';
import type { ApiError, RegistryEntry } from '../../../electron/contract/api.js';
import { call } from '../bridge.js';
import { formatDatePl } from '../format.js';
import { announce } from '../keyboard/announcer.js';
import { CommitInput } from './commit-input.js';
import '../registry/amendments.css';

export interface AmendingBodyProps {
  order: Order;
  /** Applies an edit of `core/amend/edit.ts` (a refused one shows its message). */
  edit(fn: (o: Order) => EditResult | Order, opts?: { typing?: string }): void;
  /** The registry's facts of the cited order (`amend:facts`), or null while unknown. */
  facts: AmendedFacts | null;
  onError(e: ApiError): void;
}

const STATUS_PL: Record<string, string> = { inForce: 'obowiązuje', signed: 'podpisane, jeszcze nie obowiązuje', repealed: 'uchylone' };

/** The registry's signed orders (the orders an amending order may cite), read once when shown. */
function useSignedOrders(): RegistryEntry[] | null {
  const [list, setList] = useState<RegistryEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void call((api) => api.registryList()).then((r) => live && setList(r.ok ? r.value.filter((e) => e.status !== 'draft' && e.number) : []));
    return () => {
      live = false;
    };
  }, []);
  return list;
}

/** The amended order: chosen from the registry, with its status there. */
function AmendedChoice({ order, facts, edit, onError }: Omit<AmendingBodyProps, 'order'> & { order: Order }) {
  const list = useSignedOrders();
  const cited = order.meta.amends?.number ?? '';
  const choose = async (number: string) => {
    const r = await call((api) => api.amendFacts({ number }));
    if (!r.ok) return onError(r.error);
    const o = r.value.order;
    if (!o) return onError({ code: 'notFound', message: `Zarządzenia nr ${number} nie ma w rejestrze.` });
    edit((x) => setAmendedOrder(x, o.base.meta, o.earlier));
    announce(`Zdanie wstępne cytuje teraz zarządzenie nr ${number}.`);
  };
  const status = facts && facts.number === cited ? (facts.order ? STATUS_PL[facts.order.status] : 'nie ma go w rejestrze') : null;
  return (
    <div className="field field-inline amended-choice">
      <label htmlFor="zmieniane">Zmieniane zarządzenie</label>
      <select id="zmieniane" className="input" value={cited} onChange={(e) => void choose(e.target.value)} disabled={!list}>
        {list && !list.some((e) => e.number === cited) && <option value={cited}>nr {cited || '……'} (nie ma w rejestrze)</option>}
        {list?.map((e) => (
          <option key={e.id} value={e.number!}>nr {e.number}{e.date ? ` z dnia ${formatDatePl(e.date)}` : ''} {e.title.length > 70 ? `${e.title.slice(0, 70)}…` : e.title} ({STATUS_PL[e.status] ?? e.status})</option>
        ))}
      </select>
      {status && <span className={`muted small amended-status amended-status-${facts?.order?.status ?? 'missing'}`} data-status={facts?.order?.status ?? 'missing'}>w rejestrze: {status}</span>}
    </div>
  );
}

/** The quoted lines of point `n` (1-based), each with its label and wording as fields. */
function QuotedLines({ items, n, labelled, ctx, edit }: { items: Item[]; n: number; labelled: boolean; ctx: TextContext; edit: AmendingBodyProps['edit'] }) {
  let line = 0;
  // the quotation marks and the point's closing, shown where they print (not typed: `setQuotedLine` keeps them)
  const lastId = (function last(list: Item[]): string | undefined {
    const it = list[list.length - 1];
    return it && !it.wspolna?.length && it.children.length ? last(it.children) : it?.id;
  })(items);
  const closing = (it: Item): string => /”[;.]?$/.exec(RichText.plain(it.wspolna?.length ? it.wspolna : it.text, ctx))?.[0] ?? '”';
  const rows: ReactNode[] = [];
  const walk = (list: Item[], depth: number) => {
    for (const it of list) {
      const k = ++line;
      const q = quotedLine(it, ctx);
      const name = `pkt ${n}, linia ${k}`;
      rows.push(
        <div key={it.id} className="amend-line" style={{ paddingLeft: `${depth * 1.5}em` }} data-line-id={it.id}>
          <span className="amend-mark" aria-hidden="true">{k === 1 ? '„' : ''}</span>
          {labelled && (
            <CommitInput className="input amend-label" aria-label={`${name}: oznaczenie`} value={q.label} delayMs={400}
              onCommit={(v) => edit((o) => setQuotedLine(o, it.id, { label: v }))} />
          )}
          <CommitInput className="input legal amend-text" multiline aria-label={`${name}: nowe brzmienie`} value={q.text} delayMs={400} lang="pl"
            onCommit={(v) => edit((o) => setQuotedLine(o, it.id, { text: v }))} />
          {it.wspolna?.length ? <div className="legal amend-tail">{RichText.plain(it.wspolna, ctx)}</div> : null}
          <span className="amend-mark" aria-hidden="true">{it.id === lastId ? closing(it) : ''}</span>
        </div>,
      );
      walk(it.children, depth + 1);
    }
  };
  walk(items, 0);
  return <div className="amend-quote-lines">{rows}</div>;
}

export function AmendingBody({ order, edit, facts, onError }: AmendingBodyProps) {
  const ctx = RichText.context(order);
  const r = readAmendments(order);
  const ustep = r ? order.paragraphs.flatMap((p) => p.content ?? []).find((u) => u.id === r.ustepId) : undefined;
  const only = (ustep?.items.length ?? 0) <= 1;
  // opened in place of another draft („Utwórz zarządzenie zmieniające”, „Otwórz projekt”): the button pressed is
  // gone with the screen it was on, so the focus would be left on the page; it goes to § 1, what the lawyer edits
  // next (the view stays at the top of the document)
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus({ preventScroll: true });
  }, []);
  // the text in force of the cited order, from the registry: what points are picked from
  const tree = facts?.order && facts.number === order.meta.amends?.number ? facts.order.tree : null;
  // a point just added: the focus goes to its first field once it is shown
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    if (!added) return;
    const point = document.querySelector<HTMLElement>(`.amend-point[data-id="${CSS.escape(added)}"]`);
    const el = point?.querySelector<HTMLElement>('textarea') ?? point?.querySelector<HTMLElement>('select');
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
    setAdded(null);
  }, [added]);
  return (
    <section className="card" id="zmiany" aria-label="§ 1 Zmiany">
      <h2 ref={heading} tabIndex={-1}>Zmiany <span className="muted">(§ 1)</span></h2>
      <AmendedChoice order={order} facts={facts} edit={edit} onError={onError} />
      <p className="muted hint">
        Zdanie wstępne wypełnia się danymi zmienianego zarządzenia z rejestru. Nowe brzmienie wpisuje się bez cudzysłowu
        i bez średnika po nim: cudzysłów i zamknięcie punktu dopisze aplikacja. Zmiany stoją w kolejności tekstu
        zmienianego zarządzenia; Kontrola sprawdza je na bieżąco. Schemat załącznika: panel „Schemat”.
      </p>
      {ustep ? (
        <div className="legal amend-body">
          <p data-id={ustep.id}>§ 1. {RichText.plain(ustep.text, ctx)}:</p>
          <ol className="amend-points">
            {ustep.items.map((it, i) => {
              const instruction = RichText.plain(it.text, ctx);
              return (
                <li key={it.id} data-id={it.id} className="amend-point">
                  <div className="amend-instruction">
                    <span>{`${i + 1}) `}{instruction}</span>
                    <button type="button" className="button button-small button-quiet" aria-label={`Usuń zmianę pkt ${i + 1}`}
                      aria-disabled={only || undefined}
                      title={only ? 'To jedyna zmiana: zarządzenie zmieniające musi coś zmieniać.' : 'Usuń tę zmianę z zarządzenia zmieniającego'}
                      onClick={() => {
                        edit((o) => removePoint(o, i + 1));
                        if (!only) announce(`Usunięto zmianę pkt ${i + 1}.`);
                      }}>
                      Usuń
                    </button>
                  </div>
                  {tree && (() => {
                    const choice = pointChoice(order, i + 1);
                    return choice ? <PointChoiceFields point={i + 1} choice={choice} tree={tree} edit={edit} /> : null;
                  })()}
                  {it.children.length > 0 && <QuotedLines items={it.children} n={i + 1} labelled={!/wprowadzenie do wyliczenia/.test(instruction)} ctx={ctx} edit={edit} />}
                </li>
              );
            })}
          </ol>
          {tree ? <AddPointForm tree={tree} edit={edit} onAdded={setAdded} />
            : <p className="muted hint">Zmiany dodaje się, wybierając jednostki zmienianego zarządzenia z rejestru: wybierz je wyżej (pole „Zmieniane zarządzenie”).</p>}
        </div>
      ) : (
        <p className="notice notice-error">W § 1 nie ma zdania „W zarządzeniu … wprowadza się następujące zmiany”: to nie jest już zarządzenie zmieniające.</p>
      )}
    </section>
  );
}
