import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ContactMap } from '../../shared/domain/contact-map';
import { pathOf, planSections, type PlanSection } from '../../renderer/store/routes';
import { pdfText } from '../fixtures/workshops/inspect-pdf';
import {
  callApi,
  expect,
  expectNoSeriousViolations,
  setUpSelfStudyAccount,
  tabTo,
  test,
  type AccountSetup,
} from './fixtures';
import type { RunningHost } from './support/host';

/** A relationship hog: colleagues behind the KAM, who alone talks to the customer's two people. */
const hogMap: ContactMap = {
  people: [
    {
      id: 'kim',
      side: 'supplier',
      level: 'middle',
      department: 'Sales',
      name: 'Kim',
      isKeyAccountManager: true,
    },
    { id: 'sam', side: 'supplier', level: 'operational', department: 'Logistics', name: 'Sam' },
    { id: 'fay', side: 'supplier', level: 'middle', department: 'Finance', name: 'Fay' },
    { id: 'bea', side: 'customer', level: 'middle', department: 'Purchasing', name: 'Bea' },
    { id: 'gus', side: 'customer', level: 'operational', department: 'Stores', name: 'Gus' },
  ],
  links: [
    { id: 'l1', from: 'sam', to: 'kim' },
    { id: 'l2', from: 'fay', to: 'kim' },
    { id: 'l3', from: 'kim', to: 'bea' },
    { id: 'l4', from: 'kim', to: 'gus' },
  ],
};

async function saveAnswer(
  page: Page,
  host: RunningHost,
  setup: AccountSetup,
  exercise: 'D' | 'G',
  payload: unknown,
) {
  await callApi(page, host, 'answers:save', {
    participantId: setup.participantId,
    exercise,
    accountId: setup.accountId,
    payload,
  });
}

/** Opens a page of the account's plan from the workshop page, as a learner would. */
async function openPlan(page: Page, setup: AccountSetup, section: string) {
  await page.goto(`/workshops/${setup.workshopId}`);
  await page.getByRole('link', { name: 'Relationship plan for Globex' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Globex/ })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Plan pages' });
  await nav.getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

const saved = (page: Page) =>
  expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .first(),
  ).toBeVisible();

test('scores both views of the stage and sees the gap per statement and between the stages', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openPlan(page, setup, 'Two views of the stage');

  const ours = [3, 3, 2, 3, 3, 2];
  const theirs = [1, 2, 2, 1, 1, 2];
  // By keyboard: each statement's two selects, in turn.
  for (const [i, score] of ours.entries()) {
    const select = page.getByRole('combobox', { name: `Statement ${i + 1}, our view` });
    await tabTo(page, select);
    await select.selectOption(String(score));
  }
  for (const [i, score] of theirs.entries()) {
    await page
      .getByRole('combobox', { name: `Statement ${i + 1}, the customer’s view` })
      .selectOption(String(score));
  }
  await expect(page.getByTestId('gap-1')).toContainText('+2');
  await expect(page.getByTestId('gap-1')).toContainText('We score it 2 higher');
  await expect(page.getByTestId('gap-3')).toContainText('Same score');
  await expect(page.getByTestId('stage-views-sentence')).toHaveText(
    'The customer would place the relationship 2 stages lower than we do: Co-operative, against our Integrated.',
  );
  await page.getByRole('radio', { name: 'The customer team’s own scoring' }).check();
  await saved(page);

  await page.getByRole('button', { name: 'Save the customer’s view' }).click();
  await expect(page.getByText('The customer’s view saved: 9 of 18')).toBeVisible();
  await expectNoSeriousViolations(page);

  // Typed scores come back after a reload; ours are exercise D's.
  await page.reload();
  await expect(page.getByTestId('gap-1')).toContainText('+2');
  const scorings = await callApi<Array<{ view: string; total: number }>>(
    page,
    host,
    'scorings:list',
    {
      accountId: setup.accountId,
    },
  );
  expect(scorings.map((s) => [s.view, s.total])).toEqual([['customer-team', 9]]);
  const d = await callApi<{ payload: { scores: number[] } }>(page, host, 'answers:get', {
    participantId: setup.participantId,
    exercise: 'D',
    accountId: setup.accountId,
  });
  expect(d.payload.scores).toEqual(ours);

  await page
    .getByRole('navigation', { name: 'Plan pages' })
    .getByRole('link', { name: 'Progress' })
    .click();
  await expect(
    page.getByRole('cell', { name: 'The customer’s view, scored by the customer' }),
  ).toBeVisible();
});

