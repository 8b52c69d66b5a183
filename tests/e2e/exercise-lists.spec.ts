import type { Page } from '@playwright/test';
import { createWorkshop, expect, expectNoSeriousViolations, tabTo, test } from './fixtures';

/** Opens one exercise of a new self-study workshop (its participant is "Me") from the workshop page. */
async function openExercise(page: Page, title: string) {
  await page.goto('/');
  await createWorkshop(page, 'On my own', { mode: 'Self-study' });
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  await expect(page.getByText('Loading answer…')).toHaveCount(0);
}

/** Pastes text into the focused element through the real clipboard and Ctrl+V. */
async function paste(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** The texts of one list's items, in order. */
function itemsOf(page: Page, noun: string) {
  return page.getByRole('textbox', { name: new RegExp(`^Edit ${noun} \\d+:`) });
}

async function expectItems(page: Page, noun: string, texts: string[]) {
  await expect
    .poll(() =>
      itemsOf(page, noun).evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value)),
    )
    .toEqual(texts);
}

async function waitForSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

test('exercise A can be completed by keyboard alone, and a reload shows the list in order', async ({
  page,
}) => {
  await openExercise(page, 'Customer expectations');
  await expect(page.getByText('No ideas yet.')).toBeVisible();

  const add = page.getByRole('textbox', { name: 'Add a new idea' });
  await tabTo(page, add);
  for (const idea of ['Lower prices', 'Reliable delivery', 'Innovation']) {
    await page.keyboard.type(idea);
    await page.keyboard.press('Enter');
    await expect(add).toBeFocused();
    await expect(add).toHaveValue('');
  }
  await paste(page, '- Fast answers\n- Shared risk\n\n3. Good people');
  await expectItems(page, 'idea', [
    'Lower prices',
    'Reliable delivery',
    'Innovation',
    'Fast answers',
    'Shared risk',
    'Good people',
  ]);
  await expect(page.getByText('6 ideas')).toBeVisible();
  await paste(page, 'One line only');
  await expect(add).toHaveValue('One line only');
  await page.keyboard.press('Enter');

  // Edit in place: reach the item's own field and type at its end.
  const reliable = page.getByRole('textbox', { name: 'Edit idea 2: Reliable delivery' });
  await tabTo(page, reliable, 'Shift+Tab');
  await page.keyboard.press('End');
  await page.keyboard.type(', on time');
  await expect(
    page.getByRole('textbox', { name: 'Edit idea 2: Reliable delivery, on time' }),
  ).toBeFocused();

  // Alt+ArrowUp moves it and keeps focus on it.
  await page.keyboard.press('Alt+ArrowUp');
  const moved = page.getByRole('textbox', { name: 'Edit idea 1: Reliable delivery, on time' });
  await expect(moved).toBeFocused();

  // The Move buttons keep focus on the button of the moved item.
  const moveDown = page.getByRole('button', { name: 'Move Shared risk down' });
  await tabTo(page, moveDown);
  await page.keyboard.press('Enter');
  await expect(moveDown).toBeFocused();
  await expectItems(page, 'idea', [
    'Reliable delivery, on time',
    'Lower prices',
    'Innovation',
    'Fast answers',
    'Good people',
    'Shared risk',
    'One line only',
  ]);

  // Delete, then Ctrl+Z brings it back at its place; the Undo button does the same.
  const deleteFast = page.getByRole('button', { name: 'Delete Fast answers' });
  await tabTo(page, deleteFast, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted “Fast answers”. Undo' }),
  ).toBeVisible();
  await expect(itemsOf(page, 'idea')).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('textbox', { name: 'Edit idea 4: Fast answers' })).toBeFocused();

  const deleteLast = page.getByRole('button', { name: 'Delete One line only' });
  await tabTo(page, deleteLast);
  await page.keyboard.press('Enter');
  await expectItems(page, 'idea', [
    'Reliable delivery, on time',
    'Lower prices',
    'Innovation',
    'Fast answers',
    'Good people',
    'Shared risk',
  ]);
  const undo = page.getByRole('button', { name: 'Undo' });
  await tabTo(page, undo);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Edit idea 7: One line only' })).toBeFocused();

  const expected = [
    'Reliable delivery, on time',
    'Lower prices',
    'Innovation',
    'Fast answers',
    'Good people',
    'Shared risk',
    'One line only',
  ];
  await expectItems(page, 'idea', expected);
  await waitForSaved(page);
  await page.reload();
  await expectItems(page, 'idea', expected);
});

