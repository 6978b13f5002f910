/**
 * Text of an imported order that the importer could not place stays a warning, in the order and in every draft
 * made from it, until the lawyer places it in a unit's scope or discards it (issue 10: no word lost in silence).
 */
import type { CheckContext } from '../context.js';
import type { RawFinding, Rule } from '../types.js';

/** One warning per unplaced fragment, located where it stood in the source. */
export const unplacedText: Rule<CheckContext> = {
  code: 'import.unplaced',
  severity: 'warning',
  title: 'Tekst z importu, którego nie przypisano do żadnej części zarządzenia',
  source: { kind: 'spec', ref: 'spec: outline.md, unplaced' },
  check(ctx) {
    return ctx.order.unplaced.map(
      (u, i): RawFinding => ({
        where: 'tekst nieprzypisany',
        message: `Fragment ${i + 1} z ${ctx.order.unplaced.length} (${u.where}) nie ma miejsca w zarządzeniu: „${u.text.length > 120 ? `${u.text.slice(0, 119)}…` : u.text}”. Umieść go w zakresie działania komórki albo odrzuć.`,
      }),
    );
  },
};

export const UNPLACED_RULES: Rule<CheckContext>[] = [unplacedText];