test('takes the KAM out of a relationship-hog map and sees the customer isolated', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await saveAnswer(page, host, setup, 'G', hogMap);
  await saveAnswer(page, host, setup, 'D', { scores: [2, 2, 2, 2, 2, 2] });
  await openPlan(page, setup, 'Map and score');

  // An interdependent score over a relationship-hog map: the course calls that a contradiction.
  await expect(page.getByTestId('score-map-headline')).toHaveText('The map contradicts the score');
  await expect(
    page.getByText(/^An interdependent score over a relationship-hog map/),
  ).toBeVisible();

  const singleThreads = page.getByRole('list', { name: 'Single threads' });
  await expect(singleThreads.getByRole('listitem')).toHaveText([
    'Bea — only through Kim',
    'Gus — only through Kim',
  ]);

  const takeOut = page.getByRole('combobox', { name: 'Take out' });
  await tabTo(page, takeOut);
  await takeOut.selectOption({ label: 'Kim — key account manager' });
  await expect(
    page.getByRole('list', { name: 'Isolated people' }).getByRole('listitem'),
  ).toHaveText(['Bea', 'Gus']);
  await expect(page.getByRole('list', { name: 'Links that go' }).getByRole('listitem')).toHaveCount(
    4,
  );
  await expect(page.getByTestId('what-if-after')).toHaveText('No contacts yet');
  await expect(page.getByRole('region', { name: 'Contact map without Kim' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Put Kim back' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Isolated people' })).toHaveCount(0);
  // Nothing was changed: the map still has everyone.
  const map = await callApi<{ payload: ContactMap }>(page, host, 'answers:get', {
    participantId: setup.participantId,
    exercise: 'G',
    accountId: setup.accountId,
  });
  expect(map.payload.people).toHaveLength(5);
});

test('builds a target map from the current one and sees the contacts to build and people to bring in', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await saveAnswer(page, host, setup, 'G', hogMap);
  await openPlan(page, setup, 'Target map');

  await page.getByRole('button', { name: 'Copy the current map as the target' }).click();
  await expect(page.getByText(/The target is the map as it is today/)).toBeVisible();

  const tools = page.getByRole('toolbar', { name: 'Contact map tools' });
  await tools.getByRole('button', { name: 'Add person' }).press('Enter');
  const form = page.getByRole('form', { name: 'Add person' });
  await form.getByLabel('Side').selectOption('customer');
  await form.getByLabel('Level').selectOption('board');
  await form.getByLabel('Department').fill('Finance');
  await form.getByLabel('Name', { exact: true }).fill('Olu');
  await form.getByRole('button', { name: 'Add person' }).press('Enter');
  await form.getByRole('button', { name: 'Close' }).press('Enter');

  await tools.getByRole('button', { name: 'Link two people' }).press('Enter');
  const link = page.getByRole('form', { name: 'Link two people' });
  await link
    .getByLabel('From', { exact: true })
    .selectOption({ label: 'Fay — Supplier, Middle management' });
  await link.getByLabel('To', { exact: true }).selectOption({ label: 'Olu — Customer, Board' });
  await link.getByRole('button', { name: 'Add link' }).press('Enter');
  await link
    .getByLabel('From', { exact: true })
    .selectOption({ label: 'Sam — Supplier, Operational' });
  await link
    .getByLabel('To', { exact: true })
    .selectOption({ label: 'Gus — Customer, Operational' });
  await link.getByRole('button', { name: 'Add link' }).press('Enter');

  await expect(
    page.getByRole('list', { name: 'People to bring in' }).getByRole('listitem'),
  ).toHaveText(['Olu — Customer, Board, Finance; in contact with Fay']);
  await expect(
    page.getByRole('list', { name: 'Contacts to build' }).getByRole('listitem'),
  ).toHaveText([
    'Fay with Olu (Board, Finance) — new contact, medium',
    'Sam with Gus (Operational, Stores) — new contact, medium',
  ]);
  await saved(page);
  await expectNoSeriousViolations(page);

  // The map of today is unchanged; the target is kept with the plan.
  const today = await callApi<{ payload: ContactMap }>(page, host, 'answers:get', {
    participantId: setup.participantId,
    exercise: 'G',
    accountId: setup.accountId,
  });
  expect(today.payload.people).toHaveLength(5);
  await page.reload();
  await expect(
    page.getByRole('list', { name: 'Contacts to build' }).getByRole('listitem'),
  ).toHaveCount(2);
});

