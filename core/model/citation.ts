/**
 * A location inside an order, in the citation form of the Zasady techniki prawodawczej
 * (§ 56–§ 60 ZTP applied to zarządzenia): `§ 7 ust. 1 pkt 3 lit. f tiret drugie`.
 *
 * A citation is always computed from the position of an editorial unit in the model
 * (see `Order.locate`), never stored as text.
 */
export interface Citation {
  /** 1-based number of the paragraf. */
  paragraf: number;
  /** 1-based number of the ustęp; absent where the paragraf has a single, unnumbered ustęp. */
  ustep?: number;
  /** 1-based number of the punkt. */
  punkt?: number;
  /** 1-based index of the litera (1 → `a`). */
  litera?: number;
  /** 1-based index of the tiret. */
  tiret?: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const ORDINALS = [
  'pierwsze', 'drugie', 'trzecie', 'czwarte', 'piąte', 'szóste', 'siódme', 'ósme', 'dziewiąte', 'dziesiąte',
  'jedenaste', 'dwunaste', 'trzynaste', 'czternaste', 'piętnaste', 'szesnaste', 'siedemnaste', 'osiemnaste',
  'dziewiętnaste', 'dwudzieste',
];

/** Functions over {@link Citation}. */
export const Citation = {
  /**
   * Label of the n-th litera (1-based): `a` … `z`, then `za`, `zb` … (§ 57 ZTP: letters of the Latin
   * alphabet without Polish-only characters; after `z` the letters are doubled with a `z` prefix).
   * @throws RangeError when n < 1.
   */
  letterLabel(n: number): string {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Numer litery musi być dodatni, a jest ${n}`);
    let label = '';
    let rest = n;
    while (rest > LETTERS.length) {
      label += 'z';
      rest -= LETTERS.length;
    }
    return label + LETTERS[rest - 1];
  },

  /**
   * Inverse of {@link Citation.letterLabel}: `a` → 1, `z` → 26, `za` → 27. Returns null for anything
   * that is not a valid letter label (e.g. a Polish-only character such as `ą`).
   */
  letterIndex(label: string): number | null {
    const m = /^(z*)([a-z])$/.exec(label);
    if (!m) return null;
    const prefix = m[1]!.length;
    const last = LETTERS.indexOf(m[2]!) + 1;
    if (prefix > 0 && label === 'z'.repeat(prefix + 1)) return 26 * prefix; // `z`, `zz`…
    return prefix * 26 + last;
  },

  /** Ordinal word used to cite a tiret: 1 → `pierwsze`. Falls back to the number past 20. */
  tiretOrdinal(n: number): string {
    return ORDINALS[n - 1] ?? String(n);
  },

  /**
   * Formats a citation: `{ paragraf: 7, ustep: 1, punkt: 3, litera: 6 }` → `§ 7 ust. 1 pkt 3 lit. f`.
   * Uses ordinary spaces (the non-breaking spaces of printed text are added by the renderer).
   */
  format(c: Citation): string {
    const parts = [`§ ${c.paragraf}`];
    if (c.ustep !== undefined) parts.push(`ust. ${c.ustep}`);
    if (c.punkt !== undefined) parts.push(`pkt ${c.punkt}`);
    if (c.litera !== undefined) parts.push(`lit. ${Citation.letterLabel(c.litera)}`);
    if (c.tiret !== undefined) parts.push(`tiret ${Citation.tiretOrdinal(c.tiret)}`);
    return parts.join(' ');
  },

  /**
   * Parses the citation form back (`§ 3 ust. 2 pkt 1`, `§ 7 ust. 1 pkt 3 lit. f`).
   * Returns null when the text is not a citation.
   */
  parse(text: string): Citation | null {
    const m = /^§\s*(\d+)(?:\s+ust\.\s*(\d+))?(?:\s+pkt\s*(\d+))?(?:\s+lit\.\s*([a-z]+))?(?:\s+tiret\s+(\S+))?$/.exec(
      text.trim().replace(/\u00a0/g, ' '),
    );
    if (!m) return null;
    const c: Citation = { paragraf: Number(m[1]) };
    if (m[2]) c.ustep = Number(m[2]);
    if (m[3]) c.punkt = Number(m[3]);
    if (m[4]) {
      const li = Citation.letterIndex(m[4]);
      if (li === null) return null;
      c.litera = li;
    }
    if (m[5]) {
      const t = ORDINALS.indexOf(m[5]);
      c.tiret = t >= 0 ? t + 1 : Number(m[5]);
      if (!Number.isFinite(c.tiret)) return null;
    }
    return c;
  },

  /** True when both citations name the same place. */
  equals(a: Citation, b: Citation): boolean {
    return Citation.format(a) === Citation.format(b);
  },
};
