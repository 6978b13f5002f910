/**
 * Two people on one registry (issue 16 item 2), in Chromium with the real handlers: two windows (two handler
 * tables, two connections to a private PostgreSQL server, the office's shared registry) open the same draft; the second to save is refused (nothing of the first is
 * overwritten), the dialog says who saved and when and lists the tasks that differ, and the user takes their
 * version of one task and keeps their own of another; the merged state is saved on top of the other person's
 * version.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RichText } from '../../core/model/rich-text.js';
import type { Order } from '../../core/model/order.js';
import { blocking, runAxe } from './axe.js';
import { officeServer } from './office-server.js';
import { caretAtEnd, type AppSession } from './harness.js';

const office = officeServer();

/** The plain texts of a unit's tasks. */
function taskTexts(order: Order, symbol: string): string[] {
  const u = order.units.find((x) => x.symbol === symbol)!;
  return u.scope.kind === 'tasks' ? u.scope.tasks.map((t) => RichText.plain(t.text, order)) : [];
}

/** Appends `text` to point `index` of a unit's scope in the editor. */
async function typeInTask(page: Page, symbol: string, index: number, text: string): Promise<void> {
  const block = page.locator(`article.scope[data-unit="${symbol}"] .block-text`).nth(index);
  await block.scrollIntoViewIfNeeded();
  await block.click();
  // the caret at the end of the point's text (End goes only to the end of the wrapped line)
  await caretAtEnd(block);
  await page.waitForTimeout(50);
  await page.keyboard.type(text);
}

async function openDraftFromRegistry(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Otwórz projekt' }).first().click();
  await page.locator('article.scope[data-unit="KS-01"] .block').first().waitFor();
}

