import type { Page } from '@playwright/test';
import { courseContent, stepIndexOfExerciseIn } from '../../shared/content/resolve-content';
import { pdfText } from '../fixtures/workshops/inspect-pdf';
import { addParticipant, callApi, createWorkshop, expect, test } from './fixtures';
import type { RunningHost } from './support/host';

const workshopIdOf = (page: Page) => new URL(page.url()).pathname.split('/')[2]!;

/** Opens the workshop's content editor from its page, as a trainer would. */
async function openContent(page: Page) {
  await page.getByRole('link', { name: 'Edit the content' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Content' })).toBeVisible();
}

async function waitSaved(page: Page) {
  await expect(page.locator('.content-page__status').getByRole('status')).toHaveText('Saved');
}

/** Exports a PDF through the api and fetches it as the browser host serves it. */
async function exportPdf(page: Page, host: RunningHost, request: object): Promise<Buffer> {
  const started = await callApi<{ jobId: string }>(page, host, 'exports:start', request);
  await expect
    .poll(async () => {
      const status = await callApi<{ state: string }>(page, host, 'exports:status', {
        jobId: started.jobId,
      });
      return status.state;
    })
    .toBe('done');
  const response = await page.request.get(`${host.url}api/exports/${started.jobId}/file`);
  return Buffer.from(await response.body());
}

test('a changed model answer for A and timer for B show on the presenter and in the PDFs', async ({
  page,
  host,
}) => {
  await page.goto('/');
  await createWorkshop(page, 'Spring cohort');
  await addParticipant(page, 'Ana Lima');
  const workshopId = workshopIdOf(page);
  await openContent(page);

  await page.getByText('A. Customer expectations', { exact: true }).click();
  const a = page.locator('[data-exercise="A"]');
  await a.getByRole('textbox', { name: 'Model item 1' }).fill('Preferential treatment, always');
  await a.getByRole('button', { name: 'Add a model item' }).click();
  await expect(a.getByRole('textbox', { name: 'Model item 9' })).toBeFocused();
  await page.keyboard.type('Shared product roadmaps');
  await expect(a.getByText('Changed', { exact: true }).first()).toBeVisible();
  await expect(
    a.getByRole('button', { name: 'Reset to the course’s text: A’s model answer' }),
  ).toBeVisible();

  await page.getByText('B. Supplier expectations', { exact: true }).click();
  const b = page.locator('[data-exercise="B"]');
  await b.getByRole('textbox', { name: 'B’s timer' }).fill('7');
  await expect(b.getByText('The course: 10 min')).toBeVisible();
  await waitSaved(page);

  // The presenter: A's model answer once revealed, B's countdown at its new length.
  const indexOfA = stepIndexOfExerciseIn(courseContent, 'A');
  const indexOfB = stepIndexOfExerciseIn(courseContent, 'B');
  await callApi(page, host, 'facilitation:move', {
    workshopId,
    move: { kind: 'to', index: indexOfA },
  });
  await callApi(page, host, 'facilitation:reveal', { workshopId, exercise: 'A', revealed: true });
  const present = await page.context().newPage();
  await present.goto(`/workshops/${workshopId}/present`);
  await expect(present.getByText('Preferential treatment, always')).toBeVisible();
  await expect(present.getByText('Shared product roadmaps')).toBeVisible();
  await callApi(page, host, 'facilitation:move', {
    workshopId,
    move: { kind: 'to', index: indexOfB },
  });
  await expect(present.getByRole('timer')).toHaveText('7:00');
  await present.close();

  // The PDFs: the workbook's model answer, the summary's planned time.
  const detail = await callApi<{ participants: Array<{ id: string }> }>(
    page,
    host,
    'workshops:get',
    {
      id: workshopId,
    },
  );
  const workbook = pdfText(
    await exportPdf(page, host, {
      kind: 'workbook',
      workshopId,
      participantId: detail.participants[0]!.id,
    }),
  );
  expect(workbook).toContain('Preferential treatment, always');
  expect(workbook).toContain('Shared product roadmaps');
  const summary = pdfText(await exportPdf(page, host, { kind: 'summary', workshopId }));
  expect(summary).toMatch(/B · Supplier expectations 7 min/);

  // Reset: the course's text again, on the editor and in the workshop's content.
  await page.getByRole('button', { name: 'Reset to the course’s text: A’s model answer' }).click();
  await expect(a.getByRole('textbox', { name: 'Model item 1' })).toHaveValue(
    'Preferential treatment',
  );
  await waitSaved(page);
  const changes = await callApi<{ exercises: Record<string, unknown> }>(page, host, 'content:get', {
    workshopId,
  });
  expect(changes.exercises.A).toBeUndefined();
  expect(changes.exercises.B).toEqual({ durationMs: 7 * 60_000 });
});

test('the run of show is rearranged by keyboard: moved, skipped, an own slide added', async ({
  page,
  host,
}) => {
  await page.goto('/');
  await createWorkshop(page, 'Arranged by keyboard');
  const workshopId = workshopIdOf(page);
  await openContent(page);

  const steps = page.locator('.content-steps > li');
  const second = await steps.nth(1).getAttribute('data-step');
  const moveUp = steps.nth(1).getByRole('button', { name: /^Move .* up$/ });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(0)).toHaveAttribute('data-step', second!);
  // Focus stays with the moved step's control, so it can be moved again at once.
  await expect(steps.nth(0).getByRole('button', { name: /^Move .* down$/ })).toBeFocused();
  await expect(
    page.getByRole('button', { name: /Reset to the course’s text: the order/ }),
  ).toBeVisible();

  const c = page.locator('[data-step="exercise-c"]');
  await c.getByRole('button', { name: /^Skip C\./ }).click();
  await expect(c.getByRole('button', { name: /^Skip C\./ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('combobox', { name: 'Add a slide of your own after' }).selectOption({
    label: `2. ${courseContent.steps[0]!.title}`,
  });
  await page.getByRole('button', { name: 'Add slide' }).click();
  await expect(page.getByRole('textbox', { name: 'Slide title' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Our own warm-up');
  await waitSaved(page);

  const changes = await callApi<{
    order: string[];
    skipped: string[];
    slides: Array<{ id: string; title: string }>;
  }>(page, host, 'content:get', { workshopId });
  expect(changes.order.slice(0, 3)).toEqual([second, courseContent.steps[0]!.id, 'own-1']);
  expect(changes.skipped).toEqual(['exercise-c']);
  expect(changes.slides).toMatchObject([{ id: 'own-1', title: 'Our own warm-up' }]);

  // The console's run of show follows: the slide in place, C left out.
  await page.goto(`/workshops/${workshopId}/console`);
  const runOfShow = page.getByRole('navigation', { name: 'Steps of the session' });
  await expect(runOfShow.getByText('Our own warm-up')).toBeVisible();
  await expect(runOfShow.getByText(/^C\./)).toHaveCount(0);
});
