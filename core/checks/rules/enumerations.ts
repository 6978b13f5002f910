/**
 * Rules on editorial units: numbering of paragrafy, ustępy, punkty, litery and tirety, and the punctuation and
 * letter case of enumerations. They read the `written` fields of an imported order (labels, endings, § numbers
 * as the source wrote them); text written in the app has none, its labels and punctuation are generated, and
 * these rules pass on it (except the letter case, which is the user's text).
 * Source: § 55–§ 57 ZTP (applied to the paragrafy of a zarządzenie), spec/document-format.md (Editorial units).
 */
import { Citation } from '../../model/citation.js';
import type { Item } from '../../model/order.js';
import { RichText } from '../../model/rich-text.js';
import { expectedEnd, type CheckContext, type Enumeration } from '../context.js';
import { cloneOrder, editItems, editUstep } from '../edit.js';
import type { RawFinding, Rule } from '../types.js';

const UNIT_NAME = ['punkt', 'litera', 'tiret'] as const;
const UNIT_PLURAL = ['punkty', 'litery', 'tirety'] as const;

type LabelStyle = 'point' | 'oldPoint' | 'letter' | 'tiret' | 'other';

function styleOf(label: string): LabelStyle {
  if (/^\d+\)$/.test(label)) return 'point';
  if (/^\d+\.$/.test(label)) return 'oldPoint';
  if (/^\p{Ll}+\)$/u.test(label)) return 'letter';
  if (/^[–—−-]$/.test(label)) return 'tiret';
  return 'other';
}
const EXPECTED_STYLE: LabelStyle[] = ['point', 'letter', 'tiret'];
const STYLE_TEXT: Record<LabelStyle, string> = {
  point: 'cyframi z nawiasem („1)”)',
  oldPoint: 'cyframi z kropką („1.”)',
  letter: 'literami („a)”)',
  tiret: 'tiretami („–”)',
  other: 'nietypowymi oznaczeniami',
};

/** ` (zakres KP-02-1)` when the list is one of several scope lists of a paragraf, so that findings at the same § tell them apart. */
function ownerNote(ctx: CheckContext, e: Enumeration): string {
  if (e.role !== 'scope' || !e.unitId || e.depth > 0) return '';
  const p = ctx.order.paragraphs.find((x) => x.role === 'scope' && x.unitIds?.includes(e.unitId!));
  if (!p || (p.unitIds?.length ?? 0) < 2) return '';
  const u = ctx.unitById.get(e.unitId);
  return u ? ` (zakres ${u.symbol || u.name})` : '';
}

/** Lists with labels written by an importer: the only ones label and punctuation rules apply to. */
function writtenLists(ctx: CheckContext): Enumeration[] {
  return ctx.enumerations.filter((e) => e.items.some((i) => i.written));
}

/** A lone unlabelled item after a colon is the end of the sentence, not an enumeration. */
function isContinuation(e: Enumeration): boolean {
  return e.items.length === 1 && e.items[0]!.written?.label === null;
}

function expectedLabel(depth: number, i: number): string {
  return depth === 0 ? `${i + 1})` : depth === 1 ? `${Citation.letterLabel(i + 1)})` : '–';
}

function stripWritten(ids: string[]) {
  return (order: Parameters<NonNullable<Rule['fix']>>[0]) =>
    editItems(order, ids, (it) => {
      delete it.written;
    });
}

/** § numbers as written: unique and consecutive. */
export const paragrafNumbering: Rule<CheckContext> = {
  code: 'numbering.paragraf',
  severity: 'error',
  title: 'Paragrafy numerowane kolejno, bez powtórzeń',
  source: { kind: 'ztp', ref: '§ 57 ust. 1 ZTP (ciągłość numeracji; w zarządzeniu jednostką jest paragraf)' },
  check(ctx) {
    const out: RawFinding[] = [];
    const seen = new Map<string, number>();
    let reported = false;
    ctx.order.paragraphs.forEach((p, i) => {
      const w = p.writtenNumber;
      if (w === undefined) return;
      const prev = seen.get(w);
      if (prev !== undefined) {
        out.push({ where: `§ ${i + 1}`, message: `Numer „§ ${w}” powtarza się (nosi go już § ${prev}).`, targetId: p.id, fix: { label: 'Ponumeruj paragrafy kolejno', target: '' } });
      } else if (w !== String(i + 1) && !reported) {
        reported = true;
        out.push({ where: `§ ${i + 1}`, message: `Paragraf oznaczono „§ ${w}”, a w kolejności jest to § ${i + 1}: numeracja paragrafów nie jest ciągła.`, targetId: p.id, fix: { label: 'Ponumeruj paragrafy kolejno', target: '' } });
      }
      seen.set(w, i + 1);
    });
    return out;
  },
  fix(order) {
    const copy = cloneOrder(order);
    for (const p of copy.paragraphs) delete p.writtenNumber;
    return copy;
  },
};

