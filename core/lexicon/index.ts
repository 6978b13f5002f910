/**
 * The lexicon of the orders: every pattern the app reads written text with, defined once (unit symbols,
 * editorial labels, citations, abbreviations, dates, the city's heading, formulas and signature). The importer,
 * the paste clean-up of the editor, the checks and the renderer use these and never write their own.
 */
export { CAPITALS, NUMBERED_SYMBOL_SOURCE, OPEN_SYMBOL_SOURCE, SYMBOL, SYMBOL_IN_BRACKETS, SYMBOL_SOURCE, UnitSymbol } from './symbol.js';
export { ABBREVIATIONS, endsWithAbbreviation, UNIT_ABBREVIATIONS, UNIT_ABBREVIATION_SOURCE } from './abbreviations.js';
export { DASHES, LABEL_AT_START, labelNumber, leadingLabel, TIRET_AT_START, type LeadingLabel, type ListLabelKind } from './labels.js';
export { bracketedJournalCitation, CITATION_SOURCE, citationPattern, OTHER_ACT_AFTER, REFERENCE_BEFORE_NUMBER, RELATIVE_USTEP } from './citation.js';
export { ENTRY_INTO_FORCE_STANDARD, PARTS, readEntryIntoForce, SIGNATURE_CAPS, SIGNATURE_LINE, SIGNATURE_TITLE_CASE, SIGNING_OFFICE, UNPLACED_HEADING, type EntryIntoForceReading } from './city.js';
export { DATE_SOURCE, formatNumericDate, formatNumericDateTime, formatPolishDate, MONTHS, parsePolishDate } from './dates.js';
export { AMENDING_TITLE, AMENDING_TITLE_START, INTRO_TAIL, readAmendedCitation, type AmendedCitation } from './amendment.js';
