/**
 * The application menu, in Polish: Plik, Edycja, Widok, Pomoc, with the usual shortcuts. Commands the
 * renderer carries out (open, save, export, print…) are sent to it as {@link MenuCommand}s; editing and view
 * items use Electron's built-in roles with Polish labels.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract/api.js';

/** What the menu needs from the application. */
export interface MenuContext {
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  /** True in development: adds reload and developer tools to Widok. */
  dev: boolean;
  /** `process.platform`: on macOS the application menu comes first and Zakończ lives there. */
  platform: string;
}

/**
 * The menu template. In: the context. Out: Electron's template (plain objects, so it can be tested without
 * Electron). `CmdOrCtrl` is Ctrl on Windows and Linux.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(command),
  });
  const mac = ctx.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'Plik',
    submenu: [
      cmd('Otwórz zarządzenie…', 'open', 'CmdOrCtrl+O'),
      cmd('Nowy projekt…', 'new-draft', 'CmdOrCtrl+N'),
      cmd('Zapisz', 'save', 'CmdOrCtrl+S'),
      { type: 'separator' },
      cmd('Eksportuj do DOCX…', 'export-docx', 'CmdOrCtrl+E'),
      cmd('Eksportuj do PDF…', 'export-pdf', 'CmdOrCtrl+Shift+E'),
      cmd('Eksportuj zestawienie zmian…', 'export-change-report'),
      { type: 'separator' },
      cmd('Podgląd wydruku', 'preview', 'CmdOrCtrl+Shift+P'),
      cmd('Drukuj…', 'print', 'CmdOrCtrl+P'),
      ...(mac ? [] : [{ type: 'separator' } as const, { label: 'Zakończ', role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edycja',
    submenu: [
      { label: 'Cofnij', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: 'Ponów', role: 'redo', accelerator: mac ? 'Shift+Cmd+Z' : 'CmdOrCtrl+Y' },
      { type: 'separator' },
      { label: 'Wytnij', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: 'Kopiuj', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: 'Wklej', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: 'Wklej bez formatowania', role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
      { label: 'Zaznacz wszystko', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      { label: 'Sprawdzanie pisowni', role: 'toggleSpellChecker' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Widok',
    submenu: [
      { label: 'Powiększ', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: 'Pomniejsz', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { label: 'Rzeczywisty rozmiar', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { type: 'separator' },
      { label: 'Pełny ekran', role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(ctx.dev
        ? [
            { type: 'separator' } as const,
            { label: 'Odśwież', role: 'reload', accelerator: 'CmdOrCtrl+R' } as const,
            { label: 'Narzędzia deweloperskie', role: 'toggleDevTools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' } as const,
          ]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Pomoc',
    role: 'help',
    submenu: [cmd('O programie', 'about')],
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: 'Zarządzenia organizacyjne', submenu: [{ label: 'Ukryj', role: 'hide' }, { type: 'separator' }, { label: 'Zakończ', role: 'quit' }] }]
    : [];
  return [...appMenu, file, edit, view, help];
}
