/**
 * Generated organisational orders for benchmarks and scale tests: a department with `units` units (every fifth
 * with two sub-units), `deputies` deputies and `points` scope points spread over the units, some with letters.
 * Deterministic for a given seed. Out: the order's text in the form of the newest fixtures.
 */
export interface GenerateOptions {
  units: number;
  points: number;
  deputies?: number;
  seed?: number;
  prefix?: string;
  subject?: string;
}

const NOUNS = ['budżetu', 'zamówień', 'kontroli', 'ewidencji', 'dokumentacji', 'sprawozdań', 'umów', 'analiz', 'promocji', 'inwestycji', 'zieleni', 'dróg', 'oświaty', 'kultury', 'sportu', 'zdrowia', 'lokali', 'opłat', 'podatków', 'archiwum'];
const VERBS = ['prowadzenie', 'koordynacja', 'nadzór nad realizacją', 'przygotowywanie', 'opracowywanie', 'monitorowanie', 'weryfikacja', 'rozliczanie', 'planowanie', 'obsługa'];
const KINDS = ['Referat', 'Zespół', 'Oddział', 'Biuro'];
const ADJ = ['Planowania', 'Kontroli', 'Rozliczeń', 'Inwestycji', 'Utrzymania', 'Obsługi', 'Analiz', 'Ewidencji', 'Promocji', 'Zamówień'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** A small deterministic random generator (xorshift32): numbers in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Text of a generated order (see module doc). */
export function generateOrderText(o: GenerateOptions): string {
  const r = rng(o.seed ?? 42);
  const prefix = o.prefix ?? 'GX';
  const subject = o.subject ?? 'Wydział Generowany';
  const deputies = o.deputies ?? 2;
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)]!;
  const units: { symbol: string; name: string; parent: number | null }[] = [];
  let top = 0;
  while (units.length < o.units) {
    top++;
    const sym = `${prefix}-${String(top).padStart(2, '0')}`;
    const idx = units.length;
    units.push({ symbol: sym, name: `${pick(KINDS)} ${pick(ADJ)} ${pick(NOUNS).replace(/^./, (c) => c.toUpperCase())} ${top}`, parent: null });
    if (top % 5 === 0) {
      for (let k = 1; k <= 2 && units.length < o.units; k++) units.push({ symbol: `${sym}-${k}`, name: `Sekcja ${pick(ADJ)} ${top}-${k}`, parent: idx });
    }
  }
  const gen = (name: string): string => name.replace(/^Referat/, 'Referatu').replace(/^Zespół/, 'Zespołu').replace(/^Oddział/, 'Oddziału').replace(/^Biuro/, 'Biura').replace(/^Sekcja/, 'Sekcji');
  const numeral = ['', 'jednego', 'dwóch', 'trzech', 'czterech', 'pięciu'][deputies] ?? 'pięciu';
  const L: string[] = [
    'ZARZĄDZENIE NR 9999/2025',
    'PREZYDENTA MIASTA KRAKOWA',
    'Z DNIA 1 grudnia 2025 r.',
    '',
    `w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania ${gen(subject).replace(/^Wydział/, 'Wydziału')}`,
    '',
    'Na podstawie art. 33 ust. 3 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym (Dz. U. z 2024 r. poz. 1465, 1572, 1907, 1940), zarządza się, co następuje:',
    '',
    `§ 1. ${subject.replace(/^Wydział/, 'Wydziałem')}, zwanym dalej Wydziałem, kieruje Dyrektor${deputies ? ` przy pomocy ${deputies === 1 ? 'Zastępcy' : `${numeral} Zastępców`}` : ''}.`,
    '',
    '§ 2. W skład Wydziału wchodzą następujące wewnętrzne komórki organizacyjne:',
  ];
  let n = 0;
  let letter = 0;
  units.forEach((u, i) => {
    const last = i === units.length - 1;
    const next = units[i + 1];
    const hasSubs = next !== undefined && next.parent === i;
    if (u.parent === null) {
      n++;
      letter = 0;
      L.push(`${n}) ${u.name} – ${u.symbol}${hasSubs ? ':' : last ? '.' : ';'}`);
    } else {
      // the last letter ends as its point would: `;`, or `.` at the end of the list
      const lastLetter = !next || next.parent !== u.parent;
      L.push(`${String.fromCharCode(97 + letter++)}) ${u.name} – ${u.symbol}${lastLetter ? (last ? '.' : ';') : ','}`);
    }
  });
  const deputyNames = Array.from({ length: deputies }, (_, i) => `${ROMAN[i] ?? i + 1} Zastępca Dyrektora`);
  let para = 3;
  if (deputies > 0) {
    L.push('', `§ 3. 1. Dyrektorowi Wydziału podlegają bezpośrednio:`);
    deputyNames.forEach((d, i) => L.push(`${i + 1}) ${d}${i === deputyNames.length - 1 ? '.' : ';'}`));
    deputyNames.forEach((d, i) => {
      const mine = units.filter((u, k) => u.parent === null && k % deputies === i);
      L.push(`${i + 2}. ${d.replace('Zastępca', 'Zastępcy')} podlegają bezpośrednio:`);
      mine.forEach((u, k) => L.push(`${k + 1}) ${u.name} – ${u.symbol}${k === mine.length - 1 ? '.' : ';'}`));
    });
    para = 4;
  }
  // spread the points: each unit gets points/units, the remainder to the first ones
  const per = Math.floor(o.points / units.length);
  let extra = o.points - per * units.length;
  for (const u of units) {
    const count = per + (extra-- > 0 ? 1 : 0);
    L.push('', `§ ${para++}. Do zakresu działania ${gen(u.name)} (${u.symbol}) należą sprawy:`);
    for (let k = 1; k <= count; k++) {
      const end = k === count ? '.' : ';';
      if (k % 7 === 0 && k < count) {
        L.push(`${k}) ${pick(VERBS)} spraw z zakresu ${pick(NOUNS)}, w tym:`);
        L.push(`a) ${pick(VERBS)} ${pick(NOUNS)},`, `b) ${pick(VERBS)} ${pick(NOUNS)} i ${pick(NOUNS)};`);
      } else L.push(`${k}) ${pick(VERBS)} ${pick(NOUNS)} oraz ${pick(NOUNS)} w zakresie zadań Wydziału${end}`);
    }
  }
  L.push('', `§ ${para++}. Wszystkie wewnętrzne komórki organizacyjne Wydziału są odpowiedzialne za:`);
  for (let k = 1; k <= 10; k++) L.push(`${k}) ${pick(VERBS)} ${pick(NOUNS)}${k === 10 ? '.' : ';'}`);
  L.push('', `§ ${para++}. Graficzny schemat organizacyjny Wydziału stanowi załącznik do zarządzenia.`);
  L.push('', `§ ${para++}. Wykonanie zarządzenia powierza się Dyrektorowi Wydziału.`);
  L.push('', `§ ${para++}. Traci moc zarządzenie Prezydenta Miasta Krakowa nr 100/2020 z dnia 2 stycznia 2020 r. w sprawie podziału na wewnętrzne komórki organizacyjne oraz szczegółowego zakresu działania ${gen(subject).replace(/^Wydział/, 'Wydziału')}.`);
  L.push('', `§ ${para++}. Zarządzenie wchodzi w życie z dniem podpisania.`, '', 'PREZYDENT MIASTA KRAKOWA');
  return L.join('\n');
}
