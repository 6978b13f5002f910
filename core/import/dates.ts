/** Dates of orders: defined in the lexicon (`core/lexicon/dates.ts`); re-exported here for older imports. */
export { formatPolishDate, parsePolishDate } from '../lexicon/dates.js';
