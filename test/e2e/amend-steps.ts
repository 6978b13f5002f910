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

/** The Kontrola panel's finding of code `code` (`amend.quote`, …). */
export const finding = (page: Page, code: string) => page.locator(`.findings li.finding[data-code="${code}"]`);

/**
 * From the start screen: the amending order of {@link renamedDraft} written and opened, its cited order found in
 * force in the registry. Out: the § 1 region.
 */
export async function openAmendingDraft(page: Page) {
  await renamedDraft(page);
  await amendFromDraft(page);
  const body = page.getByRole('region', { name: '§ 1 Zmiany' });
  await body.locator('[data-status="inForce"]').waitFor();
  return body;
}
