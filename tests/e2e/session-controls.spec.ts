import type { Page } from '@playwright/test';
import { stepIndexOfExercise } from '../../shared/course/flow';
import { callApi, expect, test } from './fixtures';
import type { RunningHost } from './support/host';

interface Room {
  workshopId: string;
  participantId: string;
}

/** A facilitated workshop with one participant, its session on exercise A. */
async function facilitatedOnA(page: Page, host: RunningHost): Promise<Room> {
  const workshop = await callApi<{ id: string }>(page, host, 'workshops:create', {
    title: 'Room session',
    date: '2026-03-12',
    facilitator: 'Sam Trainer',
    client: 'Northwind',
    mode: 'facilitated',
  });
  const detail = await callApi<{ participants: { id: string }[] }>(page, host, 'participants:add', {
    workshopId: workshop.id,
    name: 'Pat',
  });
  await callApi(page, host, 'facilitation:update', {
    workshopId: workshop.id,
    patch: { stepIndex: stepIndexOfExercise('A') },
  });
  return { workshopId: workshop.id, participantId: detail.participants[0]!.id };
}

/** Puts exercise A's 30-second countdown ten minutes into its run: well past time's up. */
async function overrunA(page: Page, host: RunningHost, workshopId: string) {
  await callApi(page, host, 'facilitation:update', {
    workshopId,
    patch: {
      timers: { A: { durationMs: 30_000, runningSince: Date.now() - 600_000, elapsedMs: 0 } },
    },
  });
}

test('a countdown past time’s up stops counting when the trainer moves on', async ({
  page,
  host,
}) => {
  const { workshopId } = await facilitatedOnA(page, host);
  await overrunA(page, host, workshopId);
  await page.goto(`/workshops/${workshopId}/console`);
  const overrun = page.locator('.current-step__controls .countdown__overrun');
  await expect(overrun).toHaveText(/^\+9:3\d over$/);

  const title = page.locator('#current-step-title');
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(title).not.toHaveText(/^A\./);
  await page.getByRole('button', { name: '← Previous' }).click();
  await expect(title).toHaveText(/^A\./);
  const stopped = await overrun.textContent();
  expect(stopped).toMatch(/^\+9:3\d over$/);
  await expect(page.locator('.current-step__controls .countdown')).toContainText('stopped');
  await page.waitForTimeout(2_100);
  await expect(overrun).toHaveText(stopped!);
  const state = await callApi<{ timers: { A: { runningSince: number | null } } }>(
    page,
    host,
    'facilitation:get',
    { workshopId },
  );
  expect(state.timers.A.runningSince).toBeNull();
});

test('a page opened on a countdown already past time’s up does not try to chime', async ({
  page,
  host,
}) => {
  // Counts every attempt at sound, whether or not this browser would refuse it.
  await page.addInitScript(() => {
    const counted = window as unknown as { kamAudioContexts: number };
    counted.kamAudioContexts = 0;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) {
        super(options);
        counted.kamAudioContexts += 1;
      }
    };
  });
  const { workshopId } = await facilitatedOnA(page, host);
  await overrunA(page, host, workshopId);
  // The page is drawn before the session's state arrives, as on a slow or busy laptop.
  await page.route(/\/api\/facilitation(:|%3A)get$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  for (const path of ['exercises/A', 'console', 'present']) {
    await page.goto(`/workshops/${workshopId}/${path}`);
    await expect(page.locator('.countdown--overrun').first()).toBeVisible();
    await page.waitForTimeout(300);
    const contexts = await page.evaluate(
      () => (window as unknown as { kamAudioContexts: number }).kamAudioContexts,
    );
    expect(contexts, path).toBe(0);
  }
});

