/**
 * Steps the e2e of amending orders share (issue 17): a draft replacing 3468/2024 with Biuro Prasowe renamed, and the
 * amending order written from it through „Zarządzenie zmieniające…”.
 */
import type { Page } from 'playwright-core';

/** From the start screen: a draft replacing 3468/2024 with KS-02 renamed `Biuro Prasowe i Komunikacji`. */
export async function renamedDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nowy projekt zastępujący zarządzenie nr 3468/2024' }).click();
  await page.getByRole('table', { name: 'Rejestr komórek organizacyjnych' }).waitFor();
  await page.getByLabel('Nazwa: Biuro Prasowe').fill('Biuro Prasowe i Komunikacji');
  await page.getByLabel('Nazwa: Biuro Prasowe i Komunikacji').press('Enter');
}

/** The open draft's „Zarządzenie zmieniające…” dialog; `create`: the amending order written and opened. */
export async function amendFromDraft(page: Page, create = true) {
  await page.getByRole('button', { name: 'Zarządzenie zmieniające…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zarządzenie zmieniające zamiast nowego' });
  await dialog.waitFor();
  if (create) {
    await dialog.getByRole('button', { name: 'Utwórz zarządzenie zmieniające' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  return dialog;
}
