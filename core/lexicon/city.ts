/**
 * The city's own words: who issues and signs the orders (Prezydent Miasta Krakowa), the heading and the
 * formulas every order of the city is built from. Source: the fixture orders and spec/document-format.md
 * ("Parts, in order").
 */

/** The signing office as printed under an order. */
export const SIGNING_OFFICE = 'PREZYDENT MIASTA KRAKOWA';

/** The signature line in either spelling (`PREZYDENT MIASTA KRAKOWA`, `Prezydent Miasta Krakowa`), whole text. */
export const SIGNATURE_LINE = /^(?:PREZYDENT\s+MIASTA\s+KRAKOWA|Prezydent\s+Miasta\s+Krakowa)\s*$/;

/** The signature in running text, global: group 0 is the office. Capital spelling only (nominative). */
export const SIGNATURE_CAPS = /PREZYDENT\s+MIASTA\s+KRAKOWA(?![\p{L}])/gu;

/** The signature in its title-case spelling (also the nominative in a sentence; the caller checks the place). */
export const SIGNATURE_TITLE_CASE = /Prezydent\s+Miasta\s+Krakowa(?![\p{L}])/gu;

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
