/**
 * Citations of acts inside the text (a common duty citing `ustawy o ochronie informacji niejawnych (Dz. U. z …)`)
 * are checked as the legal basis is: not older than the newest citation of the act known on the order's date
 * (the book of `core/legal-basis`: shipped data, the user's entries, what the registry learned).
 */
import { actCitationsIn } from '../../legal-basis/act-citations.js';
import { compareJournalCitations, newestKnown } from '../../legal-basis/citations.js';
import { hostedTexts } from '../../mentions/provisions.js';
import { Citation } from '../../model/citation.js';
import { RichText } from '../../model/rich-text.js';
import { formatJournalCitation, loadJournalCitations, sameJournalCitation } from '../../templates/index.js';
import type { CheckContext } from '../context.js';
import { cloneOrder } from '../edit.js';
import { polishDate } from './final.js';
import type { RawFinding, Rule } from '../types.js';
import { textsOf } from './provision-refs.js';

export const actCitation: Rule<CheckContext> = {
  code: 'references.act-citation',
  severity: 'warning',
  title: 'Metryczka ustawy powołanej w tekście nie starsza niż najnowsza znana',
  source: { kind: 'practice', ref: 'praktyka UMK: powołuje się ostatni tekst jednolity ze zmianami; metryczki z danych aplikacji, ustawień i podpisanych zarządzeń rejestru' },
  check(ctx) {
    if (!ctx.date) return [];
    const book = ctx.options.citations ?? loadJournalCitations();
    const out: RawFinding[] = [];
    for (const h of textsOf(ctx)) {
      for (const run of h.text) {
        if (typeof run !== 'string' || !run.includes('Dz.')) continue;
        for (const c of actCitationsIn(run, book)) {
          const cur = newestKnown(book, c.actKey, ctx.date);
          if (!cur || sameJournalCitation(c.citation, cur.citation) || compareJournalCitations(c.citation, cur.citation) > 0) continue;
          const written = run.slice(c.start, c.end);
          const next = formatJournalCitation(cur.citation);
          out.push({
            where: Citation.format(h.host.citation),
            message: `Metryczka „${written}” jest starsza niż najnowsza znana na ${polishDate(ctx.date)}: „${next}” (źródło: ${cur.entry.source}).`,
            targetId: h.host.id,
            fix: { label: 'Wstaw najnowszą metryczkę', target: h.host.id, data: { written, next } },
          });
        }
      }
    }
    return out;
  },
  fix(order, fix) {
    const { written, next } = fix.data ?? {};
    if (!written || !next) return order;
    const copy = cloneOrder(order);
    for (const h of hostedTexts(copy)) {
      if (h.host.id !== fix.target) continue;
      h.set(RichText.mapRuns(h.text, (run) => run.split(written).join(next)));
    }
    return copy;
  },
};

export const ACT_CITATION_RULES = [actCitation];
