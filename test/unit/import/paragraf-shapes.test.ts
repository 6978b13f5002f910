/**
 * Shapes of paragrafy that real orders write and the importer must hold without an unplaced word, and render back
 * as written: the common duties paragraf with further ustępy (`§ 7. 1. Wszystkie … komórki … są odpowiedzialne za:
 * … 2. Kierownicy komórek odpowiadają …`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import/index.js';
import { Citation } from '../../../core/model/citation.js';
import { locateItems } from '../../../core/model/locate.js';
import type { Order } from '../../../core/model/order.js';
import { RichText } from '../../../core/model/rich-text.js';
import { renderText } from '../../../core/render/text.js';
import { OWN } from '../fixtures.js';
import { TRANSFORMS, wrapParagraph } from './transforms.js';
import { missingWords } from './words.js';

const read = (name: string): string => readFileSync(join(OWN, 'import', name), 'utf8');

function imported(text: string): Order {
  const r = importText(text, 'txt');
  if (!r.ok) throw new Error(r.error.message);
  return r.order;
}

/** The lines of paragraf `n` (from `§ n.` to the next blank line), spaces folded (non-breaking ones too). */
function paragrafLines(text: string, n: number): string[] {
  const lines = text.replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const from = lines.findIndex((l) => l.startsWith(`§ ${n}.`));
  const to = lines.findIndex((l, i) => i > from && l === '');
  return lines.slice(from, to < 0 ? undefined : to);
}

describe('the common duties paragraf with further ustępy', () => {
  const text = read('wydzial-obowiazki-wspolne-ustepy.txt');
  const order = imported(text);
  const par = order.paragraphs.find((p) => p.role === 'commonDuties')!;

  it('holds ust. 1 as the common duties and the further ustępy as written, nothing unplaced', () => {
    expect(order.unplaced).toEqual([]);
    expect(missingWords(text, order)).toEqual([]);
    expect(order.commonDuties!.map((it) => RichText.plain(it.text, order))).toHaveLength(4);
    expect(order.commonDuties![3]!.children.map((c) => c.written?.label)).toEqual(['a)', 'b)']);
    expect(par.content!.map((u) => u.written?.label)).toEqual(['1.', '2.', '3.']);
    expect(par.content![0]!.items).toEqual([]);
    expect(par.content![1]!.items.map((it) => it.written?.label)).toEqual(['1)', '2)', '3)']);
    expect(RichText.plain(par.content![2]!.text, order)).toMatch(/^Pracownicy Wydziału wykonują także inne zadania/);
  });

  it('renders the paragraf back as written', () => {
    const n = order.paragraphs.indexOf(par) + 1;
    expect(paragrafLines(renderText(order), n)).toEqual(paragrafLines(text, Number(par.writtenNumber)));
  });

  it('cites the points of each ustęp with the ustęp', () => {
    const at = locateItems(order);
    const n = order.paragraphs.indexOf(par) + 1;
    expect(Citation.format(at.get(order.commonDuties![0]!.id)!.citation)).toBe(`§ ${n} ust. 1 pkt 1`);
    expect(Citation.format(at.get(par.content![1]!.items[2]!.id)!.citation)).toBe(`§ ${n} ust. 2 pkt 3`);
  });

  it('reads the same from a copy flattened to one line and from its own rendering', () => {
    for (const copy of [TRANSFORMS.flat!(text), renderText(order)]) {
      const again = imported(copy);
      expect(again.unplaced).toEqual([]);
      expect(again.commonDuties).toHaveLength(4);
      expect(again.paragraphs.find((p) => p.role === 'commonDuties')!.content!.map((u) => u.items.length)).toEqual([0, 3, 0]);
    }
  });

  it('keeps a common duties paragraf of one ustęp as before (no copy of it as written)', () => {
    const one = imported(text.replace(/§ 7\. 1\. /, '§ 7. ').replace(/\n2\. Kierownicy[\s\S]*?przepisów prawa\.\n/, '\n'));
    expect(one.unplaced).toEqual([]);
    expect(one.paragraphs.find((p) => p.role === 'commonDuties')!.content).toBeUndefined();
  });
});

