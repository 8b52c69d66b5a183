import { expect, test } from './support/electron-app';

test('Present opens a second window on the presenter view', async ({ app }) => {
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
  expect(presenter.url()).toMatch(/^app:\/\/kam\/workshops\/[\w-]+\/present$/);
  expect(app.windows()).toHaveLength(2);

  await console.keyboard.press('ArrowRight');
  await expect(presenter.locator('.presenter[data-step-id="agenda"]')).toBeVisible();
});
