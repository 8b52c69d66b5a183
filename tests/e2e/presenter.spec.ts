import type { APIRequestContext, Page } from '@playwright/test';
import { exercises } from '../../shared/course/exercises';
import { moduleSteps, stepIndexOfExercise } from '../../shared/course/flow';
import { test, expect } from './fixtures';

interface Seeded {
  workshopId: string;
  names: string[];
}

/** Calls the browser host's api as the app does, and returns the value. */
async function call<T>(request: APIRequestContext, command: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/${encodeURIComponent(command)}`, { data: input });
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${command} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A facilitated workshop with two participants, one key account, and one answer to A. */
async function seed(request: APIRequestContext): Promise<Seeded> {
  const workshop = await call<{ id: string }>(request, 'workshops:create', {
    title: 'Presenter test workshop',
    date: '2026-03-12',
    facilitator: 'Sam Trainer',
    client: 'Northwind',
    mode: 'facilitated',
  });
  await call(request, 'participants:add', { workshopId: workshop.id, name: 'Zelda Quartermaine' });
  const detail = await call<{ participants: { id: string }[] }>(request, 'participants:add', {
    workshopId: workshop.id,
    name: 'Yorick Pemberton',
  });
  const [first] = detail.participants;
  if (!first) throw new Error('no participant');
  await call(request, 'accounts:add', { participantId: first.id, name: 'Globex Confidential' });
  await call(request, 'answers:save', {
    participantId: first.id,
    exercise: 'A',
    accountId: null,
    payload: { items: [{ id: 'i1', text: 'Reliable supply' }], matches: [] },
  });
  return {
    workshopId: workshop.id,
    names: ['Zelda Quartermaine', 'Yorick Pemberton', 'Globex Confidential'],
  };
}

const presentedStep = (page: Page) => page.locator('.presenter').getAttribute('data-step-id');

async function waitForStep(page: Page, id: string | undefined): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('.presenter')?.getAttribute('data-step-id') === expected,
    id,
    { polling: 10, timeout: 5_000 },
  );
}

/** Every text of a model answer the room could read: its strings, ids and stage keys aside. */
function modelStrings(model: unknown): string[] {
  if (typeof model === 'string') return [model];
  if (Array.isArray(model)) return model.flatMap(modelStrings);
  if (typeof model !== 'object' || model === null) return [];
  return Object.entries(model).flatMap(([key, value]) =>
    key === 'id' || key === 'stage' ? [] : modelStrings(value),
  );
}

// Words a model answer shares with a slide the room may see anyway ("Commitment" is both an
// ingredient and a supplier expectation) prove nothing, so only the answer's own words count.
const publicText = moduleSteps.flatMap((step) => [step.title, ...step.points]).join('\n');
const secrets = exercises.map((definition) => ({
  letter: definition.letter,
  strings: modelStrings(definition.model).filter((text) => !publicText.includes(text)),
}));
const notes = moduleSteps.map((step) => step.notes);

async function openBoth(page: Page, workshopId: string, stepIndex = 0): Promise<Page> {
  await page.goto(`/workshops/${workshopId}/console`);
  await expect(page.getByRole('heading', { name: 'Session console' })).toBeVisible();
  const present = await page.context().newPage();
  await present.goto(`/workshops/${workshopId}/present`);
  await waitForStep(present, moduleSteps[stepIndex]?.id);
  return present;
}

type Clocks = Window & {
  kamKeyAt?: number;
  kamShownAt?: Record<string, number>;
  kamBlackAt?: number;
};

/**
 * The app's quickest round trip through the same pipe (key, host, broadcast, presenter): the
 * black screen, which draws almost nothing. About this many ms on an idle machine like the one
 * the targets were set on; a slower or busier machine takes longer for it too, and the step's
 * targets stretch by that ratio, so what is measured is the step's own work.
 */
const BLACK_SCREEN_REFERENCE_MS = 50;

/** Blacks the screen out and back from the console; how long the presenter took to black out. */
async function blackScreenDelay(console: Page, present: Page): Promise<number> {
  await present.evaluate(() => delete (window as Clocks).kamBlackAt);
  await console.keyboard.press('b');
  await present.waitForFunction(
    () => document.querySelector('.presenter')?.getAttribute('data-black-screen') === 'on',
    undefined,
    { polling: 10, timeout: 5_000 },
  );
  const keyAt = await console.evaluate(() => (window as Clocks).kamKeyAt ?? 0);
  const blackAt = await present.evaluate(() => (window as Clocks).kamBlackAt ?? 0);
  await console.keyboard.press('b');
  await present.waitForFunction(
    () => document.querySelector('.presenter')?.getAttribute('data-black-screen') === 'off',
    undefined,
    { polling: 10, timeout: 5_000 },
  );
  return blackAt - keyAt;
}

/**
 * In-page clocks: when the console saw a key, and when the presenter first showed each step.
 * They measure the app alone, without the test driver's own round trips on a busy machine.
 */
async function startClocks(console: Page, present: Page): Promise<void> {
  await console.evaluate(() => {
    const clocks = window as Clocks;
    window.addEventListener('keydown', () => (clocks.kamKeyAt = Date.now()), { capture: true });
  });
  await present.evaluate(() => {
    const clocks = window as Clocks;
    clocks.kamShownAt = {};
    const presenter = document.querySelector('.presenter');
    if (!presenter) throw new Error('no presenter');
    new MutationObserver(() => {
      const id = presenter.getAttribute('data-step-id');
      if (id && clocks.kamShownAt && !(id in clocks.kamShownAt)) clocks.kamShownAt[id] = Date.now();
      if (presenter.getAttribute('data-black-screen') === 'on') clocks.kamBlackAt ??= Date.now();
    }).observe(presenter, {
      attributes: true,
      attributeFilter: ['data-step-id', 'data-black-screen'],
    });
  });
}

test(
  'the presenter follows the console through the whole module, showing no notes or answers',
  {
    tag: '@timing',
  },
  async ({ page }) => {
    // 38 steps, each with a black-screen round trip, on a machine that may be busy.
    test.setTimeout(180_000);
    const { workshopId } = await seed(page.request);
    const present = await openBoth(page, workshopId);
    await startClocks(page, present);
    const delays: number[] = [];
    const roundTrips: number[] = [];
    const baselines: number[] = [];
    for (let i = 1; i < moduleSteps.length; i++) {
      baselines.push(await blackScreenDelay(page, present));
      const id = moduleSteps[i]?.id ?? '';
      const started = Date.now();
      await page.keyboard.press('ArrowRight');
      await waitForStep(present, id);
      roundTrips.push(Date.now() - started);
      const keyAt = await page.evaluate(() => (window as Clocks).kamKeyAt ?? 0);
      const shownAt = await present.evaluate(
        (step) => (window as Clocks).kamShownAt?.[step] ?? 0,
        id,
      );
      delays.push(shownAt - keyAt);
      const html = await present.content();
      const text = await present.evaluate(() => document.documentElement.textContent ?? '');
      for (const note of notes) {
        expect(html, `a note on step ${i}`).not.toContain(note);
        expect(text, `a note on step ${i}`).not.toContain(note);
      }
      for (const { letter, strings } of secrets)
        for (const secret of strings)
          expect(text, `${letter}'s answer on step ${i}`).not.toContain(secret);
    }
    const median = (values: number[]) =>
      [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
    const slowdown = Math.max(1, median(baselines) / BLACK_SCREEN_REFERENCE_MS);
    const report = `key → presenter (ms): ${delays.join(', ')}; with the driver's round trips: ${roundTrips.join(', ')}; black screen (ms): ${baselines.join(', ')}; slowdown ×${slowdown.toFixed(2)}`;
    test.info().annotations.push({ type: 'sync', description: report });
    // Within 200 ms on an idle machine, stretched by how much slower this one is right now. A
    // shared machine may stall a render now and then, so two of the 38 steps may miss it, but
    // the typical step must be well inside. (Run alone: see the config.)
    expect(median(delays), report).toBeLessThan(100 * slowdown);
    expect(delays.filter((ms) => ms >= 200 * slowdown).length, report).toBeLessThanOrEqual(2);
  },
);