describe('two people editing one draft', () => {
  it('the later save is refused with who and when; the user takes their task and keeps their own', async () => {
    const [anna, bartosz] = await office.apps('Anna Nowak', 'Bartosz Kowalski');
    const list = await anna.call('registry:list');
    const draft = await anna.call('draft:create', { replacingId: list.find((e) => e.number === '3468/2024')!.id });
    const before = taskTexts(draft.order, 'KS-01');
    try {
      await openDraftFromRegistry(anna.page);
      await openDraftFromRegistry(bartosz.page);

      // Bartosz saves first: point 1 changed
      await typeInTask(bartosz.page, 'KS-01', 0, ' oraz zmiana Bartosza');
      await bartosz.page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
      await expect.poll(async () => taskTexts((await bartosz.call('draft:open', { id: draft.id })).order, 'KS-01')[0]).toBe(`${before[0]} oraz zmiana Bartosza`);

      // Anna, whose editor still holds the version she opened, changes point 2: her save is refused
      await typeInTask(anna.page, 'KS-01', 1, ' oraz zmiana Anny');
      await anna.page.locator('.save[data-state="conflict"]').waitFor({ timeout: 15_000 });
      const dialog = anna.page.getByRole('dialog', { name: 'Ktoś inny zapisał ten projekt' });
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain('Bartosz Kowalski zapisał(a) ten projekt');
      const rows = dialog.locator('.conflict-row[data-kind]');
      await expect.poll(() => rows.count()).toBe(2);
      const [t0, t1] = (draft.order.units.find((u) => u.symbol === 'KS-01')!.scope as { tasks: Array<{ id: string }> }).tasks;
      const row0 = dialog.locator(`.conflict-row[data-conflict="${t0!.id}"]`);
      const row1 = dialog.locator(`.conflict-row[data-conflict="${t1!.id}"]`);
      await expect(row0.locator('del').textContent()).resolves.toContain('oraz zmiana Bartosza');
      await expect(row1.locator('ins').textContent()).resolves.toContain('oraz zmiana Anny');
      // nothing of Bartosz's was overwritten
      expect(taskTexts((await anna.call('draft:open', { id: draft.id })).order, 'KS-01')[0]).toBe(`${before[0]} oraz zmiana Bartosza`);

      expect(blocking(await runAxe(anna.page, 'conflict dialog'))).toEqual([]);
      await anna.screenshot('conflict-dialog');

      // take Bartosz's point 1, keep Anna's point 2
      await row0.getByRole('radio', { name: 'Ich wersja' }).check();
      await dialog.getByRole('button', { name: 'Zapisz wybór' }).click();
      await dialog.waitFor({ state: 'detached' });
      await anna.page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });

      const merged = await anna.call('draft:open', { id: draft.id });
      const texts = taskTexts(merged.order, 'KS-01');
      expect(texts[0]).toBe(`${before[0]} oraz zmiana Bartosza`);
      expect(texts[1]).toBe(`${before[1]} oraz zmiana Anny`);
      expect(texts.slice(2)).toEqual(before.slice(2));
      const versions = await anna.call('draft:versions', { id: draft.id });
      expect(versions.slice(-2).map((v) => v.author)).toEqual(['Bartosz Kowalski', 'Anna Nowak']);
      // Anna's editor shows Bartosz's words in point 1 now
      await expect.poll(() => anna.page.locator('article.scope[data-unit="KS-01"] .block-text').first().textContent()).toContain('oraz zmiana Bartosza');

      // Anna goes on typing: her next save builds on her own merged version, no new conflict
      await typeInTask(anna.page, 'KS-01', 2, ' i dalej');
      await anna.page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
      // the typed words are saved after the pause in the keys and the autosave's delay (over a second on a loaded machine)
      await expect.poll(async () => taskTexts((await anna.call('draft:open', { id: draft.id })).order, 'KS-01')[2], { timeout: 15_000 }).toBe(`${before[2]} i dalej`);
      expect([...anna.errors, ...bartosz.errors]).toEqual([]);
    } finally {
      await bartosz.close();
      await anna.close();
    }
  });

  it('lists refresh when the other person creates a draft; a network cut is shown, the edit kept and saved when the server is back', { timeout: 120_000 }, async () => {
    const [anna, bartosz] = await office.apps('Anna Nowak', 'Bartosz Kowalski');
    const server = office.server();
    try {
      await anna.page.getByRole('table', { name: 'Obowiązujące zarządzenia' }).waitFor();
      expect(await anna.page.getByRole('table', { name: 'Projekty' }).count()).toBe(0);
      // Bartosz starts a draft in his app: Anna's list shows it without her doing anything
      const list = await bartosz.call('registry:list');
      const draft = await bartosz.call('draft:create', { replacingId: list.find((e) => e.number === '3468/2024')!.id });
      const drafts = anna.page.getByRole('table', { name: 'Projekty' });
      await drafts.waitFor({ timeout: 15_000 });
      await drafts.getByRole('button', { name: 'Otwórz projekt' }).first().click();
      await anna.page.locator('article.scope[data-unit="KS-01"] .block').first().waitFor();
      const before = taskTexts(draft.order, 'KS-01');

      // the network to the server is cut: the window says so, the edit is kept on this computer
      server.halt('fast');
      await typeInTask(anna.page, 'KS-01', 0, ' bez sieci');
      const indicator = anna.page.locator('.connection-offline');
      await indicator.waitFor({ timeout: 15_000 });
      await anna.page.locator('.save[data-state="offline"]').waitFor({ timeout: 15_000 });
      const keptDir = join(anna.dataDir, 'odzyskiwanie');
      expect(existsSync(keptDir) ? readdirSync(keptDir) : []).toEqual([`projekt-${draft.id}.json`]);
      expect(blocking(await runAxe(anna.page, 'offline'))).toEqual([]);
      await anna.screenshot('offline');

      // the server is back: the app reconnects and saves by itself; the kept copy is no longer needed
      server.resume();
      await anna.page.locator('.save[data-state="saved"]').waitFor({ timeout: 30_000 });
      await indicator.waitFor({ state: 'detached', timeout: 15_000 });
      expect(taskTexts((await bartosz.call('draft:open', { id: draft.id })).order, 'KS-01')[0]).toBe(`${before[0]} bez sieci`);
      expect(readdirSync(keptDir)).toEqual([]);
      expect(anna.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await bartosz.close();
      await anna.close();
    }
  });

  it('an edit kept while offline and the window closed is offered back at the next start and restored', { timeout: 120_000 }, async () => {
    const [anna, bartosz] = await office.apps('Anna Nowak', 'Bartosz Kowalski');
    const server = office.server();
    let again: AppSession | null = null;
    try {
      const list = await anna.call('registry:list');
      const draft = await anna.call('draft:create', { replacingId: list.find((e) => e.number === '3468/2024')!.id });
      const before = taskTexts(draft.order, 'KS-01');
      await openDraftFromRegistry(anna.page);
      server.halt('fast');
      await typeInTask(anna.page, 'KS-01', 0, ' zachowane lokalnie');
      await anna.page.locator('.save[data-state="offline"]').waitFor({ timeout: 15_000 });
      // the window is closed before the server is back: the save fails, the edit stays in the data folder
      expect(await anna.closeWindow(3000)).not.toBe('saved');
      await anna.releaseRegistry();
      server.resume();

      // the next start on this computer offers it back
      again = await office.reopen('Anna Nowak', anna.dataDir);
      const kept = again.page.locator('section[aria-labelledby="h-recoveries"]');
      await kept.waitFor({ timeout: 20_000 });
      expect(blocking(await runAxe(again.page, 'offered back'))).toEqual([]);
      await again.screenshot('offered-back');
      await kept.getByRole('button', { name: 'Przywróć zmianę' }).click();
      await again.page.getByRole('status', { name: 'Odzyskiwanie' }).waitFor();
      expect(taskTexts((await bartosz.call('draft:open', { id: draft.id })).order, 'KS-01')[0]).toBe(`${before[0]} zachowane lokalnie`);
    } finally {
      await again?.close();
      await bartosz.close();
      await anna.close();
    }
  });
});
