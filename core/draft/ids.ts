/**
 * Fresh ids for things a draft adds. Ids only need to be unique inside one order; a random suffix keeps them
 * unique across sessions and undo steps without a global counter.
 */
export function newId(prefix: string): string {
  const r = Math.random().toString(36).slice(2, 10);
  return `${prefix}-${r}`;
}