test('writes a plan with actions against its gaps and finds it in the workbook PDF', async ({
  page,
  host,
}, testInfo) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await saveAnswer(page, host, setup, 'G', hogMap);
  await openPlan(page, setup, 'The plan');

  // An action planned against a gap the map shows, written by keyboard.
  const planFor = page.getByRole('button', {
    name: 'Plan an action for: Bea hangs by a single thread: Kim',
  });
  await tabTo(page, planFor);
  await page.keyboard.press('Enter');
  const what = page.getByRole('textbox', { name: 'What: action 1' });
  await expect(what).toBeFocused();
  await page.keyboard.type('Introduce Sam to Bea at the March supply review');
  await page.getByRole('combobox', { name: 'Who: action 1' }).fill('Kim');
  await page.getByLabel('By when: action 1').fill('2030-03-31');
  await expect(page.getByRole('combobox', { name: 'Closes the gap: action 1' })).toHaveValue(
    'single-thread|bea',
  );

  await page.getByRole('button', { name: 'Add an action' }).click();
  await page
    .getByRole('textbox', { name: 'What: action 2' })
    .fill('Ask Gus for the stock forecast');
  await page.getByRole('combobox', { name: 'Status: action 2' }).selectOption('under-way');
  await page
    .getByRole('combobox', { name: 'Closes the gap: action 2' })
    .selectOption({ label: 'Gus hangs by a single thread: Kim' });
  await saved(page);
  await expect(page.getByTestId('actions-summary')).toHaveText('1 planned · 1 under way');
  await expectNoSeriousViolations(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What: action 1' })).toHaveValue(
    'Introduce Sam to Bea at the March supply review',
  );

  // The plan's page offers the workbook, as the workshop's pages do.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Workbook…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const path = testInfo.outputPath('workbook.pdf');
  await (await download).saveAs(path);
  const text = pdfText(readFileSync(path));
  expect(text).toContain('Introduce Sam to Bea at the March supply review');
  expect(text).toContain('Ask Gus for the stock forecast');
  expect(text).toContain('Bea hangs by a single thread: Kim');
  expect(text).toContain('31 Mar 2030');
});