/** Ustępy as written: consecutive `1.`, `2.`; a lone ustęp has no number. */
export const ustepNumbering: Rule<CheckContext> = {
  code: 'numbering.ustep',
  severity: 'error',
  title: 'Ustępy numerowane kolejno; jedyny ustęp paragrafu bez numeru',
  source: { kind: 'ztp', ref: '§ 55 ust. 3 i § 57 ust. 2 ZTP' },
  check(ctx) {
    const out: RawFinding[] = [];
    ctx.order.paragraphs.forEach((p, pi) => {
      const content = p.content ?? [];
      const labels = content.map((u) => u.written?.label ?? null);
      if (labels.every((l) => l === null)) return;
      const no = pi + 1;
      if (content.length === 1) {
        out.push({
          severity: 'warning',
          where: `§ ${no}`,
          message: `Paragraf ma jeden ustęp, a oznaczono go „${labels[0]}”: jedynego ustępu się nie numeruje.`,
          targetId: content[0]!.id,
          fix: { label: 'Usuń numer ustępu', target: content[0]!.id },
        });
        return;
      }
      for (let i = 0; i < content.length; i++) {
        const l = labels[i];
        if (l === null) {
          out.push({ where: `§ ${no} ust. ${i + 1}`, message: `Ustęp nie ma numeru, choć pozostałe ustępy paragrafu są numerowane (powinien być „${i + 1}.”).`, targetId: content[i]!.id, fix: { label: 'Ponumeruj ustęp', target: content[i]!.id } });
          break;
        }
        if (l !== `${i + 1}.`) {
          out.push({ where: `§ ${no} ust. ${i + 1}`, message: `Ustęp oznaczono „${l}” zamiast „${i + 1}.”.`, targetId: content[i]!.id, fix: { label: 'Ponumeruj ustęp', target: content[i]!.id } });
          break;
        }
      }
    });
    return out;
  },
  fix(order, fix) {
    return editUstep(order, fix.target, (u) => {
      delete u.written;
    });
  },
};

