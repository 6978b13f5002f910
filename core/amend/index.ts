/**
 * Amending orders and the text in force (issue #17): the editorial-unit tree of an order (`tree.ts`), the
 * amendments between two versions (`diff.ts`), the amending order written from them and read back (`order.ts`),
 * applying amendments (`apply.ts`), the consolidated text at a date (`consolidate.ts`) and the checks of an
 * amending order (`check.ts`) and its editing (`edit.ts`). Pure.
 */
export * from './tree.js';
export * from './diff.js';
export * from './apply.js';
export * from './order.js';
export * from './consolidate.js';
export * from './keep-model.js';
export * from './check.js';
export * from './edit.js';
export * from './in-force-diff.js';
export * from './unit-lists.js';
export * from './points.js';
