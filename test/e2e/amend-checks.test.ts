/**
 * An amending draft in the editor (issue 17): its own checks show in the Kontrola panel as the lawyer edits, fed by
 * the registry's facts of the cited order (not by the worker reaching the registry). A quoted wording whose label is
 * cleared is found at its point (`amend.quote`), the finding leads to the point, and it goes away when the label is
 * typed back and when its fix is applied; an amended order chosen from the registry that is not in force is found
 * (`amend.cited`) and the finding goes away when the order in force is chosen again. A point is removed. Another
 * amendment signed meanwhile reaches the checks (the facts asked again on the registry's change), and the
 * introductory sentence's fix writes it in. „Przenieś
 * zadania…” explains why it does nothing here. axe on the state with findings.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftDocument, RegistryEntry } from '../../electron/contract/api.js';
import { runAxe } from './axe.js';
import { finding, openAmendingDraft } from './amend-steps.js';
import { launchBrowser, openApp, shownText } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the amending draft in the editor', () => {
  it('shows its own checks in Kontrola live, leads to the point, and lets the lawyer edit § 1', async () => {
    const app = await openApp(browser, { width: 1280, height: 800 });
    const { page } = app;
    try {
      // the amending draft: § 1 as fields, the cited order's status from the registry
      const body = await openAmendingDraft(page);
      // the button pressed went with the replacing draft: the focus is in § 1, not left on the page
      expect(await page.evaluate(() => document.activeElement?.closest('#zmiany') !== null)).toBe(true);
      await page.getByRole('tab', { name: /Kontrola/ }).click();
      const panel = page.locator('#panel-checks');
      await expect.poll(async () => (await panel.textContent()) ?? '').not.toContain('Sprawdzanie…');
      expect(await panel.locator('li.finding[data-code^="amend."]').count()).toBe(0);

      // a quoted wording without its label: found at its point, live
      const label = page.getByLabel('pkt 1, linia 1: oznaczenie');
      const was = await label.inputValue();
      expect(was).toMatch(/^\d+[a-z]*\)$/);
      await label.fill('');
      await label.press('Enter');
      const quote = finding(page, 'amend.quote');
      await quote.waitFor();
      expect(shownText(await quote.locator('.where').textContent())).toBe('§ 1 pkt 1');
      expect(shownText(await quote.locator('.message').textContent())).toMatch(/^pkt 1: nowe brzmienie pkt \S+ jest cytowane bez swojego oznaczenia/);
      // the finding leads to the point
      await quote.locator('.where').click();
      await expect.poll(() => page.locator('li.amend-point').first().evaluate((el) => el.classList.contains('flash'))).toBe(true);
      const axe = await runAxe(page, 'amending draft with a finding');
      expect(axe.violations.map((v) => `${v.impact} ${v.id} ${v.targets.join(' ')}`)).toEqual([]);
      await app.screenshot('amend-checks-finding');

      // typed back: the finding goes; cleared again and fixed by the panel: it goes again
      await label.fill(was);
      await label.press('Enter');
      await quote.waitFor({ state: 'detached' });
      await label.fill('9)');
      await label.press('Enter');
      await quote.waitFor();
      await quote.getByRole('button', { name: 'Popraw oznaczenia' }).click();
      await quote.waitFor({ state: 'detached' });
      await expect.poll(() => label.inputValue()).toBe(was);

      // the wording is edited without quotation marks; the printed text keeps them
      const text = page.getByLabel('pkt 1, linia 1: nowe brzmienie');
      expect(await text.inputValue()).not.toMatch(/[„”]/);

      // an amended order that is not in force, chosen from the registry: found; the order in force again: gone
      const list = (await app.call('registry:list', undefined)) as RegistryEntry[];
      const repealed = list.find((e) => e.status === 'repealed' && e.number);
      expect(repealed, 'the sample registry has a repealed order').toBeDefined();
      {
        await page.getByLabel('Zmieniane zarządzenie').selectOption(repealed!.number!);
        const cited = finding(page, 'amend.cited');
        await cited.waitFor();
        expect(shownText(await cited.locator('.message').textContent())).toContain(`nr ${repealed!.number} nie obowiązuje`);
        await page.getByLabel('Zmieniane zarządzenie').selectOption('3468/2024');
        await cited.waitFor({ state: 'detached' });
        await expect.poll(async () => panel.locator('li.finding[data-code^="amend."]').count()).toBe(0);
      }

      // a point removed: one fewer, the checks still clean (the annex went with its point)
      const points = page.locator('li.amend-point');
      const n = await points.count();
      await page.getByRole('button', { name: `Usuń zmianę pkt ${n}` }).click();
      await expect.poll(() => points.count()).toBe(n - 1);

      // the registry changes while the draft is open (another amendment of 3468/2024 signed): the facts are asked
      // again, and the introductory sentence must now name it; the fix writes it in from the registry
      const old = list.find((e) => e.number === '3468/2024')!;
      const other = (await app.call('draft:create', { replacingId: old.id })) as DraftDocument;
      const renamed = structuredClone(other.order);
      const ks01 = renamed.units.find((u) => u.symbol === 'KS-01')!;
      ks01.name = `${ks01.name} i Kadr`;
      delete ks01.forms;
      const second = (await app.call('draft:amend', { id: other.id, order: renamed })) as DraftDocument;
      await app.call('draft:sign', { id: second.id, number: '51/2025', date: '2025-01-10' });
      const intro = finding(page, 'amend.intro');
      await intro.waitFor({ timeout: 30_000 });
      expect(shownText(await intro.locator('.message').textContent())).toContain('nr 51/2025');
      await intro.getByRole('button', { name: 'Wpisz dane zmienianego zarządzenia z rejestru' }).click();
      await intro.waitFor({ state: 'detached' });
      expect(shownText(await body.locator('p[data-id]').textContent())).toContain('zmienionym zarządzeniem nr 51/2025 z dnia 10 stycznia 2025 r.');

      // no „Przenieś zadania…” here: it says why
      const move = page.getByRole('button', { name: 'Przenieś zadania…' });
      expect(await move.getAttribute('aria-disabled')).toBe('true');
      await move.click({ force: true });
      expect(shownText(await page.locator('.banner[role="alert"]').textContent())).toContain('Zarządzenie zmieniające nie ma zakresów działania');
    } finally {
      await app.close();
    }
  }, 240_000);
});