/** A plan with something on every page, for an account with a very long name. */
async function seedWellFilledPlan(page: Page, host: RunningHost): Promise<AccountSetup> {
  const setup = await setUpSelfStudyAccount(page, host);
  const long = 'Consolidated Northern Hemisphere Logistics and Distribution Holdings International';
  await callApi(page, host, 'accounts:rename', { id: setup.accountId, name: long });
  const plan = (part: string, payload: unknown, account = true) =>
    callApi(page, host, 'plans:save', {
      participantId: setup.participantId,
      accountId: account ? setup.accountId : null,
      part,
      payload,
    });
  await saveAnswer(page, host, setup, 'G', hogMap);
  await callApi(page, host, 'scorings:save', {
    accountId: setup.accountId,
    scores: [1, 1, 1, 1, 1, 1],
  });
  await saveAnswer(page, host, setup, 'D', { scores: [3, 2, 2, 2, 3, 2] });
  await callApi(page, host, 'scorings:save', {
    accountId: setup.accountId,
    scores: [3, 2, 2, 2, 3, 2],
  });
  await callApi(page, host, 'scorings:save', {
    accountId: setup.accountId,
    scores: [1, 2, 1, 1, 1, 2],
    view: 'customer-believed',
  });
  await plan('customer-view', { scores: [1, 2, 1, 1, 1, null], scoredBy: 'customer-believed' });
  await plan('layers', {
    'activity-links': [
      {
        id: 'a1',
        what: 'Shared demand forecasting and a weekly replenishment call',
        since: '2021',
        strength: 3,
      },
    ],
    'resource-ties': [],
    'people-bonds': [
      { id: 'p1', what: 'Kim and Bea', since: '2019', strength: 2 },
      { id: 'p2', what: 'Sam and Gus', since: '', strength: null, reciprocated: false },
    ],
  });
  await plan('buyer-lens', {
    consolidation: {
      stance: 'Halving the approved suppliers by next year',
      meaning: 'Be one of the two',
    },
  });
  await plan('readiness', {
    characteristics: { c1: 2, c2: 0 },
    prerequisites: { p1: 'partly' },
    stepsDone: { r1: true },
  });
  await plan('practices', { ratings: { s1: 'in-place', o1: 'partly' } }, false);
  await plan('target-map', {
    ...hogMap,
    people: [
      ...hogMap.people,
      { id: 'olu', side: 'customer', level: 'board', department: 'Finance', name: 'Olu' },
    ],
    links: [...hogMap.links, { id: 't1', from: 'fay', to: 'olu' }],
  });
  await plan('actions', {
    actions: [
      {
        id: 'x1',
        what: 'Introduce Sam to Bea at the March supply review',
        who: 'Kim',
        due: '2026-03-31',
        closes: { kind: 'single-thread', key: 'bea', label: 'Bea hangs by a single thread: Kim' },
        status: 'under-way',
      },
      {
        id: 'x2',
        what: 'Ask for the supplier evaluation questionnaire',
        who: 'Fay',
        due: '',
        closes: null,
        status: 'planned',
      },
    ],
  });
  return setup;
}

/** Opens one page of the plan by its address and waits for it. */
async function gotoSection(page: Page, setup: AccountSetup, section: PlanSection) {
  const route = {
    name: 'plan',
    workshopId: setup.workshopId,
    participantId: setup.participantId,
    accountId: setup.accountId,
    section,
  } as const;
  await page.goto(pathOf(route));
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  if (section === 'map') await page.getByRole('combobox', { name: 'Take out' }).selectOption('kim');
}

test('every page of the plan holds on a 360 px phone with a very long account name', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const setup = await seedWellFilledPlan(page, host);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const section of planSections) {
    await gotoSection(page, setup, section);
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
        .slice(0, 5),
    );
    expect(wider, `page "${section}"`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  }
});

test.describe('pictures of the plan', () => {
  // Pictures for a person to look at, not assertions: run with SCREENSHOTS=1.
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write screenshots to /tmp');

  test('every page of a well-filled plan, wide and on a phone', async ({ page, host }) => {
    test.setTimeout(240_000);
    const setup = await seedWellFilledPlan(page, host);
    for (const [width, height] of [
      [1280, 800],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const section of planSections) {
        await gotoSection(page, setup, section);
        await page.waitForTimeout(300);
        const name = `/tmp/kam-plan-${section}-${width}`;
        await page.screenshot({ path: `${name}.png`, fullPage: true });
        // A phone's long page in screens, so each can be read at its own size.
        const tall = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let top = 0, n = 1; width < 400 && top < tall; top += 1400, n++) {
          const clip = { x: 0, y: top, width, height: Math.min(1400, tall - top) };
          await page.screenshot({ path: `${name}-part${n}.png`, fullPage: true, clip });
        }
      }
    }
  });
});