test('the model answer of A is out of the page until revealed, then matching counts the missed ideas', async ({
  page,
}) => {
  await openExercise(page, 'Customer expectations');
  const add = page.getByRole('textbox', { name: 'Add a new idea' });
  await add.fill('Priority when supply is short');
  await add.press('Enter');
  await add.fill('New products first');
  await add.press('Enter');

  await expect(page.getByText('Preferential treatment')).toHaveCount(0);
  expect(await page.content()).not.toContain('Preferential treatment');
  await expect(page.getByRole('combobox', { name: /Matches model idea/ })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
  await expect(
    page.getByText('Value — the theme that ties every one of them together.'),
  ).toBeVisible();
  const missed = page.getByText(/^Ideas you missed:/);
  await expect(missed).toHaveText('Ideas you missed: 8 of 8');

  await page
    .getByRole('combobox', { name: 'Matches model idea for Priority when supply is short' })
    .selectOption({ label: 'Preferential treatment' });
  await expect(missed).toHaveText('Ideas you missed: 7 of 8');
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Preferential treatment' })
      .filter({ hasText: 'Yours' }),
  ).toContainText('Yours: 1. “Priority when supply is short”');
  await expectNoSeriousViolations(page);

  // A deleted item takes its match with it; Undo brings both back.
  await page.getByRole('button', { name: 'Delete Priority when supply is short' }).click();
  await expect(missed).toHaveText('Ideas you missed: 8 of 8');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(missed).toHaveText('Ideas you missed: 7 of 8');

  await waitForSaved(page);
  await page.reload();
  await expect(missed).toHaveText('Ideas you missed: 7 of 8');
  await page.getByRole('button', { name: 'Hide model answer' }).click();
  await expect(page.getByText('Preferential treatment')).toHaveCount(0);
});

test('exercise B compares the learner’s list with the eleven supplier expectations', async ({
  page,
}) => {
  await openExercise(page, 'Supplier expectations');
  const add = page.getByRole('textbox', { name: 'Add a new idea' });
  await add.focus();
  await paste(page, 'Bigger orders\nInsight into their market');
  await expectItems(page, 'idea', ['Bigger orders', 'Insight into their market']);
  expect(await page.content()).not.toContain('Trusted advisor status');

  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  const missed = page.getByText(/^Ideas you missed:/);
  await expect(missed).toHaveText('Ideas you missed: 11 of 11');
  await page
    .getByRole('combobox', { name: 'Matches model idea for Insight into their market' })
    .selectOption({ label: 'Market intelligence' });
  await expect(missed).toHaveText('Ideas you missed: 10 of 11');
});

test('an idea in the very words of a model item is matched without the learner’s help', async ({
  page,
}) => {
  await openExercise(page, 'Supplier expectations');
  const add = page.getByRole('textbox', { name: 'Add a new idea' });
  await add.focus();
  await paste(page, 'Market intelligence\nmore profit!\nTrust');
  await expectItems(page, 'idea', ['Market intelligence', 'more profit!', 'Trust']);
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByText(/^Ideas you missed:/)).toHaveText('Ideas you missed: 9 of 11');
  const model = page.getByRole('list', { name: 'Model answer' });
  await expect(
    model.getByRole('listitem').filter({ hasText: 'Market intelligence' }),
  ).toContainText('Yours: 1. “Market intelligence”');
  // Other words stay the learner's call: Trust has its own choice to make.
  await expect(page.getByRole('combobox', { name: 'Matches model idea for Trust' })).toHaveValue(
    '',
  );
  await expect(page.getByText('(same words)')).toHaveCount(2);
});

