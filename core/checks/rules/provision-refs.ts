/**
 * Live provision references (`core/model/inline.ts` ProvisionRef) point at a provision that exists, and a
 * relative one (`ust. 2`, `pkt 3`, `lit. a`) at a provision inside the editorial unit its text stands in.
 * Source: spec/document-format.md (Editorial units: a cross-reference inside the text must follow its target;
 * locations in citation form) and the citing of places of the same act from the first level that differs
 * (Zasady techniki prawodawczej, odesłania wewnętrzne).
 */
import { hostedTexts, type HostedText, type TextHost } from '../../mentions/provisions.js';
import { Citation } from '../../model/citation.js';
import type { ProvisionRef } from '../../model/inline.js';
import type { Order } from '../../model/order.js';
import { formatProvision, RichText } from '../../model/rich-text.js';
import type { CheckContext } from '../context.js';
import { cloneOrder } from '../edit.js';
import type { RawFinding, Rule } from '../types.js';

const TEXTS = new WeakMap<CheckContext, HostedText[]>();

/** The texts of the checked order with their hosts, computed once per check run (the rules only read them). */
export function textsOf(ctx: CheckContext): HostedText[] {
  let t = TEXTS.get(ctx);
  if (!t) TEXTS.set(ctx, (t = hostedTexts(ctx.order)));
  return t;
}

/** Every provision reference of the checked order with the text's host. */
function provisionRefs(ctx: CheckContext): { host: TextHost; ref: ProvisionRef }[] {
  const out: { host: TextHost; ref: ProvisionRef }[] = [];
  for (const h of textsOf(ctx)) for (const r of RichText.refs(h.text)) if (r.kind === 'provision') out.push({ host: h.host, ref: r });
  return out;
}

/** Rewrites the provision references with `targetId` in the texts held by `hostId`; `fn` returns the replacement. */
function editRefs(order: Order, hostId: string, targetId: string, fn: (r: ProvisionRef) => ProvisionRef | string): Order {
  const copy = cloneOrder(order);
  for (const h of hostedTexts(copy)) {
    if (h.host.id !== hostId) continue;
    h.set(RichText.mapRefs(h.text, (r) => (r.kind === 'provision' && r.targetId === targetId ? fn(r) : r)));
  }
  return copy;
}

/** How a message names a reference: with the words recorded for it (`Odesłanie „pkt 2”`), else alone. */
function named(ref: ProvisionRef): string {
  return ref.written ? `Odesłanie „${ref.written}”` : 'Odesłanie';
}

/** A provision reference whose target is gone (the provision was removed from the order). */
export const removedProvision: Rule<CheckContext> = {
  code: 'references.provision-removed',
  severity: 'error',
  title: 'Odesłanie wskazuje przepis, który usunięto z zarządzenia',
  source: { kind: 'spec', ref: 'spec/document-format.md: Editorial units (odesłanie podąża za celem)' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const { host, ref } of provisionRefs(ctx)) {
      if (ctx.textContext.citations.has(ref.targetId)) continue;
      out.push({
        where: Citation.format(host.citation),
        message: `${named(ref)} wskazuje przepis, którego w zarządzeniu już nie ma. Wskaż nowy przepis (Ctrl+Shift+K) albo usuń odesłanie.`,
        targetId: host.id,
        fix: { label: 'Usuń odesłanie', target: host.id, data: { targetId: ref.targetId } },
      });
    }
    return out;
  },
  fix(order, fix) {
    const targetId = fix.data?.targetId;
    if (!targetId) return order;
    return editRefs(order, fix.target, targetId, () => '');
  },
};

/** True when `target` lies inside the unit of `host` that a relative reference of `form` is read in. */
export function withinHost(form: ProvisionRef['form'], target: Citation, host: Citation): boolean {
  if (form === 'paragraf' || form === 'tiret') return true;
  if (target.paragraf !== host.paragraf) return false;
  if (form === 'ustep') return true;
  if (target.ustep !== host.ustep) return false;
  if (form === 'punkt') return true;
  return target.punkt === host.punkt;
}

/** A relative reference whose target now stands in another editorial unit (it would read as a place of this one). */
export const relativeProvision: Rule<CheckContext> = {
  code: 'references.relative-outside',
  severity: 'error',
  title: 'Odesłanie względne (ust., pkt, lit.) wskazuje przepis tej samej jednostki redakcyjnej',
  source: { kind: 'ztp', ref: 'ZTP, odesłania do przepisów tego samego aktu; spec/document-format.md: Editorial units' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const { host, ref } of provisionRefs(ctx)) {
      const target = ctx.textContext.citations.get(ref.targetId);
      if (!target || withinHost(ref.form, target, host.citation)) continue;
      out.push({
        where: Citation.format(host.citation),
        message: `Odesłanie „${formatProvision(target, ref.form)}” wskazuje przepis spoza ${Citation.format({ paragraf: host.citation.paragraf })} (${Citation.format(target)}): czytelnik szukałby go w tej samej jednostce.`,
        targetId: host.id,
        fix: { label: `Zapisz „${Citation.format(target)}”`, target: host.id, data: { targetId: ref.targetId } },
      });
    }
    return out;
  },
  fix(order, fix) {
    const targetId = fix.data?.targetId;
    if (!targetId) return order;
    return editRefs(order, fix.target, targetId, (r) => ({ ...r, form: 'paragraf' }));
  },
};

export const PROVISION_REF_RULES = [removedProvision, relativeProvision];
