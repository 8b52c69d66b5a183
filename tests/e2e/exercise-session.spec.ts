import type { Page } from '@playwright/test';
import { formatClock } from '../../shared/domain/timer';
import { startHost } from './support/host';
import { createWorkshop, expect, test } from './fixtures';

/** Opens exercise A of a new self-study workshop from the workshop page; returns its URL. */
async function openExerciseA(page: Page): Promise<string> {
  await page.goto('/');
  await createWorkshop(page, 'Timer class', { mode: 'Self-study' });
  await page.getByRole('link', { name: 'A. Customer expectations' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'A. Customer expectations' }),
  ).toBeVisible();
  return page.url();
}

/** The workshop id in an exercise URL. */
function workshopIdOf(url: string): string {
  return /\/workshops\/([^/]+)\//.exec(url)![1]!;
}

const timerState = async (page: Page, workshopId: string) => {
  const response = await page.request.post('api/facilitation:get', { data: { workshopId } });
  return (await response.json()).value.timers.A as {
    elapsedMs: number;
    runningSince: number | null;
  };
};

test('pausing after two seconds shows two seconds gone, and a reload finds it paused at the same time', async ({
  page,
}) => {
  const url = await openExerciseA(page);
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('10:00');
  // The host stamps start and pause as it receives them: bound the time it counted by what
  // this test saw, so a slow click on a loaded machine cannot masquerade as drift.
  const startClicked = Date.now();
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  const startSeen = Date.now();
  await page.waitForTimeout(2_000);
  const pauseClicked = Date.now();
  await page.getByRole('button', { name: 'Pause timer' }).click();
  await expect(page.getByRole('button', { name: 'Resume timer' })).toBeVisible();
  const pauseSeen = Date.now();

  const { elapsedMs, runningSince } = await timerState(page, workshopIdOf(url));
  expect(runningSince).toBeNull();
  expect(elapsedMs).toBeGreaterThanOrEqual(pauseClicked - startSeen);
  expect(elapsedMs).toBeLessThanOrEqual(pauseSeen - startClicked);
  expect(Math.abs(elapsedMs - 2_000)).toBeLessThanOrEqual(
    500 + (pauseSeen - pauseClicked) + (startSeen - startClicked),
  );
  const shown = await timer.textContent();
  expect(shown).toBe(formatClock(600_000 - elapsedMs));

  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(shown!);
  await expect(page.getByRole('button', { name: 'Resume timer' })).toBeVisible();
  await page.waitForTimeout(1_200);
  await expect(page.getByRole('timer')).toHaveText(shown!);
});

test('a second tab shows the same timer and reveal state as the first', async ({
  page,
  context,
}) => {
  const url = await openExerciseA(page);
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('timer')).toHaveText('10:00');

  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(second.getByRole('button', { name: 'Pause timer' })).toBeVisible({ timeout: 1_000 });
  await page.getByRole('button', { name: 'Add one minute' }).click();
  await expect(second.getByRole('timer')).toHaveText(/^10:5\d$/, { timeout: 1_000 });

  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(second.getByRole('button', { name: 'Hide model answer' })).toBeVisible({
    timeout: 1_000,
  });
  await second.getByRole('button', { name: 'Hide model answer' }).click();
  await expect(page.getByRole('button', { name: 'Reveal model answer' })).toBeVisible({
    timeout: 1_000,
  });
});

test('at zero it says time’s up, counts the overrun and chimes once — unless muted', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const counted = window as unknown as { chimeNotes: number };
    counted.chimeNotes = 0;
    const original = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function createOscillator(this: AudioContext) {
      counted.chimeNotes++;
      return original.call(this);
    };
  });
  const url = await openExerciseA(page);
  const workshopId = workshopIdOf(url);
  const setDuration = (durationMs: number) =>
    page.request.post('api/facilitation:timer', {
      data: { workshopId, exercise: 'A', action: { kind: 'set', durationMs } },
    });

  await setDuration(61_000);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.locator('.countdown')).toHaveClass(/countdown--running/);
  await expect(page.locator('.countdown')).toHaveClass(/countdown--last-minute/, {
    timeout: 3_000,
  });

  await page.getByRole('button', { name: 'Reset timer' }).click();
  await setDuration(1_500);
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByText('Time’s up', { exact: true })).toBeVisible({ timeout: 4_000 });
  await expect(page.getByText(/^\+0:0\d over$/)).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { chimeNotes: number }).chimeNotes))
    .toBe(2);

  await page.getByRole('checkbox', { name: 'Mute chime' }).check();
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByText('Time’s up', { exact: true })).toBeVisible({ timeout: 4_000 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { chimeNotes: number }).chimeNotes)).toBe(
    2,
  );
});

test('an answer typed a second before the host is killed is there after a restart', async ({
  page,
  host,
}) => {
  const url = await openExerciseA(page);
  const field = page.getByRole('textbox', { name: /new idea/i });
  await field.fill('Security of supply');
  await field.press('Enter');
  await page.waitForTimeout(1_000);
  await host.kill();

  const port = Number(new URL(host.url).port);
  const restarted = await startHost(host.dataDir, port);
  try {
    await page.goto(url);
    await expect(page.getByText('Security of supply')).toBeVisible();
  } finally {
    await restarted.stop();
  }
});
