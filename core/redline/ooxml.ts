/**
 * WordprocessingML of the redline (ECMA-376 Part 1, §17.13 "Annotations": revisions): the aligned paragraphs
 * written as tracked changes — `w:ins`/`w:del` around the words inserted and deleted inside a paragraph, a paragraph
 * mark inserted or deleted with its paragraph (`w:rPr/w:ins|w:del` in `w:pPr`), a moved paragraph as
 * `w:moveFrom`/`w:moveTo` inside named move ranges, a changed style or list as `w:pPrChange` — each with the author
 * and the date. Numbers of paragrafy, ustępy, points, letters and tirets are Word list numbering (`numbering.xml`),
 * so renumbering follows the paragraphs and is not a revision. The package is zipped with fflate (pure).
 */
import { diffWordsWithSpace } from 'diff';
import { strToU8, zipSync } from 'fflate';
import { STYLE } from '../docx/index.js';
import { A4, BODY_FONT_PT, FONT_FAMILY, HANG_PT, ORDER_MARGIN_PT, ORDER_TEXT_WIDTH_PT, twips } from '../docx/page.js';
import type { AlignedEntry } from './align.js';
import type { ListRef, RedlineBlock } from './blocks.js';

/** Who made the changes and when: written on every revision. */
export interface RevisionStamp {
  author: string;
  /** ISO 8601 date-time (`2026-02-01T09:00:00Z`). */
  date: string;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Kinds of list definition: 1 paragrafy (`§ 1.`), 2 ustępy (`2.`), 3 enumerations (`1)`, `a)`, `–`). */
const ABSTRACT = { paragraf: 1, ustep: 2, items: 3 } as const;

/** The Word lists of one redline: a numId per list instance of either side, old lists sharing the new list they continue. */
export class ListIds {
  private readonly ids = new Map<string, number>();
  readonly nums: { id: number; abstract: number; start: number }[] = [];
  private key(side: 'o' | 'n', l: ListRef): string {
    return l.kind === 'paragraf' ? 'paragraf' : `${side}:${l.kind}:${l.group}`;
  }
  /** The numId of a list of one side; `sameAs` makes an old list the same Word list as a new one. */
  id(side: 'o' | 'n', l: ListRef, sameAs?: { side: 'o' | 'n'; list: ListRef }): number {
    const k = this.key(side, l);
    let id = this.ids.get(k);
    if (id !== undefined) return id;
    if (sameAs) id = this.id(sameAs.side, sameAs.list);
    else {
      id = this.nums.length + 1;
      this.nums.push({ id, abstract: ABSTRACT[l.kind], start: l.kind === 'ustep' ? 2 : 1 });
    }
    this.ids.set(k, id);
    return id;
  }
  /** Whether an old list already has its numId. */
  has(side: 'o' | 'n', l: ListRef): boolean {
    return this.ids.has(this.key(side, l));
  }
}

/** Revision ids and stamps: every revision element gets a fresh id. */
export class Revisions {
  private next = 1;
  constructor(private readonly stamp: RevisionStamp) {}
  attrs(): string {
    return `w:id="${this.next++}" w:author="${esc(this.stamp.author)}" w:date="${esc(this.stamp.date)}"`;
  }
  /** A fresh id alone (for a move range's start and end, which share it). */
  id(): number {
    return this.next++;
  }
  /** The author and date attributes alone. */
  stampAttrs(): string {
    return `w:author="${esc(this.stamp.author)}" w:date="${esc(this.stamp.date)}"`;
  }
}

function runs(text: string, deleted = false): string {
  if (!text) return '';
  return `<w:r><w:${deleted ? 'delText' : 't'} xml:space="preserve">${esc(text)}</w:${deleted ? 'delText' : 't'}></w:r>`;
}

/** The text of a block as the paragraph holds it: with its label when the label is not a list number. */
function contentOf(b: RedlineBlock): string {
  const p = b.printed;
  if (b.list || !p.label) return p.text;
  return `${p.label}${p.hanging ? '\t' : p.text ? ' ' : ''}${p.text}`;
}

function pPr(b: RedlineBlock, numId: number | null, inner = ''): string {
  const p = b.printed;
  const level = b.list?.kind === 'items' ? b.list.level : 0;
  const num = numId !== null ? `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>` : '';
  const ind = p.style === STYLE.wspolna && p.left > 0 ? `<w:ind w:left="${twips(p.left)}"/>` : '';
  return `<w:pStyle w:val="${p.style}"/>${p.keepNext ? '<w:keepNext/>' : ''}${num}${ind}${inner}`;
}

/** Paragraph properties without the mark's run properties (for `w:pPrChange`). */
function pPrBare(b: RedlineBlock, numId: number | null): string {
  return `<w:pPr>${pPr(b, numId)}</w:pPr>`;
}

/**
 * Where the paragraph break of inserted paragraphs is recorded. By default an inserted (or moved-to) paragraph
 * carries its own mark as inserted. After a paragraph that stays, the break is moved onto that paragraph's mark
 * (`insertedMark` on it) and the last inserted paragraph keeps an ordinary mark whose properties, on rejection, are
 * those of the paragraph before (`priorProps`): rejecting then joins the three into the paragraph that stays, with
 * its own properties, in Word (which keeps the last mark's) as in LibreOffice (which keeps the first one's).
 */
export interface MarkPlacement {
  insertedMark?: boolean;
  priorProps?: string;
}

/** The `w:pPr` content of a block in its old (`o`) or new (`n`) state, for a `w:pPrChange` elsewhere. */
export function propsOf(b: RedlineBlock, numId: number | null): string {
  return pPrBare(b, numId);
}

/** Writes one aligned entry as a `w:p`. `numOf` gives a block's list numId on its side (null: no list). */
export function paragraphXml(
  e: AlignedEntry,
  O: RedlineBlock[],
  N: RedlineBlock[],
  numOf: (side: 'o' | 'n', b: RedlineBlock) => number | null,
  rev: Revisions,
  moveRange: (e: AlignedEntry) => { start: string; end: string },
  place: MarkPlacement = {},
): string {
  const insertedMark = place.insertedMark ? `<w:rPr><w:ins ${rev.attrs()}/></w:rPr>` : '';
  const markOf = (kind: 'ins' | 'del' | 'moveFrom' | 'moveTo') => (place.priorProps !== undefined && (kind === 'ins' || kind === 'moveTo') ? '' : `<w:rPr><w:${kind} ${rev.attrs()}/></w:rPr>`);
  const prior = place.priorProps !== undefined ? `<w:pPrChange ${rev.attrs()}>${place.priorProps}</w:pPrChange>` : '';
  const diff = (a: string, b: string) => (a === b ? [{ value: b, added: false, removed: false }] : diffWordsWithSpace(a, b));
  switch (e.op) {
    case 'same': {
      const o = O[e.o]!;
      const n = N[e.n]!;
      const on = numOf('o', o);
      const nn = numOf('n', n);
      const levelOld = o.list?.kind === 'items' ? o.list.level : 0;
      const levelNew = n.list?.kind === 'items' ? n.list.level : 0;
      const changed = o.printed.style !== n.printed.style || on !== nn || levelOld !== levelNew || o.printed.left !== n.printed.left;
      const change = changed ? `<w:pPrChange ${rev.attrs()}>${pPrBare(o, on)}</w:pPrChange>` : '';
      let body = '';
      for (const c of diff(contentOf(o), contentOf(n))) {
        if (c.added) body += `<w:ins ${rev.attrs()}>${runs(c.value)}</w:ins>`;
        else if (c.removed) body += `<w:del ${rev.attrs()}>${runs(c.value, true)}</w:del>`;
        else body += runs(c.value);
      }
      return `<w:p><w:pPr>${pPr(n, nn)}${insertedMark}${change}</w:pPr>${body}</w:p>`;
    }
    case 'del': {
      const o = O[e.o]!;
      return `<w:p><w:pPr>${pPr(o, numOf('o', o), markOf('del'))}</w:pPr>${contentOf(o) ? `<w:del ${rev.attrs()}>${runs(contentOf(o), true)}</w:del>` : ''}</w:p>`;
    }
    case 'ins': {
      const n = N[e.n]!;
      return `<w:p><w:pPr>${pPr(n, numOf('n', n), markOf('ins'))}${prior}</w:pPr>${contentOf(n) ? `<w:ins ${rev.attrs()}>${runs(contentOf(n))}</w:ins>` : ''}</w:p>`;
    }
    case 'moveFrom': {
      const o = O[e.o]!;
      const r = moveRange(e);
      return `<w:p><w:pPr>${pPr(o, numOf('o', o), markOf('moveFrom'))}</w:pPr>${r.start}<w:moveFrom ${rev.attrs()}>${runs(contentOf(o), true)}</w:moveFrom>${r.end}</w:p>`;
    }
    case 'moveTo': {
      const n = N[e.n]!;
      const r = moveRange(e);
      // the moved paragraph as it now reads, whole: the moved-from paragraph keeps the old words, so a task moved and
      // reworded reads old at its old place and new at its new one. (Insertions inside a moved paragraph would mark
      // the words changed on the way, but LibreOffice leaves an empty numbered paragraph when it rejects them.)
      return `<w:p><w:pPr>${pPr(n, numOf('n', n), markOf('moveTo'))}${prior}</w:pPr>${r.start}<w:moveTo ${rev.attrs()}>${runs(contentOf(n))}</w:moveTo>${r.end}</w:p>`;
    }
  }
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function stylesXml(): string {
  const font = `<w:rFonts w:ascii="${FONT_FAMILY}" w:hAnsi="${FONT_FAMILY}" w:cs="${FONT_FAMILY}" w:eastAsia="${FONT_FAMILY}"/>`;
  const size = `<w:sz w:val="${BODY_FONT_PT * 2}"/><w:szCs w:val="${BODY_FONT_PT * 2}"/>`;
  const style = (id: string, ppr: string, rpr = ''): string =>
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${ppr}</w:pPr>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ''}</w:style>`;
  const hanging = (depth: number) => `<w:ind w:left="${twips((depth + 1) * HANG_PT)}" w:hanging="${twips(HANG_PT)}"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>${font}${size}<w:lang w:val="pl-PL" w:eastAsia="pl-PL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${style(STYLE.heading, '<w:keepNext/><w:keepLines/><w:jc w:val="center"/>', '<w:b/>')}
${style(STYLE.title, `<w:keepNext/><w:spacing w:before="${twips(12)}" w:after="${twips(12)}"/><w:jc w:val="center"/>`, '<w:b/>')}
${style(STYLE.basis, `<w:spacing w:after="${twips(6)}"/>`)}
${style(STYLE.paragraf, `<w:spacing w:before="${twips(6)}"/>`)}
${style(STYLE.ustep, '')}
${style(STYLE.punkt, hanging(0))}
${style(STYLE.litera, hanging(1))}
${style(STYLE.tiret, hanging(2))}
${style(STYLE.wspolna, '')}
${style(STYLE.line, '<w:keepNext/>')}
${style(STYLE.signature, `<w:keepLines/><w:spacing w:before="${twips(24)}"/><w:contextualSpacing/><w:ind w:left="${twips(ORDER_TEXT_WIDTH_PT / 2)}"/><w:jc w:val="center"/>`)}
${style(STYLE.annexHeading, '<w:keepNext/><w:jc w:val="right"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>')}
${style(STYLE.annexTitle, `<w:keepNext/><w:spacing w:before="${twips(12)}" w:after="${twips(12)}"/><w:jc w:val="center"/>`, '<w:b/>')}
</w:styles>`;
}

function numberingXml(lists: ListIds): string {
  const lvl = (ilvl: number, fmt: string, text: string, suff: 'tab' | 'space', ind: string, rpr = '', start = 1) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:suff w:val="${suff}"/><w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/><w:pPr>${ind}</w:pPr>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ''}</w:lvl>`;
  const hang = (depth: number) => `<w:ind w:left="${twips((depth + 1) * HANG_PT)}" w:hanging="${twips(HANG_PT)}"/>`;
  const levels: Record<number, string> = {
    [ABSTRACT.paragraf]: `<w:multiLevelType w:val="singleLevel"/>${lvl(0, 'decimal', '§\u00a0%1.', 'space', '', '<w:b/>')}`,
    [ABSTRACT.ustep]: `<w:multiLevelType w:val="singleLevel"/>${lvl(0, 'decimal', '%1.', 'space', '', '', 2)}`,
    [ABSTRACT.items]: `<w:multiLevelType w:val="multilevel"/>${lvl(0, 'decimal', '%1)', 'tab', hang(0))}${lvl(1, 'lowerLetter', '%2)', 'tab', hang(1))}${lvl(2, 'bullet', '–', 'tab', hang(2))}`,
  };
  // one abstract definition per list: LibreOffice continues the numbering of lists that share one, whatever their overrides
  const abstracts = lists.nums.map((n) => `<w:abstractNum w:abstractNumId="${n.id}">${levels[n.abstract]}</w:abstractNum>`);
  const nums = lists.nums.map((n) => `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.id}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${n.start}"/></w:lvlOverride></w:num>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}>${abstracts.join('')}${nums.join('')}</w:numbering>`;
}

/** The parts of the package, zipped. In: the body paragraphs' XML (annex first paragraph index, or -1), lists, title. */
export function packageDocx(paragraphs: string[], annexAt: number, lists: ListIds, meta: { title: string; author: string; date: string }): Uint8Array {
  const page = (landscape: boolean) => {
    const w = twips(landscape ? A4.height : A4.width);
    const h = twips(landscape ? A4.width : A4.height);
    const m = twips(ORDER_MARGIN_PT);
    return `<w:sectPr><w:pgSz w:w="${w}" w:h="${h}"${landscape ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="${Math.round(m / 2)}" w:footer="${Math.round(m / 2)}" w:gutter="0"/></w:sectPr>`;
  };
  const parts = [...paragraphs];
  if (annexAt > 0 && annexAt <= parts.length) {
    // the order's section ends at the paragraph before the annex (a section break in its properties)
    const last = parts[annexAt - 1]!;
    parts[annexAt - 1] = last.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/, (m, inner: string) => {
      const i = inner.indexOf('<w:pPrChange');
      return i < 0 ? `<w:pPr>${inner}${page(false)}</w:pPr>` : `<w:pPr>${inner.slice(0, i)}${page(false)}${inner.slice(i)}</w:pPr>`;
    });
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${parts.join('\n')}${page(annexAt > 0)}</w:body></w:document>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(stylesXml()),
    'word/numbering.xml': strToU8(numberingXml(lists)),
    // trackRevisions: further edits in Word are tracked too
    'word/settings.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:trackRevisions/><w:defaultTabStop w:val="${twips(HANG_PT)}"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>`),
    'docProps/core.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(meta.title)}</dc:title><dc:creator>${esc(meta.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${esc(meta.date)}</dcterms:created></cp:coreProperties>`),
  };
  return zipSync(files, { level: 6 });
}
