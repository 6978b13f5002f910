/**
 * The redline in document form for the screen (issue 13, item 5: comparing any two versions of a draft shows the
 * document with its changes marked): the same alignment of paragraphs as the Word redline (`align.ts`, the comparison
 * of core/compare with the coverage ledger applied), laid out as the print preview lays out an order
 * (`core/preview`: A4 page, the printed paragraphs of core/docx), with words inserted underlined and words deleted
 * struck through inside a paragraph, whole paragraphs inserted or deleted, and a task moved shown struck at its old
 * place and marked as moved at its new one. Renumbering is not a change (as in the Word redline). A change bar in
 * the margin marks every changed paragraph; every mark also carries a title (`dodano`, `usunięto`, `przeniesiono`)
 * so that it is not told by colour alone (WCAG 1.4.1).
 *
 * Pure: HTML text out, no DOM, no file system.
 */
import { diffWordsWithSpace } from 'diff';
import { compareOrders, type Comparison } from '../compare/index.js';
import { STYLE } from '../docx/index.js';
import { withLedger } from '../ledger/index.js';
import type { Order } from '../model/order.js';
import { escapeHtml, paragraphHtml, previewCss } from '../preview/index.js';
import { alignBlocks, type AlignedEntry } from './align.js';
import { redlineBlocks, type RedlineBlock } from './blocks.js';

/** Options of {@link redlineHtml}. */
export interface RedlineHtmlOptions {
  /** The page title (`<title>`), e.g. `Wersja 3 „dla Dyrektora” → wersja 7`. */
  title: string;
  /** Lines shown above the document on screen (which versions, who and when); not printed as part of the order. */
  caption?: string[];
  /** The comparison of the two orders when the caller has it (it must be `compareOrders(old, neu)`). */
  comparison?: Comparison;
}

/** What the redline marks, paragraph by paragraph. */
export interface RedlineHtmlStats {
  /** Paragraphs of the redline (old and new interleaved). */
  paragraphs: number;
  /** Paragraphs in both with words changed. */
  changed: number;
  inserted: number;
  deleted: number;
  /** Paragraphs moved (counted once, at their new place). */
  moved: number;
}

const CSS = `
ins.rl, del.rl { text-decoration-thickness: 1.5px; }
ins.rl { color: #00488f; text-decoration: underline; background: #e6f0fb; }
del.rl { color: #9c0000; text-decoration: line-through; background: #fbeaea; }
ins.rl-move { color: #155a15; text-decoration: underline double; background: #e8f4e8; }
del.rl-move { color: #155a15; text-decoration: line-through double; background: #e8f4e8; }
p.rl-mark { position: relative; }
p.rl-mark::before { content: ""; position: absolute; left: -14pt; top: 0; bottom: 0; border-left: 2.5pt solid #444; }
.rl-caption { font-family: system-ui, sans-serif; font-size: 10pt; color: #222; margin: 0 auto 12px; width: fit-content; max-width: 90%;
  background: #fff; border: 1px solid #bbb; border-radius: 4px; padding: 6px 10px; line-height: 1.4; }
.rl-caption p { text-align: left; }
.rl-legend ins, .rl-legend del { margin: 0 2px; }
@media print { .rl-caption { display: none; } }
`.trim();

/** Inserted or deleted text with its title (what the mark means, for screen readers and the mouse). */
function mark(kind: 'ins' | 'del', text: string, moved = false): string {
  if (!text) return '';
  const title = moved ? (kind === 'del' ? 'przeniesiono stąd' : 'przeniesiono tutaj') : kind === 'ins' ? 'dodano' : 'usunięto';
  return `<${kind} class="rl${moved ? ' rl-move' : ''}" title="${title}">${escapeHtml(text)}</${kind}>`;
}

/** A whole paragraph inserted or deleted (moved or not): its label and its text marked alike. */
function wholeParagraph(b: RedlineBlock, kind: 'ins' | 'del', moved = false): string {
  const html = paragraphHtml(b.printed, 'rl-mark', mark(kind, b.printed.text, moved));
  return html.replace(/<span class="label"([^>]*)>([^<]*)<\/span>/, (_m, attrs: string, label: string) => `<span class="label"${attrs}>${mark(kind, label, moved)}</span>`);
}

