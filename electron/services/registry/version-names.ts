/**
 * Names of draft versions (issue 13, item 5: „dla Dyrektora”, „po uwagach WON”): what a name may be, and the
 * Polish message when it may not. Pure.
 */

/** Longest version name, in characters (one line of the history panel). */
export const VERSION_NAME_MAX = 80;

/**
 * A version name as stored: spaces trimmed and runs of white space made one space. In: what the user typed. Out:
 * the name, or a Polish message when it is empty, longer than {@link VERSION_NAME_MAX} characters, or holds a
 * control character.
 */
export function normaliseVersionName(input: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!name) return { ok: false, message: 'Podaj nazwę wersji, np. „dla Dyrektora”.' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(name)) return { ok: false, message: 'Nazwa wersji nie może zawierać znaków sterujących.' };
  if ([...name].length > VERSION_NAME_MAX) return { ok: false, message: `Nazwa wersji może mieć najwyżej ${VERSION_NAME_MAX} znaków (ma ${[...name].length}).` };
  return { ok: true, name };
}
