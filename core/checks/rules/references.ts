/**
 * Cross-references inside the text point at what exists: `o której mowa w § 6 pkt 4` at an editorial unit of
 * this order, `ust. 2` at an ustęp of the same paragraf, a symbol in brackets `(KS-03)` at a unit of § 2.
 * Source: spec/document-format.md (Editorial units: a cross-reference must follow its target), § 156 ZTP is not
 * relied on; references to other acts (followed by `ustawy`, `zarządzenia` …) are left alone.
 */
import { citationPattern, NUMBERED_SYMBOL_SOURCE, OTHER_ACT_AFTER, RELATIVE_USTEP } from '../../lexicon/index.js';
import { Citation } from '../../model/citation.js';
import type { Item } from '../../model/order.js';
import { RichText } from '../../model/rich-text.js';
import type { CheckContext } from '../context.js';
import type { RawFinding, Rule } from '../types.js';

// the patterns are the lexicon's (`core/lexicon/citation.ts`, `symbol.ts`)
const CITE = citationPattern();
const REL_UST = RELATIVE_USTEP;
const EXTERNAL_AFTER = OTHER_ACT_AFTER;
const SYMBOL_REF = new RegExp(`\\((${NUMBERED_SYMBOL_SOURCE})\\)`, 'gu');

/** Every citation that exists in the order, with all its prefixes. */
function existing(ctx: CheckContext): Set<string> {
  const s = new Set<string>();
  ctx.order.paragraphs.forEach((p, i) => {
    s.add(`§ ${i + 1}`);
    const n = p.content?.length ?? 0;
    if (p.role !== 'scope' && n > 1) for (let k = 1; k <= n; k++) s.add(`§ ${i + 1} ust. ${k}`);
  });
  const addAll = (w: string): void => {
    const c = Citation.parse(w);
    if (!c) return;
    s.add(Citation.format({ paragraf: c.paragraf }));
    if (c.ustep !== undefined) s.add(Citation.format({ paragraf: c.paragraf, ustep: c.ustep }));
    if (c.punkt !== undefined) s.add(Citation.format({ paragraf: c.paragraf, ustep: c.ustep, punkt: c.punkt }));
    if (c.litera !== undefined) s.add(Citation.format({ paragraf: c.paragraf, ustep: c.ustep, punkt: c.punkt, litera: c.litera }));
    s.add(w);
  };
  for (const e of ctx.enumerations) {
    addAll(e.where);
    for (const w of e.itemWhere) addAll(w);
  }
  return s;
}

/**
 * The words of a text with its live provision references left out (a mark in their place): those are checked by
 * `provision-refs.ts`, which knows their target even when it is gone.
 */
function withoutProvisionRefs(ctx: CheckContext, t: RichText | undefined): string {
  if (!t || RichText.isPlain(t)) return ctx.plain(t);
  return t.map((i) => (typeof i === 'string' ? i : i.kind === 'provision' ? '\u2060' : RichText.refText(i, ctx.textContext))).join('');
}

/** Texts of the order with their location: items, ustępy, scope headings. */
function texts(ctx: CheckContext): { text: string; where: string; id: string; paragraf: number }[] {
  const out: { text: string; where: string; id: string; paragraf: number }[] = [];
  const plain = (t: RichText | undefined): string => withoutProvisionRefs(ctx, t);
  for (const e of ctx.enumerations) {
    e.items.forEach((it, i) => {
      out.push({ text: plain(it.text), where: e.itemWhere[i]!, id: it.id, paragraf: Citation.parse(e.itemWhere[i]!)?.paragraf ?? 0 });
      if (it.wspolna?.length) out.push({ text: plain(it.wspolna), where: e.itemWhere[i]!, id: it.id, paragraf: Citation.parse(e.itemWhere[i]!)?.paragraf ?? 0 });
    });
  }
  ctx.order.paragraphs.forEach((p, i) => {
    const content = p.content ?? [];
    content.forEach((u, k) => {
      if (p.role === 'scope' && k === 0 && p.writtenIntro) return;
      out.push({ text: plain(u.text), where: content.length > 1 && p.role !== 'scope' ? `§ ${i + 1} ust. ${k + 1}` : `§ ${i + 1}`, id: u.id, paragraf: i + 1 });
    });
    if (p.writtenIntro) out.push({ text: p.writtenIntro, where: `§ ${i + 1}`, id: p.id, paragraf: i + 1 });
  });
  return out;
}

export const crossReferences: Rule<CheckContext> = {
  code: 'references.target',
  severity: 'error',
  title: 'Odesłania w tekście wskazują istniejące jednostki redakcyjne i komórki',
  source: { kind: 'spec', ref: 'spec/document-format.md: Editorial units (odesłanie podąża za celem)' },
  check(ctx) {
    const ok = existing(ctx);
    const symbols = new Set(ctx.order.units.map((u) => u.symbol));
    const prefixes = new Set(ctx.order.units.map((u) => /^([A-Z]+)-/.exec(u.symbol)?.[1]).filter((x): x is string => !!x));
    const out: RawFinding[] = [];
    // the points of an amending order and their quoted wordings cite the amended order, not this one
    const amendment = new Set<string>();
    const mark = (it: Item): void => { amendment.add(it.id); it.children.forEach(mark); };
    if (ctx.order.meta.kind === 'general') {
      for (const p of ctx.order.paragraphs) for (const u of p.content ?? []) if (ctx.plain(u.text).includes('wprowadza się następujące zmiany')) u.items.forEach(mark);
    }
    for (const t of texts(ctx)) {
      if (amendment.has(t.id)) continue;
      for (const m of t.text.matchAll(CITE)) {
        const after = t.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
        if (EXTERNAL_AFTER.test(after)) continue;
        const c = Citation.parse(`§ ${m[1]}${m[2] ?? ''}`);
        if (!c) continue;
        const f = Citation.format(c);
        if (!ok.has(f)) out.push({ where: t.where, message: `Odesłanie do „${f}” wskazuje jednostkę redakcyjną, której w zarządzeniu nie ma.`, targetId: t.id });
      }
      for (const m of t.text.matchAll(REL_UST)) {
        for (const n of [m[1], m[2]]) {
          if (!n) continue;
          const f = `§ ${t.paragraf} ust. ${n}`;
          if (!ok.has(f)) out.push({ where: t.where, message: `Odesłanie do „ust. ${n}” wskazuje ustęp, którego w § ${t.paragraf} nie ma.`, targetId: t.id });
        }
      }
      for (const m of t.text.matchAll(SYMBOL_REF)) {
        const sym = m[1]!;
        const prefix = sym.split('-')[0]!;
        if (prefixes.has(prefix) && !symbols.has(sym)) out.push({ where: t.where, message: `Symbol ${sym} nie oznacza żadnej komórki z § 2.`, targetId: t.id });
      }
    }
    return out;
  },
};

export const REFERENCE_RULES = [crossReferences];