/** One aligned entry as a paragraph of the page. */
function entryHtml(e: AlignedEntry, O: RedlineBlock[], N: RedlineBlock[]): string {
  switch (e.op) {
    case 'same': {
      const o = O[e.o]!.printed.text;
      const n = N[e.n]!.printed;
      if (o === n.text) return paragraphHtml(n);
      const body = diffWordsWithSpace(o, n.text)
        .map((c) => (c.added ? mark('ins', c.value) : c.removed ? mark('del', c.value) : escapeHtml(c.value)))
        .join('');
      return paragraphHtml(n, 'rl-mark', body);
    }
    case 'del':
      return wholeParagraph(O[e.o]!, 'del');
    case 'ins':
      return wholeParagraph(N[e.n]!, 'ins');
    case 'moveFrom':
      return wholeParagraph(O[e.o]!, 'del', true);
    case 'moveTo':
      return wholeParagraph(N[e.n]!, 'ins', true);
  }
}

/** Counts what the entries mark. */
export function redlineCounts(entries: AlignedEntry[], O: RedlineBlock[], N: RedlineBlock[]): RedlineHtmlStats {
  const stats: RedlineHtmlStats = { paragraphs: entries.length, changed: 0, inserted: 0, deleted: 0, moved: 0 };
  for (const e of entries) {
    if (e.op === 'same') {
      if (O[e.o]!.printed.text !== N[e.n]!.printed.text) stats.changed++;
    } else if (e.op === 'ins') stats.inserted++;
    else if (e.op === 'del') stats.deleted++;
    else if (e.op === 'moveTo') stats.moved++;
  }
  return stats;
}

/**
 * The newer order `neu` as a standalone HTML page (UTF-8, `<!DOCTYPE html>`) with its changes against `old` marked
 * (see the module doc): the order's page, then, when either has an annex, the annex heading and title (the chart is
 * compared as the units it draws, in § 2, and not drawn here). In: the older and the newer order, options. Out: the
 * HTML and the counts. Pure; never throws for schema-valid orders.
 */
export function redlineHtml(old: Order, neu: Order, options: RedlineHtmlOptions): { html: string; stats: RedlineHtmlStats } {
  const cmp = withLedger(options.comparison ?? compareOrders(old, neu), neu);
  const O = redlineBlocks(old);
  const N = redlineBlocks(neu);
  const entries = alignBlocks(old, neu, O, N, cmp);
  const stats = redlineCounts(entries, O, N);
  const body: string[] = [];
  const annex: string[] = [];
  let signatureSeen = false;
  for (const e of entries) {
    const b = 'n' in e ? N[e.n]! : O[e.o]!;
    let html = entryHtml(e, O, N);
    if (b.printed.style === STYLE.signature && !signatureSeen) {
      signatureSeen = true;
      html = html.replace(/^<p class="/, '<p class="first ');
    }
    (b.annex ? annex : body).push(html);
  }
  const draft = neu.meta.status === 'draft' || !neu.meta.number;
  const draftMark = draft ? `<p class="s-${STYLE.draftMark.toLowerCase()}">PROJEKT</p>\n` : '';
  const caption = options.caption?.length
    ? `<div class="rl-caption" role="note" aria-label="Porównywane wersje">${options.caption.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}` +
      `<p class="rl-legend">Oznaczenia: ${mark('ins', 'dodany tekst')} ${mark('del', 'usunięty tekst')} ${mark('ins', 'przeniesiony tutaj', true)} ${mark('del', 'przeniesiony stąd', true)}; kreska na marginesie: akapit zmieniony.</p></div>\n`
    : '';
  const out = [
    '<!DOCTYPE html>', '<html lang="pl">', '<head>', '<meta charset="utf-8">',
    `<title>${escapeHtml(options.title)}</title>`, `<style>\n${previewCss({ draft })}\n${CSS}\n</style>`, '</head>', '<body>',
    `${caption}<section class="order" aria-label="Zarządzenie ze zmianami">\n${draftMark}${body.join('\n')}\n</section>`,
  ];
  if (annex.length) out.push(`<section class="annex" aria-label="Załącznik ze zmianami">\n${draftMark}${annex.join('\n')}\n</section>`);
  out.push('</body>', '</html>');
  return { html: `${out.join('\n')}\n`, stats };
}
