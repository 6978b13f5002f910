/**
 * `npm run -s cli -- inflect --case genitive|dative|instrumental "NAZWA"`: prints the form of a nominative unit,
 * position or department name in the given case, and a newline. Exit 0; a missing or unknown case, or a missing
 * name, prints a Polish message on stderr and exits 2.
 */
import { inflect } from '../../../core/language/index.js';
import { parseArgs, type CliIo } from '../io.js';

const CASES = ['genitive', 'dative', 'instrumental'] as const;
type ObliqueCase = (typeof CASES)[number];
const USAGE = 'Użycie: npm run -s cli -- inflect --case genitive|dative|instrumental "NAZWA"\n';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const c = options.case;
  if (typeof c !== 'string' || !(CASES as readonly string[]).includes(c)) {
    io.err(`${c === undefined || c === true ? 'Brak przypadku' : `Nieznany przypadek „${c}”`}: podaj --case genitive (dopełniacz), dative (celownik) albo instrumental (narzędnik).\n${USAGE}`);
    return 2;
  }
  const name = positional.join(' ').trim();
  if (!name) {
    io.err(`Brak nazwy do odmiany.\n${USAGE}`);
    return 2;
  }
  io.out(inflect(name, c as ObliqueCase) + '\n');
  return 0;
}
