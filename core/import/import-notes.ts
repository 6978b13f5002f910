/**
 * The importer's notes as the import report groups them. A module of its own, with no imports, so that the
 * registry screen (which shows the report of an import) does not load the model and the language code with it.
 */

/** The importer's note for an unplaced fragment begins so (`core/import/index.ts`: `Tekst nieprzypisany (…): „…”`). */
const UNPLACED_NOTE = /^Tekst nieprzypisany/;

/**
 * The importer's notes split as the import report shows them: the notes of unplaced fragments (shown first, with
 * their count) and the others. In: the importer's warnings. Out: both lists, each in its order.
 */
export function splitImportNotes(warnings: readonly string[]): { unplaced: string[]; other: string[] } {
  return { unplaced: warnings.filter((w) => UNPLACED_NOTE.test(w)), other: warnings.filter((w) => !UNPLACED_NOTE.test(w)) };
}
