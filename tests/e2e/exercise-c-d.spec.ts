import type { Locator, Page } from '@playwright/test';
import { stageStatements } from '../../shared/course/stage-statements';
import { stageColours } from '../../shared/format/domain-colours';
import {
  callApi,
  createWorkshop,
  cssRgb,
  expect,
  expectNoSeriousViolations,
  openExerciseOf,
  setUpSelfStudyAccount,
  tabTo,
  test,
  type AccountSetup,
} from './fixtures';
import type { RunningHost } from './support/host';

async function saveList(
  page: Page,
  host: RunningHost,
  setup: AccountSetup,
  letter: 'A' | 'B',
  texts: string[],
) {
  const items = texts.map((text, i) => ({ id: `${letter.toLowerCase()}${i + 1}`, text }));
  await callApi(page, host, 'answers:save', {
    participantId: setup.participantId,
    exercise: letter,
    accountId: null,
    payload: { items, matches: [] },
  });
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
/** A statement is reached when one of its radios has focus, not its Clear button. */
const radioFocusedIn = (group: Locator) =>
  group.evaluate(
    (el) =>
      el.contains(document.activeElement) &&
      document.activeElement?.getAttribute('type') === 'radio',
  );

async function waitForSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

const optionLabels = ['Strongly agree (3)', 'Agree (2)', 'Disagree (1)', 'Strongly disagree (0)'];
const statementGroup = (page: Page, i: number) =>
  page.getByRole('group', { name: stageStatements[i]!.text, exact: true });

/** Scores the six statements with arrow keys and Space, from the first statement on. */
async function scoreByKeyboard(
  page: Page,
  scores: number[],
  onEach?: (answered: number) => Promise<void>,
) {
  await tabTo(page, statementGroup(page, 0), 'Shift+Tab', radioFocusedIn);
  for (const [i, score] of scores.entries()) {
    const group = statementGroup(page, i);
    await tabTo(page, group, 'Tab', radioFocusedIn);
    const radios = group.getByRole('radio');
    let at = -1;
    for (let r = 0; r < 4; r++) if (await isFocused(radios.nth(r))) at = r;
    if (!(await radios.nth(at).isChecked())) await page.keyboard.press('Space');
    const wanted = 3 - score;
    for (; at < wanted; at++) await page.keyboard.press('ArrowDown');
    for (; at > wanted; at--) await page.keyboard.press('ArrowUp');
    await expect(
      group.getByRole('radio', { name: optionLabels[wanted], exact: true }),
    ).toBeChecked();
    await onEach?.(i + 1);
  }
}

async function saveScoringByKeyboard(page: Page) {
  const save = page.getByRole('button', { name: 'Save this scoring' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
}

test('D is scored by keyboard alone: incomplete until the sixth answer, then the right stage at each boundary', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'D');
  const total = page.getByText(/^Total:/);
  await expect(page.getByRole('button', { name: 'Save this scoring' })).toBeDisabled();

  await scoreByKeyboard(page, [1, 1, 1, 1, 1, 1], async (answered) => {
    if (answered < 6)
      await expect(total).toHaveText(`Total: incomplete — ${answered} of 6 answered`);
  });
  await expect(total).toHaveText('Total: 6 of 18');
  await expect(page.getByRole('img', { name: /The total of 6 is in Basic/ })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'What a basic relationship looks like' }),
  ).toBeVisible();

  for (const [scores, sum, stage, heading] of [
    [[1, 1, 1, 1, 1, 2], 7, 'Co-operative', 'What a co-operative relationship looks like'],
    [[2, 2, 2, 2, 2, 1], 11, 'Co-operative', 'What a co-operative relationship looks like'],
    [[2, 2, 2, 2, 2, 2], 12, 'Interdependent', 'What an interdependent relationship looks like'],
    [[3, 3, 3, 2, 2, 2], 15, 'Interdependent', 'What an interdependent relationship looks like'],
    [[3, 3, 3, 3, 2, 2], 16, 'Integrated', 'What an integrated relationship looks like'],
  ] as const) {
    await scoreByKeyboard(page, [...scores]);
    await expect(total).toHaveText(`Total: ${sum} of 18`);
    await expect(
      page.getByRole('img', { name: new RegExp(`The total of ${sum} is in ${stage}`) }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }

  // Clearing one answer makes the total incomplete again, never a smaller number.
  const clear = page.getByRole('button', { name: 'Clear the answer to statement 6' });
  await tabTo(page, clear, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(total).toHaveText('Total: incomplete — 5 of 6 answered');
  await expect(page.getByRole('button', { name: 'Save this scoring' })).toBeDisabled();
});

test('D saves scorings to a history, newest first, and a reload keeps the working scores', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'D');
  await expect(page.getByText(/No saved scorings for Globex yet/)).toBeVisible();

  await scoreByKeyboard(page, [1, 1, 1, 1, 1, 2]);
  await saveScoringByKeyboard(page);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await scoreByKeyboard(page, [3, 3, 3, 3, 2, 2]);
  await saveScoringByKeyboard(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('16 of 18Integrated');
  await expect(rows.nth(2)).toContainText('7 of 18Co-operative');
  // A stage wears the course's colours for it, the same the PDFs draw.
  const pill = rows.nth(1).getByText('Integrated', { exact: true });
  await expect(pill).toHaveCSS('background-color', cssRgb(stageColours.integrated.soft));
  await expect(pill).toHaveCSS('color', cssRgb(stageColours.integrated.ink));
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(
    /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/,
  );
  await expect(
    page.getByRole('img', {
      name: /^Totals over time, oldest first: 7 \(Co-operative\), 16 \(Integrated\)/,
    }),
  ).toBeVisible();
  // Its axes say what is plotted: the total from 0 to 18, and the dates the scorings were saved.
  const trend = page.locator('.score-trend-figure').first();
  await expect(trend.locator('.score-trend-figure__y')).toHaveText(/^18\s*Total\s*0$/);
  await expect(trend.locator('.score-trend-figure__x')).toContainText('Date saved');
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByText('Loading answer…')).toHaveCount(0);
  for (const [i, score] of [3, 3, 3, 3, 2, 2].entries())
    await expect(
      statementGroup(page, i).getByRole('radio', { name: optionLabels[3 - score], exact: true }),
    ).toBeChecked();
  await expect(page.getByText(/^Total:/)).toHaveText('Total: 16 of 18');
  await expect(rows).toHaveCount(3);

  // Deleting asks first, then the older scoring is gone.
  const remove = page.getByRole('button', { name: /^Delete the scoring of / }).nth(1);
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete this scoring?' });
  await expect(dialog).toContainText('7 of 18, Co-operative');
  await tabTo(page, dialog.getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('16 of 18');
});

test('D shows all four stages only after the reveal, and has no serious axe violations', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'D');
  await scoreByKeyboard(page, [2, 2, 2, 2, 2, 2]);
  await expectNoSeriousViolations(page);
  await expect(page.getByRole('heading', { name: 'The four stages' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByRole('heading', { name: 'The four stages' })).toBeVisible();
  await expect(page.getByRole('article', { name: /Interdependent/ })).toContainText('Your stage');
  await expectNoSeriousViolations(page);
});

test('C is done by keyboard alone: picks, ranks, a link, the match, a reflection — all kept on reload', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await saveList(page, host, setup, 'A', [
    'Reliable delivery',
    'Innovation',
    'Lower total cost',
    'Quick answers',
  ]);
  await saveList(page, host, setup, 'B', [
    'More profit',
    'Customer retention',
    'Innovation',
    'Market intelligence',
  ]);
  await openExerciseOf(page, setup, 'C');
  const customer = page.getByRole('region', { name: 'What Globex wants most' });
  const supplier = page.getByRole('region', { name: 'What your organisation wants most' });

  const pick = async (panel: Locator, letter: 'A' | 'B', typed: string) => {
    await tabTo(page, panel.getByRole('combobox', { name: `Choose from your ${letter} list` }));
    await page.keyboard.type(typed);
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Add' })).toBeFocused();
    await page.keyboard.press('Enter');
  };
  for (const text of ['Reliable', 'Innovation', 'Lower']) await pick(customer, 'A', text);
  for (const text of ['More', 'Innovation', 'Customer']) await pick(supplier, 'B', text);
  await expect(customer.getByText('All three chosen')).toBeVisible();
  await expect(supplier.getByRole('listitem')).toHaveText([
    /More profit/,
    /Innovation/,
    /Customer retention/,
  ]);

  // Rank by keyboard: Customer retention up to no. 2.
  await tabTo(
    page,
    supplier.getByRole('button', { name: 'Move Customer retention up' }),
    'Shift+Tab',
  );
  await page.keyboard.press('Enter');
  await expect(supplier.getByRole('listitem')).toHaveText([
    /More profit/,
    /Customer retention/,
    /Innovation/,
  ]);
  await expect(supplier.getByRole('button', { name: 'Move Customer retention up' })).toBeFocused();

  // Link: Reliable delivery is the same expectation as Customer retention.
  const link = page.getByRole('combobox', {
    name: 'Same expectation as… (for “Reliable delivery”)',
  });
  await tabTo(page, link);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(link).toHaveValue(/.+/);
  await expect(link.locator('option:checked')).toHaveText('Your no. 2: Customer retention');
  await expect(page.getByRole('listitem').filter({ hasText: /^1Innovation/ })).toHaveCount(0);

  const reflection = page.getByRole('textbox', { name: 'What does the match tell you?' });
  await tabTo(page, reflection);
  await page.keyboard.type('Delivery matters most to them; profit only to us.');

  const expectMatch = async () => {
    await expect(
      page.getByText('2 of 3 expectations shared; the customer’s no. 1 is your no. 2.'),
    ).toBeVisible();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1).getByRole('cell')).toHaveText([
      '1',
      'Reliable delivery',
      'Customer retention',
      '2',
      '1 apart',
    ]);
    await expect(rows.nth(2).getByRole('cell')).toHaveText([
      '2',
      'Innovation',
      /Innovation\s*same wording/,
      '3',
      '1 apart',
    ]);
    await expect(page.getByRole('list', { name: 'Only the customer wants' })).toHaveText(
      /No\. 3\s*Lower total cost/,
    );
    await expect(page.getByRole('list', { name: 'Only your organisation wants' })).toHaveText(
      /No\. 1\s*More profit/,
    );
    await expect(reflection).toHaveValue('Delivery matters most to them; profit only to us.');
  };
  await expectMatch();
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByText('Loading answer…')).toHaveCount(0);
  await expectMatch();
});

