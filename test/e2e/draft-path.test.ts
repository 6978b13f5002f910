/**
 * The path of a draft in the renderer (issue 16 item 3), two apps on a private PostgreSQL server: a director
 * proposes a restructuring of their department (status „propozycja”); a lawyer of WON sees it on the registry
 * (filtered by status and by who holds it), takes it into work; a remark anchored to a task stays with that task
 * when a point is inserted before it; the director replies and can no longer change the text; the remark is
 * resolved; signing is refused until the Sekretarz, the Skarbnik and the legal office have signed off; then signed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blocking, runAxe } from './axe.js';
import { caretAtEnd, type AppSession } from './harness.js';
import { officeServer } from './office-server.js';

const office = officeServer();

async function noBlocking(page: Page, screen: string): Promise<void> {
  expect(blocking(await runAxe(page, screen))).toEqual([]);
}

/** Opens the review panel of the editor (reading it anew). */
async function reviewTab(app: AppSession): Promise<void> {
  await app.page.getByRole('tab', { name: /^Kontrola/ }).click();
  await app.page.getByRole('tab', { name: /^Uwagi/ }).click();
  await app.page.locator('.review-panel').waitFor();
}

describe('proposal → remarks → sign-offs → signing', () => {
  it('goes the whole path in two apps', { timeout: 240_000 }, async () => {
    const [anna, jan] = await office.apps('Anna Nowak', 'Jan Kowalski');
    try {
      // the lawyer lists the people: herself and the director of the department
      await anna.call('users:save', { name: 'Anna Nowak', role: 'lawyer' });
      await anna.page.getByRole('button', { name: 'Osoby i role…' }).click();
      const users = anna.page.getByRole('dialog', { name: 'Osoby i role' });
      await users.getByLabel('Imię i nazwisko').fill('Jan Kowalski');
      await users.getByLabel('Rola').selectOption('director');
      await users.getByLabel('Wydział', { exact: true }).fill('Wydział Komunikacji Społecznej');
      await users.getByRole('button', { name: 'Dodaj osobę' }).click();
      await users.locator('li[data-user="Jan Kowalski"][data-role="director"]').waitFor();
      await noBlocking(anna.page, 'users dialog');
      await anna.screenshot('path-users');
      await users.getByRole('button', { name: 'Zamknij' }).click();

      // the director proposes: a draft replacing his department's order is a proposal he holds
      await jan.page.reload();
      await jan.page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
      const firstTask = jan.page.locator('article.scope[data-unit="KS-01"] .block-text').first();
      await firstTask.waitFor();
      await jan.page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
      const draftId = (await jan.call('registry:list')).find((e) => e.status === 'draft')!.id;
      expect((await jan.call('review:get', { id: draftId })).path).toMatchObject({ stage: 'proposal', holder: 'Jan Kowalski', proposedBy: 'Jan Kowalski' });

      // the lawyer's registry shows it (refreshed by itself), filtered by status and holder
      const drafts = anna.page.getByRole('table', { name: 'Projekty' });
      await drafts.waitFor({ timeout: 15_000 });
      await expect.poll(() => drafts.locator('td[data-stage="proposal"][data-holder="Jan Kowalski"]').count(), { timeout: 15_000 }).toBe(1);
      const filters = anna.page.getByRole('group', { name: 'Filtr projektów' });
      await filters.getByLabel('Status').selectOption('inWork');
      await expect.poll(() => drafts.locator('tbody tr').count()).toBe(0);
      await filters.getByLabel('Status').selectOption('proposal');
      await filters.getByLabel('Prowadzi').selectOption('Jan Kowalski');
      await expect.poll(() => drafts.locator('tbody tr').count()).toBe(1);
      await noBlocking(anna.page, 'registry filtered');
      await anna.screenshot('path-registry');

      // WON takes it into work
      await drafts.getByRole('button', { name: 'Otwórz projekt' }).click();
      await anna.page.locator('article.scope[data-unit="KS-01"] .block').first().waitFor();
      await reviewTab(anna);
      await anna.page.getByRole('button', { name: 'Przyjmij do prac WON' }).click();
      await expect.poll(() => anna.page.locator('[data-holder]').textContent()).toBe('Anna Nowak');
      await expect(anna.page.locator('[data-stage]').first().getAttribute('data-stage')).resolves.toBe('inWork');

      // a remark on point 2 of KS-01
      const order = (await anna.call('draft:open', { id: draftId })).order;
      const ks01 = order.units.find((u) => u.symbol === 'KS-01')!;
      const task2 = (ks01.scope as { tasks: Array<{ id: string }> }).tasks[1]!.id;
      const remarkForm = anna.page.getByRole('form', { name: 'Nowa uwaga' });
      await remarkForm.getByLabel('Dotyczy').selectOption(`task:${task2}`);
      await remarkForm.getByLabel('Treść uwagi').fill('Proszę doprecyzować, których dokumentów dotyczy ewidencja.');
      await remarkForm.getByRole('button', { name: 'Dodaj uwagę' }).click();
      const remark = anna.page.locator('.remark[data-status="open"]');
      await remark.waitFor();
      const place = async () => (await remark.locator('.remark-anchor').textContent())!;
      expect(await place()).toMatch(/^§ \d+ pkt 2$/);

      // the director answers; he may no longer change the text
      await jan.page.reload();
      await jan.page.getByRole('table', { name: 'Projekty' }).getByRole('button', { name: 'Otwórz projekt' }).click();
      await jan.page.locator('article.scope[data-unit="KS-01"] .block').first().waitFor();
      await expect(jan.page.locator('[data-edit-right="none"]').textContent()).resolves.toContain('Projekt prowadzi Anna Nowak (w pracy WON)');
      await reviewTab(jan);
      await jan.page.locator('.remark').getByRole('button', { name: 'Odpowiedz' }).click();
      await jan.page.getByLabel('Odpowiedź', { exact: true }).fill('Chodzi o korespondencję pisemną i elektroniczną.');
      await jan.page.getByRole('button', { name: 'Wyślij odpowiedź' }).click();
      await jan.page.locator('.remark-reply').waitFor();
      await expect(jan.page.getByRole('button', { name: 'Przyjmij do prac WON' }).count()).resolves.toBe(0);
      await jan.page.locator('article.scope[data-unit="KS-01"] .block-text').first().click();
      await jan.page.keyboard.type(' x');
      await jan.page.locator('.save[data-state="error"]').waitFor({ timeout: 15_000 });
      await expect(jan.page.locator('.save[data-state="error"]').textContent()).resolves.toContain('Dyrektor wydziału zmienia treść tylko swojej propozycji');

      // the lawyer inserts a point before point 2: the remark stays with its task, now point 3
      const block1 = anna.page.locator('article.scope[data-unit="KS-01"] .block-text').first();
      await block1.click();
      await caretAtEnd(block1);
      await anna.page.waitForTimeout(50);
      await anna.page.keyboard.press('Enter');
      await anna.page.keyboard.type('nowy punkt wstawiony przed uwagą');
      await anna.page.locator('.save[data-state="saved"]').waitFor({ timeout: 15_000 });
      await expect.poll(place).toMatch(/^§ \d+ pkt 3$/);
      await reviewTab(anna);
      await anna.page.locator('.remark-reply').waitFor();
      await noBlocking(anna.page, 'review panel');
      await anna.screenshot('path-remarks');
      await anna.page.locator('.remark').getByRole('button', { name: 'Rozstrzygnij' }).click();
      await anna.page.locator('.remark[data-status="resolved"]').waitFor();
      // the audit log of the draft, per draft, in the same panel
      await anna.page.locator('.audit-log summary').click();
      await anna.page.locator('.audit-entries li[data-action="resolved"]').waitFor();
      await expect(anna.page.locator('.audit-entries li[data-action="taken"]').textContent()).resolves.toContain('Anna Nowak przyjął(ęła) do prac');

      // signing needs the sign-offs first
      await anna.page.getByRole('button', { name: 'Podpisano…' }).click();
      const sign = anna.page.getByRole('dialog', { name: 'Podpisanie zarządzenia' });
      const year = new Date().getFullYear();
      await sign.getByLabel('Numer zarządzenia').fill(`501/${year}`);
      await sign.getByRole('button', { name: 'Zapisz podpisanie' }).click();
      await expect(sign.getByRole('alert').textContent()).resolves.toMatch(/brak uzgodnienia — Sekretarz Miasta Krakowa, Skarbnik Miasta Krakowa, Obsługa prawna/);
      await sign.getByRole('button', { name: 'Anuluj' }).click();

      const people = { sekretarz: 'Katarzyna Sekretarz', skarbnik: 'Piotr Skarbnik', prawny: 'Ewa Radczyni' };
      for (const [office, name] of Object.entries(people)) {
        const row = anna.page.locator(`.signoff[data-office="${office}"]`);
        await row.getByRole('button', { name: 'Zapisz uzgodnienie…' }).click();
        await row.getByLabel('Imię i nazwisko').fill(name);
        await row.getByRole('button', { name: 'Zapisz', exact: true }).click();
        await anna.page.locator(`.signoff[data-office="${office}"][data-done="true"]`).waitFor();
      }
      await anna.screenshot('path-signoffs');
      await anna.page.getByRole('button', { name: 'Podpisano…' }).click();
      await sign.getByLabel('Numer zarządzenia').fill(`501/${year}`);
      await sign.getByRole('button', { name: 'Zapisz podpisanie' }).click();
      await anna.page.getByRole('status', { name: 'Podpisanie' }).waitFor();
      expect((await anna.call('registry:list')).find((e) => e.id === draftId)!.number).toBe(`501/${year}`);
      expect(anna.errors).toEqual([]);
    } finally {
      await jan.close();
      await anna.close();
    }
  });
});
