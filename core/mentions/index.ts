/**
 * References inside the text of an order: recognition of provision references (and, with them, mentions of
 * units) in an order just read by the importer. A post-pass over the model, kept apart from the importer so
 * that the importer's stages stay its own (`core/import`), called once from `core/import/index.ts`.
 */
import type { Order } from '../model/order.js';
import { linkProvisionRefs } from './provisions.js';
import { linkUnitMentions } from './units.js';

export { linkProvisionRefs } from './provisions.js';
export { linkUnitMentions, withUnitMentions, mentionIndex, recognizeMentions, recognizeItems, editText, sharedMentionIndex, type MentionIndex } from './units.js';
export { retargetUnitMentions, detachMentions, mentionsOfUnit } from './rewrite.js';
export { mapOrderTexts, forEachOrderText, type TextOwner, type TextMapper } from './texts.js';

/**
 * Recognises the references inside the texts of an imported order (numbering as written): provision references,
 * then mentions of units, the department, deputies and positions (`units.ts`). Mutates and returns
 * the order. Pure apart from that; never throws for a schema-valid order.
 */
export function recognizeReferences(order: Order): Order {
  return linkUnitMentions(linkProvisionRefs(order));
}
