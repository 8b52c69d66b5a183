import { readFileSync, writeFileSync } from 'node:fs';
import { addParticipant, createWorkshop, expect, test } from './fixtures';

test('a workshop’s content saved as a template starts a new workshop, and travels as its own file', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await createWorkshop(page, 'Spring cohort');
  await page.getByRole('link', { name: 'Edit the content' }).click();
  await page.getByText('B. Supplier expectations', { exact: true }).click();
  await page.getByRole('textbox', { name: 'B’s timer' }).fill('6');
  await expect(page.locator('.content-page__status').getByRole('status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'Save as template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save as a template' });
  await expect(save.getByRole('textbox', { name: 'Template name' })).toHaveValue('Spring cohort');
  await save.getByRole('textbox', { name: 'Template name' }).fill('Our spring version');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(save).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as the template' })).toBeVisible();

  // A new workshop from the template has its content.
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).click();
  const create = page.getByRole('dialog', { name: 'New workshop' });
  await create.getByRole('textbox', { name: 'Title' }).fill('Autumn cohort');
  await create.getByRole('combobox', { name: 'Content' }).selectOption({
    label: 'Template: Our spring version',
  });
  await create.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Autumn cohort' })).toBeVisible();
  await expect(page.getByText('B. Supplier expectations')).toBeVisible();
  await expect(page.getByText('6 minutes')).toBeVisible();

  // Exported, imported back as a second template; a file of an unknown version is refused.
  await page.goto('/');
  await page.getByRole('button', { name: 'Templates…' }).click();
  const templates = page.getByRole('dialog', { name: 'Content templates' });
  await expect(templates.getByText('1 exercise changed')).toBeVisible();
  const download = page.waitForEvent('download');
  await templates.getByRole('button', { name: 'Export Our spring version' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Our-spring-version.kamtemplate.json');
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await templates.getByLabel('Template file to import').setInputFiles(path);
  await expect(templates.getByText('Our spring version (2)')).toBeVisible();

  const later = { ...JSON.parse(readFileSync(path, 'utf8')), version: 7 };
  const laterPath = testInfo.outputPath('later.kamtemplate.json');
  writeFileSync(laterPath, JSON.stringify(later));
  await templates.getByLabel('Template file to import').setInputFiles(laterPath);
  await expect(templates.getByRole('alert')).toContainText('template version 7');
  await expect(templates.getByRole('listitem')).toHaveCount(2);

  await templates.getByRole('button', { name: 'Delete Our spring version (2)' }).click();
  await templates.getByRole('button', { name: 'Delete it' }).click();
  await expect(templates.getByRole('listitem')).toHaveCount(1);
});

test('answers the trainer typed for a learner are marked so on the console', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, 'Marked answers');
  await addParticipant(page, 'Ana Lima');
  const workshopId = new URL(page.url()).pathname.split('/')[2]!;
  await page.getByRole('link', { name: /Customer expectations/ }).click();
  const add = page.getByRole('textbox', { name: 'Add a new idea' });
  await add.fill('Reliable delivery');
  await add.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.goto(`/workshops/${workshopId}/console`);
  await page
    .getByRole('navigation', { name: 'Steps of the session' })
    .getByText('A. Customer expectations')
    .click();
  const answers = page.getByRole('region', { name: 'Answers in the room' });
  await expect(answers.getByText('Entered by the trainer')).toBeVisible();
});
