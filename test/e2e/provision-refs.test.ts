/**
 * Live provision references in the editor, end to end on a draft replacing 3468/2024 at 1280×720: a reference
 * inserted with the picker (Ctrl+Shift+K; axe on the picker) reads the target's citation and follows it when the
 * target's point moves within its unit and when its unit moves in § 2 (its paragraf number changes); clicking
 * the chip goes to the target; a citation typed into a task becomes a chip when the editor is left; removing the
 * target makes the check report a reference to a removed provision. The same in a common duty (any rich-text field):
 * the picker inserts a reference that follows renumbering and is saved; a chip opens from the keyboard (Alt+Enter
 * beside the caret, Enter on a selected chip; axe on the open chip) and Escape closes it with the caret back after
 * the chip; the shortcuts dialog lists the keys.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocking, runAxe } from './axe.js';
import { launchBrowser, openApp, shownText } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const scope = (page: Page, symbol: string) => page.locator(`article.scope[data-unit="${symbol}"]`);
const paragrafOf = async (page: Page, symbol: string) => Number(await scope(page, symbol).getAttribute('data-paragraf'));
const chips = (page: Page, symbol: string) => scope(page, symbol).locator('.ref-chip.ref-provision');
/** The words a chip shows (without Slate's zero-width character of the void). */
const words = async (l: ReturnType<typeof chips>) => shownText(await l.textContent());

