/**
 * Text similarity of tasks for the comparison: words lower-cased, function words dropped, each word cut to a
 * 5-letter stem (a cheap stemmer that makes Polish case endings meet: `ewidencji`/`ewidencja`,
 * `przygotowanie`/`przygotowywanie`), weighted by inverse document frequency over both orders. Similarity is
 * the weighted Dice coefficient of the stem sets (0–1); containment is the share of one text's weight found in
 * the other (for a task merged into a longer one).
 */

const STOP = new Set([
  'i', 'oraz', 'a', 'w', 'we', 'z', 'ze', 'do', 'na', 'o', 'od', 'dla', 'po', 'przez', 'przy', 'za', 'pod', 'nad', 'u', 'lub', 'albo', 'się',
  'tym', 'tych', 'ich', 'jego', 'jej', 'ramach', 'zakresie', 'm.in', 'in', 'm', 'itp', 'itd', 'ww', 'tj', 'jak', 'również', 'także', 'szczególności',
  'innych', 'inne', 'oraz', 'które', 'który', 'która', 'których', 'że', 'to', 'jest', 'są', 'nie', 'dot',
]);
const STEM = 5;

/**
 * Stems of the administrative boilerplate every scope repeats (`Urzędu Miasta Krakowa`, `komórkami
 * organizacyjnymi`, `jednostkami miejskimi`, `Prezydenta`, `Zastępców`): they count a quarter, so that two tasks
 * are not taken for one because both speak of the city hall's units.
 */
const BOILERPLATE = new Set(['urzęd', 'miast', 'krako', 'komór', 'organ', 'jedno', 'miejs', 'prezy', 'zastę', 'gminy', 'gmini', 'kance', 'wydzi', 'dyrek', 'zakre', 'zadań', 'spraw', 'związ', 'reali', 'prowa', 'umk']);
const BOILERPLATE_WEIGHT = 0.25;

/** Normalised text for equality: spaces, dashes and quotes unified, lower case, no trailing punctuation. */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/\s*[-\u2010-\u2015\u2212]\s*/g, '-')
    .replace(/[„”"«»]/g, '"')
    .replace(/[\s.;,:]+$/, '')
    .trim();
}

/** Stems of the content words of a text, deduplicated, in order of first appearance. */
export function stems(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || STOP.has(raw) || raw.length < 2) continue;
    const s = raw.length > STEM ? raw.slice(0, STEM) : raw;
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

/** A text prepared for comparison: its stems as sorted integer ids with their weights, and the weight sum. */
export interface Bag {
  stems: string[];
  ids: Int32Array;
  weights: Float64Array;
  total: number;
  norm: string;
  /** Ids of the first three stems (the activity the text names), in text order. */
  lead: Int32Array;
}

/** Inverse document frequencies over a set of texts: `log(1 + N / df)`. */
export function idfOf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length || 1;
  const out = new Map<string, number>();
  for (const [s, f] of df) out.set(s, Math.log(1 + n / f));
  return out;
}

/** Interning of stems to integer ids, shared by the bags of one comparison. */
export class StemIds {
  private readonly map = new Map<string, number>();
  id(s: string): number {
    let i = this.map.get(s);
    if (i === undefined) this.map.set(s, (i = this.map.size));
    return i;
  }
  /** Number of distinct stems interned so far (ids are 0 … size − 1). */
  get size(): number {
    return this.map.size;
  }
}

/** The bag of a text under the given idf; the weight of a stem is the same in every bag. */
export function bagOf(text: string, st: string[], idf: Map<string, number>, ids: StemIds = new StemIds()): Bag {
  const pairs = st.map((s) => ({ id: ids.id(s), w: (idf.get(s) ?? 1) * (BOILERPLATE.has(s) ? BOILERPLATE_WEIGHT : 1) }));
  pairs.sort((a, b) => a.id - b.id);
  let total = 0;
  for (const p of pairs) total += p.w;
  const lead = Int32Array.from(st.slice(0, 3).map((s) => ids.id(s)));
  return { stems: st, ids: Int32Array.from(pairs.map((p) => p.id)), weights: Float64Array.from(pairs.map((p) => p.w)), total, norm: normalizeText(text), lead };
}

/** Weight of the stems two bags share (a merge of the sorted ids). */
export function sharedWeight(a: Bag, b: Bag): number {
  let i = 0;
  let j = 0;
  let w = 0;
  const x = a.ids;
  const y = b.ids;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) {
      w += a.weights[i]!;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return w;
}

/** Weighted Dice similarity, 1 for equal normalised texts. */
export function similarity(a: Bag, b: Bag): number {
  if (a.norm === b.norm) return 1;
  const t = a.total + b.total;
  return t === 0 ? 0 : (2 * sharedWeight(a, b)) / t;
}

/** Highest score of two texts that are not the same text (the same words in another order, say). */
const NEAR_COPY = 0.99;

/**
 * Score of a candidate pair: 0.55 × similarity + 0.25 × the larger containment (a task absorbed whole into a
 * longer one, or a longer one cut down, still scores well) + 0.2 × the shared lead (same activity), at most 0.99; 1 only for
 * equal texts.
 */
export function pairScore(a: Bag, b: Bag): number {
  if (a.norm === b.norm) return 1;
  const sh = sharedWeight(a, b);
  const t = a.total + b.total;
  if (t === 0) return 0;
  const dice = (2 * sh) / t;
  const cont = Math.max(a.total ? sh / a.total : 0, b.total ? sh / b.total : 0);
  // below an exact copy, so that of two tasks with the same words the one with the same text wins
  return Math.min(NEAR_COPY, 0.55 * dice + 0.25 * cont + 0.2 * lead(a, b));
}

/** Share of the first three stems (the activity a task names: `prowadzenie spraw …`) the two texts have in common. */
function lead(a: Bag, b: Bag): number {
  const x = a.lead;
  if (!x.length) return 0;
  const y = b.lead;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (y.includes(x[i]!)) n++;
  return n / Math.max(x.length, y.length);
}

/** Share of `part`'s weight found in `whole` (0–1). */
export function containment(part: Bag, whole: Bag): number {
  return part.total === 0 ? 0 : sharedWeight(part, whole) / part.total;
}
