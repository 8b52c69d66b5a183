import { moduleSteps, stepIndexOfExercise } from '../../shared/course/flow';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { generateMap } from '../fixtures/workshops/generate-map';
import {
  addParticipant,
  callApi,
  createWorkshop,
  expect,
  participantCard,
  setUpSelfStudyAccount,
  test,
} from './fixtures';

// Pictures for a person to look at, not assertions: run with SCREENSHOTS=1, and
// SCREENSHOTS_DIR=… to write them somewhere other than /tmp (before and after a change).
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write screenshots to /tmp');
const dir = process.env.SCREENSHOTS_DIR ?? '/tmp';
const sizes = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

test('screenshots of the main screens', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByText('No workshops yet')).toBeVisible();
  await page.screenshot({ path: `${dir}/kam-home-empty.png` });

  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.screenshot({ path: `${dir}/kam-new-workshop.png` });
  await page.keyboard.press('Escape');

  await createWorkshop(page, 'Key account management — spring cohort', {
    client: 'Northwind Traders',
    facilitator: 'Dana Whitfield',
  });
  for (const [person, accounts] of [
    ['Alice Martin', ['Acme Corporation', 'Globex']],
    ['Bongani Dlamini', ['Initech']],
    ['Chen Wei', []],
  ] as const) {
    await addParticipant(page, person);
    for (const account of accounts) {
      const card = participantCard(page, person);
      await card.getByRole('textbox', { name: `Key account name for ${person}` }).fill(account);
      await card.getByRole('textbox', { name: `Key account name for ${person}` }).press('Enter');
      await expect(card.getByText(account)).toBeVisible();
    }
  }
  await page.screenshot({ path: `${dir}/kam-workshop.png`, fullPage: true });

  await page.getByRole('button', { name: 'Remove participant Chen Wei' }).click();
  await page.screenshot({ path: `${dir}/kam-confirm.png` });
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Workshops' }).click();
  await createWorkshop(page, 'Self-study: my key accounts', { mode: 'Self-study' });
  await page.getByRole('link', { name: 'Workshops' }).click();
  await expect(page.getByRole('link', { name: 'Self-study: my key accounts' })).toBeVisible();
  await page.screenshot({ path: `${dir}/kam-home.png` });

  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.screenshot({ path: `${dir}/kam-home-projector.png` });
});

test('screenshots of the answered exercises C to G, before and after the reveal', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const setup = await setUpSelfStudyAccount(page, host);
  const save = (exercise: ExerciseLetter, accountId: string | null, payload: unknown) =>
    callApi(page, host, 'answers:save', {
      participantId: setup.participantId,
      exercise,
      accountId,
      payload,
    });
  await save('C', setup.accountId, {
    customer: [
      { id: 'c1', text: 'Reliable delivery', sourceItemId: null },
      { id: 'c2', text: 'Preferential treatment', sourceItemId: null },
      { id: 'c3', text: 'Innovation in packaging', sourceItemId: null },
    ],
    supplier: [
      { id: 's1', text: 'Long contract', sourceItemId: null },
      { id: 's2', text: 'Reliable delivery', sourceItemId: null },
      { id: 's3', text: 'More profit', sourceItemId: null },
    ],
    links: [{ customerId: 'c2', supplierId: 's1' }],
    reflection: 'We agree on delivery; profit matters only to us.',
  });
  await save('D', setup.accountId, { scores: [2, 3, 2, 1, 2, 3] });
  for (const scores of [
    [0, 1, 0, 1, 0, 1],
    [1, 1, 2, 1, 1, 2],
    [2, 3, 2, 1, 2, 3],
  ])
    await callApi(page, host, 'scorings:save', { accountId: setup.accountId, scores });
  await save('E', null, {
    positives: [
      { id: 'ep0', text: 'Efficiency' },
      { id: 'ep1', text: 'Cheap to run' },
    ],
    negatives: [
      { id: 'en0', text: 'Fragile' },
      { id: 'en1', text: 'One point of view' },
    ],
    suitable: 'depends',
    reason: 'Suits a streamlined customer, not a strategic one.',
    matches: [],
  });
  await save('F', null, { stage: 'basic', why: 'Only the KAM talks to the buyer.' });
  await save('G', setup.accountId, generateMap(12));

  const base = `/workshops/${setup.workshopId}/exercises`;
  const query = `participant=${setup.participantId}&account=${setup.accountId}`;
  for (const letter of ['C', 'D', 'E', 'F', 'G'] as const) {
    for (const revealed of [false, true]) {
      for (const size of sizes) {
        await page.setViewportSize(size);
        await page.goto(`${base}/${letter}?${query}`);
        await expect(
          page.getByRole('heading', { level: 1, name: new RegExp(`^${letter}\\.`) }),
        ).toBeVisible();
        await expect(page.getByText('Loading answer…')).toHaveCount(0);
        const reveal = page.getByRole('button', { name: /(Reveal|Hide) model answer/ });
        const shown = (await reveal.textContent())?.startsWith('Hide') ?? false;
        if (shown !== revealed) await reveal.click();
        await page.waitForTimeout(300);
        const name = `kam-exercise-${letter}${revealed ? '-revealed' : ''}-${size.width}`;
        await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
      }
    }
  }
});

