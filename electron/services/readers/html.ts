/**
 * Reading an order from HTML: a page saved from the city's public bulletin (BIP), or HTML pasted from the clipboard.
 * The page is parsed with htmlparser2 into source blocks, each block element a hard boundary and a `<br>` a soft
 * one; a table row is one block with its cells apart by a column gap; the numbers of `<ol>` items (drawn by the
 * browser, absent from the text) are rebuilt.
 *
 * Page furniture is left out and reported: whatever a page marks as such (`<nav>`, `<header>`, `<footer>`,
 * `<aside>`, `<form>`, scripts, ARIA roles `navigation`/`banner`/`contentinfo`/`search`/`complementary`, classes
 * and ids such as `menu`, `breadcrumb`, `footer`, `cookie`), and the blocks before the order's heading
 * (`ZARZĄDZENIE …`) and after its signature (or, without one, after its last paragraf's text): menus, the page's
 * metadata table (`Wytworzył`, `Data publikacji`), links to attachments. A page that repeats the heading above the
 * text (the page's title, the register's row `Numer | Tytuł | Data`, as the city's bulletin does) is read from the
 * last heading before the legal basis; a row of the page's metadata (`Wytworzył: Prezydent Miasta Krakowa`) is never
 * the signature.
 */
import { Parser } from 'htmlparser2';
import { cleanCharacters, type Dropped, type SourceBlock, type SourceText } from '../../../core/import/source.js';
import { leadingLabel, PARTS, SIGNATURE_CAPS, SIGNATURE_TITLE_CASE } from '../../../core/lexicon/index.js';

/** Elements whose content is never the order's text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'head', 'title', 'object', 'canvas', 'menu', 'dialog']);
/** Elements that end a block of text. */
const BLOCK = new Set([
  'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'main', 'pre', 'dd', 'dt', 'dl',
  'table', 'thead', 'tbody', 'tfoot', 'ul', 'ol', 'address', 'figure', 'figcaption', 'center', 'hr', 'body', 'html', 'caption',
]);
const FURNITURE_ROLE = /^(?:navigation|banner|contentinfo|search|complementary|menu|menubar)$/i;
const FURNITURE_NAME = /(?:^|[\s_-])(?:menu|nav|navbar|navigation|breadcrumbs?|footer|stopka|header|naglowek|cookies?|sidebar|social|share|skip|search|szukaj|wyszukiwarka|toolbar|pasek)(?:$|[\s_-])/i;

interface OpenList {
  ordered: boolean;
  type: string;
  next: number;
}

function listLabel(l: OpenList): string {
  const n = l.next++;
  switch (l.type) {
    case 'a':
      return `${String.fromCharCode(96 + (((n - 1) % 26) + 1))})`;
    case 'A':
      return `${String.fromCharCode(64 + (((n - 1) % 26) + 1))})`;
    default:
      return `${n}.`;
  }
}

/**
 * Parses HTML into blocks (all of the page that is not marked as furniture), each with its 1-based block number.
 */
