import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS } from '../../../electron/contract/api.js';
import { buildMenuTemplate } from '../../../electron/main/menu.js';

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
    expect(find(t, 'Zapisz').accelerator).toBe('CmdOrCtrl+S');
    expect(find(t, 'Drukuj…').accelerator).toBe('CmdOrCtrl+P');
    expect(find(t, 'Cofnij')).toMatchObject({ role: 'undo', accelerator: 'CmdOrCtrl+Z' });
    expect(find(t, 'Ponów')).toMatchObject({ role: 'redo', accelerator: 'CmdOrCtrl+Y' });
    expect(find(t, 'Kopiuj').role).toBe('copy');
    expect(find(t, 'Zakończ').role).toBe('quit');
  });

  it('sends each renderer command to the window, and every command has a menu item', () => {
    const send = vi.fn();
    const t = buildMenuTemplate({ send, dev: false, platform: 'linux' });
    for (const top of t) for (const i of items(top)) (i.click as (() => void) | undefined)?.();
    expect(send.mock.calls.map((c) => c[0]).sort()).toEqual([...MENU_COMMANDS].sort());
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
