export * from './draft.js';
export * from './register.js';
export * from './restructure.js';
export * from './script.js';
export { newId } from './ids.js';
export * from './common-duties.js';
