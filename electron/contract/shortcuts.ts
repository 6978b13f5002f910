/**
 * The keyboard shortcuts of the app, named once: the application menu (electron/main/menu.ts) takes its
 * accelerators from here, the renderer matches key presses against the same list (so the shortcuts work when
 * the menu does not see the key, and in the end-to-end tests, which have no menu), and the help dialog (F1) lists
 * them. Plain data, shared by the main process and the renderer.
 *
 * Accelerators use Electron's syntax (https://www.electronjs.org/docs/latest/api/accelerator): `CmdOrCtrl` is
 * Ctrl on Windows and Linux, Cmd on macOS.
 */
import type { MenuCommand } from './api.js';

/** Where a shortcut belongs in the help dialog (the menu's Polish names, and the editor's own keys). */
export type ShortcutGroup = 'Plik' | 'Edycja' | 'Widok' | 'Pomoc' | 'Edytor zakresu' | 'Odesłania w tekście' | 'Rejestr komórek' | 'Okno';

/** One shortcut: its keys, what it does (Polish), its group and the menu command it sends, if any. */
export interface Shortcut {
  /** Electron accelerator (`CmdOrCtrl+S`, `Alt+Up`, `F6`). */
  keys: string;
  /** Polish description, as the menu item or the help dialog shows it. */
  label: string;
  group: ShortcutGroup;
  /** The menu command carried out (menu items and renderer key handling both use it); none for keys handled in place. */
  command?: MenuCommand;
}

/**
 * Every shortcut. Those with a `command` are menu items too; the others are keys of a place in the window
 * (a scope editor, the register table) handled where they are pressed.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'CmdOrCtrl+O', label: 'Otwórz zarządzenie…', group: 'Plik', command: 'open' },
  { keys: 'CmdOrCtrl+N', label: 'Nowy projekt…', group: 'Plik', command: 'new-draft' },
  { keys: 'CmdOrCtrl+S', label: 'Zapisz wersję… (z nazwą, np. „dla Dyrektora”)', group: 'Plik', command: 'save' },
  { keys: 'CmdOrCtrl+E', label: 'Eksportuj do DOCX…', group: 'Plik', command: 'export-docx' },
  { keys: 'CmdOrCtrl+Shift+E', label: 'Eksportuj do PDF…', group: 'Plik', command: 'export-pdf' },
  { keys: 'CmdOrCtrl+Shift+P', label: 'Podgląd wydruku', group: 'Plik', command: 'preview' },
  { keys: 'CmdOrCtrl+P', label: 'Drukuj…', group: 'Plik', command: 'print' },
  { keys: 'CmdOrCtrl+Z', label: 'Cofnij', group: 'Edycja', command: 'undo' },
  { keys: 'CmdOrCtrl+Y', label: 'Ponów', group: 'Edycja', command: 'redo' },
  { keys: 'CmdOrCtrl+Shift+M', label: 'Przenieś zadanie do innej komórki…', group: 'Edycja', command: 'move-task' },
  { keys: 'CmdOrCtrl+Shift+K', label: 'Wstaw odesłanie do przepisu…', group: 'Edycja', command: 'insert-reference' },
  { keys: 'F6', label: 'Następny obszar okna (spis treści, dokument, panel boczny)', group: 'Widok', command: 'next-region' },
  { keys: 'Shift+F6', label: 'Poprzedni obszar okna', group: 'Widok', command: 'previous-region' },
  { keys: 'F1', label: 'Skróty klawiszowe', group: 'Pomoc', command: 'shortcuts' },
  { keys: 'Tab', label: 'Litera pod poprzednim punktem (wcięcie)', group: 'Edytor zakresu' },
  { keys: 'Shift+Tab', label: 'Z powrotem o poziom wyżej', group: 'Edytor zakresu' },
  { keys: 'Enter', label: 'Następny punkt (w pustej literze: powrót o poziom)', group: 'Edytor zakresu' },
  { keys: 'Escape', label: 'Wyjście z edytora do następnego pola', group: 'Edytor zakresu' },
  { keys: 'CmdOrCtrl+Tab', label: 'Wyjście z edytora do następnego pola', group: 'Edytor zakresu' },
  { keys: 'CmdOrCtrl+Shift+Tab', label: 'Wyjście z edytora do poprzedniego pola', group: 'Edytor zakresu' },
  { keys: 'Alt+Up', label: 'Przesuń zadanie w górę', group: 'Edytor zakresu' },
  { keys: 'Alt+Down', label: 'Przesuń zadanie w dół', group: 'Edytor zakresu' },
  { keys: 'Alt+Enter', label: 'Otwórz odesłanie lub wzmiankę obok kursora (w każdym polu tekstu projektu)', group: 'Odesłania w tekście' },
  { keys: 'Enter', label: 'Otwórz zaznaczone odesłanie lub wzmiankę (zaznaczone klawiszami Shift+← lub Shift+→)', group: 'Odesłania w tekście' },
  { keys: 'Escape', label: 'Zamknij otwarte odesłanie; kursor wraca za nie', group: 'Odesłania w tekście' },
  { keys: 'Alt+Up', label: 'Przesuń komórkę w górę (w wierszu tabeli § 2)', group: 'Rejestr komórek' },
  { keys: 'Alt+Down', label: 'Przesuń komórkę w dół (w wierszu tabeli § 2)', group: 'Rejestr komórek' },
  { keys: 'Escape', label: 'Zamknij okno dialogowe', group: 'Okno' },
];

/** The accelerator of a menu command, if it has one. */
export function acceleratorOf(command: MenuCommand): string | undefined {
  return SHORTCUTS.find((s) => s.command === command)?.keys;
}

const KEY_NAMES: Record<string, string> = { Up: '↑', Down: '↓', Left: '←', Right: '→', Escape: 'Esc', CmdOrCtrl: 'Ctrl', Plus: '+' };

/** An accelerator as a Windows user reads it: `CmdOrCtrl+Shift+E` → `Ctrl+Shift+E`, `Alt+Up` → `Alt+↑`. */
export function displayKeys(accelerator: string): string {
  return accelerator.split('+').map((k) => KEY_NAMES[k] ?? k).join('+');
}

/** The parts of a key press an accelerator is matched against (a DOM `KeyboardEvent` has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const DOM_KEY: Record<string, string> = { Up: 'ArrowUp', Down: 'ArrowDown', Left: 'ArrowLeft', Right: 'ArrowRight', Esc: 'Escape' };

/**
 * True when a key press is the accelerator: the same modifiers exactly (Ctrl or Cmd for `CmdOrCtrl`) and the same
 * key (letters compared without case). In: an accelerator, a key press.
 */
export function matchesAccelerator(accelerator: string, e: KeyPress): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const want = { ctrl: false, shift: false, alt: false };
  for (const m of parts) {
    if (m === 'CmdOrCtrl' || m === 'Ctrl' || m === 'Control') want.ctrl = true;
    else if (m === 'Shift') want.shift = true;
    else if (m === 'Alt') want.alt = true;
  }
  if ((e.ctrlKey || e.metaKey) !== want.ctrl || e.shiftKey !== want.shift || e.altKey !== want.alt) return false;
  const domKey = DOM_KEY[key] ?? key;
  return e.key.length === 1 ? e.key.toLowerCase() === domKey.toLowerCase() : e.key === domKey;
}

/** The menu command a key press stands for, if any. */
export function commandForKey(e: KeyPress): MenuCommand | null {
  return SHORTCUTS.find((s) => s.command && matchesAccelerator(s.keys, e))?.command ?? null;
}
