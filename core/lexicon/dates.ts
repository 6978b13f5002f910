/**
 * Dates as orders write them: `30 grudnia 2024 r.`, `Z DNIA 30 GRUDNIA 2024 R.`, `19.08.2020r.`,
 * `01.06.2016 r.`, `2013-08-14`, `14 VIII 2013 r.` (months in the genitive, or as numbers, or in Roman numerals).
 */
export const MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Source of a date in any of the forms above (no groups, no flags; match case-insensitively). */
export const DATE_SOURCE = `(?:\\d{1,2}\\s+(?:${MONTHS.join('|')}|${ROMAN.join('|')})\\s+\\d{4}|\\d{1,2}\\s*[./-]\\s*\\d{1,2}\\s*[./-]\\s*\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s*r\\.?)?`;

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Finds the first date in `text` (any form of {@link DATE_SOURCE}) and returns it as ISO `YYYY-MM-DD`; null when
 * there is none or it is not a real date (`31.02.2020`).
 */
export function parsePolishDate(text: string): string | null {
  const re = /(\d{1,2})\s+([\p{L}]+)\s+(\d{4})|(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\5\s*(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})/gu;
  for (const m of text.matchAll(re)) {
    if (m[1]) {
      const word = m[2]!;
      let month = MONTHS.indexOf(word.toLowerCase()) + 1;
      if (month === 0) month = ROMAN.indexOf(word) + 1;
      if (month > 0) return iso(Number(m[3]), month, Number(m[1]));
    } else if (m[4]) return iso(Number(m[7]), Number(m[6]), Number(m[4]));
    else if (m[8]) return iso(Number(m[8]), Number(m[9]), Number(m[10]));
  }
  return null;
}

/** Formats an ISO date the way orders write it: `2024-12-30` → `30 grudnia 2024 r.` (ordinary spaces). */
export function formatPolishDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y} r.`;
}

/**
 * An ISO date as Polish users write it in tables and forms: `2027-01-05` → `05.01.2027` (dd.mm.rrrr); anything that
 * is not an ISO date is returned unchanged. Orders themselves write dates in words ({@link formatPolishDate}).
 */
export function formatNumericDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : isoDate;
}

/**
 * An ISO timestamp (the registry stores UTC) in the reader's local time as Polish users write it:
 * `2026-11-23T13:05:00Z` → `23.11.2026, 14:05` (dd.mm.rrrr, gg:mm, 24-hour clock). Anything that is not a timestamp
 * is returned unchanged.
 */
export function formatNumericDateTime(isoTimestamp: string): string {
  const d = new Date(isoTimestamp);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(isoTimestamp) || Number.isNaN(d.getTime())) return isoTimestamp;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()}, ${p(d.getHours())}:${p(d.getMinutes())}`;
}
