import type { ReactNode } from 'react';

/** One part of a word diff: kept (`=`), only in the later text (`+`), only in the earlier text (`-`). */
export interface DiffTextPart {
  op: '=' | '+' | '-';
  text: string;
}

/**
 * The parts of a word diff as a lawyer reads a marked-up text: inserted words underlined (`<ins>`), deleted words
 * struck through (`<del>`), the rest plain. The spaces at either edge of an inserted or deleted run are printed
 * plain, outside the mark: the diff gives the space between words to one of them (`i Komunikacji ` in
 * „Biuro Prasowe i Komunikacji – KS-02”), and an underline running on under the space reads as if the space were
 * the change.
 * In: the parts (`core/compare` `diffParts` or any `{op, text}` list) and optional tooltips for each mark.
 * Out: React nodes to put inside a paragraph. Never throws; an empty list gives nothing.
 */
export function DiffText({ parts, insTitle, delTitle }: { parts: readonly DiffTextPart[]; insTitle?: string; delTitle?: string }): ReactNode {
  return parts.map((p, i) => {
    if (p.op === '=') return <span key={i}>{p.text}</span>;
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text)!;
    const [, before, words, after] = m;
    const mark = p.op === '+' ? <ins title={insTitle}>{words}</ins> : <del title={delTitle}>{words}</del>;
    return (
      <span key={i}>
        {before}
        {words ? mark : null}
        {after}
      </span>
    );
  });
}
