import { WORKSHOP_FILE_VERSION } from '../../shared/workshop-file/format';
import { readFileSync } from 'node:fs';
import { addParticipant, createWorkshop, expect, test } from './fixtures';

test('exports a workshop as a download, and imports it back after it was deleted, then as a copy', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await createWorkshop(page, 'Autumn class', { client: 'Northwind' });
  await addParticipant(page, 'Alice');

  await page.getByRole('button', { name: 'Export workshop file…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export workshop file' });
  await expect(exporting.getByRole('button', { name: 'Export' })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await exporting.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  await expect(exporting).toBeHidden();
  expect(download.suggestedFilename()).toBe('Autumn-class.kamworkshop');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    format: 'kam-workshop',
    version: WORKSHOP_FILE_VERSION,
    participants: [{ name: 'Alice' }],
  });

  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'Delete workshop Autumn class' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Autumn class' })).toHaveCount(0);

  await page.getByLabel('Workshop file to import').setInputFiles(file);
  await expect(page.getByRole('status')).toContainText('Workshop “Autumn class” imported');
  await expect(page.getByRole('link', { name: 'Autumn class', exact: true })).toBeVisible();

  await page.getByLabel('Workshop file to import').setInputFiles(file);
  const choice = page.getByRole('dialog', { name: 'This workshop is already here' });
  await expect(choice).toBeVisible();
  await expect(choice.getByRole('button', { name: 'Import as a copy' })).toBeFocused();
  await choice.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(choice).toBeHidden();
  await expect(page.getByRole('link', { name: 'Autumn class (copy)' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Autumn class/ })).toHaveCount(2);

  await page.getByRole('link', { name: 'Autumn class (copy)' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Alice' })).toBeVisible();
});

test('refuses a damaged file, naming what is wrong and importing nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Workshop file to import').setInputFiles({
    name: 'broken.kamworkshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "kam-workshop", "version": 1, "partici'),
  });
  const refusal = page.getByRole('dialog', { name: 'The workshop file could not be imported' });
  await expect(refusal).toContainText('broken.kamworkshop.json');
  await expect(refusal).toContainText('not complete JSON');
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('No workshops yet')).toBeVisible();
});
