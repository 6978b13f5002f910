/**
 * The main window's position and size, remembered between runs in `window-state.json` in the user-data
 * folder. A missing or damaged file gives the default; a saved position no longer on any display (a monitor
 * unplugged) is dropped so that the window never opens off screen.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bounds in screen pixels (device-independent), and whether the window was maximised. */
export interface WindowState {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
  maximized: boolean;
}

/**
 * The state read from the file when it has the shape written by {@link saveWindowState} (whole numbers, a width of
 * at least 400 and a height of at least 300, `x`/`y` optional), else null. Checked by hand, not with zod: this
 * module is loaded before the window is created, and zod would add its whole library to the main process's
 * first load (issue 15: the first start).
 */
function parseWindowState(v: unknown): WindowState | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const int = (n: unknown, min = -Infinity): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min;
  const optionalInt = (n: unknown): boolean => n === undefined || int(n);
  if (!int(o.width, 400) || !int(o.height, 300) || typeof o.maximized !== 'boolean' || !optionalInt(o.x) || !optionalInt(o.y)) return null;
  return { ...(o.x !== undefined ? { x: o.x as number } : {}), ...(o.y !== undefined ? { y: o.y as number } : {}), width: o.width, height: o.height, maximized: o.maximized };
}

/** A display's work area, in the same pixels. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Size of the window at first start. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1360, height: 880, maximized: false };

/** File name of the state inside the user-data folder. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Reads the saved state from `dir`; the default when the file is missing, not JSON or out of shape. */
export function loadWindowState(dir: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))) ?? { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Writes the state atomically (temporary file, then rename). Errors are swallowed: losing it is harmless. */
export function saveWindowState(dir: string, state: WindowState): void {
  const file = join(dir, WINDOW_STATE_FILE);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file + '.tmp', JSON.stringify(state, null, 2));
    renameSync(file + '.tmp', file);
  } catch {
    /* the next start uses the default size */
  }
}

/**
 * Keeps the saved position only if at least 100×50 px of the window's top would lie inside a display's work
 * area; otherwise drops x/y (the window is centred) and shrinks the size to the largest work area.
 */
export function fitToDisplays(state: WindowState, areas: Area[]): WindowState {
  if (!areas.length) return state;
  const maxW = Math.max(...areas.map((a) => a.width));
  const maxH = Math.max(...areas.map((a) => a.height));
  const width = Math.min(state.width, maxW);
  const height = Math.min(state.height, maxH);
  if (state.x === undefined || state.y === undefined) return { ...state, x: undefined, y: undefined, width, height };
  const { x, y } = state;
  const visible = areas.some((a) => {
    const w = Math.min(x + width, a.x + a.width) - Math.max(x, a.x);
    const top = y >= a.y && y <= a.y + a.height - 50;
    return w >= 100 && top;
  });
  return visible ? { ...state, width, height } : { maximized: state.maximized, width, height };
}
