/**
 * Builds `Order` objects for the chart tests by hand (until every fixture can be imported): a department of
 * `units` units (§ 2 order), `deputies` deputies, and optionally sub-units, units under the Prezydent and under
 * the Sekretarz, and a unit reporting to another unit. Names are real-looking Polish unit names of varied length.
 */
import { OrderSchema, SCHEMA_VERSION, type Deputy, type Order, type SuperiorRef, type Unit } from '../../../core/model/order';

const KINDS = [
  ['referat', 'Referat'],
  ['biuro', 'Biuro'],
  ['zespol', 'Zespół'],
  ['stanowiska', 'Stanowiska'],
  ['oddzial', 'Oddział'],
] as const;

const TOPICS = [
  'ds. Organizacyjnych',
  'Prasowe',
  'Mediów Miejskich',
  'Zarządzania Marką Kraków',
  'Kampanii Informacyjno-Promocyjnych Miasta',
  'ds. Wydawnictw i Publikacji',
  'ds. Współpracy z Organizacjami Pozarządowymi i Inicjatyw Obywatelskich',
  'Obsługi Prawnej',
  'ds. Budżetu Obywatelskiego',
  'Planowania Przestrzennego i Ochrony Środowiska w Dzielnicach',
  'Księgowości',
  'ds. Zamówień Publicznych',
  'Kontroli Wewnętrznej',
  'ds. Gospodarki Nieruchomościami Skarbu Państwa',
  'Analiz',
  'Współpracy Zagranicznej',
];

export interface MakeOrderOptions {
  units: number;
  deputies?: number;
  /** Every `subunitEvery`-th unit gets `subunitsPer` sub-units (counted in `units`). */
  subunitEvery?: number;
  subunitsPer?: number;
  /** Number of units reporting to the Prezydent (counted in `units`). */
  prezydent?: number;
  /** Number of units reporting to the Sekretarz (counted in `units`). */
  sekretarz?: number;
  /** Whether one unit reports to another unit (not as its sub-unit). */
  unitToUnit?: boolean;
  /** Symbol prefix. */
  prefix?: string;
}

/** A valid `Order` (checked with `OrderSchema`) with the requested structure. */
export function makeOrder(opts: MakeOrderOptions): Order {
  const prefix = opts.prefix ?? 'KS';
  const deputies: Deputy[] = Array.from({ length: opts.deputies ?? 0 }, (_, i) => ({
    id: `d${i + 1}`,
    name: i % 2 === 0 ? `${['I', 'II', 'III', 'IV'][i]} Zastępca Dyrektora` : `Zastępca Dyrektora ds. ${TOPICS[(i * 5) % TOPICS.length]!.replace(/^ds\. /, '')}`,
    reportsTo: { kind: 'head' },
  }));
  const units: Unit[] = [];
  let prez = opts.prezydent ?? 0;
  let sek = opts.sekretarz ?? 0;
  let n = 0;
  const unit = (parentId: string | null, reportsTo: SuperiorRef, symbol: string): Unit => {
    const [kind, word] = KINDS[n % KINDS.length]!;
    const topic = TOPICS[(n * 7) % TOPICS.length]!;
    n++;
    return {
      id: `u${n}`,
      symbol,
      name: `${word} ${topic}`,
      kind,
      parentId,
      reportsTo,
      scope: { kind: 'tasks', lead: 'należą sprawy', tasks: [], positions: [] },
    };
  };
  let top = 0;
  while (units.length < opts.units) {
    top++;
    const symbol = `${prefix}-${String(top).padStart(2, '0')}`;
    let reportsTo: SuperiorRef;
    if (prez > 0 && top % 3 === 0) {
      reportsTo = { kind: 'prezydent' };
      prez--;
    } else if (sek > 0 && top % 4 === 1 && top > 1) {
      reportsTo = { kind: 'sekretarz' };
      sek--;
    } else if (deputies.length > 0 && top % (deputies.length + 1) !== 0) {
      reportsTo = { kind: 'deputy', id: deputies[top % (deputies.length + 1) - 1]!.id };
    } else reportsTo = { kind: 'head' };
    if (opts.unitToUnit && top === 4 && units.length > 0) reportsTo = { kind: 'unit', id: units[0]!.id };
    const u = unit(null, reportsTo, symbol);
    units.push(u);
    if (opts.subunitEvery && top % opts.subunitEvery === 0) {
      for (let s = 1; s <= (opts.subunitsPer ?? 2) && units.length < opts.units; s++) {
        units.push(unit(u.id, reportsTo, `${symbol}-${s}`));
      }
    }
  }
  // Whatever is left of the Prezydent/Sekretarz quota goes to the last units.
  for (let i = units.length - 1; i >= 0 && (prez > 0 || sek > 0); i--) {
    const u = units[i]!;
    if (u.parentId !== null || u.reportsTo.kind === 'prezydent' || u.reportsTo.kind === 'sekretarz') continue;
    if (prez > 0) {
      u.reportsTo = { kind: 'prezydent' };
      prez--;
    } else {
      u.reportsTo = { kind: 'sekretarz' };
      sek--;
    }
  }
  return OrderSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    meta: {
      kind: 'organizational',
      number: null,
      date: null,
      title: 'w sprawie podziału Wydziału Komunikacji Społecznej na wewnętrzne komórki organizacyjne',
      subject: 'Wydział Komunikacji Społecznej',
      titleForm: 'department',
      status: 'draft',
    },
    legalBasis: null,
    leadership: { head: 'Dyrektor', deputies, shortName: 'Wydział', ownTasksClause: false },
    units,
    commonDuties: null,
    annex: { present: true },
    execution: null,
    repeals: [],
    entryIntoForce: { kind: 'signing' },
    signature: { office: 'Prezydent Miasta Krakowa', name: null },
    paragraphs: [],
    unplaced: [],
    coverage: [],
  });
}