test('a presenter opened just as the trainer moves on shows the step moved to', async ({
  page,
}) => {
  const { workshopId } = await seed(page.request);
  // The page's event stream connects slowly, as on a busy laptop: the step changes meanwhile.
  let connect: () => void = () => undefined;
  const connecting = new Promise<void>((resolve) => (connect = resolve));
  await page.route('**/api/events**', async (route) => {
    await connecting;
    await route.continue();
  });
  await page.goto(`/workshops/${workshopId}/present`);
  await waitForStep(page, moduleSteps[0]?.id);
  const c = stepIndexOfExercise('C');
  await call(page.request, 'facilitation:update', { workshopId, patch: { stepIndex: c } });
  connect();
  // The presenter must not stay on the step it loaded before the stream was there.
  await waitForStep(page, moduleSteps[c]?.id);
});

test('timer and reveal on the console mirror on the presenter; hide names hides them', async ({
  page,
}) => {
  const { workshopId, names } = await seed(page.request);
  const a = stepIndexOfExercise('A');
  await call(page.request, 'facilitation:update', { workshopId, patch: { stepIndex: a } });
  const present = await openBoth(page, workshopId, a);
  const timer = present.getByRole('timer');
  await expect(timer).toHaveText('10:00');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(present.locator('.countdown--running')).toBeVisible();
  await page.getByRole('button', { name: 'Pause timer' }).click();
  await expect(present.locator('.countdown--paused')).toBeVisible();

  const [theme] = secrets.find((s) => s.letter === 'A')?.strings ?? [];
  expect(theme).toBeDefined();
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(present.getByText(theme ?? '')).toBeVisible();
  await page.getByRole('button', { name: 'Hide model answer' }).click();
  await expect(present.getByText(theme ?? '')).toHaveCount(0);

  for (const name of names.slice(0, 2)) await expect(present.getByText(name)).toBeVisible();
  await page.getByRole('switch', { name: /Hide names/ }).check();
  await expect(present.getByText('Participant 1')).toBeVisible();
  const text = await present.evaluate(() => document.documentElement.textContent ?? '');
  for (const name of names) expect(text).not.toContain(name);
  expect(await present.content()).not.toContain(names[0]);
});

