import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS } from '../../../electron/contract/api.js';
import { buildMenuTemplate } from '../../../electron/main/menu.js';
import { commandForKey, displayKeys, matchesAccelerator, SHORTCUTS } from '../../../electron/contract/shortcuts.js';

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
}
function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const top of template) for (const i of items(top)) if (i.label === label) return i;
  throw new Error(`brak pozycji ${label}`);
}

describe('application menu', () => {
  it('has Plik, Edycja, Widok, Pomoc in that order on Windows and Linux', () => {
    const t = buildMenuTemplate({ send: () => {}, dev: false, platform: 'win32' });
    expect(t.map((m) => m.label)).toEqual(['Plik', 'Edycja', 'Widok', 'Pomoc']);
  });

  it('gives every item a Polish label and the usual shortcuts', () => {
    const t = buildMenuTemplate({ send: () => {}, dev: false, platform: 'linux' });
    for (const top of t) for (const i of items(top)) expect(i.label, JSON.stringify(i)).toMatch(/^[A-ZŁŚŻ][a-ząćęłńóśźż .…A-Z]+$/);
    expect(find(t, 'Otwórz zarządzenie…').accelerator).toBe('CmdOrCtrl+O');
    expect(find(t, 'Zapisz wersję…').accelerator).toBe('CmdOrCtrl+S');
    expect(find(t, 'Drukuj…').accelerator).toBe('CmdOrCtrl+P');
    // undo and redo are the draft's one history, carried out in the renderer
    expect(find(t, 'Cofnij')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(find(t, 'Cofnij').role).toBeUndefined();
    expect(find(t, 'Ponów')).toMatchObject({ accelerator: 'CmdOrCtrl+Y' });
    expect(find(t, 'Skróty klawiszowe').accelerator).toBe('F1');
    expect(find(t, 'Następny obszar okna').accelerator).toBe('F6');
    expect(find(t, 'Przenieś zadanie do innej komórki…').accelerator).toBe('CmdOrCtrl+Shift+M');
    expect(find(t, 'Kopiuj').role).toBe('copy');
    expect(find(t, 'Zakończ').role).toBe('quit');
  });

  it('sends each renderer command to the window, and every command has a menu item', () => {
    const send = vi.fn();
    const t = buildMenuTemplate({ send, dev: false, platform: 'linux' });
    for (const top of t) for (const i of items(top)) (i.click as (() => void) | undefined)?.();
    expect(send.mock.calls.map((c) => c[0]).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('takes every accelerator of a renderer command from the one list of shortcuts, which the help dialog shows', () => {
    const t = buildMenuTemplate({ send: () => {}, dev: false, platform: 'linux' });
    for (const s of SHORTCUTS.filter((x) => x.command)) {
      const item = t.flatMap(items).find((i) => {
        let sent: string | undefined;
        const probe = buildMenuTemplate({ send: (c) => (sent = c), dev: false, platform: 'linux' }).flatMap(items).find((j) => j.label === i.label);
        (probe?.click as (() => void) | undefined)?.();
        return sent === s.command;
      });
      expect(item?.accelerator, s.command).toBe(s.keys);
    }
  });

  it('matches key presses against accelerators as Windows does (Ctrl, exact modifiers, letters without case)', () => {
    const press = (key: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({ key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });
    expect(commandForKey(press('s', { ctrlKey: true }))).toBe('save');
    expect(commandForKey(press('E', { ctrlKey: true, shiftKey: true }))).toBe('export-pdf');
    expect(commandForKey(press('e', { ctrlKey: true }))).toBe('export-docx');
    expect(commandForKey(press('F6', { shiftKey: true }))).toBe('previous-region');
    expect(commandForKey(press('F1'))).toBe('shortcuts');
    // AltGr+S types „ś” on a Polish keyboard (Ctrl+Alt): never a shortcut
    expect(commandForKey(press('ś', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandForKey(press('s'))).toBeNull();
    expect(matchesAccelerator('Alt+Up', press('ArrowUp', { altKey: true }))).toBe(true);
    expect(displayKeys('CmdOrCtrl+Shift+E')).toBe('Ctrl+Shift+E');
    expect(displayKeys('Alt+Down')).toBe('Alt+↓');
  });

  it('shows developer tools only in development', () => {
    const labels = (dev: boolean) => items(buildMenuTemplate({ send: () => {}, dev, platform: 'linux' })[2]!).map((i) => i.role);
    expect(labels(false)).not.toContain('toggleDevTools');
    expect(labels(true)).toContain('toggleDevTools');
  });

  it('on macOS puts the application menu first and Zakończ there', () => {
    const t = buildMenuTemplate({ send: () => {}, dev: false, platform: 'darwin' });
    expect(t.map((m) => m.label)).toEqual(['Zarządzenia organizacyjne', 'Plik', 'Edycja', 'Widok', 'Pomoc']);
    expect(items(t[1]!).some((i) => i.role === 'quit')).toBe(false);
  });
});
