import type { Locator, Page } from '@playwright/test';
import { stepIndexOfExercise } from '../../shared/course/flow';
import { exerciseLetters } from '../../shared/exercises/letters';
import { callApi, expect, test } from './fixtures';
import type { RunningHost } from './support/host';

const LAPTOP = { width: 1280, height: 800 };
const SMALL_LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 360, height: 740 };

/** A 100-character name with no space in it: nothing to wrap at. */
const longName = (start: string) => start + 'x'.repeat(100 - start.length);

interface Seeded {
  workshopId: string;
  participantId: string;
  accountId: string;
}

/** A facilitated workshop on exercise A, with a participant and an account as named. */
async function seed(
  page: Page,
  host: RunningHost,
  names: { title: string; participant: string; account: string },
  mode: 'facilitated' | 'self-study' = 'facilitated',
): Promise<Seeded> {
  const workshop = await callApi<{ id: string }>(page, host, 'workshops:create', {
    title: names.title,
    date: '2026-03-12',
    facilitator: 'Sam Trainer',
    client: 'Northwind',
    mode,
  });
  type Detail = { participants: { id: string; accounts: { id: string }[] }[] };
  let detail = await callApi<Detail>(page, host, 'participants:add', {
    workshopId: workshop.id,
    name: names.participant,
  });
  const participantId = detail.participants.at(-1)!.id;
  detail = await callApi<Detail>(page, host, 'accounts:add', {
    participantId,
    name: names.account,
  });
  const accountId = detail.participants.find((p) => p.id === participantId)!.accounts[0]!.id;
  await callApi(page, host, 'answers:save', {
    participantId,
    exercise: 'A',
    accountId: null,
    payload: { items: [{ id: 'i1', text: names.participant }], matches: [] },
  });
  await callApi(page, host, 'facilitation:update', {
    workshopId: workshop.id,
    patch: { stepIndex: stepIndexOfExercise('A') },
  });
  return { workshopId: workshop.id, participantId, accountId };
}

/** Fails when the page is wider than the window: a sideways scroll on a laptop or a phone. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(
    scrollWidth,
    `${what} is ${scrollWidth} px wide in a ${innerWidth} px window`,
  ).toBeLessThanOrEqual(innerWidth);
}

/** Fails when an element's content is cut by its own box (clipped or running out of it). */
async function expectNotClipped(target: Locator, what: string) {
  for (const element of await target.all()) {
    const { scroll, client } = await element.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(scroll, `${what} is cut: ${scroll} px of content in ${client} px`).toBeLessThanOrEqual(
      client + 1,
    );
  }
}

async function box(target: Locator) {
  const found = await target.boundingBox();
  if (!found) throw new Error(`${target.toString()} is not shown`);
  return found;
}

/** Fails unless the whole of the target is inside the window as first shown. */
async function expectOnFirstScreen(page: Page, target: Locator, what: string) {
  const { x, y, width, height } = await box(target);
  const viewport = page.viewportSize()!;
  expect(
    y + height,
    `${what} ends at ${y + height} px, below the ${viewport.height} px screen`,
  ).toBeLessThanOrEqual(viewport.height);
  expect(x + width, `${what} runs past the right edge`).toBeLessThanOrEqual(viewport.width);
  expect(y, `${what} starts above the screen`).toBeGreaterThanOrEqual(0);
}