test('after a click on a projector switch the clicker still moves the session on', async ({
  page,
  host,
}) => {
  const { workshopId } = await facilitatedOnA(page, host);
  await page.goto(`/workshops/${workshopId}/console`);
  const title = page.locator('#current-step-title');
  await expect(title).toHaveText(/^A\./);
  const black = page.getByRole('switch', { name: /Black screen/ });

  await black.click();
  await expect(black).toBeChecked();
  await page.keyboard.press('PageDown');
  await expect(title).toHaveText(/^B\./);
  await page.keyboard.press('PageUp');
  await expect(title).toHaveText(/^A\./);
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(/^B\./);
  await page.keyboard.press('Space');
  await expect(title).not.toHaveText(/^B\./);
  await expect(black).toBeChecked();
  await page.keyboard.press('b');
  await expect(black).not.toBeChecked();

  // A button clicked with the mouse does not take the clicker's Space either.
  await page.getByRole('button', { name: '← Previous' }).click();
  await expect(title).toHaveText(/^B\./);
  await page.keyboard.press('Space');
  await expect(title).not.toHaveText(/^B\./);

  // Reached by Tab, a switch is the keyboard user's: Space switches it.
  const hideNames = page.getByRole('switch', { name: /Hide names/ });
  await hideNames.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(hideNames).toBeFocused();
  const before = await title.textContent();
  await page.keyboard.press('Space');
  await expect(hideNames).toBeChecked();
  await expect(title).toHaveText(before!);

  // Typing in a field never moves the session.
  const minutes = page.getByRole('spinbutton', { name: 'Timer length in minutes' });
  if ((await minutes.count()) > 0) {
    await minutes.press('ArrowRight');
    await minutes.press('Space');
    await expect(title).toHaveText(before!);
  }
});

test('a double click on Next moves one step; two separate clicks move two', async ({
  page,
  host,
}) => {
  const { workshopId } = await facilitatedOnA(page, host);
  await page.goto(`/workshops/${workshopId}/console`);
  const kicker = page.locator('.current-step__kicker');
  const a = stepIndexOfExercise('A');
  await expect(kicker).toContainText(`Step ${a + 1} of`);
  const next = page.getByRole('button', { name: 'Next →' });
  await next.dblclick();
  await expect(kicker).toContainText(`Step ${a + 2} of`);
  await page.waitForTimeout(300);
  await expect(kicker).toContainText(`Step ${a + 2} of`);
  await next.click();
  await next.click();
  await expect(kicker).toContainText(`Step ${a + 4} of`);
  await page.getByRole('button', { name: '← Previous' }).dblclick();
  await expect(kicker).toContainText(`Step ${a + 3} of`);

  // A held key counts once too.
  await page.keyboard.down('ArrowRight');
  for (let i = 0; i < 5; i++) await page.keyboard.down('ArrowRight');
  await page.keyboard.up('ArrowRight');
  await expect(kicker).toContainText(`Step ${a + 4} of`);
});

test('in a facilitated workshop a participant’s page shows the room’s timer and reveal, and cannot change them', async ({
  page,
  context,
  host,
}) => {
  const { workshopId, participantId } = await facilitatedOnA(page, host);
  await page.goto(`/workshops/${workshopId}/exercises/A?participant=${participantId}`);
  await expect(page.getByText('Loading answer…')).toHaveCount(0);
  const controls = page.getByRole('complementary', { name: 'Timer and model answer' });
  await expect(controls.getByRole('timer')).toHaveText('10:00');
  await expect(controls.getByRole('button')).toHaveCount(0);
  await expect(controls.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Reveal|Start timer/ })).toHaveCount(0);
  await expect(controls.getByRole('status')).toHaveText(/hidden until the trainer reveals it/);

  const console_ = await context.newPage();
  await console_.goto(`/workshops/${workshopId}/console`);
  await console_.getByRole('button', { name: 'Start timer' }).click();
  await expect(controls.locator('.countdown--running')).toBeVisible();
  await console_.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(controls.getByRole('status')).toHaveText(
    'The trainer has revealed the model answer.',
  );
  await expect(
    page.getByText('Value — the theme that ties every one of them together.'),
  ).toBeVisible();
  await controls.getByRole('link', { name: 'session console' }).click();
  await expect(page.getByRole('heading', { name: 'Session console' })).toBeVisible();
});
