/**
 * Provision references: finds places of the order cited inside its own texts and turns the words into inline
 * provision references (`core/model/inline.ts`) to the paragraf, ustęp or item they name, so that they follow
 * renumbering. Two kinds are recognised:
 * - absolute: `o którym mowa w § 1 ust. 2`, `w § 4 ust. 1 pkt 2` (form `paragraf`);
 * - relative: `ust. 2`, `pkt 3`, `lit. a` with no `§` before them, which name a place inside the editorial unit
 *   the text stands in (the paragraf for `ust.`, the ustęp or paragraf for `pkt`, the punkt for `lit.`), as the
 *   citation rules of spec/document-format.md (Editorial units) and the Zasady techniki prawodawczej (odesłania
 *   wewnętrzne: a place of the same unit is cited from the first level that differs) have it. They keep the
 *   form written (`ustep`, `punkt`, `litera`), so that `pkt 3` stays `pkt 4` after a point is inserted before it.
 * References to other acts (`§ 3 rozporządzenia …`, `art. 33 ust. 3 ustawy`) are left as text, and so is a
 * reference to a place the order does not have (the check `references.target` reports it).
 */
import { OTHER_ACT_AFTER } from '../lexicon/citation.js';
import { Citation } from '../model/citation.js';
import { Inline, type ProvisionForm, type ProvisionRef } from '../model/inline.js';
import { locateAll } from '../model/locate.js';
import type { Item, Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';

/**
 * A chain of editorial units as written: an optional head (`§ 4`, `art. 33`) and the levels below it. Group 1 is
 * the head's keyword (`§` or `art.`), group 2 the chain after the head (or the whole chain when there is none).
 */
const CHAIN = /(?<![\p{L}\d.])(?:(§|art\.)\s*\d+[a-z]?)?((?:\s*ust\.\s*\d+)?(?:\s*pkt\s*\d+)?(?:\s*lit\.\s*[a-z]{1,2}\b)?)/gu;

/** Where a text stands: the id of the element that holds it and that element's citation. */
export interface TextHost {
  /** Id of the item, ustęp or paragraf holding the text (a text never refers to its own holder). */
  id: string;
  /** Citation of the holder: the enclosing units a relative reference is read against. */
  citation: Citation;
}

/** One text of the order that may hold provision references, with its host and a way to replace it. */
export interface HostedText {
  host: TextHost;
  text: Inline[];
  /** Replaces the text in the order (mutates the order). */
  set(next: Inline[]): void;
}

/**
 * Every text of an order that may cite its provisions (texts of items and their części wspólne, ustępy of
 * generic paragrafy, prose scopes and the części wspólne of scopes), each with its host. In: an order. Out: the
 * texts in document order; texts whose holder has no citation (a unit missing from the paragraphs) are left out.
 */
export function hostedTexts(order: Order): HostedText[] {
  const citations = locateAll(order);
  const out: HostedText[] = [];
  const add = (id: string, text: Inline[] | undefined, set: (t: Inline[]) => void): void => {
    const citation = citations.get(id);
    if (citation && text) out.push({ host: { id, citation }, text, set });
  };
  const items = (list: Item[]): void => {
    for (const it of list) {
      add(it.id, it.text, (t) => { it.text = t; });
      if (it.wspolna) add(it.id, it.wspolna, (t) => { it.wspolna = t; });
      items(it.children);
    }
  };
  const scopeParagraf = new Map<string, string>();
  for (const p of order.paragraphs) for (const id of p.unitIds ?? []) scopeParagraf.set(id, p.id);
  for (const p of order.paragraphs) {
    if (p.role === 'scope') continue;
    for (const u of p.content ?? []) {
      const id = citations.has(u.id) ? u.id : p.id;
      add(id, u.text, (t) => { u.text = t; });
      if (u.wspolna) add(id, u.wspolna, (t) => { u.wspolna = t; });
      if (p.role === 'general') items(u.items);
    }
  }
  for (const unit of order.units) {
    const pid = scopeParagraf.get(unit.id);
    const scope = unit.scope;
    if (scope.kind === 'tasks') {
      items(scope.tasks);
      if (pid && scope.wspolna) add(pid, scope.wspolna, (t) => { scope.wspolna = t; });
      for (const pos of scope.positions) {
        items(pos.tasks);
        if (pid && pos.wspolna) add(pid, pos.wspolna, (t) => { pos.wspolna = t; });
      }
    } else if (scope.kind === 'prose' && pid) add(pid, scope.text, (t) => { scope.text = t; });
  }
  if (order.commonDuties) items(order.commonDuties);
  return out;
}

/**
 * The place a relative chain names, read inside `host` (`pkt 3` in § 4 ust. 2 pkt 1 → § 4 ust. 2 pkt 3), with the
 * form it is written in; null when the chain does not fit the host (`lit. a` in a text that is no punkt).
 */
export function resolveRelative(chain: string, host: Citation): { citation: Citation; form: ProvisionForm } | null {
  const m = /^\s*(?:ust\.\s*(\d+))?\s*(?:pkt\s*(\d+))?\s*(?:lit\.\s*([a-z]{1,2}))?\s*$/.exec(chain);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  const litera = m[3] ? Citation.letterIndex(m[3]) : undefined;
  if (litera === null) return null;
  const c: Citation = { paragraf: host.paragraf };
  let form: ProvisionForm;
  if (m[1]) {
    form = 'ustep';
    c.ustep = Number(m[1]);
  } else if (m[2]) {
    form = 'punkt';
    if (host.ustep !== undefined) c.ustep = host.ustep;
  } else {
    form = 'litera';
    if (host.punkt === undefined) return null;
    if (host.ustep !== undefined) c.ustep = host.ustep;
    c.punkt = host.punkt;
  }
  if (m[2]) c.punkt = Number(m[2]);
  if (litera !== undefined) c.litera = litera;
  return { citation: c, form };
}

/** Splits one plain run around the citations it holds that name a place of the order other than the host. */
function splitRun(run: string, byCitation: Map<string, string>, host: TextHost): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of run.matchAll(CHAIN)) {
    const whole = m[0];
    const chain = m[2] ?? '';
    if (!whole.trim() || m[1] === 'art.' || (!m[1] && !chain.trim())) continue;
    if (OTHER_ACT_AFTER.test(run.slice(m.index + whole.length))) continue;
    let target: { citation: Citation; form: ProvisionForm } | null;
    if (m[1] === '§') {
      const c = Citation.parse(whole.replace(/\s+/g, ' '));
      target = c ? { citation: c, form: 'paragraf' } : null;
    } else target = resolveRelative(chain, host.citation);
    if (!target) continue;
    const id = byCitation.get(Citation.format(target.citation));
    if (!id || id === host.id) continue;
    const lead = whole.length - whole.trimStart().length;
    out.push(run.slice(at, m.index + lead));
    const ref: ProvisionRef = { kind: 'provision', targetId: id, form: target.form, written: whole.trim() };
    out.push(ref);
    at = m.index + whole.length;
  }
  out.push(run.slice(at));
  return out;
}

