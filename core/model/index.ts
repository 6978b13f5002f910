export * from './citation.js';
export * from './order.js';
export * from './order-file.js';
export * from './locate.js';
