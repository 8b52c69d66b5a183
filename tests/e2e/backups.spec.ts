import { addParticipant, createWorkshop, expect, test } from './fixtures';

test('backs up now, and restores a backup after confirming', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, 'Kept class');
  await addParticipant(page, 'Alice');
  await page.getByRole('link', { name: 'Workshops' }).click();

  await page.getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('Backup made');
  const rows = dialog.getByRole('row');
  // The daily backup taken at start, and the one just made.
  await expect(rows).toHaveCount(3);
  await expect(dialog.getByRole('cell', { name: 'Made by you' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await createWorkshop(page, 'Made later');
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'Backups…' }).click();
  await dialog
    .getByRole('row', { name: /Made by you/ })
    .getByRole('button', { name: /^Restore the backup of/ })
    .click();
  const confirm = page.getByRole('dialog', { name: /^Restore the backup of/ });
  await expect(confirm).toContainText('The current state is backed up first');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Backup restored');
  await expect(dialog.getByRole('cell', { name: 'Before a restore' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('link', { name: 'Kept class' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Made later' })).toHaveCount(0);
});
