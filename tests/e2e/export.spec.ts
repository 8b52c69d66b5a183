import { execFileSync } from 'node:child_process';
import { addParticipant, createWorkshop, expect, test } from './fixtures';

test('exports a workbook from the browser host and the download is that PDF', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await createWorkshop(page, 'Quarterly review', { client: 'Northwind', facilitator: 'Dana' });
  await addParticipant(page, 'Žemaitė Šiaulių');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Workbook…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog.getByRole('combobox', { name: 'Participant' })).toHaveValue(/.+/);
  await dialog.getByRole('radio', { name: 'US Letter' }).check();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Workbook - Žemaitė Šiaulių - Quarterly review.pdf');
  const path = testInfo.outputPath('workbook.pdf');
  await file.saveAs(path);
  await expect(dialog.getByRole('status')).toContainText('Exported');

  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Quarterly review');
  expect(text).toContain('Žemaitė Šiaulių');
  expect(text).toContain('Not answered.');
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts/);

  // The paper chosen is kept for the workshop's next export.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Workshop summary…' }).click();
  await expect(dialog.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Workshop summary' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Exercise pages offer the same menu.
  await page.getByRole('link', { name: /Customer expectations/ }).click();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
});
