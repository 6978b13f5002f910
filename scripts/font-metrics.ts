/**
 * `npx tsx scripts/font-metrics.ts`: reads the bundled Liberation Serif (Regular and Bold) from `resources/fonts/`
 * with opentype.js and writes `core/chart/font-metrics.json`, the advance widths the chart layout measures text
 * with, so that `core/` stays free of file access.
 *
 * Output shape (`FontMetricsFile` in `core/chart/text-metrics.ts`):
 * `{ family, source, unitsPerEm, ascender, descender, faces: { regular: { fallback, advances }, bold: … } }`
 * where `advances` maps each character to its advance width in font units (integers; kerning is not used) and
 * `fallback` is the advance of the font's `.notdef`-free average (the width of `n`), used for characters outside
 * the table. Characters: printable ASCII, Latin-1 and Latin Extended-A (all Polish letters), and the typographic
 * punctuation Polish text uses (dashes, quotes „” and ‚’, ellipsis, section and degree signs, no-break space).
 * Characters the font has no glyph for are left out. Exits with 1 and a message when a font file is missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fontDir = join(root, 'resources', 'fonts');
const out = join(root, 'core', 'chart', 'font-metrics.json');
const faces = { regular: 'LiberationSerif-Regular.ttf', bold: 'LiberationSerif-Bold.ttf' } as const;

/** The characters measured: see the file docstring. */
function charset(): string[] {
  const chars: string[] = [];
  const range = (from: number, to: number) => {
    for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
  };
  range(0x20, 0x7e);
  range(0xa0, 0x17f);
  for (const c of '\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2032\u2033\u2039\u203a\u20ac\u2116\u2212') chars.push(c);
  return chars;
}

type Face = { fallback: number; advances: Record<string, number> };

function readFace(file: string): { font: opentype.Font; face: Face } {
  const path = join(fontDir, file);
  if (!existsSync(path)) {
    process.stderr.write(`Brak pliku czcionki: ${path}\n`);
    process.exit(1);
  }
  const buf = readFileSync(path);
  const font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const advances: Record<string, number> = {};
  for (const ch of charset()) {
    if (!font.hasChar(ch)) continue;
    advances[ch] = Math.round(font.charToGlyph(ch).advanceWidth ?? 0);
  }
  return { font, face: { fallback: advances['n'] ?? Math.round(font.unitsPerEm / 2), advances } };
}

const regular = readFace(faces.regular);
const bold = readFace(faces.bold);
const f = regular.font;
const names = f.names as unknown as { windows?: { version?: { en?: string } }; version?: { en?: string } };
const version = names.windows?.version?.en ?? names.version?.en ?? 'unknown version';
const data = {
  family: 'Liberation Serif',
  source: `${faces.regular}, ${faces.bold} (${version})`,
  unitsPerEm: f.unitsPerEm,
  ascender: f.ascender,
  descender: f.descender,
  faces: { regular: regular.face, bold: bold.face },
};
writeFileSync(out, JSON.stringify(data) + '\n');
process.stdout.write(`${out}: ${Object.keys(regular.face.advances).length} + ${Object.keys(bold.face.advances).length} znaków\n`);