test('C shows the debrief only after the reveal, and has no serious axe violations', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await saveList(page, host, setup, 'A', ['Reliable delivery']);
  await openExerciseOf(page, setup, 'C');
  await expect(page.getByText('Your B list is empty.')).toBeVisible();
  const typed = page
    .getByRole('region', { name: 'What your organisation wants most' })
    .getByRole('textbox', { name: 'Or type a new one' });
  await typed.fill('Reliable delivery');
  await typed.press('Enter');
  const customer = page.getByRole('region', { name: 'What Globex wants most' });
  await customer
    .getByRole('combobox', { name: 'Choose from your A list' })
    .selectOption({ label: 'Reliable delivery' });
  await customer.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('same rank');
  await expectNoSeriousViolations(page);

  await expect(page.getByRole('heading', { name: 'Debrief' })).toHaveCount(0);
  await expect(page.getByText('Focus where you both want the same things.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await expect(page.getByText('Focus where you both want the same things.')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Hide model answer' }).click();
  await expect(page.getByRole('heading', { name: 'Debrief' })).toHaveCount(0);
});

test('C, D and G without a key account lead to the workshop page to add one', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, 'On my own', { mode: 'Self-study' });
  const workshopUrl = page.url();
  for (const letter of ['C', 'D', 'G']) {
    await page.goto(`${workshopUrl}/exercises/${letter}`);
    await expect(page.getByText('Me has no key accounts yet')).toBeVisible();
    await page.getByRole('link', { name: 'Add a key account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'On my own' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Key account name for Me' })).toBeVisible();
  }
});

test('C, D, F and G say what to do in the pause in their own words; A keeps the course’s', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  const own = {
    C: 'choose your two top threes',
    D: 'score the six statements',
    F: 'decide which stage the picture shows',
    G: 'map the contacts',
  } as const;
  for (const letter of ['C', 'D', 'F', 'G'] as const) {
    await openExerciseOf(page, setup, letter);
    await expect(page.locator('.prompt-card__pause')).toContainText(own[letter]);
  }
  await page.goto(`/workshops/${setup.workshopId}/exercises/A`);
  await expect(page.locator('.prompt-card__pause')).toHaveText(
    'Pause here and write down your ideas. Carry on when you have some good answers.',
  );
});
