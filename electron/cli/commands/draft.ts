/**
 * `draft --replacing FILE --out DRAFT.json` or `draft --template NAME --subject "Wydział …" --out DRAFT.json`:
 * makes a draft and writes it in the app's file format. Without `--out` prints the file to standard output.
 * `--today YYYY-MM-DD` fixes the date used to pick the current journal citation. `--db FILE|postgresql://…`: the
 * journal citations also from that registry (the user's entries and what it learned from signed orders); without
 * it, the citations shipped with the app. `--replacing` takes the newer of the replaced order's citation and the
 * newest known. `draft edit PROJEKT.json --out NOWY.json --rename …` applies register operations (`draft-edit.ts`).
 */
import { draftFromTemplate, draftReplacing } from '../../../core/draft/index.js';
import { OrderFile } from '../../../core/model/order-file.js';
import { citationBookOf } from '../citation-book.js';
import { loadOrder } from '../load-order.js';
import { parseArgs, writeOrPrint, type CliIo } from '../io.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'edit') return (await import('./draft-edit.js')).run(args.slice(1), io);
  const { options } = parseArgs(args);
  const today = typeof options.today === 'string' ? options.today : undefined;
  const fromDb = await citationBookOf(options.db, io);
  if (!fromDb.ok) return 1;
  const citations = fromDb.book;
  let text: string;
  if (typeof options.replacing === 'string') {
    const replaced = await loadOrder(options.replacing, io);
    if (!replaced) return 1;
    text = OrderFile.serialize(draftReplacing(replaced, { today, citations }));
  } else if (typeof options.template === 'string') {
    if (typeof options.subject !== 'string') {
      io.err('Podaj przedmiot zarządzenia: --subject "Wydział …".\n');
      return 2;
    }
    const r = draftFromTemplate(options.template, options.subject, { today, citations });
    if (!r.ok) {
      io.err(`${r.message}\n`);
      return 2;
    }
    text = OrderFile.serialize(r.order);
  } else {
    io.err('Użycie: draft --replacing PLIK --out PROJEKT.json | draft --template NAZWA --subject "Wydział …" --out PROJEKT.json\n');
    return 2;
  }
  return writeOrPrint(options.out, text, 'Zapisano projekt', io);
}
