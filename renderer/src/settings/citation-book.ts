/**
 * The book of journal citations the draft's checks read (`citations:get`: shipped data, the user's entries, what
 * the registry learned), fetched once when the editor opens (the editor is opened again after the citations page).
 */
import { useCallback, useRef } from 'react';
import type { JournalCitations } from '../../../core/templates/schemas.js';
import { call } from '../bridge.js';

/**
 * A function giving the book (a promise fetched on first use and kept for the editor's life); undefined when the
 * registry cannot give it (the checks then use the shipped data).
 */
export function useCitationBook(): () => Promise<JournalCitations | undefined> {
  const book = useRef<Promise<JournalCitations | undefined> | null>(null);
  return useCallback(() => (book.current ??= call((api) => api.citationsGet()).then((r) => (r.ok ? r.value.book : undefined))), []);
}