/**
 * Turns the citations of places of the same order inside its texts (see {@link hostedTexts}) into provision
 * references, absolute and relative. In: an order whose numbering is as written. Mutates the order's texts and
 * returns it. Never throws for a schema-valid order.
 */
export function linkProvisionRefs(order: Order): Order {
  const byCitation = new Map<string, string>();
  for (const [id, c] of locateAll(order)) byCitation.set(Citation.format(c), id);
  for (const h of hostedTexts(order)) {
    const next = RichText.mapRuns(h.text, (run) => splitRun(run, byCitation, h.host));
    if (!RichText.equals(next, h.text)) h.set(next);
  }
  return order;
}

/**
 * Pure variant of {@link linkProvisionRefs} for the editor (citations typed into a draft, read against its current
 * numbering): the same order when nothing was recognised, else a recognised copy (the input is not changed).
 */
export function withProvisionRefs(order: Order): Order {
  const byCitation = new Map<string, string>();
  for (const [id, c] of locateAll(order)) byCitation.set(Citation.format(c), id);
  const found = hostedTexts(order).some((h) => h.text.some((i) => typeof i === 'string' && !Inline.equals(splitRun(i, byCitation, h.host), [i])));
  return found ? linkProvisionRefs(structuredClone(order)) : order;
}