describe('provision references in the editor', () => {
  it('inserts a reference with the picker; it follows renumbering; a removed target is an error', async () => {
    const app = await openApp(browser, { width: 1280, height: 720 });
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
      await page.locator('.save[data-state="saved"]').waitFor();
      const target = (await scope(page, 'KS-03').locator('.block-text').nth(1).textContent())!;
      const typed = target.split(/\s+/).slice(0, 4).join(' ');

      // the caret at the end of KS-02's first task, then the picker
      const host = scope(page, 'KS-02').locator('.block-text').first();
      await host.click();
      await page.keyboard.press('End');
      await page.keyboard.type(', o której mowa w ');
      await page.keyboard.press('Control+Shift+K');
      const picker = page.getByRole('dialog', { name: 'Wstaw odesłanie do przepisu' });
      await picker.waitFor();
      await page.keyboard.type(typed);
      await expect.poll(() => picker.getByRole('option').count()).toBeGreaterThan(0);
      await app.screenshot('provision-picker');
      await page.waitForTimeout(250);
      expect(blocking(await runAxe(page, 'provision picker'))).toEqual([]);
      await page.keyboard.press('Enter');
      await picker.waitFor({ state: 'detached' });

      const p3 = await paragrafOf(page, 'KS-03');
      const chip = chips(page, 'KS-02').first();
      await expect.poll(() => words(chip), { timeout: 10_000 }).toBe(`§ ${p3} pkt 2`);
      await app.screenshot('provision-chip');

      // the target's point moves down one place in its unit (Alt+↓): the chip reads pkt 3
      await scope(page, 'KS-03').locator('.block-text').nth(1).click();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => words(chip), { timeout: 10_000 }).toBe(`§ ${p3} pkt 3`);

      // the target's unit moves up in § 2 (its scope paragraf with it): the chip reads the new paragraf
      const row = page.locator('.register-edit tbody tr[data-symbol="KS-03"]');
      await row.locator('.input-name').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => paragrafOf(page, 'KS-03'), { timeout: 10_000 }).toBe(p3 - 1);
      await expect.poll(() => words(chip), { timeout: 10_000 }).toBe(`§ ${p3 - 1} pkt 3`);

      // clicking the chip goes to the target
      await chip.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article.scope')?.getAttribute('data-unit') ?? null), { timeout: 10_000 }).toBe('KS-03');

      // typed citation: becomes a chip when the editor is left (clicked at the start of the task: not on the chip),
      // once the smooth scroll to the target has ended
      await expect.poll(() => page.evaluate(() => new Promise<boolean>((r) => {
        const box = document.querySelector('.document, main')!;
        const y = box.scrollTop;
        setTimeout(() => r(box.scrollTop === y), 150);
      })), { timeout: 10_000 }).toBe(true);
      await host.click({ position: { x: 2, y: 6 } });
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article.scope')?.getAttribute('data-unit') ?? null), { timeout: 10_000 }).toBe('KS-02');
      await page.keyboard.press('End');
      await page.keyboard.type(` oraz w § ${p3 - 1} pkt 2`);
      await expect.poll(() => host.textContent(), { timeout: 10_000 }).toMatch(new RegExp(`oraz w § ${p3 - 1} pkt 2$`));
      // slate-react does not call the editor's onBlur while it is still updating the DOM selection after a keystroke
      await page.waitForTimeout(400);
      await page.keyboard.press('Escape');
      await expect.poll(() => chips(page, 'KS-02').count(), { timeout: 10_000 }).toBe(2);
      await expect.poll(() => words(chips(page, 'KS-02').nth(1))).toBe(`§ ${p3 - 1} pkt 2`);

      // the model saved holds the references
      await page.locator('.save[data-state="saved"]').waitFor();
      const drafts = (await app.call('registry:list')).filter((e) => e.status === 'draft');
      const saved = await app.call('draft:open', { id: drafts[0]!.id });
      const ks02 = saved.order.units.find((u) => u.symbol === 'KS-02')!;
      const first = ks02.scope.kind === 'tasks' ? ks02.scope.tasks[0]!.text : [];
      expect(first.filter((i) => typeof i !== 'string' && i.kind === 'provision')).toHaveLength(2);

      // the target is removed (its text emptied, then the empty point joined to the one above): the check reports it
      const gone = scope(page, 'KS-03').locator('.block-text').nth(2);
      await gone.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.getByRole('tab', { name: /Kontrola/ }).click();
      await expect.poll(() => page.locator('.finding[data-code="references.provision-removed"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await app.screenshot('provision-removed');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('a common duty takes a reference from the picker; the chip follows renumbering and opens from the keyboard', async () => {
    const app = await openApp(browser, { width: 1280, height: 720 });
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const duties = page.getByRole('list', { name: 'Wspólne obowiązki' });
      await duties.waitFor();
      await page.locator('.save[data-state="saved"]').waitFor();
      const target = (await scope(page, 'KS-03').locator('.block-text').nth(1).textContent())!;
      const typed = shownText(target).split(/\s+/).slice(0, 4).join(' ');

      // the caret at the end of the second common duty, then the picker
      const duty = duties.locator(':scope > li.duty-on').nth(1);
      const field = duty.locator('.duty-text').first();
      await field.click();
      // Ctrl+End: the end of the whole text (End stops at the end of a wrapped line)
      await page.keyboard.press('Control+End');
      await page.keyboard.type(', w tym w sprawach, o których mowa w ');
      await page.keyboard.press('Control+Shift+K');
      const picker = page.getByRole('dialog', { name: 'Wstaw odesłanie do przepisu' });
      await picker.waitFor();
      await page.keyboard.type(typed);
      await expect.poll(() => picker.getByRole('option').count()).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      await picker.waitFor({ state: 'detached' });

      const chip = field.locator('.ref-chip.ref-provision');
      const p3 = await paragrafOf(page, 'KS-03');
      await expect.poll(async () => shownText(await chip.textContent()), { timeout: 10_000 }).toBe(`§ ${p3} pkt 2`);
      await expect(chip.getAttribute('aria-describedby')).resolves.toBe('ref-chip-hint-provision');
      await expect(page.locator('#ref-chip-hint-provision').textContent()).resolves.toMatch(/^Odesłanie do przepisu; Alt\+Enter otwiera/);
      await field.scrollIntoViewIfNeeded();
      await app.screenshot('duty-provision-chip');

      // the target's point moves down one place in its unit (Alt+↓): the chip in the duty reads pkt 3
      await scope(page, 'KS-03').locator('.block-text').nth(1).click();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(async () => shownText(await chip.textContent()), { timeout: 10_000 }).toBe(`§ ${p3} pkt 3`);

      // the model holds the reference in the common duty
      await page.locator('.save[data-state="saved"]').waitFor();
      const drafts = (await app.call('registry:list')).filter((e) => e.status === 'draft');
      const saved = await app.call('draft:open', { id: drafts[0]!.id });
      const dutyId = await duty.getAttribute('data-id');
      const item = saved.order.commonDuties!.find((d) => d.id === dutyId)!;
      expect(item.text.filter((i) => typeof i !== 'string' && i.kind === 'provision')).toHaveLength(1);

      // the keyboard: the caret right after the chip (the end of the field), Alt+Enter opens it (clicked at the
      // field's start: a click on the chip itself would go to the target)
      await field.click({ position: { x: 4, y: 8 } });
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Alt+Enter');
      const open = page.getByRole('dialog', { name: 'Odesłanie do przepisu' });
      await open.waitFor();
      await expect(open.textContent()).resolves.toContain(`§ ${p3} pkt 3`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Przejdź do przepisu');
      await page.waitForTimeout(250);
      expect(blocking(await runAxe(page, 'open provision chip'))).toEqual([]);
      await app.screenshot('duty-provision-chip-open');
      await page.keyboard.press('Escape');
      await open.waitFor({ state: 'detached' });
      // the caret is back in the field, after the chip: what is typed now follows it
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('duty-text') ?? false)).toBe(true);
      await page.keyboard.type(' i dalej');
      await expect.poll(async () => shownText(await field.textContent()), { timeout: 10_000 }).toMatch(new RegExp(`o których mowa w § ${p3} pkt 3 i dalej$`));

      // Enter on the chip selected with Shift+← opens it too; Przejdź do przepisu goes to the target
      // Ctrl+Z in the field takes the typing back (the draft's one history), the chip stays
      await page.keyboard.press('Control+z');
      await expect.poll(async () => shownText(await field.textContent()), { timeout: 10_000 }).toMatch(new RegExp(`o których mowa w § ${p3} pkt 3$`));
      await expect(chip.count()).resolves.toBe(1);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Enter');
      await open.waitFor();
      await open.getByRole('button', { name: 'Przejdź do przepisu' }).click();
      await open.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article.scope')?.getAttribute('data-unit') ?? null), { timeout: 10_000 }).toBe('KS-03');

      // the shortcuts dialog (F1) lists the keys of chips
      await page.keyboard.press('F1');
      const help = page.getByRole('dialog', { name: 'Skróty klawiszowe' });
      await help.waitFor();
      await expect(help.getByRole('region', { name: 'Lista skrótów' }).textContent()).resolves.toMatch(/Odesłania w tekście.*Alt\+Enter.*Otwórz odesłanie lub wzmiankę obok kursora/);
      await page.keyboard.press('Escape');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