/** Labels of points, letters and tirets: the right kind for the level, consecutive, no Polish-only letters, none missing. */
export const itemLabels: Rule<CheckContext> = {
  code: 'numbering.items',
  severity: 'error',
  title: 'Punkty, litery i tirety oznaczone kolejno i właściwie dla poziomu wyliczenia',
  source: { kind: 'ztp', ref: '§ 57 ust. 3–5 ZTP' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const e of writtenLists(ctx)) {
      if (isContinuation(e)) continue;
      const labels = e.items.map((i) => i.written?.label ?? null);
      // an unlabelled item in a labelled list
      const unlabelled = labels.flatMap((l, i) => (l === null ? [i] : []));
      if (unlabelled.length && unlabelled.length < labels.length) {
        for (const i of unlabelled) {
          const it = e.items[i]!;
          const cut = it.written?.end === '' ? ' i nie ma znaku na końcu (tekst może być urwany)' : '';
          const should = e.depth === 0 ? `pkt ${i + 1}` : e.depth === 1 ? `lit. ${Citation.letterLabel(i + 1)}` : `tiret ${Citation.tiretOrdinal(i + 1)}`;
          out.push({
            where: e.where,
            message: `Pozycja wyliczenia „${short(ctx.plain(it.text))}” nie ma oznaczenia${cut}; powinna to być ${should}.`,
            targetId: it.id,
            fix: { label: 'Nadaj oznaczenie', target: it.id },
          });
        }
      } else if (unlabelled.length >= 2) {
        out.push({ where: e.where, message: `Pozycje wyliczenia (${e.items.length}) nie mają oznaczeń: ${UNIT_PLURAL[e.depth]} oznacza się „${expectedLabel(e.depth, 0)}”, „${expectedLabel(e.depth, 1)}” …`, targetId: e.ownerId, fix: { label: 'Oznacz pozycje', target: e.ownerId, data: { ids: e.items.map((i) => i.id).join(',') } } });
        continue;
      }
      // the kind of label
      const styles = new Set(labels.filter((l): l is string => l !== null).map(styleOf));
      const wrong = [...styles].filter((s) => s !== EXPECTED_STYLE[e.depth] && !(e.depth === 1 && s === 'letter'));
      if (wrong.length) {
        out.push({
          severity: 'warning',
          where: e.where,
          message: `${cap(UNIT_PLURAL[e.depth]!)} wyliczenia${ownerNote(ctx, e)} oznaczono ${wrong.map((s) => STYLE_TEXT[s]).join(' i ')}; ${UNIT_PLURAL[e.depth]} oznacza się ${STYLE_TEXT[EXPECTED_STYLE[e.depth]!]}.`,
          targetId: e.ownerId,
          fix: { label: 'Popraw oznaczenia', target: e.ownerId, data: { ids: e.items.map((i) => i.id).join(',') } },
        });
      }
      // sequence
      for (let i = 0; i < labels.length; i++) {
        const l = labels[i];
        if (l === null || l === undefined) continue;
        const st = styleOf(l);
        if (st === 'point' || st === 'oldPoint') {
          const n = Number(l.slice(0, -1));
          if (n !== i + 1) {
            out.push({ where: e.itemWhere[i]!, message: `Oznaczono „${l}”, a w kolejności jest to ${i + 1}. pozycja wyliczenia: numeracja nie jest ciągła.`, targetId: e.items[i]!.id, fix: { label: 'Ponumeruj kolejno', target: e.ownerId, data: { ids: e.items.map((x) => x.id).join(',') } } });
            break;
          }
        } else if (st === 'letter') {
          const letter = l.slice(0, -1);
          if (/[ąćęłńóśźż]/.test(letter)) {
            out.push({ where: e.itemWhere[i]!, message: `Litera „${l}” ma znak właściwy tylko językowi polskiemu; litery oznacza się literami alfabetu łacińskiego (po „z)” następują „za)”, „zb)”).`, targetId: e.items[i]!.id, fix: { label: 'Popraw oznaczenie', target: e.ownerId, data: { ids: e.items.map((x) => x.id).join(',') } } });
            break;
          }
          if (Citation.letterIndex(letter) !== i + 1) {
            out.push({ where: e.itemWhere[i]!, message: `Oznaczono „${l}” zamiast „${Citation.letterLabel(i + 1)})”: litery nie następują po sobie.`, targetId: e.items[i]!.id, fix: { label: 'Oznacz kolejno', target: e.ownerId, data: { ids: e.items.map((x) => x.id).join(',') } } });
            break;
          }
        }
      }
    }
    return out;
  },
  fix(order, fix) {
    const ids = fix.data?.ids ? fix.data.ids.split(',') : [fix.target];
    return editItems(order, ids, (it) => {
      if (it.written) it.written = { ...it.written, label: null };
      delete it.written;
    });
  },
};

