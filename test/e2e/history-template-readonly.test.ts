/**
 * The draft's history (versions listed, one opened read-only, compared with the current state, restored after a
 * confirmation, with the author set once in the settings), "Nowy projekt" from a template (from the registry and
 * the menu), and a read-only order (from the registry and from a file) previewed, exported and printed — in
 * Chromium with the real handlers behind `window.api`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, FIXTURES, launchBrowser, openApp } from './harness.js';

let browser: Browser;
let out: string;
beforeAll(async () => {
  browser = await launchBrowser();
  out = mkdtempSync(join(tmpdir(), 'zo-e2e-hist-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
}
/** Names in the § 2 register of the editor. */
function unitNames(page: Page): Promise<string[]> {
  return page.locator('.register-edit tbody .input-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

describe('version history in the draft editor', () => {
  it('lists versions with time and author, opens one read-only, compares it, restores it after confirming', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      await waitSaved(page);
      const draftId = (await app.call('registry:list')).find((e) => e.status === 'draft')!.id;

      // version 2: KS-02 renamed (by the system user, "Test E2E" in tests)
      await page.getByLabel('Nazwa: Biuro Prasowe').fill('Biuro Prasowe i Komunikacji');
      await page.getByLabel('Nazwa: Biuro Prasowe i Komunikacji').press('Enter');
      await expect.poll(async () => (await app.call('draft:versions', { id: draftId })).length, { timeout: 15_000 }).toBe(2);
      await waitSaved(page);

      // the author set once in the history panel; kept for the next versions
      await page.getByRole('tab', { name: 'Historia' }).click();
      const versions = page.getByRole('list', { name: 'Wersje projektu' });
      await versions.locator('li[data-n="2"]').waitFor();
      expect(await page.locator('[data-author]').textContent()).toBe('Test E2E');
      await page.getByRole('button', { name: 'Zmień…' }).click();
      await page.getByLabel('Imię i nazwisko zapisywane przy każdej wersji').fill('Anna Nowak');
      await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
      await expect.poll(() => page.locator('[data-author]').textContent()).toBe('Anna Nowak');
      expect(JSON.parse(readFileSync(join(app.dataDir, 'settings.json'), 'utf8'))).toEqual({ authorName: 'Anna Nowak' });

      // version 3: a unit added, by Anna Nowak
      await page.getByRole('button', { name: '+ Dodaj komórkę' }).click();
      await page.getByLabel('Nazwa: Nowa komórka').fill('Referat Nowych Mediów');
      await versions.locator('li[data-n="3"]').waitFor({ timeout: 15_000 });
      await waitSaved(page);
      const items = versions.locator('li.version');
      expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-n')))).toEqual(['3', '2', '1']);
      expect(await items.first().textContent()).toContain('Anna Nowak');
      expect(await items.first().textContent()).toContain('obecny stan');
      expect(await items.last().textContent()).toContain('Test E2E');
      // the time as Polish users write it: `05.05.2026, 14:05` (dd.mm.rrrr)
      expect(await items.first().locator('.version-time').textContent()).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
      // the newest version is the current state: nothing to compare or restore
      expect(await items.first().getByRole('button', { name: /Przywróć/ }).count()).toBe(0);
      // four panel tabs fit the side column: the window never scrolls sideways
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await app.screenshot('history');

      // compare version 1 with the current state: the rename and the new unit
      await page.getByRole('button', { name: 'Porównaj wersję 1 z obecnym stanem' }).click();
      const changes = page.getByRole('region', { name: 'Zmiany od wersji 1' });
      await changes.waitFor();
      await expect(changes.locator('[data-change="renamed"]').textContent()).resolves.toContain('KS-02');
      await expect(changes.locator('[data-change="added"]').count()).resolves.toBe(1);
      await app.screenshot('history-compare');
      // version 3 has no changes against the current state
      await changes.getByRole('button', { name: 'Zamknij porównanie' }).click();

      // open version 1 read-only: its print preview, without the later changes
      await page.getByRole('button', { name: 'Podgląd wersji 1' }).click();
      const dialog = page.getByRole('dialog', { name: 'Wersja 1 — tylko do odczytu' });
      const frame = dialog.frameLocator('iframe.preview-frame');
      await frame.locator('section.annex svg').waitFor();
      const v1text = ((await frame.locator('section.order').textContent()) ?? '').replace(/\u00a0/g, ' ');
      expect(v1text).toContain('Biuro Prasowe');
      expect(v1text).not.toContain('Biuro Prasowe i Komunikacji');
      expect(v1text).not.toContain('Referat Nowych Mediów');
      expect(await dialog.textContent()).toContain('Test E2E');
      await app.screenshot('history-version');

      // restoring asks first; cancelling changes nothing
      await dialog.getByRole('button', { name: 'Przywróć tę wersję…' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Przywrócić wersję 1?' });
      await confirm.waitFor();
      expect(await confirm.textContent()).toMatch(/Nic nie zostanie utracone/);
      await app.screenshot('history-confirm');
      await confirm.getByRole('button', { name: 'Anuluj' }).click();
      await confirm.waitFor({ state: 'detached' });
      expect(await app.call('draft:versions', { id: draftId })).toHaveLength(3);

      // restore: the editor shows version 1 again; the restore is version 4; versions 2 and 3 are kept
      await dialog.getByRole('button', { name: 'Przywróć tę wersję…' }).click();
      await confirm.getByRole('button', { name: 'Przywróć wersję 1' }).click();
      await dialog.waitFor({ state: 'detached' });
      await versions.locator('li[data-n="4"]').waitFor();
      await expect.poll(() => unitNames(page)).not.toContain('Referat Nowych Mediów');
      expect(await unitNames(page)).toContain('Biuro Prasowe');
      expect(await versions.locator('li[data-n="4"]').textContent()).toMatch(/Anna Nowak · Przywrócono wersję 1 z \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/u);
      await page.waitForTimeout(1500);
      await waitSaved(page);
      const stored = await app.call('draft:versions', { id: draftId });
      // the editor's autosave after the restore wrote nothing more: the restored content is the current state
      expect(stored.map((v) => v.n)).toEqual([1, 2, 3, 4]);
      const reopened = await app.call('draft:open', { id: draftId });
      expect(reopened.order.units.map((u) => u.name)).not.toContain('Referat Nowych Mediów');
      expect((await app.call('draft:version', { versionId: stored[2]!.id })).order.units.map((u) => u.name)).toContain('Referat Nowych Mediów');
      await app.screenshot('history-restored');

      // Cofnij takes the restore back (and that is saved as one more version)
      await page.getByRole('button', { name: '↶ Cofnij' }).click();
      await expect.poll(() => unitNames(page)).toContain('Referat Nowych Mediów');
      await expect.poll(async () => (await app.call('draft:versions', { id: draftId })).length, { timeout: 15_000 }).toBe(5);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('a new draft from a template', () => {
  it('from the registry: chooses the template, names the subject, opens the draft; the menu opens the same dialog', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('table', { name: 'Obowiązujące zarządzenia' }).waitFor();
      await page.getByRole('button', { name: 'Nowy projekt…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nowy projekt zarządzenia' });
      await dialog.getByRole('radio').nth(1).waitFor();
      const options = dialog.locator('.template-option');
      expect(await options.count()).toBe(2);
      expect(await options.first().textContent()).toMatch(/^Wydział.*Zarządzenie w sprawie/);
      await expect(dialog.getByRole('radio', { name: /^Wydział/ }).isChecked()).resolves.toBe(true);
      const create = dialog.getByRole('button', { name: 'Utwórz projekt' });
      expect(await create.isDisabled()).toBe(true);
      await dialog.getByLabel('Przedmiot zarządzenia (w mianowniku)').fill('Wydział Kultury');
      await app.screenshot('new-draft');
      await create.click();

      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      await waitSaved(page);
      expect(await page.title()).toBe('projekt: Wydział Kultury — Zarządzenia organizacyjne');
      expect(await unitNames(page)).toEqual(['Referat Organizacyjny']);
      await expect(page.getByRole('tab', { name: /Porównanie/ }).click().then(() => page.locator('.tabpanel').textContent())).resolves.toContain('nie zastępuje');
      await app.screenshot('new-draft-editor');
      const list = await app.call('registry:list');
      const created = list.find((e) => e.status === 'draft')!;
      expect(created).toMatchObject({ subject: 'Wydział Kultury', replacesId: null });
      expect((await app.call('draft:versions', { id: created.id }))[0]!.author).toBe('Test E2E');

      // the menu's "Nowy projekt…" from the editor: Escape closes the dialog; a second draft from the other template
      await app.menu('new-draft');
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await app.menu('new-draft');
      await dialog.getByRole('radio', { name: /^Kancelaria lub biuro/ }).check();
      await dialog.getByLabel('Przedmiot zarządzenia (w mianowniku)').fill('Biuro Kontroli Wewnętrznej');
      await dialog.getByRole('button', { name: 'Utwórz projekt' }).click();
      await expect.poll(() => page.title()).toBe('projekt: Biuro Kontroli Wewnętrznej — Zarządzenia organizacyjne');
      await waitSaved(page);

      // both are listed among the drafts
      await page.getByRole('button', { name: 'Rejestr' }).click();
      const drafts = page.getByRole('table', { name: 'Projekty' });
      await drafts.waitFor();
      const subjects = await drafts.locator('tbody td.strong').allTextContents();
      expect(subjects.sort()).toEqual(['Biuro Kontroli Wewnętrznej', 'Wydział Kultury']);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('a read-only order: preview, export, print', () => {
  it('from the registry and from a file, like a draft', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.locator('tr[data-number="3468/2024"]').getByRole('button', { name: 'Podgląd' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      const toolbar = page.getByRole('toolbar', { name: 'Narzędzia zarządzenia' });
      expect(await toolbar.textContent()).toContain('tylko do odczytu · obowiązujące');
      await app.screenshot('readonly');

      // print preview: the signed order's own number, no PROJEKT mark, the annex chart
      await toolbar.getByRole('button', { name: 'Podgląd wydruku' }).click();
      const frame = page.frameLocator('iframe.preview-frame');
      await frame.locator('section.annex svg').waitFor();
      const text = ((await frame.locator('section.order').textContent()) ?? '').replace(/\u00a0/g, ' ');
      expect(text).toMatch(/nr 3468\/2024/i);
      expect(text).not.toContain('PROJEKT');
      await app.screenshot('readonly-preview');

      // DOCX through the save dialog, named after the order's number
      const docx = join(out, 'zarzadzenie.docx');
      app.dialogs.saveQueue.push(docx);
      await toolbar.getByRole('button', { name: 'DOCX…' }).click();
      await page.locator(`.toolbar-note[data-path="${docx}"]`).waitFor();
      expect(app.dialogs.saveRequests.at(-1)!.defaultName).toBe('zarzadzenie-3468-2024.docx');
      const words = docxText(readFileSync(docx));
      expect(words).toMatch(/nr 3468\/2024/i);
      expect(words).toContain('Biuro Prasowe');

      // PDF and printing from the application menu
      const pdf = join(out, 'zarzadzenie.pdf');
      app.dialogs.saveQueue.push(pdf);
      await app.menu('export-pdf');
      await page.locator(`.toolbar-note[data-path="${pdf}"]`).waitFor({ timeout: 30_000 });
      expect(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })).toContain('Biuro Prasowe');
      await app.menu('print');
      await page.locator('.toolbar-note', { hasText: 'Wysłano do drukarki.' }).waitFor();
      expect(app.printed).toHaveLength(1);
      expect(app.printed[0]).toContain('3468/2024');
      await app.screenshot('readonly-exported');
      // the menu's Podgląd wydruku goes back to the document
      await app.menu('preview');
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();

      // an order opened from a file (outside the registry): the same toolbar
      app.dialogs.openQueue.push(join(FIXTURES, 'orders', 'krakow-3842-2023-portal-uslug-miejskich.txt'));
      await page.getByRole('button', { name: 'Otwórz zarządzenie…' }).click();
      // the import runs in a worker thread (issue 14): give it more than expect.poll's default second
      await expect.poll(() => page.title(), { timeout: 20_000 }).toMatch(/^krakow-3842-2023-portal-uslug-miejskich\.txt/);
      const fromFile = join(out, 'z-pliku.docx');
      app.dialogs.saveQueue.push(fromFile);
      await app.menu('export-docx');
      await page.locator(`.toolbar-note[data-path="${fromFile}"]`).waitFor();
      expect(docxText(readFileSync(fromFile))).toMatch(/3842\/2023/);
      await toolbar.getByRole('button', { name: 'Drukuj…' }).click();
      await expect.poll(() => app.printed.length).toBe(2);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
