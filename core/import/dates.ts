/**
 * Polish dates as orders write them: `30 grudnia 2024 r.`, `19.08.2020r.`, `6 lipca 2023 r.`
 * (months in the genitive, as in every fixture).
 */
const MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Finds the first Polish date in `text` and returns it as ISO `YYYY-MM-DD`, or null when there is none or it is invalid. */
export function parsePolishDate(text: string): string | null {
  const words = /(\d{1,2})\s+([a-ząćęłńóśźż]+)\s+(\d{4})/i.exec(text);
  if (words) {
    const m = MONTHS.indexOf(words[2]!.toLowerCase());
    if (m >= 0) return iso(Number(words[3]), m + 1, Number(words[1]));
  }
  const dots = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  if (dots) return iso(Number(dots[3]), Number(dots[2]), Number(dots[1]));
  return null;
}

/** Formats an ISO date the way orders write it: `2024-12-30` → `30 grudnia 2024 r.` (ordinary spaces). */
export function formatPolishDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y} r.`;
}
