/**
 * Polite announcements for screen readers: one `aria-live="polite"` region for the whole window, into which short
 * Polish sentences are written (`Przeniesiono zadanie do: …`, `Kontrola: 2 błędy`). The region never takes the
 * focus and a polite region waits until the reader has finished what it was saying (WAI-ARIA 1.2, aria-live).
 */
import { useEffect, useState } from 'react';

type Listener = (text: string) => void;
const listeners = new Set<Listener>();

/** Announces `text` politely (nothing happens when no {@link Announcer} is mounted). */
export function announce(text: string): void {
  for (const l of listeners) l(text);
}

/** The live region; mount it once, in the application shell. */
export function Announcer() {
  const [message, setMessage] = useState<{ text: string; n: number }>({ text: '', n: 0 });
  useEffect(() => {
    const l: Listener = (text) => setMessage((m) => ({ text, n: m.n + 1 }));
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  // the same sentence twice in a row is still announced: the key makes React replace the text node
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-announcer="">
      <span key={message.n}>{message.text}</span>
    </div>
  );
}
