import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/host';

/** Each test gets its own browser host with an empty data dir, stopped afterwards. */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  baseURL: async ({ host }, use) => use(host.url),
});

export { expect };

/** Creates a workshop through the New workshop dialog and waits for its screen. */
export async function createWorkshop(
  page: Page,
  title: string,
  options: { mode?: 'Facilitated' | 'Self-study'; client?: string; facilitator?: string } = {},
) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  if (options.facilitator)
    await dialog.getByRole('textbox', { name: 'Facilitator' }).fill(options.facilitator);
  if (options.client)
    await dialog.getByRole('textbox', { name: 'Client organisation' }).fill(options.client);
  if (options.mode) await dialog.getByRole('radio', { name: options.mode }).check();
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Adds a participant by typing and pressing Enter, as a trainer would. */
export async function addParticipant(page: Page, name: string) {
  const field = page.getByRole('textbox', { name: 'Participant name' });
  await field.fill(name);
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(field).toBeFocused();
}

/** The card of one participant. */
export function participantCard(page: Page, name: string) {
  return page.getByRole('article', { name });
}
