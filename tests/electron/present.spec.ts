import type { ElectronApplication, Page } from '@playwright/test';
import { expect, test } from './support/electron-app';

/** Creates a workshop and presents it from its console; returns both windows. */
async function present(app: ElectronApplication): Promise<{ console: Page; presenter: Page }> {
  const console = await app.firstWindow();
  await console.getByRole('button', { name: 'New workshop' }).click();
  const dialog = console.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Desktop session');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await console.getByRole('link', { name: 'Present the session' }).click();
  await expect(console.getByRole('heading', { name: 'Session console' })).toBeVisible();

  const opened = app.waitForEvent('window');
  await console.getByRole('button', { name: 'Present', exact: true }).click();
  const presenter = await opened;
  await expect(presenter.locator('.presenter[data-step-id="title"]')).toBeVisible();
  return { console, presenter };
}

test('Present opens a second window on the presenter view', async ({ app }) => {
  const { console, presenter } = await present(app);
  expect(presenter.url()).toMatch(/^app:\/\/kam\/workshops\/[\w-]+\/present$/);
  expect(app.windows()).toHaveLength(2);

  await console.keyboard.press('ArrowRight');
  await expect(presenter.locator('.presenter[data-step-id="agenda"]')).toBeVisible();
});

test('F puts the presenter in full screen, and Esc takes it out', async ({ app }) => {
  const { presenter } = await present(app);
  const fullScreen = () => presenter.evaluate(() => document.fullscreenElement !== null);
  await presenter.keyboard.press('f');
  await expect.poll(fullScreen).toBe(true);
  await presenter.keyboard.press('Escape');
  await expect.poll(fullScreen).toBe(false);
});
