/**
 * `npm run -s cli -- inflect --case genitive|dative|accusative|instrumental|locative "NAZWA"`: prints the form of
 * a nominative unit, position or department name in the given case, and a newline. Exit 0; a missing or unknown case, or a missing
 * name, prints a Polish message on stderr and exits 2.
 */
import { inflect, OBLIQUE_CASES, type ObliqueCase } from '../../../core/language/index.js';
import { parseArgs, type CliIo } from '../io.js';

const USAGE = `Użycie: npm run -s cli -- inflect --case ${OBLIQUE_CASES.join('|')} "NAZWA"\n`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const c = options.case;
  if (typeof c !== 'string' || !(OBLIQUE_CASES as readonly string[]).includes(c)) {
    io.err(
      `${c === undefined || c === true ? 'Brak przypadku' : `Nieznany przypadek „${c}”`}: podaj --case genitive (dopełniacz), dative (celownik), ` +
        `accusative (biernik), instrumental (narzędnik) albo locative (miejscownik).\n${USAGE}`,
    );
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
