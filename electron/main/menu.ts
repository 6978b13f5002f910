/**
 * The application menu, in Polish: Plik, Edycja, Widok, Pomoc, with the usual shortcuts (taken from the one list
 * of shortcuts, electron/contract/shortcuts.ts). Commands the renderer carries out (open, save a named version,
 * export, print, undo and redo of the draft's one history, moving a task, the regions of the window, the help)
 * are sent to it as {@link MenuCommand}s; clipboard and view items use Electron's built-in roles with Polish labels.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract/api.js';
import { acceleratorOf } from '../contract/shortcuts.js';

/** What the menu needs from the application. */
export interface MenuContext {
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  /** True in development: adds reload and developer tools to Widok. */
  dev: boolean;
  /** `process.platform`: on macOS the application menu comes first and Zakończ lives there. */
  platform: string;
  /** Reloads the window after saving its pending edit (Widok → Odśwież, development only); default: Electron's reload. */
  reload?(): void;
}

/**
 * The menu template. In: the context. Out: Electron's template (plain objects, so it can be tested without
 * Electron). `CmdOrCtrl` is Ctrl on Windows and Linux.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator = acceleratorOf(command)): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(command),
  });
  const mac = ctx.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'Plik',
    submenu: [
      cmd('Otwórz zarządzenie…', 'open'),
      cmd('Nowy projekt…', 'new-draft'),
      cmd('Metryczki ustaw…', 'citations'),
      cmd('Zapisz wersję…', 'save'),
      { type: 'separator' },
      cmd('Eksportuj do DOCX…', 'export-docx'),
      cmd('Eksportuj do PDF…', 'export-pdf'),
      cmd('Eksportuj zestawienie zmian…', 'export-change-report'),
      cmd('Eksportuj wersję ze zmianami…', 'export-redline'),
      { type: 'separator' },
      cmd('Podgląd wydruku', 'preview'),
      cmd('Drukuj…', 'print'),
      ...(mac ? [] : [{ type: 'separator' } as const, { label: 'Zakończ', role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edycja',
    submenu: [
      // the draft's one history (typing and structural changes alike) lives in the renderer
      cmd('Cofnij', 'undo'),
      cmd('Ponów', 'redo', mac ? 'Shift+Cmd+Z' : acceleratorOf('redo')),
      { type: 'separator' },
      { label: 'Wytnij', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: 'Kopiuj', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: 'Wklej', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: 'Wklej bez formatowania', role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
      { label: 'Zaznacz wszystko', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      cmd('Przenieś zadanie do innej komórki…', 'move-task'),
      cmd('Wstaw odesłanie do przepisu…', 'insert-reference'),
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
      { type: 'separator' },
      cmd('Następny obszar okna', 'next-region'),
      cmd('Poprzedni obszar okna', 'previous-region'),
      ...(ctx.dev
        ? [
            { type: 'separator' } as const,
            ctx.reload ? { label: 'Odśwież', accelerator: 'CmdOrCtrl+R', click: () => ctx.reload!() } : ({ label: 'Odśwież', role: 'reload', accelerator: 'CmdOrCtrl+R' } as const),
            { label: 'Narzędzia deweloperskie', role: 'toggleDevTools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' } as const,
          ]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Pomoc',
    role: 'help',
    submenu: [cmd('Skróty klawiszowe', 'shortcuts'), { type: 'separator' }, cmd('O programie', 'about')],
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: 'Zarządzenia organizacyjne', submenu: [{ label: 'Ukryj', role: 'hide' }, { type: 'separator' }, { label: 'Zakończ', role: 'quit' }] }]
    : [];
  return [...appMenu, file, edit, view, help];
}