describe('a paragraf with its own title', () => {
  const text = read('regulamin-paragrafy-z-tytulami.txt');
  const order = imported(text);
  const titles = (o: Order): (string | null)[] => o.paragraphs.map((p) => p.title ?? null);

  it('reads the title of a paragraf standing on its own line, before a sentence or before ustępy', () => {
    expect(order.unplaced).toEqual([]);
    expect(missingWords(text, order)).toEqual([]);
    expect(titles(order)).toEqual(['Przedmiot regulacji', 'Zasady korzystania', null, 'Rozliczanie kosztów', null, null, null]);
    expect(order.paragraphs[0]!.content!.map((u) => [u.written?.label, RichText.plain(u.text, order).slice(0, 25)])).toEqual([[null, 'Zarządzenie określa zasad']]);
    expect(order.paragraphs[1]!.content!.map((u) => u.written?.label)).toEqual(['1.', '2.', '3.']);
  });

  it('renders every paragraf back as written, the title on the line of § n.', () => {
    const out = renderText(order);
    for (const n of [1, 2, 3, 4, 5]) expect(paragrafLines(out, n)).toEqual(paragrafLines(text, n));
  });

  it('keeps the title through its own rendering and re-wrapping; flattened, its words stay in the paragraf', () => {
    expect(titles(imported(renderText(order)))).toEqual(titles(order));
    // the sentence after the title wrapped at 40 columns, the title's line as written
    const sentence = /\nZarządzenie określa.*\n/.exec(text)![0];
    expect(titles(imported(text.replace(sentence, `\n${wrapParagraph(sentence.trim(), 40)}\n`)))).toEqual(titles(order));
    const flat = imported(TRANSFORMS.flat!(text));
    // on one line a title before a sentence cannot be told from the sentence's first words; before `1.` it can
    expect(titles(flat)).toEqual([null, 'Zasady korzystania', null, 'Rozliczanie kosztów', null, null, null]);
    expect(flat.unplaced).toEqual([]);
  });

  it('does not take the first line of a wrapped sentence for a title', () => {
    const wrapped = text.replace('§ 1. Przedmiot regulacji\nZarządzenie określa', '§ 1. Przedmiot regulacji Zarządzenie\nokreśla');
    expect(imported(wrapped).paragraphs[0]!.title).toBeUndefined();
    const scope = read('wydzial-obowiazki-wspolne-ustepy.txt').replace('§ 4. Do zakresu działania Referatu', '§ 4. Do zakresu działania\nReferatu');
    const o = imported(scope);
    expect(o.paragraphs.every((p) => !p.title)).toBe(true);
    expect(o.paragraphs[3]!.role).toBe('scope');
  });
});

describe('closing parts as clerks write them', () => {
  const text = read('wydzial-wspolne-zadania-z-up.txt');
  const order = imported(text);

  it('reads a deputy signing on the Prezydent’s authority, over several lines', () => {
    expect(order.unplaced).toEqual([]);
    expect(order.signature).toEqual({ office: 'Z up. PREZYDENTA MIASTA KRAKOWA I ZASTĘPCA PREZYDENTA', name: '/-/ Andrzej Kulig' });
    const titled = imported(read('regulamin-paragrafy-z-tytulami.txt'));
    expect(titled.signature).toEqual({ office: 'PREZYDENT MIASTA KRAKOWA', name: '/-/ Aleksander Miszalski' });
  });

  it('reads the date of a repealed order in numeric form, and its whole title', () => {
    expect(order.repeals).toEqual([{ number: '1530/2021', date: '2021-06-30', title: expect.stringMatching(/^w sprawie podziału .* Promocji i Turystyki$/) }]);
    const amending = imported(text.replace('z dnia 2021-06-30 w sprawie', 'z dnia 30.06.2021r. zmieniające zarządzenie w sprawie'));
    expect(amending.repeals[0]).toMatchObject({ date: '2021-06-30', title: expect.stringMatching(/^zmieniające zarządzenie w sprawie/) });
    expect(paragrafLines(renderText(amending), 11).join(' ')).toContain('z dnia 30 czerwca 2021 r. zmieniające zarządzenie w sprawie');
  });

  it('reads the first rule of an entry-into-force sentence and prints a sentence that says more as written', () => {
    expect(order.entryIntoForce).toEqual({ kind: 'date', date: '2025-10-01' });
    expect(paragrafLines(renderText(order), 12)).toEqual(paragrafLines(text, 12));
    for (const [sentence, reading] of [
      ['Zarządzenie wchodzi w życie z dniem podpisania.', { kind: 'signing' }],
      ['Zarządzenie wchodzi w życie z dniem 1 października 2025 r.', { kind: 'date', date: '2025-10-01' }],
      ['Zarządzenie wchodzi w życie z dniem 01.10.2025 r.', { kind: 'date', date: '2025-10-01' }],
      ['Zarządzenie wchodzi w życie po upływie 14 dni od dnia podpisania.', { kind: 'afterDays', days: 14 }],
    ] as const) {
      const o = imported(text.replace(/§ 12\. .*/, `§ 12. ${sentence}`));
      expect(o.entryIntoForce).toEqual(reading);
      expect(o.unplaced).toEqual([]);
    }
  });

  it('prints the standard sentence once the draft says otherwise than the written one', () => {
    const changed = structuredClone(order);
    changed.entryIntoForce = { kind: 'signing' };
    expect(paragrafLines(renderText(changed), 12)).toEqual(['§ 12. Zarządzenie wchodzi w życie z dniem podpisania.']);
  });
});
