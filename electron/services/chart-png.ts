/**
 * The organisational chart as PNG: the SVG of `core/chart` rasterised by resvg with the bundled Liberation Serif
 * (`resources/fonts/`) and no system fonts, so that the picture is the same on every machine.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';

/**
 * resvg's class, loaded at the first chart rasterised: its native module (and its check of the C library, which
 * asks Node for a whole process report) costs the main process's start 10–15 ms that the registry screen does not
 * need (issue 15: the first start).
 */
let loaded: typeof ResvgClass | null = null;
function Resvg(): typeof ResvgClass {
  loaded ??= (createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: typeof ResvgClass }).Resvg;
  return loaded;
}

/** File names of the bundled faces in the font folder. */
export const CHART_FONT_FILES = ['LiberationSerif-Regular.ttf', 'LiberationSerif-Bold.ttf'] as const;

/** Default PNG width: A4 landscape at 300 dpi (297 mm). */
export const DEFAULT_CHART_PNG_WIDTH = 3508;

/**
 * The folder holding the bundled font: the first of `process.resourcesPath/fonts` (packaged app, when
 * electron-builder copies `resources/` as extra resources), `resources/fonts` found by walking up from this file
 * (source tree, tsx, vitest), and `resources/fonts` under the current directory. Throws `Error` (a packaging
 * fault, not a user error) when none holds the font files.
 */
export function chartFontDir(): string {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'));
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
      candidates.push(join(dir, 'resources', 'fonts'));
      dir = dirname(dir);
    }
  } catch {
    // import.meta.url is not a file URL (bundled as CommonJS): rely on the other candidates.
  }
  candidates.push(join(process.cwd(), 'resources', 'fonts'));
  const found = candidates.find((d) => CHART_FONT_FILES.every((f) => existsSync(join(d, f))));
  if (!found) throw new Error(`Bundled chart font not found; looked in: ${candidates.join(', ')}`);
  return found;
}

/**
 * Rasterises a chart SVG (from `chartSvg`) to PNG bytes `widthPx` pixels wide (default 3508, A4 landscape at
 * 300 dpi; the height follows the SVG's aspect ratio), on white, with only the bundled fonts loaded
 * (`loadSystemFonts: false`). `fontDir` overrides the font folder (see `chartFontDir`). Throws when `svg` is not
 * a valid SVG document or `widthPx` is not a positive integer (programming errors: the SVG comes from `chartSvg`).
 */
export function chartPng(svg: string, widthPx: number = DEFAULT_CHART_PNG_WIDTH, fontDir?: string): Uint8Array {
  if (!Number.isInteger(widthPx) || widthPx <= 0) throw new Error(`chartPng: widthPx must be a positive integer, got ${widthPx}`);
  const dir = fontDir ?? chartFontDir();
  const resvg = new (Resvg())(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: CHART_FONT_FILES.map((f) => join(dir, f)),
      defaultFontFamily: 'Liberation Serif',
      serifFamily: 'Liberation Serif',
    },
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