/** Endings of points, letters and tirets. */
export const itemEndings: Rule<CheckContext> = {
  code: 'punctuation.items',
  severity: 'error',
  title: 'Punkty kończą się średnikiem, ostatni kropką; litery i tirety przecinkiem; przed częścią wspólną przecinek',
  source: { kind: 'ztp', ref: '§ 57 ust. 3–4 ZTP' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const e of writtenLists(ctx)) {
      if (isContinuation(e)) continue;
      const n = e.items.length;
      const wrong: { i: number; got: string; exp: string }[] = [];
      e.items.forEach((it, i) => {
        const w = it.written;
        if (!w || w.label === null) return;
        if (it.children.length) {
          if (w.end !== ':' && w.end !== '') wrong.push({ i, got: w.end, exp: ':' });
          return;
        }
        const exp = expectedEnd(i, n, e.depth, e.closing, !!e.wspolna);
        const ok = w.end === exp || (!!e.wspolna && i === n - 1 && (w.end === '' || w.end === '–'));
        if (!ok) wrong.push({ i, got: w.end, exp });
      });
      if (!wrong.length) continue;
      const leafNonLast = e.items.map((it, i) => ({ it, i })).filter(({ it, i }) => i < n - 1 && !it.children.length && it.written?.label !== null);
      const sameGot = wrong[0]!.got;
      const systematic = leafNonLast.length >= 2 && leafNonLast.every(({ i }) => wrong.some((w) => w.i === i && w.got === sameGot));
      const kind = UNIT_NAME[e.depth]!;
      if (systematic) {
        const lastAlso = wrong.find((w) => w.i === n - 1 && w.got === sameGot);
        const want = expectedEnd(0, n, e.depth, e.closing, !!e.wspolna);
        const lastText = lastAlso ? `; ostatni: ${markName(lastAlso.exp)}` : '';
        out.push({
          where: e.where,
          message:
            sameGot === ''
              ? `${cap(UNIT_PLURAL[e.depth]!)} wyliczenia${ownerNote(ctx, e)} nie mają na końcu znaków interpunkcyjnych (właściwy znak: ${markName(want)}${lastText}).`
              : `${cap(UNIT_PLURAL[e.depth]!)} wyliczenia${ownerNote(ctx, e)} kończą się ${endName(sameGot)} zamiast ${endName(want)}${lastAlso ? `, także ostatni (właściwy znak: ${markName(lastAlso.exp)})` : ''}.`,
          targetId: e.ownerId,
          fix: { label: 'Popraw znaki na końcu', target: e.ownerId, data: { ids: e.items.map((x) => x.id).join(',') } },
        });
        for (const w of wrong) {
          if (leafNonLast.some((x) => x.i === w.i) || w === lastAlso) continue;
          out.push(single(e, w, kind));
        }
      } else for (const w of wrong) out.push(single(e, w, kind));
    }
    return out;
  },
  fix(order, fix) {
    const ids = fix.data?.ids ? fix.data.ids.split(',') : [fix.target];
    return editItems(order, ids, (it) => {
      delete it.written;
    });
  },
};

const SUBJECT: Record<string, { notLast: string; last: string; intro: string }> = {
  punkt: { notLast: 'Punkt, który nie jest ostatni w wyliczeniu,', last: 'Ostatni punkt wyliczenia', intro: 'Punkt wprowadzający do wyliczenia liter' },
  litera: { notLast: 'Litera, która nie jest ostatnia w wyliczeniu,', last: 'Ostatnia litera wyliczenia', intro: 'Litera wprowadzająca do wyliczenia tiret' },
  tiret: { notLast: 'Tiret, które nie jest ostatnie w wyliczeniu,', last: 'Ostatnie tiret wyliczenia', intro: 'Tiret wprowadzające do dalszego wyliczenia' },
};

/** `X kończy się średnikiem („;”) zamiast kropką („.”).` or, with no mark, `X nie ma znaku na końcu; powinien…`. */
export function endingMessage(subject: string, got: string, exp: string): string {
  if (got === '') return `${subject} nie ma na końcu znaku interpunkcyjnego (właściwy znak: ${markName(exp)}).`;
  return `${subject} kończy się ${endName(got)} zamiast ${endName(exp)}.`;
}

function single(e: Enumeration, w: { i: number; got: string; exp: string }, kind: string): RawFinding {
  const it = e.items[w.i]!;
  const s = SUBJECT[kind]!;
  const subject = w.exp === ':' ? s.intro : w.i === e.items.length - 1 ? s.last : s.notLast;
  return {
    where: e.itemWhere[w.i]!,
    message: endingMessage(subject, w.got, w.exp),
    targetId: it.id,
    fix: { label: `Zakończ ${endName(w.exp)}`, target: it.id },
  };
}