test('exercise E keeps both lists, the verdict and its reason, all entered by keyboard', async ({
  page,
}) => {
  await openExercise(page, 'Basic relationships in KAM');
  await tabTo(page, page.getByRole('textbox', { name: 'Add a new positive' }));
  for (const text of ['Cheap to run', 'Simple']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await tabTo(page, page.getByRole('textbox', { name: 'Add a new negative' }));
  await page.keyboard.type('Easy to lose');
  await page.keyboard.press('Enter');

  // Arrow keys move through a radio group and choose as they go.
  await tabTo(page, page.getByRole('radio', { name: 'Yes' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'It depends' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Why?' })).toBeFocused();
  await page.keyboard.type('Only for accounts we can grow.');
  await expectNoSeriousViolations(page);

  await waitForSaved(page);
  await page.reload();
  await expectItems(page, 'positive', ['Cheap to run', 'Simple']);
  await expectItems(page, 'negative', ['Easy to lose']);
  await expect(
    page.getByRole('group', { name: 'Is a basic relationship suitable in KAM?' }),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: 'It depends' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Why?' })).toHaveValue(
    'Only for accounts we can grow.',
  );
  expect(await page.content()).not.toContain('Fragility');

  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await page
    .getByRole('combobox', { name: 'Matches model idea for Cheap to run' })
    .selectOption({ label: 'Low cost' });
  await page
    .getByRole('combobox', { name: 'Matches model idea for Easy to lose' })
    .selectOption({ label: 'Fragility' });
  await expect(page.getByText(/^Ideas you missed:/)).toHaveText([
    'Ideas you missed: 4 of 5',
    'Ideas you missed: 4 of 5',
  ]);
  await expect(page.getByText(/Do not develop basic relationships unless/)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('an idea dragged by its handle onto the top of the list becomes the first', async ({
  page,
}) => {
  await openExercise(page, 'Customer expectations');
  const add = page.getByRole('textbox', { name: 'Add a new idea' });
  for (const idea of ['First', 'Second', 'Third']) {
    await add.fill(idea);
    await add.press('Enter');
  }
  const rowOf = (text: string) =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox', { name: new RegExp(`: ${text}$`) }) });
  await rowOf('Third')
    .getByTitle('Drag to reorder')
    .dragTo(rowOf('First'), { targetPosition: { x: 40, y: 4 } });
  await expectItems(page, 'idea', ['Third', 'First', 'Second']);
  await waitForSaved(page);
  await page.reload();
  await expectItems(page, 'idea', ['Third', 'First', 'Second']);
});

test('a double click on Add adds the idea once and never deletes it, nor does a second click', async ({
  page,
}) => {
  await openExercise(page, 'Customer expectations');
  const field = page.getByRole('textbox', { name: 'Add a new idea' });
  const add = page.getByRole('button', { name: 'Add', exact: true });
  await field.fill('Trust');
  await add.dblclick();
  await expectItems(page, 'idea', ['Trust']);
  await field.fill('Speed');
  await add.dblclick({ delay: 60 });
  await expectItems(page, 'idea', ['Trust', 'Speed']);

  // Two clicks on the same spot, a quarter of a second apart, as a hurried hand makes them.
  await field.fill('Care');
  const box = (await add.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.click(x, y);
  await page.waitForTimeout(250);
  await page.mouse.click(x, y);
  await expectItems(page, 'idea', ['Trust', 'Speed', 'Care']);
  await expect(page.getByText(/^Deleted/)).toHaveCount(0);

  // A double click on Delete deletes one idea, not the one that moves up under the pointer.
  await page.getByRole('button', { name: 'Delete Trust' }).dblclick();
  await expectItems(page, 'idea', ['Speed', 'Care']);
});
