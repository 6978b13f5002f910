/**
 * References of a model stored by an earlier release: a draft or an order saved before mentions and provision
 * references were recognised holds its unit names and citations as plain words. When such a model is read (the
 * upgrade step v2 → v3 of `core/model/upgrade.ts`: order files, the registry's orders and draft versions, the
 * sample), its texts get the same recognition the importer and `draftReplacing` apply: citations of places of the
 * order (`provisions.ts`) and mentions of units, the department, deputies and positions (`units.ts`).
 *
 * The words never change: a text whose words would read differently after recognition (a citation written with
 * other spacing than the register writes it, a name in a form the register does not give) is kept exactly as it
 * was stored, so `render` of the model is byte-identical before and after.
 */
import type { Inline } from '../model/inline.js';
import type { Order } from '../model/order.js';
import { RichText } from '../model/rich-text.js';
import { withProvisionRefs } from './provisions.js';
import { forEachOrderText, mapOrderTexts } from './texts.js';
import { withUnitMentions } from './units.js';

/**
 * The references a stored model's texts hold, recognised. In: a schema-valid order (not changed). Out: a
 * recognised copy whose every text reads (`RichText.plain`) exactly as before; references already there are kept.
 * Pure; never throws for a schema-valid order.
 */
export function recognizeStoredReferences(order: Order): Order {
  const recognised = withUnitMentions(withProvisionRefs(order));
  // the texts are visited in the same document order in both (recognition changes no structure)
  const before: Inline[][] = [];
  forEachOrderText(order, (t) => before.push(t));
  const was = RichText.context(order);
  const now = RichText.context(recognised);
  let i = 0;
  return mapOrderTexts(recognised, (t) => {
    const old = before[i++]!;
    if (t === old || RichText.plain(t, now) === RichText.plain(old, was)) return t;
    return structuredClone(old);
  });
}
