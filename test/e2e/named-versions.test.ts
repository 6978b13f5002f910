/**
 * Versions people can name (issue 13, item 5) and Cofnij in plain fields, in Chromium with the real handlers at
 * 1280×720: the autosaves of one sitting are one version; Ctrl+S asks for a name and saves a named version, which
 * the history shows apart (and alone, on request); any two versions ticked are compared in document form (the newer
 * version with the changes marked); axe-core finds nothing serious in the name dialog and the comparison. Ctrl+Z in
 * a field of the draft takes back what was just typed there (and nothing before it); in a dialog's field and a
 * field of a form of its own it is the field's own undo, the draft untouched.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocking, runAxe } from './axe.js';
import { launchBrowser, openApp, type AppSession } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWPORT = { width: 1280, height: 720 };

async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
}
/** Names in the § 2 register of the editor. */
function unitNames(page: Page): Promise<string[]> {
  return page.locator('.register-edit tbody .input-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}
/** A new draft replacing 3468/2024, opened in the editor; its id. */
async function newDraft(app: AppSession): Promise<number> {
  await app.page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
  await app.page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
  await waitSaved(app.page);
  return (await app.call('registry:list')).find((e) => e.status === 'draft')!.id;
}
/** Renames a unit in the register (its name field, committed with Enter) and waits for the save. */
async function rename(page: Page, from: string, to: string): Promise<void> {
  await page.getByLabel(`Nazwa: ${from}`).fill(to);
  await page.getByLabel(`Nazwa: ${to}`).press('Enter');
  await page.locator('.save[data-state="pending"], .save[data-state="saving"]').first().waitFor({ timeout: 5000 }).catch(() => undefined);
  await waitSaved(page);
}
async function noSeriousViolations(page: Page, screen: string): Promise<void> {
  await page.waitForTimeout(250);
  const f = await runAxe(page, screen);
  console.log(`axe ${screen}: ${f.violations.length} violations (${JSON.stringify(f.byImpact)})`);
  expect(blocking(f)).toEqual([]);
}

describe('named versions', () => {
  it('one version per sitting; Ctrl+S names a version; the history shows named versions apart; any two compared in document form', async () => {
    const app = await openApp(browser, VIEWPORT);
    const { page } = app;
    try {
      const draftId = await newDraft(app);
      // three edits, each autosaved: one version for the sitting, not three
      await rename(page, 'Biuro Prasowe', 'Biuro Prasowe i Komunikacji');
      await rename(page, 'Biuro Prasowe i Komunikacji', 'Biuro Prasowe i Komunikacji Miejskiej');
      await rename(page, 'Biuro Prasowe i Komunikacji Miejskiej', 'Biuro Prasowe Miasta');
      expect((await app.call('draft:versions', { id: draftId })).map((v) => v.n)).toEqual([1, 2]);
      const stored = await app.call('draft:version', { versionId: (await app.call('draft:versions', { id: draftId }))[1]!.id });
      expect(stored.order.units.map((u) => u.name)).toContain('Biuro Prasowe Miasta');

      // Ctrl+S asks for a name: an empty one is refused in Polish, the dialog stays
      await page.getByLabel('Nazwa: Biuro Prasowe Miasta').focus();
      await page.keyboard.press('Control+s');
      const dialog = page.getByRole('dialog', { name: 'Zapisz wersję' });
      await dialog.waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toMatch(/dla Dyrektora/);
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/Podaj nazwę wersji/);
      await noSeriousViolations(page, 'Zapisz wersję (okno, błąd)');
      await page.keyboard.type('dla Dyrektora');
      await app.screenshot('named-version-dialog');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      // nothing changed since the sitting's version: that version received the name
      expect((await app.call('draft:versions', { id: draftId })).map((v) => [v.n, v.name])).toEqual([[1, null], [2, 'dla Dyrektora']]);

      // the next edits are a new version (the named one is never changed); a second name saves pending edits too
      await page.getByRole('button', { name: '+ Dodaj komórkę' }).click();
      await page.getByLabel('Nazwa: Nowa komórka').fill('Referat Nowych Mediów');
      await page.getByLabel('Nazwa: Referat Nowych Mediów').press('Enter');
      await page.getByRole('button', { name: 'Zapisz wersję…' }).click();
      await dialog.waitFor();
      await page.keyboard.type('po uwagach WON');
      await dialog.getByRole('button', { name: 'Zapisz wersję' }).click();
      await dialog.waitFor({ state: 'detached' });
      await waitSaved(page);
      const versions = await app.call('draft:versions', { id: draftId });
      expect(versions.map((v) => v.name)).toEqual([null, 'dla Dyrektora', 'po uwagach WON']);
      expect((await app.call('draft:version', { versionId: versions[1]!.id })).order.units.map((u) => u.name)).not.toContain('Referat Nowych Mediów');
      expect((await app.call('draft:version', { versionId: versions[2]!.id })).order.units.map((u) => u.name)).toContain('Referat Nowych Mediów');

      // the history: named versions apart, with their names; the list can show them alone
      await page.getByRole('tab', { name: 'Historia' }).click();
      const list = page.getByRole('list', { name: 'Wersje projektu' });
      await list.locator('li[data-n="3"]').waitFor();
      expect(await list.locator('li.version-named').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-name')))).toEqual(['po uwagach WON', 'dla Dyrektora']);
      expect(await list.locator('li[data-n="2"] .version-name').textContent()).toBe('„dla Dyrektora”');
      expect(await list.locator('li[data-n="1"]').getAttribute('class')).not.toContain('version-named');
      expect(await list.locator('li[data-n="2"] .version-time').textContent()).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
      await app.screenshot('named-versions-history');
      await page.getByLabel(/tylko nazwane/).check();
      expect(await list.locator('li.version').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-n')))).toEqual(['3', '2']);
      await page.getByLabel(/tylko nazwane/).uncheck();

      // any two versions ticked: the newer one as a document with the changes marked
      await page.getByLabel('Zaznacz wersja 1 do porównania').check();
      await page.getByLabel('Zaznacz wersja 3 „po uwagach WON” do porównania').check();
      await page.getByRole('button', { name: 'Porównaj wersje 1 i 3' }).click();
      const cmp = page.getByRole('dialog', { name: 'Zmiany od wersji 1 do wersji 3' });
      await cmp.waitFor();
      const frame = cmp.frameLocator('iframe.preview-frame');
      await frame.locator('section.order').waitFor();
      const inserted = await frame.locator('ins').allTextContents();
      expect(inserted.join(' ')).toMatch(/Miasta/);
      expect(inserted.join(' ')).toMatch(/Referat Nowych Mediów/);
      expect(await frame.locator('p.rl-mark').count()).toBeGreaterThan(0);
      expect(await cmp.locator('#redline-versions').textContent()).toMatch(/Od: wersja 1 \(\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}, Test E2E\) · do: wersja 3 „po uwagach WON”/);
      await noSeriousViolations(page, 'Porównanie dwóch wersji (okno)');
      await app.screenshot('named-versions-compare');
      await page.keyboard.press('Escape');
      await cmp.waitFor({ state: 'detached' });

      // a named version against the one after it, ticked in the other order: from the older one
      await page.getByLabel('Zaznacz wersja 1 do porównania').uncheck();
      await page.getByLabel('Zaznacz wersja 2 „dla Dyrektora” do porównania').check();
      await page.getByRole('button', { name: 'Porównaj wersje 2 i 3' }).click();
      const cmp23 = page.getByRole('dialog', { name: 'Zmiany od wersji 2 do wersji 3' });
      await cmp23.waitFor();
      const f23 = cmp23.frameLocator('iframe.preview-frame');
      await f23.locator('section.order').waitFor();
      expect((await f23.locator('ins').allTextContents()).join(' ')).not.toMatch(/Miasta/);
      await page.keyboard.press('Escape');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('Cofnij in plain fields', () => {
  it('takes back what was just typed in a field of the draft, and only that; a dialog field and a form of its own keep their own undo', async () => {
    const app = await openApp(browser, VIEWPORT);
    const { page } = app;
    try {
      const draftId = await newDraft(app);
      // an earlier change, which Ctrl+Z in the name field must not take back
      await page.getByRole('button', { name: '+ Dodaj komórkę' }).click();
      await page.getByLabel('Nazwa: Nowa komórka').fill('Referat Nowych Mediów');
      await page.getByLabel('Nazwa: Referat Nowych Mediów').press('Enter');
      await waitSaved(page);
      // typed and undone at once, before the field commits its text
      const field = page.getByLabel('Nazwa: Biuro Prasowe');
      await field.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' i Komunikacji');
      await page.keyboard.press('Control+z');
      await expect.poll(() => field.inputValue()).toBe('Biuro Prasowe');
      expect(await unitNames(page)).toContain('Referat Nowych Mediów');
      // Ponów brings it back
      await page.keyboard.press('Control+y');
      await expect.poll(() => unitNames(page)).toContain('Biuro Prasowe i Komunikacji');
      await waitSaved(page);

      // a dialog's field: the browser's undo of the typing; the draft is untouched
      const before = await unitNames(page);
      await page.keyboard.press('Control+s');
      const dialog = page.getByRole('dialog', { name: 'Zapisz wersję' });
      await dialog.waitFor();
      await page.keyboard.type('dla Dyrektora');
      await page.keyboard.press('Control+z');
      await expect.poll(() => dialog.getByRole('textbox').inputValue()).not.toBe('dla Dyrektora');
      expect(await unitNames(page)).toEqual(before);
      await page.keyboard.press('Escape');

      // a form of its own in the editor (the author's name): its own undo, the draft untouched
      await page.getByRole('tab', { name: 'Historia' }).click();
      await page.getByRole('button', { name: 'Zmień…' }).click();
      const author = page.getByLabel('Imię i nazwisko zapisywane przy każdej wersji');
      await author.waitFor();
      await page.keyboard.type('Anna Nowak');
      await page.keyboard.press('Control+z');
      await expect.poll(() => author.inputValue()).not.toBe('Anna Nowak');
      expect(await unitNames(page)).toEqual(before);
      await waitSaved(page);
      const saved = await app.call('draft:open', { id: draftId });
      expect(saved.order.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Biuro Prasowe i Komunikacji', 'Referat Nowych Mediów']));
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
