export * from './citation.js';
export * from './inline.js';
export * from './order.js';
export * from './order-file.js';
export * from './locate.js';
export * from './rich-text.js';
export * from './upgrade.js';
