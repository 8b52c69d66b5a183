import { readFileSync } from 'node:fs';
import { pageSizes, pdfText } from '../fixtures/workshops/inspect-pdf';
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

  const pdf = readFileSync(path);
  const text = pdfText(pdf);
  expect(text).toContain('Quarterly review');
  expect(text).toContain('Žemaitė Šiaulių');
  expect(text).toContain('Not answered.');
  expect(pageSizes(pdf)[0]).toEqual({ width: 612, height: 792 });

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
