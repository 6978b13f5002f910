/**
 * The city's own words: who issues and signs the orders (Prezydent Miasta Krakowa), the heading and the
 * formulas every order of the city is built from. Source: the fixture orders and spec/document-format.md
 * ("Parts, in order").
 */

import { DATE_SOURCE, parsePolishDate } from './dates.js';

/** The signing office as printed under an order. */
export const SIGNING_OFFICE = 'PREZYDENT MIASTA KRAKOWA';

/** The signature line in either spelling (`PREZYDENT MIASTA KRAKOWA`, `Prezydent Miasta Krakowa`), whole text. */
export const SIGNATURE_LINE = /^(?:PREZYDENT\s+MIASTA\s+KRAKOWA|Prezydent\s+Miasta\s+Krakowa)\s*$/;

/**
 * The signature in running text, global: group 0 is the office. Capital spelling only (nominative): the Prezydent,
 * a deputy (`I ZASTĘPCA PREZYDENTA MIASTA KRAKOWA`), or a deputy signing on the Prezydent's authority
 * (`Z UP. PREZYDENTA MIASTA KRAKOWA ZASTĘPCA PREZYDENTA`, as the city's orders are signed when the Prezydent is away).
 */
export const SIGNATURE_CAPS = /(?:[Zz]\s+(?:UP\.|up\.|upoważnienia)\s+PREZYDENTA\s+MIASTA\s+KRAKOWA\s+(?:[IVX]+\s+)?ZASTĘPCA\s+PREZYDENTA(?:\s+MIASTA\s+KRAKOWA)?|(?:[IVX]+\s+)?ZASTĘPCA\s+PREZYDENTA\s+MIASTA\s+KRAKOWA|PREZYDENT\s+MIASTA\s+KRAKOWA)(?![\p{L}])/gu;

/** The signature in its title-case spelling, the same offices (also a sentence's words: the caller checks the place). */
export const SIGNATURE_TITLE_CASE = /(?:[Zz]\s+(?:up\.|upoważnienia)\s+Prezydenta\s+Miasta\s+Krakowa\s+(?:[IVX]+\s+)?Zastępca\s+Prezydenta(?:\s+Miasta\s+Krakowa)?|(?:[IVX]+\s+)?Zastępca\s+Prezydenta\s+Miasta\s+Krakowa|Prezydent\s+Miasta\s+Krakowa)(?![\p{L}])/gu;

/** Parts of the heading and the formulas of an order, each unanchored (search in running text). */
export const PARTS = {
  /** `ZARZĄDZENIE NR 3468/2024`; group 1 is the number (absent in a draft: `ZARZĄDZENIE NR ……`). */
  order: /ZARZĄDZENIE(?:\s+(?:NR|Nr|nr)\.?\s*(\d+\/\d{4})?)?/u,
  /** `PREZYDENTA MIASTA KRAKOWA` under the heading (genitive). */
  issuer: /PREZYDENTA\s+MIASTA\s+KRAKOWA|Prezydenta\s+Miasta\s+Krakowa/u,
  /** `Z DNIA`, `z dnia` before the date of the heading. */
  dated: /(?<![\p{L}])[Zz]\s+(?:DNIA|dnia)(?![\p{L}])/u,
  /** `w sprawie` opening the title. */
  title: /(?<![\p{L}])[Ww]\s+(?:sprawie|SPRAWIE)(?![\p{L}])/u,
  /** `Na podstawie` opening the legal basis. */
  basis: /(?<![\p{L}])Na\s+podstawie(?![\p{L}])|NA\s+PODSTAWIE/u,
  /** The enacting formula closing the legal basis: `zarządza się, co następuje:`, `zarządzam, co następuje:`. */
  enacting: /(?:zarządza\s+się|zarządzam|postanawia\s+się|postanawiam)\s*,?\s*co\s+następuje\s*:?/u,
  /** A scope heading: `Do zakresu działania …`, `Do zadań …`, `Do podstawowych zadań …`. */
  scopeHeading: /Do\s+(?:zakresu\s+działania|(?:podstawowych\s+|szczegółowych\s+)?zadań)\s/u,
  /** The sentence opening the unit list (anchored: the start of an ustęp): `W skład Wydziału wchodzą …:`. */
  unitsIntro: /^W\s+skład\b.*\bwchodz/iu,
  /** A position inside a unit: `W strukturze Biura … funkcjonuje Stanowisko …`. */
  position: /W\s+strukturze\s+\S/u,
  /** Sub-units introduced in a unit's entry: `…, w skład którego wchodzą:`. */
  subunits: /,?\s*w\s+skład\s+(?:którego|której|których)\s+wchodz\p{L}*(?:\s+(?:następujące\s+)?(?:komórki(?:\s+organizacyjne)?|stanowiska))?\s*:?/u,
  /** A repeal: `Traci moc …`, `Tracą moc …`, `Uchyla się zarządzenie …`. */
  repeal: /^(?:Traci|Tracą)\s+moc|^Uchyla\s+się\s+zarządzeni/iu,
  /** Entry into force: `… wchodzi w życie …`. */
  entryIntoForce: /wchodzi\s+w\s+życie/iu,
} as const;

/** The heading after which the app's text output prints what the importer could not place. */
export const UNPLACED_HEADING = 'NIEPRZYPISANY TEKST';

/** What an entry-into-force sentence says, in the shape of the model's `EntryIntoForce` (`core/model/order.ts`). */
export type EntryIntoForceReading = { kind: 'signing' } | { kind: 'date'; date: string | null } | { kind: 'afterDays'; days: number };

/**
 * Reads when an order enters into force from its sentence (`Zarządzenie wchodzi w życie z dniem podpisania.`,
 * `… z dniem 1 lipca 2025 r.`, `… z dniem 01.07.2025 r.`, `… po upływie 14 dni od dnia podpisania.`). In: the
 * sentence. Out: the reading (a date not given or not real reads as `date: null`), or null when it says none of these.
 * The order's own rule is the first one the sentence states (`… z dniem 1 października 2025 r., z wyjątkiem § 8,
 * który wchodzi w życie z dniem podpisania` enters into force on 1 October).
 */
export function readEntryIntoForce(text: string): EntryIntoForceReading | null {
  const m = /z\s+dniem\s+(podpisania)|po\s+upływie\s+(\d+)\s+dni|z\s+dniem\s+(.+)$/iu.exec(text);
  if (!m) return null;
  if (m[1]) return { kind: 'signing' };
  if (m[2]) return { kind: 'afterDays', days: Number(m[2]) };
  return { kind: 'date', date: parsePolishDate(m[3]!) };
}

/**
 * The sentence as the app writes it for each reading (`core/render`): `… z dniem podpisania`, `… z dniem <date>`,
 * `… po upływie n dni od dnia podpisania`. A written sentence that says more (`…, z mocą obowiązującą od …`) or
 * otherwise (`… od dnia ogłoszenia`) is not of this form and is printed as written.
 */
export const ENTRY_INTO_FORCE_STANDARD = new RegExp(
  String.raw`^Zarządzenie\s+wchodzi\s+w\s+życie\s+(?:z\s+dniem\s+podpisania|z\s+dniem\s+(?:${DATE_SOURCE})(?:oku)?|po\s+upływie\s+\d+\s+dni\s+od\s+dnia\s+(?:jego\s+)?podpisania)\s*\.?$`,
  'iu',
);
