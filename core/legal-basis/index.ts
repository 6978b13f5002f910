/**
 * The legal basis kept current: the book of journal citations (shipped, added by the user, learned by the
 * registry) and the citations of acts found in written text. See `citations.ts` and `act-citations.ts`.
 */
export * from './citations.js';
export * from './act-citations.js';
