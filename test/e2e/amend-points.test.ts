/**
 * Points of an amending draft added and changed by the lawyer (issue 17): „Dodaj zmianę” with the kind of change and
 * the unit picked from the amended order's text in force (a list, not typed). A unit added after the last point of
 * a list is written „w pkt N kropkę zastępuje się średnikiem i dodaje się pkt N+1 w brzmieniu:”; its empty wording is
 * found by Kontrola (amend.quote) until it is typed; moved after another unit the instruction and the label follow
 * and the wording stays; made a repeal it quotes nothing; removed, it is gone. axe on the state with the picker.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** The paragraf with the most punkty directly under it, and the citations of those punkty, from a unit select. */
async function longestList(select: ReturnType<Page['locator']>): Promise<string[]> {
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const byPar = new Map<string, string[]>();
  for (const v of values) {
    const m = /^(§ \d+[a-z]*) pkt \d+[a-z]*$/.exec(v);
    if (m) byPar.set(m[1]!, [...(byPar.get(m[1]!) ?? []), v]);
  }
  return [...byPar.values()].sort((a, b) => b.length - a.length)[0]!;
}

describe('points of the amending draft', () => {
  it('adds a point picked from the amended order, changes its unit and kind, and removes it', async () => {
    const app = await openApp(browser, { width: 1280, height: 800 });
    const { page } = app;
    try {
      const body = await openAmendingDraft(page);
      await page.getByRole('tab', { name: /Kontrola/ }).click();
      const before = await body.locator('li.amend-point').count();

      // „Dodaj zmianę”: a unit added after the last point of the longest list
      const add = body.getByRole('group', { name: 'Nowa zmiana' });
      const unit = add.getByLabel('Nowa zmiana: po jednostce');
      await add.getByLabel('Nowa zmiana: rodzaj zmiany').selectOption('insert');
      const list = await longestList(unit);
      const last = list[list.length - 1]!;
      const n = Number(/pkt (\d+)$/.exec(last)![1]);
      await unit.selectOption(last);
      await add.getByRole('button', { name: 'Dodaj zmianę' }).click();
      await expect.poll(() => body.locator('li.amend-point').count()).toBe(before + 1);
      const point = body.locator('li.amend-point').filter({ hasText: 'kropkę zastępuje się średnikiem' });
      await point.waitFor();
      const instruction = async () => shownText(await point.locator('.amend-instruction > span').textContent());
      expect(await instruction()).toMatch(new RegExp(`^\\d+\\) w ${last.split(' pkt')[0]!.replace('§', '§')} w pkt ${n} kropkę zastępuje się średnikiem i dodaje się pkt ${n + 1} w brzmieniu:$`));
      // the focus is in the new wording; Kontrola finds it empty, live
      expect(await page.evaluate(() => document.activeElement?.closest('li.amend-point')?.textContent ?? '')).toContain('kropkę zastępuje się');
      const quote = finding(page, 'amend.quote');
      await quote.waitFor();
      expect(shownText(await quote.locator('.message').textContent())).toMatch(new RegExp(`nowe brzmienie pkt ${n + 1} jest puste`));
      const nr = await point.evaluate((el) => Array.from(el.parentElement!.children).indexOf(el) + 1);
      expect(await point.getByLabel(`pkt ${nr}, linia 1: oznaczenie`).inputValue()).toBe(`${n + 1})`);
      const wording = point.getByLabel(`pkt ${nr}, linia 1: nowe brzmienie`);
      await wording.fill('prowadzenie spraw dodanych w zarządzeniu zmieniającym.');
      await wording.press('Tab');
      await quote.waitFor({ state: 'detached' });
      expect(await page.locator('.findings li.finding[data-code^="amend."]').count()).toBe(0);
      const axe = await runAxe(page, 'amending draft with an added point');
      expect(axe.violations.map((v) => `${v.impact} ${v.id} ${v.targets.join(' ')}`)).toEqual([]);
      await point.scrollIntoViewIfNeeded();
      await app.screenshot('amend-point-added');

      // moved after a unit in the middle of the list: the instruction and the label follow, the wording stays
      const middle = list[1]!;
      const k = /pkt (\d+)$/.exec(middle)![1]!;
      const moved = body.locator('li.amend-point').filter({ hasText: `po pkt ${k} dodaje się pkt ${k}a` });
      const nowAt = async () => point.evaluate((el) => Array.from(el.parentElement!.children).indexOf(el) + 1).catch(() => 0);
      await body.locator('li.amend-point').nth(nr - 1).getByLabel(`pkt ${nr}: po jednostce`).selectOption(middle);
      await moved.waitFor();
      const m = await moved.evaluate((el) => Array.from(el.parentElement!.children).indexOf(el) + 1);
      expect(await moved.getByLabel(`pkt ${m}, linia 1: oznaczenie`).inputValue()).toBe(`${k}a)`);
      expect(await moved.getByLabel(`pkt ${m}, linia 1: nowe brzmienie`).inputValue()).toBe('prowadzenie spraw dodanych w zarządzeniu zmieniającym.');
      expect(await nowAt()).toBe(0);
      // the wording ends with a full stop where a semicolon belongs: the lawyer fixes it; no finding stays
      await moved.getByLabel(`pkt ${m}, linia 1: nowe brzmienie`).fill('prowadzenie spraw dodanych w zarządzeniu zmieniającym;');
      await moved.getByLabel(`pkt ${m}, linia 1: nowe brzmienie`).press('Tab');

      // made a repeal of that unit: nothing quoted
      await moved.getByLabel(`pkt ${m}: rodzaj zmiany`).selectOption('repeal');
      const repeal = body.locator('li.amend-point').filter({ hasText: `uchyla się pkt ${k}` });
      await repeal.waitFor();
      expect(await repeal.locator('textarea').count()).toBe(0);
      await expect.poll(async () => page.locator('.findings li.finding[data-code^="amend."]').count()).toBe(0);

      // removed: the list is as it was
      const r = await repeal.evaluate((el) => Array.from(el.parentElement!.children).indexOf(el) + 1);
      await repeal.getByRole('button', { name: `Usuń zmianę pkt ${r}` }).click();
      await expect.poll(() => body.locator('li.amend-point').count()).toBe(before);
    } finally {
      await app.close();
    }
  }, 180_000);
});