function htmlBlocks(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let text = '';
  let skip = 0;
  const skipStack: boolean[] = [];
  const lists: OpenList[] = [];
  let row: string[] | null = null;
  let cellText: string | null = null;
  /** Open tables: a table whose cells hold paragraphs is a layout table, read as the blocks inside it. */
  const tables: { layout: boolean }[] = [];
  let n = 0;
  let pendingSoft = false;
  /** Depth inside `<article>`/`<main>`: a `<header>` or `<footer>` there belongs to the text. */
  let content = 0;
  const flush = (): void => {
    const t = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (!t) return;
    n++;
    blocks.push({ text: t, hard: !pendingSoft, pos: { n, unit: 'block' } });
    pendingSoft = false;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'article' || name === 'main') content++;
        const furniture =
          (SKIPPED.has(name) && !(content > 0 && (name === 'header' || name === 'footer'))) ||
          FURNITURE_ROLE.test(attribs.role ?? '') ||
          FURNITURE_NAME.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`) ||
          attribs.hidden !== undefined ||
          /display\s*:\s*none/i.test(attribs.style ?? '') ||
          attribs['aria-hidden'] === 'true';
        skipStack.push(furniture);
        if (furniture) skip++;
        if (skip) return;
        if (name === 'table') {
          flush();
          tables.push({ layout: false });
          return;
        }
        const layout = tables[tables.length - 1]?.layout ?? false;
        if (name === 'tr' && !layout) {
          flush();
          row = [];
          return;
        }
        if ((name === 'td' || name === 'th') && row) {
          cellText = '';
          return;
        }
        if (BLOCK.has(name) && cellText !== null && tables.length) {
          // paragraphs inside a cell: the table only lays the page out; its cells are read as blocks
          tables[tables.length - 1]!.layout = true;
          text = [...(row ?? []), cellText].filter((c) => c.trim()).join('  ');
          row = null;
          cellText = null;
          flush();
        }
        if (name === 'br') {
          // a line break inside a paragraph is soft: the next line continues the same block
          if (cellText !== null) cellText += ' ';
          else {
            flush();
            pendingSoft = true;
          }
          return;
        }
        if (name === 'ol' || name === 'ul') {
          flush();
          lists.push({ ordered: name === 'ol', type: attribs.type ?? '1', next: Number(attribs.start ?? '1') || 1 });
          return;
        }
        if (BLOCK.has(name)) {
          if (cellText !== null) cellText += ' ';
          else flush();
        }
        if (name === 'li') {
          const l = lists[lists.length - 1];
          if (l?.ordered) text += `${listLabel(l)} `;
          else if (l) text += '– ';
        }
      },
      ontext(data) {
        if (skip) return;
        if (cellText !== null) cellText += data;
        else text += data;
      },
      onclosetag(name) {
        if (name === 'article' || name === 'main') content = Math.max(0, content - 1);
        const furniture = skipStack.pop() ?? false;
        if (furniture) {
          skip--;
          return;
        }
        if (skip) return;
        if ((name === 'td' || name === 'th') && row && cellText !== null) {
          row.push(cellText.replace(/\s+/g, ' ').trim());
          cellText = null;
          return;
        }
        if (name === 'tr' && row) {
          text = row.filter(Boolean).join('  ');
          row = null;
          flush();
          return;
        }
        if (name === 'table') tables.pop();
        if (name === 'ol' || name === 'ul') lists.pop();
        if (BLOCK.has(name)) {
          if (cellText !== null) cellText += ' ';
          else flush();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(flattenDeep(html));
  parser.end();
  flush();
  return blocks;
}

/**
 * Deepest nesting of elements read as written; deeper ones are read as siblings, as Chromium's HTML parser does past
 * 512 (`kMaximumHTMLParserDOMTreeDepth`). htmlparser2 keeps its open elements with `unshift`, so each element costs
 * the depth: 100,000 nested `<div>`s took 13 s (hostile-file campaign, issue 15).
 */
export const MAX_HTML_DEPTH = 512;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
/** Elements closed by the opening of the same element (or of a sibling cell) while they are the innermost one. */
const SELF_CLOSING_SIBLINGS: Record<string, string[]> = { p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'] };
/** A comment, an element of raw text (kept as written), or a tag: 3 = `/` of a closing tag, 4 = the name. */
const HTML_TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|plaintext)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * The page with the tags of elements nested deeper than `maxDepth` removed (their text stays, in place), in one
 * linear pass; a page with fewer tags than `maxDepth` is returned as it is. The nesting is followed as a browser
 * follows it, roughly: void elements never open, an unclosed `<p>`, `<li>` or cell is closed by its next sibling,
 * a closing tag closes the elements opened after its own, and a closing tag with no open element among the last
 * 32 is left to the parser.
 */
export function flattenDeep(html: string, maxDepth = MAX_HTML_DEPTH): string {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0 && tags <= maxDepth; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= maxDepth) return html;
  const names: string[] = [];
  const keptAt: boolean[] = [];
  let kept = 0;
  const parts: string[] = [];
  let last = 0;
  const drop = (at: number, length: number): void => {
    parts.push(html.slice(last, at));
    last = at + length;
  };
  const closeFrom = (k: number): void => {
    for (let j = names.length - 1; j >= k; j--) if (keptAt[j]) kept--;
    names.length = k;
    keptAt.length = k;
  };
  for (const m of html.matchAll(HTML_TOKEN)) {
    if (!m[3]) continue;
    const name = m[3].toLowerCase();
    if (VOID_ELEMENTS.has(name)) continue;
    if (m[2]) {
      let k = names.length - 1;
      const floor = Math.max(0, names.length - 32);
      while (k >= floor && names[k] !== name) k--;
      if (k < floor) continue;
      const wasKept = keptAt[k]!;
      closeFrom(k);
      if (!wasKept) drop(m.index, m[0].length);
      continue;
    }
    const closes = SELF_CLOSING_SIBLINGS[names[names.length - 1] ?? ''];
    if (closes?.includes(name)) closeFrom(names.length - 1);
    const keep = kept < maxDepth;
    names.push(name);
    keptAt.push(keep);
    if (keep) kept++;
    else drop(m.index, m[0].length);
  }
  parts.push(html.slice(last));
  return parts.join('');
}

/**
 * How long a page's text can be at most, in characters: the page without its comments, scripts, styles and tags,
 * an entity counted as one character. Linear; lets a page of more text than the importer reads be refused before
 * it is parsed (a 10 MB paragraph exhausted the import worker's memory while being parsed).
 */
export function visibleLength(html: string): number {
  const stripped = html.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<[^>]*>/gi, '');
  let entities = 0;
  for (const m of stripped.matchAll(/&#?\w{1,32};/g)) entities += m[0].length - 1;
  return stripped.length - entities;
}

const ORDER_START = new RegExp(PARTS.order.source.replace('ZARZĄDZENIE', '(?:ZARZĄDZENIE|Zarządzenie\\s+(?:Nr|NR|nr))'), 'u');

/** A row of a page's metadata: a short label and a colon before its value (`Wytworzył: …`, `Opublikował: …`). */
const METADATA_ROW = /^\p{Lu}[\p{L} ]{0,30}:\s/u;

/** The mark of a signed copy standing for the signature (`/-/`, `(-)`, `/–/`), alone in its block. */
const SIGNED_MARK = /^[/(]\s*[-–—]\s*[/)]$/u;
/** The same mark before the signer's name (`/-/ Aleksander Miszalski`). */
const SIGNED_MARK_BEFORE = /^[/(]\s*[-–—]\s*[/)]\s*/u;

/** The signing office and nothing else (when broken over several blocks, they hold the office alone). */
const OFFICE_ALONE = new RegExp(`^(?:${SIGNATURE_CAPS.source}|${SIGNATURE_TITLE_CASE.source})$`, 'u');

/** True when a block holds the signature: the office in capitals, or in title case closing the block. */
function isSignature(t: string): boolean {
  if (METADATA_ROW.test(t)) return false;
  if (new RegExp(SIGNATURE_CAPS.source, 'u').test(t) && !/ZARZĄDZENIE/.test(t)) return true;
  const m = new RegExp(SIGNATURE_TITLE_CASE.source, 'u').exec(t);
  return !!m && t.slice(m.index + m[0].length).trim().split(/\s+/).filter(Boolean).length <= 6 && !/^\p{Ll}/u.test(t.slice(m.index + m[0].length).trim());
}

/**
 * True when block `i` reads as the order's text going on (a label, a paragraf, a closed sentence, or a sentence
 * closing with a colon whose list follows), not as page furniture (`Pliki powiązane:`, `Archiwalna:`).
 */
function continuesOrder(all: SourceBlock[], i: number): boolean {
  const t = all[i]!.text.trim();
  if (/§/.test(t) || leadingLabel(t) !== null || /[.;,]$/.test(t)) return true;
  const next = all[i + 1];
  return t.endsWith(':') && !!next && leadingLabel(next.text) !== null;
}

/**
 * Where the order starts: its heading (`ZARZĄDZENIE NR …`) or, without one, its title. A page may repeat the heading
 * above the text (its title, the register's row): of the headings before the first block of the legal basis (or
 * the enacting formula, or `§ 1`), the last one is the order's own. -1 when none is found.
 */
function orderStart(all: SourceBlock[]): number {
  const first = all.findIndex((b) => ORDER_START.test(b.text));
  if (first < 0) return all.findIndex((b) => PARTS.title.test(b.text));
  const body = all.findIndex((b, i) => i >= first && (PARTS.basis.test(b.text) || PARTS.enacting.test(b.text) || /§\s*1(?!\d)/.test(b.text)));
  let from = first;
  for (let i = first + 1; i < (body < 0 ? all.length : body + 1); i++) if (ORDER_START.test(all[i]!.text)) from = i;
  return from;
}

/**
 * Reads an order from HTML.
 * In: the page's text (decoded). Out: the source blocks of the order (from its heading to its signature) and what
 * was left out of the page, reported in at most two lines (before and after the order). Never throws; a page
 * without an order's heading keeps all its non-furniture text (the importer then decides it is not an order).
 */
export function readHtml(html: string): SourceText {
  const all = htmlBlocks(cleanCharacters(html)).map((b) => ({ ...b, text: b.text.trim() })).filter((b) => b.text);
  const dropped: Dropped[] = [];
  const from = orderStart(all);
  if (from < 0) return { blocks: all, dropped };
  let to = -1;
  for (let i = all.length - 1; i > from; i--) {
    // the office on one line, or broken over up to three (`PREZYDENT MIASTA` / `KRAKOWA`, `Z up. PREZYDENTA …` / `I ZASTĘPCA …`)
    const span = isSignature(all[i]!.text) ? 1 : [2, 3].find((k) => i + k <= all.length && OFFICE_ALONE.test(all.slice(i, i + k).map((b) => b.text).join(' ')));
    if (span !== undefined) {
      to = i + span - 1;
      // the signer's name under the office, after the mark of a signed copy (`/-/`, `(-)`) when there is one, on
      // one line or two (`Aleksander` / `Miszalski`): at most five words, and no more once a first and last name are in
      let words = 0;
      for (let j = to + 1; j < all.length && words < 2; j++) {
        const t = all[j]!.text;
        if (SIGNED_MARK.test(t)) {
          to = j;
          continue;
        }
        const name = t.replace(SIGNED_MARK_BEFORE, '');
        const n = name.split(/\s+/).length;
        if (words + n > 5 || !/^\p{Lu}/u.test(name) || /[:]/.test(name)) break;
        to = j;
        words += n;
      }
      break;
    }
  }
  if (to < 0) {
    let last = all.length - 1;
    while (last > from && !/§/.test(all[last]!.text)) last--;
    to = last;
    while (to + 1 < all.length && continuesOrder(all, to + 1)) to++;
  }
  const page = (part: typeof all): string => part.map((b) => b.text).join(' ').slice(0, 120);
  // on a page with furniture above the order, what stands before the heading in its block is the page's too (a
  // document site's page number: `1 ZARZĄDZENIE Nr …`)
  const col = from > 0 ? Math.max(0, ORDER_START.exec(all[from]!.text)?.index ?? 0) : 0;
  if (from > 0) dropped.push({ pos: all[0]!.pos, text: page([...all.slice(0, from), { ...all[from]!, text: all[from]!.text.slice(0, col) }]), why: 'element strony przed treścią zarządzenia' });
  if (col > 0) all[from] = { ...all[from]!, text: all[from]!.text.slice(col) };
  if (to < all.length - 1) dropped.push({ pos: all[to + 1]!.pos, text: page(all.slice(to + 1)), why: 'element strony po treści zarządzenia' });
  return { blocks: all.slice(from, to + 1), dropped };
}

/**
 * The text encoding a saved page declares (`<meta charset="iso-8859-2">`, `content="text/html; charset=windows-1250"`),
 * as a WHATWG label, or null when it declares none or one this runtime cannot decode.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]!.toLowerCase()).encoding;
  } catch {
    return null;
  }
}