test('screenshots of the presenter with each exercise and its model answer', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const workshop = await callApi<{ id: string }>(page, host, 'workshops:create', {
    title: 'Screens',
    date: '2026-03-12',
    facilitator: 'Sam Trainer',
    client: 'Northwind',
    mode: 'facilitated',
  });
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.goto(`/workshops/${workshop.id}/present`);
    for (const letter of ['C', 'D', 'E', 'F', 'G'] as const) {
      for (const revealed of [false, true]) {
        await callApi(page, host, 'facilitation:update', {
          workshopId: workshop.id,
          patch: { stepIndex: stepIndexOfExercise(letter), revealed: revealed ? [letter] : [] },
        });
        const step = moduleSteps[stepIndexOfExercise(letter)]!.id;
        const variant = revealed ? '.slide--reveal' : '.slide:not(.slide--reveal)';
        await expect(page.locator(`.presenter[data-step-id="${step}"] ${variant}`)).toBeVisible();
        await page.waitForTimeout(300);
        const name = `kam-presenter-${letter}${revealed ? '-revealed' : ''}-${size.width}`;
        await page.screenshot({ path: `${dir}/${name}.png` });
      }
    }
  }
});

test('screenshots of the content editor, templates and client-safe exports', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await createWorkshop(
    page,
    'Key account management — a workshop title long enough to wrap twice',
    {
      client: 'Northwind Traders',
    },
  );
  await addParticipant(page, 'Alice Martin');
  await page.getByRole('link', { name: 'Edit the content' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Content' })).toBeVisible();
  const c = page.locator('[data-step="exercise-c"]');
  await c.getByRole('button', { name: /^Skip C\./ }).click();
  await page.locator('[data-step="agenda"] summary').click();
  await page
    .getByRole('textbox', { name: /Trainer’s notes for/ })
    .first()
    .fill('A very long note. '.repeat(30));
  await page.getByText('A. Customer expectations', { exact: true }).click();
  const a = page.locator('[data-exercise="A"]');
  await a.getByRole('textbox', { name: 'Model item 1' }).fill('Preferential treatment, '.repeat(8));
  await a.getByRole('textbox', { name: 'Model item 2' }).fill('');
  await page.screenshot({ path: '/tmp/kam-content.png', fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: '/tmp/kam-content-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Save as template…' }).click();
  await page.screenshot({ path: '/tmp/kam-save-template.png' });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Workbook…' }).click();
  await page.screenshot({ path: '/tmp/kam-export-client-safe.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Answers as a spreadsheet…' }).click();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: '/tmp/kam-export-answers-phone.png' });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto('/');
  await page.getByRole('button', { name: 'Templates…' }).click();
  await page.screenshot({ path: '/tmp/kam-templates.png' });
});
