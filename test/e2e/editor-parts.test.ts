/**
 * Parts of the draft editor beyond the register and the task lists: the common duties against the template
 * (items on and off, edited, added), positions inside a unit and scopes of other kinds (a separate order,
 * one sentence). Each change is checked in the print preview (the text core/render produces) and after
 * reopening the draft (autosaved).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, shownText, shownTexts } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
}
/** The preview's text with non-breaking spaces as spaces; back to editing afterwards. */
async function previewText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Podgląd wydruku' }).click();
  const preview = page.frameLocator('iframe.preview-frame').locator('body');
  await preview.locator('section.order').waitFor();
  const text = ((await preview.textContent()) ?? '').replace(/\u00a0/g, ' ');
  await page.getByRole('button', { name: 'Edycja', exact: true }).click();
  return text;
}

describe('draft editor parts', () => {
  it('common duties: the template list with items on and off, edited, and one added', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const duties = page.getByRole('list', { name: 'Wspólne obowiązki' });
      await duties.waitFor();
      // the imported § 11 is matched to the template: every item on
      const items = duties.locator(':scope > li');
      const total = await items.count();
      expect(total).toBe(24);
      await expect(duties.locator(':scope > li.duty-on').count()).resolves.toBe(total);

      const bhp = duties.locator('li[data-template-id="cd-bhp-ppoz"]');
      await bhp.getByRole('checkbox').uncheck();
      await expect(bhp.getAttribute('class')).resolves.toContain('duty-off');
      const first = duties.locator(':scope > li').first().locator('.duty-text').first();
      await first.fill('terminowe wykonywanie zarządzeń i poleceń dotyczących Wydziału');
      await page.getByRole('button', { name: '+ Dodaj obowiązek' }).click();
      const own = duties.locator(':scope > li').last();
      await expect(own.locator('.duty-own').count()).resolves.toBe(1);
      await expect.poll(() => own.locator('.duty-text').evaluate((e) => e === document.activeElement)).toBe(true);
      await page.keyboard.type('prowadzenie rejestru skarg w sprawach komórki');
      await waitSaved(page);
      await page.locator('#obowiazki').scrollIntoViewIfNeeded();
      await app.screenshot('editor-common-duties');

      const text = await previewText(page);
      expect(text).not.toContain('przestrzeganie obowiązujących przepisów BHP i ppoż');
      expect(text).toMatch(/1\)\s*terminowe wykonywanie zarządzeń i poleceń dotyczących Wydziału;/);
      expect(text).toMatch(/24\)\s*prowadzenie rejestru skarg w sprawach komórki\./);

      // reopened: the same list, the template item still off and restorable
      await page.getByRole('button', { name: 'Rejestr', exact: true }).click();
      await page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Otwórz projekt' }).click();
      await duties.waitFor();
      await expect(bhp.getAttribute('class')).resolves.toContain('duty-off');
      await bhp.getByRole('checkbox').check();
      await expect(duties.locator(':scope > li.duty-on').count()).resolves.toBe(25);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('positions inside a unit, a scope set by a separate order and a scope in one sentence', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const ks03 = page.locator('article.scope[data-unit="KS-03"]');
      await ks03.waitFor();

      // a position inside KS-03 with its own list
      await ks03.getByRole('button', { name: '+ Stanowisko w komórce' }).click();
      const position = ks03.locator('.position-edit').first();
      const name = position.locator('.input-position');
      await expect.poll(() => name.evaluate((e) => e === document.activeElement)).toBe(true);
      await name.fill('Stanowisko ds. Mediów Społecznościowych');
      await position.locator('.scope-editor .block').first().click();
      await page.keyboard.type('prowadzenie profili Wydziału w mediach społecznościowych');
      await page.keyboard.press('Enter');
      await page.keyboard.type('moderowanie komentarzy');

      // KS-04: scope set by a separate order, its lead completed
      const ks04 = page.locator('article.scope[data-unit="KS-04"]');
      await ks04.getByRole('combobox', { name: /Rodzaj zakresu/ }).selectOption({ label: 'odrębne zarządzenie' });
      await expect(ks04.getAttribute('data-scope-kind')).resolves.toBe('separateOrder');
      const lead = ks04.getByRole('textbox', { name: /Wprowadzenie zakresu/ });
      await lead.fill('należą sprawy określone odrębnym zarządzeniem Prezydenta Miasta Krakowa');

      // KS-05: one sentence, started from its tasks
      const ks05 = page.locator('article.scope[data-unit="KS-05"]');
      await ks05.getByRole('combobox', { name: /Rodzaj zakresu/ }).selectOption({ label: 'jedno zdanie' });
      const prose = ks05.getByRole('textbox', { name: /Zakres w jednym zdaniu/ });
      await expect(prose.textContent().then(shownText)).resolves.toMatch(/\S+; \S+/);
      await prose.fill('obsługa sekretariatu Wydziału');
      await waitSaved(page);
      await ks03.locator('.position-edit').scrollIntoViewIfNeeded();
      await app.screenshot('editor-positions');

      const text = await previewText(page);
      expect(text).toMatch(/W strukturze Referatu [^,]+ funkcjonuje Stanowisko ds\. Mediów Społecznościowych, do zakresu działania którego należy w szczególności:\s*1\)\s*prowadzenie profili Wydziału w mediach społecznościowych;\s*2\)\s*moderowanie komentarzy\./);
      expect(text).toMatch(/Do zakresu działania Referatu [^(]+\(KS-04\) należą sprawy określone odrębnym zarządzeniem Prezydenta Miasta Krakowa\./);
      expect(text).toMatch(/Do zakresu działania Referatu [^(]+\(KS-05\) należy obsługa sekretariatu Wydziału\./);

      // reopened: kinds, position and its tasks kept
      await page.getByRole('button', { name: 'Rejestr', exact: true }).click();
      await page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Otwórz projekt' }).click();
      await ks03.waitFor();
      await expect(ks03.locator('.position-edit .input-position').inputValue()).resolves.toBe('Stanowisko ds. Mediów Społecznościowych');
      await expect(shownTexts(ks03.locator('.position-edit .block-text'))).resolves.toEqual(['prowadzenie profili Wydziału w mediach społecznościowych', 'moderowanie komentarzy']);
      await expect(ks04.getAttribute('data-scope-kind')).resolves.toBe('separateOrder');
      await expect(ks05.getByRole('textbox', { name: /Zakres w jednym zdaniu/ }).textContent().then(shownText)).resolves.toBe('obsługa sekretariatu Wydziału');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('drag and drop: reorder units in § 2, move a task to another unit, set a superior in the chart', async () => {
    const app = await openApp(browser);
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const register = page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' });
      await register.waitFor();
      const symbols = () => register.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-symbol')));
      const before = await symbols();
      expect(before.slice(0, 3)).toEqual(['KS-01', 'KS-02', 'KS-03']);

      // § 2: KS-07 dragged onto the upper half of KS-02's row lands before it; its scope paragraf follows
      // both rows on screen (the drag starts and ends in view)
      await register.locator('tr[data-symbol="KS-02"]').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await register.locator('tr[data-symbol="KS-07"] .drag-handle').dragTo(register.locator('tr[data-symbol="KS-02"]'), { targetPosition: { x: 200, y: 4 } });
      await expect(symbols()).resolves.toEqual(['KS-01', 'KS-07', ...before.slice(1).filter((x) => x !== 'KS-07')]);
      await expect(page.locator('article.scope[data-unit="KS-07"]').getAttribute('data-paragraf')).resolves.toBe('5');

      // a task of KS-01 dragged by its grip onto KS-03's scope goes to the end of KS-03's list
      const ks01 = page.locator('article.scope[data-unit="KS-01"]');
      const task = (await ks01.locator('.block-text').nth(0).textContent())!;
      const block = ks01.locator('.block').nth(0);
      await block.hover();
      await block.locator('.task-grip').dragTo(page.locator('article.scope[data-unit="KS-03"] h3'));
      await page.waitForFunction((t) => Array.from(document.querySelectorAll('article.scope[data-unit="KS-03"] .block-text')).at(-1)?.textContent === t, task);
      await expect(ks01.locator('.block-text').allTextContents()).resolves.not.toContain(task);

      // chart: KS-04's box dropped on KS-03's box makes KS-03 its superior; the reverse would be a cycle
      const idOf = (symbol: string) => register.locator(`tr[data-symbol="${symbol}"]`).getAttribute('data-unit-id');
      const [ks03, ks04] = [await idOf('KS-03'), await idOf('KS-04')];
      await page.getByRole('tab', { name: 'Schemat' }).click();
      const box = (id: string | null) => page.locator(`.chart-live g[data-id="unit:${id}"] rect`);
      await box(ks04).waitFor();
      await app.screenshot('editor-chart-before-drag');
      const dragBox = async (from: string | null, to: string | null) => {
        const a = (await box(from).boundingBox())!;
        const b = (await box(to).boundingBox())!;
        await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
        await page.mouse.down();
        await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
        await page.mouse.up();
      };
      await dragBox(ks04, ks03);
      const superior = register.locator(`tr[data-symbol="KS-04"] select[aria-label^="Podlega"]`);
      await expect.poll(() => superior.inputValue()).toBe(`unit:${ks03}`);
      // the chart redraws with KS-04 under KS-03, then refuses the cycle with a Polish message
      await page.waitForFunction(([a, b]) => {
        const ra = document.querySelector(`.chart-live g[data-id="unit:${a}"] rect`)?.getBoundingClientRect();
        const rb = document.querySelector(`.chart-live g[data-id="unit:${b}"] rect`)?.getBoundingClientRect();
        return !!ra && !!rb && rb.top > ra.bottom;
      }, [ks03, ks04]);
      await dragBox(ks03, ks04);
      const alert = page.locator('.banner[role="alert"]');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain('cykl');
      await expect(register.locator(`tr[data-symbol="KS-03"] select[aria-label^="Podlega"]`).inputValue()).resolves.not.toBe(`unit:${ks04}`);
      await app.screenshot('editor-chart-drag');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
