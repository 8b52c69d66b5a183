import { moduleSteps, stepIndexOfExercise } from '../../shared/course/flow';
import { addParticipant, createWorkshop, expect, test } from './fixtures';

test('a learner walks the module, leaves, and comes back to the same step', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, 'My self-study', { mode: 'Self-study' });
  await addParticipant(page, 'Lee Learner');
  await page.getByRole('link', { name: 'Start or continue self-study' }).click();
  await expect(page.getByText(`Step 1 of ${moduleSteps.length}`)).toBeVisible();

  const next = page.getByRole('button', { name: 'Next →' });
  for (let i = 0; i < 5; i++) await next.click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Step 7 of ${moduleSteps.length}`)).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', '7');
  await expect(page.locator(`.slide[data-step-id="${moduleSteps[6]?.id}"]`)).toBeVisible();

  // Leave for the workshop page, then come back through the same button.
  await page.getByRole('link', { name: 'My self-study' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My self-study' })).toBeVisible();
  await page.getByRole('link', { name: 'Start or continue self-study' }).click();
  await expect(page.getByText(`Step 7 of ${moduleSteps.length}`)).toBeVisible();

  // A reload (or closing the app) resumes there too.
  await page.reload();
  await expect(page.getByText(`Step 7 of ${moduleSteps.length}`)).toBeVisible();
});

test('an exercise step links to the answer and back, and reveals when the learner chooses', async ({
  page,
}) => {
  await page.goto('/');
  await createWorkshop(page, 'Reveal study', { mode: 'Self-study' });
  await addParticipant(page, 'Lee Learner');
  await page.getByRole('link', { name: 'Start or continue self-study' }).click();
  // Keys pressed before the session has loaded go nowhere: wait for it as a learner would.
  await expect(page.getByText(`Step 1 of ${moduleSteps.length}`)).toBeVisible();
  const a = stepIndexOfExercise('A');
  for (let i = 0; i < a; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Step ${a + 1} of ${moduleSteps.length}`)).toBeVisible();
  await expect(page.getByText('Value — the theme')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(
    page.getByText('Value — the theme that ties every one of them together.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Write your answer to A' }).click();
  await expect(page).toHaveURL(/\/exercises\/A$/);
  // And back again, to the step the learner left.
  await page.getByRole('link', { name: 'Back to the guided session' }).click();
  await expect(page.getByText(`Step ${a + 1} of ${moduleSteps.length}`)).toBeVisible();
});