async function openConsole(page: Page, workshopId: string) {
  await page.goto(`/workshops/${workshopId}/console`);
  // Generous: other work may share this machine's two cores.
  await expect(page.getByRole('heading', { name: 'Session console' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.locator('.current-step')).toBeVisible();
  // The run of show scrolls itself to the current step (on a laptop); the page stays at its top.
  expect(await page.evaluate(() => window.scrollY), 'the console opens scrolled down').toBe(0);
}

test.describe('long names', () => {
  const names = {
    title: longName('Workshop'),
    participant: longName('Bartholomew'),
    account: longName('Account'),
  };

  for (const size of [LAPTOP, PHONE]) {
    test(`hold every screen together at ${size.width}×${size.height}`, async ({ page, host }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      const { workshopId, participantId, accountId } = await seed(page, host, names);

      await openConsole(page, workshopId);
      await expectNoSidewaysScroll(page, 'the console');
      if (size === LAPTOP) {
        const preview = await box(page.locator('.slide-frame--preview'));
        const projector = await box(page.locator('.console-switches'));
        const overlaps =
          preview.x < projector.x + projector.width &&
          projector.x < preview.x + preview.width &&
          preview.y < projector.y + projector.height &&
          projector.y < preview.y + preview.height;
        expect(overlaps, 'the slide preview covers the projector switches').toBe(false);
      }

      await page.goto(`/workshops/${workshopId}/present`);
      await expect(page.locator('.slide')).toBeVisible();
      // axe's landmark-one-main and region: the projector view is the page's one main landmark.
      await expect(page.getByRole('main')).toHaveCount(1);
      await expectNotClipped(page.locator('.room-strip__name'), 'a participant chip');
      await expectNoSidewaysScroll(page, 'the presenter');

      for (const path of [
        '',
        `/exercises/A?participant=${participantId}`,
        `/exercises/C?participant=${participantId}&account=${accountId}`,
        `/exercises/D?participant=${participantId}&account=${accountId}`,
      ]) {
        await page.goto(`/workshops/${workshopId}${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText(/^Loading/)).toHaveCount(0);
        await expectNoSidewaysScroll(page, `/workshops/…${path.split('?')[0]}`);
      }
      await page.goto('/');
      await expect(page.getByRole('link', { name: names.title })).toBeVisible();
      await expectNoSidewaysScroll(page, 'the home screen');
    });
  }
});

test('the main screens fit a 360 px phone without sideways scrolling', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(PHONE);
  const names = { title: 'Spring cohort', participant: 'Alice Martin', account: 'Globex' };
  const facilitated = await seed(page, host, names);
  const selfStudy = await seed(page, host, { ...names, participant: 'Me too' }, 'self-study');

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Spring cohort' }).first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the home screen');
  await page.goto('/about');
  await expectNoSidewaysScroll(page, 'the about screen');

  for (const { workshopId, participantId, accountId } of [facilitated, selfStudy]) {
    await page.goto(`/workshops/${workshopId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Spring cohort' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'the workshop page');
    for (const letter of exerciseLetters) {
      await page.goto(
        `/workshops/${workshopId}/exercises/${letter}?participant=${participantId}&account=${accountId}`,
      );
      await expect(
        page.getByRole('heading', { level: 1, name: new RegExp(`^${letter}\\.`) }),
      ).toBeVisible();
      await expect(page.getByText('Loading answer…')).toHaveCount(0);
      await expectNoSidewaysScroll(page, `exercise ${letter}`);
    }
  }
  // The list after the reveal: each idea with its match to the model answer.
  await callApi(page, host, 'facilitation:reveal', {
    workshopId: selfStudy.workshopId,
    exercise: 'A',
    revealed: true,
  });
  await page.goto(
    `/workshops/${selfStudy.workshopId}/exercises/A?participant=${selfStudy.participantId}`,
  );
  await expect(page.getByRole('combobox', { name: /Matches model idea/ })).toBeVisible();
  await expectNoSidewaysScroll(page, 'exercise A after the reveal');
  const row = await box(page.locator('.list-item').first());
  const select = await box(page.getByRole('combobox', { name: /Matches model idea/ }));
  expect(select.x + select.width, 'the match select runs past its card').toBeLessThanOrEqual(
    row.x + row.width,
  );
  const text = await box(page.locator('.list-item__text').first());
  expect(text.width, 'an idea’s text has room to be read').toBeGreaterThan(150);

  await openConsole(page, facilitated.workshopId);
  await expectNoSidewaysScroll(page, 'the console');
  await page.goto(`/workshops/${selfStudy.workshopId}/session`);
  await expect(page.getByText(/^Step \d+ of/)).toBeVisible();
  await expectNoSidewaysScroll(page, 'self-study');
});

test.describe('the console on a laptop', () => {
  for (const size of [SMALL_LAPTOP, LAPTOP]) {
    test(`puts the current step’s controls on the first screen at ${size.width}×${size.height}`, async ({
      page,
      host,
    }) => {
      await page.setViewportSize(size);
      const { workshopId } = await seed(page, host, {
        title: 'Spring cohort',
        participant: 'Alice Martin',
        account: 'Globex',
      });
      await openConsole(page, workshopId);
      await expect(page.locator('.step-list [aria-current="step"]')).toBeInViewport();
      for (const name of [
        '← Previous',
        'Next →',
        'Start timer',
        'Reset timer',
        'Add one minute',
        'Reveal model answer',
      ])
        await expectOnFirstScreen(page, page.getByRole('button', { name, exact: true }), name);
      const time = page.locator('.current-step__controls .countdown__time');
      await expectOnFirstScreen(page, time, 'the countdown');
      await expectNotClipped(time, 'the countdown');
      const card = await box(page.locator('.current-step__controls .countdown'));
      const shown = await box(time);
      expect(shown.x + shown.width, '“10:00” spills out of its card').toBeLessThanOrEqual(
        card.x + card.width,
      );
      await expectNoSidewaysScroll(page, 'the console');
    });
  }
});

test.describe('self-study on a laptop', () => {
  for (const size of [SMALL_LAPTOP, LAPTOP]) {
    test(`shows the whole slide and Next on the first screen at ${size.width}×${size.height}`, async ({
      page,
      host,
    }) => {
      await page.setViewportSize(size);
      const { workshopId } = await seed(
        page,
        host,
        { title: 'Spring cohort', participant: 'Alice Martin', account: 'Globex' },
        'self-study',
      );
      await page.goto(`/workshops/${workshopId}/session`);
      await expect(page.getByText(/^Step \d+ of/)).toBeVisible();
      await expectOnFirstScreen(page, page.locator('.slide-frame--inline'), 'the slide');
      for (const name of ['← Previous', 'Next →', 'Reveal model answer'])
        await expectOnFirstScreen(page, page.getByRole('button', { name, exact: true }), name);
      await expectOnFirstScreen(
        page,
        page.getByRole('link', { name: 'Write your answer to A' }),
        'the way to the answer',
      );
      await expectNoSidewaysScroll(page, 'self-study');
    });
  }
});

test('the exhibit of F and the stage bands of D fit their boxes on the projector', async ({
  page,
  host,
}) => {
  const { workshopId } = await seed(page, host, {
    title: 'Spring cohort',
    participant: 'Alice Martin',
    account: 'Globex',
  });
  const present = async (letter: 'D' | 'F') => {
    await callApi(page, host, 'facilitation:update', {
      workshopId,
      patch: { stepIndex: stepIndexOfExercise(letter) },
    });
    await page.goto(`/workshops/${workshopId}/present`);
    await expect(page.locator('.slide')).toBeVisible();
  };
  await callApi(page, host, 'facilitation:reveal', { workshopId, exercise: 'D', revealed: true });
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await present('F');
    const overflowing = await page.locator('.exhibit-diagram__person').evaluateAll((people) =>
      people.flatMap((person) => {
        const rect = person.querySelector('rect')!.getBBox();
        const label = person.querySelector('text')!;
        const text = label.getBBox();
        const inside = text.x >= rect.x + 4 && text.x + text.width <= rect.x + rect.width - 4;
        return inside ? [] : [label.textContent];
      }),
    );
    expect(overflowing, `labels out of their boxes at ${size.width}`).toEqual([]);

    await present('D');
    for (const range of await page.locator('.stage-bands__range').all()) {
      const lines = await range.evaluate((el) =>
        Math.round(
          el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '1'),
        ),
      );
      expect(lines, `${await range.textContent()} wraps at ${size.width}`).toBeLessThanOrEqual(1);
    }
  }
});