test('keyboard shortcuts drive the session from either window', async ({ page }) => {
  const { workshopId } = await seed(page.request);
  const a = stepIndexOfExercise('A');
  await call(page.request, 'facilitation:update', { workshopId, patch: { stepIndex: a - 1 } });
  const present = await openBoth(page, workshopId, a - 1);

  await page.keyboard.press('PageDown');
  await waitForStep(present, 'exercise-a');
  await page.keyboard.press('t');
  await expect(present.locator('.countdown--running')).toBeVisible();
  await present.keyboard.press('T');
  await expect(page.locator('.countdown--paused').first()).toBeVisible();
  // Typing in a field never moves the session or reveals the answer.
  const minutes = page.getByRole('spinbutton', { name: 'Timer length in minutes' });
  await minutes.press('ArrowRight');
  await minutes.press('r');
  expect(await presentedStep(present)).toBe('exercise-a');
  await expect(present.locator('.slide--exercise')).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('r');
  await expect(present.locator('.slide--reveal')).toBeVisible();
  await present.keyboard.press('r');
  await expect(present.locator('.slide--exercise')).toBeVisible();
  await page.keyboard.press('b');
  await expect(present.locator('.presenter')).toHaveAttribute('data-black-screen', 'on');
  await expect(present.locator('.slide')).toHaveCount(0);
  await present.keyboard.press('b');
  await expect(present.locator('.slide')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await waitForStep(present, moduleSteps[a - 1]?.id);
  await page.keyboard.press('PageUp');
  await waitForStep(present, moduleSteps[a - 2]?.id);
  await present.keyboard.press('?');
  await expect(present.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  // While the dialog is open the keys belong to it.
  await present.keyboard.press('ArrowRight');
  expect(await presentedStep(present)).toBe(moduleSteps[a - 2]?.id);
  await present.keyboard.press('Escape');
  await expect(present.getByRole('dialog')).toHaveCount(0);
});

test('a presenter that reloads comes back on the current step', async ({ page }) => {
  const { workshopId } = await seed(page.request);
  const present = await openBoth(page, workshopId);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await waitForStep(present, moduleSteps[4]?.id);
  await present.reload();
  await waitForStep(present, moduleSteps[4]?.id);
  await page.keyboard.press('ArrowRight');
  await waitForStep(present, moduleSteps[5]?.id);
});
