/**
 * Nothing lost on close: text typed a moment before the window closes is in the registry when the app opens again.
 * The harness closes the window as the main process does (electron/main/close-guard.ts: the page is asked to save
 * and answers when it has; without an answer, what it staged is saved). Cases: typing in a scope and closing at
 * once; a unit renamed in § 2 (its field not yet committed) and closing at once; a renderer that dies without
 * answering, after it staged its edit but before its autosave.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../core/model/order.js';
import { RichText } from '../../core/model/rich-text.js';
import { createAppHandlers } from '../../electron/services/handlers/app.js';
import { launchBrowser, openApp, ROOT, shownText, ScriptedDialogs, type AppSession } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The draft as a new start of the app reads it from the same data folder. */
async function reopened(app: AppSession, draftId: number): Promise<Order> {
  await app.releaseRegistry();
  const again = createAppHandlers({ dataDir: app.dataDir, dialogs: new ScriptedDialogs(), author: 'Test E2E', sampleDir: join(ROOT, 'resources', 'sample') });
  try {
    const r = await again.table['draft:open']!({ id: draftId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.order;
  } finally {
    await again.close();
  }
}

const tasks = (o: Order, symbol: string) => {
  const u = o.units.find((x) => x.symbol === symbol)!;
  return u.scope.kind === 'tasks' ? u.scope.tasks.map((t) => RichText.plain(t.text, o)) : [];
};

async function openDraft(app: AppSession): Promise<number> {
  await app.page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
  await app.page.locator('article.scope[data-unit="KS-01"]').waitFor();
  await app.page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
  const drafts = (await app.call('registry:list')).filter((e) => e.status === 'draft');
  return drafts[0]!.id;
}

describe('nothing lost on close', () => {
  it('typing in a scope, then closing at once: the text is saved before the window goes', async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      const id = await openDraft(app);
      const last = page.locator('article.scope[data-unit="KS-01"] .block-text').last();
      const before = shownText(await last.textContent());
      await last.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' oraz archiwizacja', { delay: 5 });
      // a unit renamed in § 2: its field commits only after a pause, which never comes
      await page.getByLabel('Nazwa: Biuro Prasowe').fill('Biuro Prasowe i Rzecznika');
      expect(await page.locator('.save').getAttribute('data-state')).not.toBe('saved');
      expect(await app.closeWindow()).toBe('saved');
      const order = await reopened(app, id);
      expect(tasks(order, 'KS-01').at(-1)).toBe(`${before} oraz archiwizacja`);
      expect(order.units.find((u) => u.symbol === 'KS-02')!.name).toBe('Biuro Prasowe i Rzecznika');
    } finally {
      await app.close();
    }
  });

  it('a renderer that dies without answering: the edit it staged is saved by the main process', async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      const id = await openDraft(app);
      const first = page.locator('article.scope[data-unit="KS-03"] .block-text').first();
      await first.click();
      await page.keyboard.press('Home');
      const mark = app.calls.length;
      // one input event: under load, keys typed one by one can outlast the 120 ms staging pause, and the page would
      // stage (and this test close it) half-way through the word
      await page.keyboard.insertText('pilne: ');
      // staged a moment after the last key; the autosave (a second later) never runs
      await expect.poll(() => app.calls.slice(mark).includes('draft:stage'), { timeout: 900 }).toBe(true);
      const sentSave = app.calls.slice(mark).includes('draft:save');
      await page.close({ runBeforeUnload: false });
      expect(await app.saveStaged()).toBe(true);
      const order = await reopened(app, id);
      expect(tasks(order, 'KS-03')[0]).toMatch(/^pilne: /);
      // the page had not saved it itself (else this case would prove nothing)
      expect(sentSave).toBe(false);
    } finally {
      await app.close();
    }
  });
});
