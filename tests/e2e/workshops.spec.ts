import {
  addParticipant,
  createWorkshop,
  expect,
  expectNoSeriousViolations,
  participantCard,
  test,
} from './fixtures';

test('manages participants and accounts, and a reload shows exactly what was left', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await createWorkshop(page, 'Spring class', { client: 'Northwind', facilitator: 'Dana' });

  await addParticipant(page, 'Alice');
  await addParticipant(page, 'Bob');

  for (const [person, account] of [
    ['Alice', 'Acme'],
    ['Bob', 'Globex'],
  ] as const) {
    const card = participantCard(page, person);
    await card.getByRole('textbox', { name: `Key account name for ${person}` }).fill(account);
    await card.getByRole('button', { name: `Add key account for ${person}` }).click();
    await expect(card.getByRole('list', { name: `Key accounts of ${person}` })).toContainText(
      account,
    );
  }

  await page.getByRole('button', { name: 'Rename participant Alice' }).click();
  const rename = page.getByRole('textbox', { name: 'New name for participant Alice' });
  await expect(rename).toBeFocused();
  await rename.fill('Alicia');
  await rename.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Alicia' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename participant Alicia' })).toBeFocused();

  await page.getByRole('button', { name: 'Remove participant Bob' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove participant “Bob”?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(participantCard(page, 'Bob')).toHaveCount(0);

  const expectState = async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Spring class' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Alicia']);
    await expect(
      participantCard(page, 'Alicia')
        .getByRole('list', { name: 'Key accounts of Alicia' })
        .getByRole('listitem'),
    ).toHaveText([/^Acme/]);
  };
  await expectState();
  await page.reload();
  await expectState();

  await page.getByRole('link', { name: 'Workshops' }).click();
  const row = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Spring class' }) });
  await expect(row).toContainText('1 participant · 1 key account');
  await page.goBack();
  await expectState();
});

test('a second tab sees a change made in the first within a second', async ({ page, context }) => {
  await page.goto('/');
  await createWorkshop(page, 'Shared class');
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('heading', { level: 1, name: 'Shared class' })).toBeVisible();
  // The event stream must be connected before the change, or there is nothing to hear.
  await second.waitForTimeout(300);

  await addParticipant(page, 'Chen');
  await expect(second.getByRole('heading', { level: 3, name: 'Chen' })).toBeVisible({
    timeout: 1_000,
  });

  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByRole('link', { name: 'Shared class' })).toBeVisible();
  await home.waitForTimeout(300);
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'Rename workshop Shared class' }).click();
  await page
    .getByRole('textbox', { name: 'New name for workshop Shared class' })
    .fill('Shared class B');
  await page.keyboard.press('Enter');
  await expect(home.getByRole('link', { name: 'Shared class B' })).toBeVisible({ timeout: 1_000 });
});

test('a self-study workshop starts with its participant "Me"', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, 'On my own', { mode: 'Self-study' });
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Me']);
  await expect(page.getByRole('button', { name: 'Rename participant Me' })).toBeVisible();
});

test('the create form refuses an empty title and says so next to the field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  const title = dialog.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('Please enter a title');
  await expect(title).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeFocused();
});

test('deletes a workshop after a confirmation that names it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No workshops yet')).toBeVisible();
  await createWorkshop(page, 'Old class');
  await page.getByRole('link', { name: 'Workshops' }).click();

  await page.getByRole('button', { name: 'Delete workshop Old class' }).click();
  let dialog = page.getByRole('dialog', { name: 'Delete workshop “Old class”?' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByText('This removes its participants, accounts and answers.'),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete workshop Old class' })).toBeFocused();

  await page.getByRole('button', { name: 'Delete workshop Old class' }).click();
  dialog = page.getByRole('dialog', { name: 'Delete workshop “Old class”?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Old class' })).toHaveCount(0);
  await expect(page.getByText('No workshops yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No workshops yet')).toBeVisible();
});

test('home and workshop screens have no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No workshops yet')).toBeVisible();
  await expectNoSeriousViolations(page);

  await createWorkshop(page, 'Accessible class', { client: 'Initech', facilitator: 'Sam' });
  await addParticipant(page, 'Alice');
  const card = participantCard(page, 'Alice');
  await card.getByRole('textbox', { name: 'Key account name for Alice' }).fill('Acme');
  await card.getByRole('button', { name: 'Add key account for Alice' }).click();
  await expect(card.getByRole('button', { name: 'Remove account Acme' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('link', { name: 'Workshops' }).click();
  await expect(page.getByRole('link', { name: 'Accessible class' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the About screen credits the course module and its author', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'About' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'About KAM Relationship Workshop' }),
  ).toBeVisible();
  await expect(
    page.getByText('Key account relationships: nature and expectations').first(),
  ).toBeVisible();
  await expect(page.getByText('Dr Diana Woodburn').first()).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'G. Mapping a relationship' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page);
});