/** Ustępy of § 1–§ 3, final clauses and general paragraphs end with a full stop, or a colon before a list. */
export const ustepEndings: Rule<CheckContext> = {
  code: 'punctuation.ustep',
  severity: 'warning',
  title: 'Ustęp kończy się kropką, a wprowadzenie do wyliczenia dwukropkiem',
  source: { kind: 'ztp', ref: '§ 56 ust. 1 i § 57 ust. 3 ZTP' },
  check(ctx) {
    const out: RawFinding[] = [];
    ctx.order.paragraphs.forEach((p, pi) => {
      if (p.role === 'scope' || p.role === 'commonDuties') return;
      const content = p.content ?? [];
      content.forEach((u, ui) => {
        if (!u.written) return;
        const where = content.length > 1 ? `§ ${pi + 1} ust. ${ui + 1}` : `§ ${pi + 1}`;
        const text = ctx.plain(u.text).trim();
        if (u.items.length === 1 && u.items[0]!.written?.label === null) {
          const end = u.items[0]!.written.end;
          if (end !== '.') out.push({ where, message: endingMessage('Ustęp', end, '.'), targetId: u.items[0]!.id, fix: { label: 'Zakończ kropką', target: u.id, data: { item: u.items[0]!.id } } });
        } else if (u.items.length && !text.endsWith(':')) {
          out.push({ where, message: 'Wprowadzenie do wyliczenia nie kończy się dwukropkiem.', targetId: u.id, fix: { label: 'Dodaj dwukropek', target: u.id, data: { add: ':' } } });
        } else if (!u.items.length && !/[.:]$/.test(text)) {
          out.push({ where, message: endingMessage('Ustęp', text.slice(-1).replace(/[\p{L}\p{N})”"]/u, ''), '.'), targetId: u.id, fix: { label: 'Zakończ kropką', target: u.id, data: { add: '.' } } });
        }
      });
    });
    return out;
  },
  fix(order, fix) {
    if (fix.data?.item) {
      return editItems(order, [fix.data.item], (it) => {
        if (it.written) it.written.end = '.';
      });
    }
    return editUstep(order, fix.target, (u) => {
      u.text = RichText.editEnd(u.text, (run) => run.replace(/[\s;,]+$/, '') + (fix.data?.add ?? '.'));
    });
  },
};

const ACRONYM = /^\p{Lu}{2,}/u;

/** Points, letters and tirets of scopes and common duties open with a small letter (they continue the lead-in). */
export const itemCapital: Rule<CheckContext> = {
  code: 'punctuation.capital',
  severity: 'warning',
  title: 'Punkt zakresu zaczyna się małą literą',
  source: { kind: 'spec', ref: 'spec/document-format.md (Editorial units): punkt kontynuuje zdanie wprowadzenia; § 57 ust. 3 ZTP' },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const e of ctx.enumerations) {
      if (e.role !== 'scope' && e.role !== 'commonDuties') continue;
      if (isContinuation(e)) continue;
      const caps = e.items.flatMap((it, i) => {
        const text = ctx.plain(it.text);
        return /^\p{Lu}\p{Ll}/u.test(text) && !ACRONYM.test(text) ? [i] : [];
      });
      if (!caps.length) continue;
      if (caps.length === e.items.length && caps.length >= 2) {
        out.push({ where: e.where, message: `Wszystkie ${UNIT_PLURAL[e.depth]} wyliczenia${ownerNote(ctx, e)} (${caps.length}) zaczynają się wielką literą; ${UNIT_PLURAL[e.depth]} kontynuują zdanie wprowadzenia i zaczyna się je małą literą.`, targetId: e.ownerId, fix: { label: 'Zmień na małe litery', target: e.ownerId, data: { ids: e.items.map((x) => x.id).join(',') } } });
      } else {
        for (const i of caps) out.push({ where: e.itemWhere[i]!, message: `${cap(UNIT_NAME[e.depth]!)} zaczyna się wielką literą („${firstWord(ctx.plain(e.items[i]!.text))}”); powinien zaczynać się małą.`, targetId: e.items[i]!.id, fix: { label: 'Zmień na małą literę', target: e.items[i]!.id } });
      }
    }
    return out;
  },
  fix(order, fix) {
    const ids = fix.data?.ids ? fix.data.ids.split(',') : [fix.target];
    return editItems(order, ids, (it) => {
      it.text = RichText.editStart(it.text, (run) => (/^\p{Lu}\p{Ll}/u.test(run) ? run[0]!.toLowerCase() + run.slice(1) : run));
    });
  },
};

function firstWord(text: string): string {
  return text.split(/\s/)[0] ?? '';
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Polish name of an ending mark, in the nominative (`średnik („;”)`). */
export function markName(mark: string): string {
  return { ';': 'średnik („;”)', '.': 'kropka („.”)', ',': 'przecinek („,”)', ':': 'dwukropek („:”)' }[mark] ?? `„${mark}”`;
}

/** Polish name of an ending mark, in the instrumental (`średnikiem`). */
export function endName(mark: string): string {
  switch (mark) {
    case ';':
      return 'średnikiem („;”)';
    case '.':
      return 'kropką („.”)';
    case ',':
      return 'przecinkiem („,”)';
    case ':':
      return 'dwukropkiem („:”)';
    case '':
      return 'brak znaku';
    default:
      return `znakiem „${mark}”`;
  }
}

export const ENUMERATION_RULES = [paragrafNumbering, ustepNumbering, itemLabels, itemEndings, ustepEndings, itemCapital];
