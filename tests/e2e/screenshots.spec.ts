import { addParticipant, createWorkshop, expect, participantCard, test } from './fixtures';

// Pictures for a person to look at, not assertions: run with SCREENSHOTS=1.
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write screenshots to /tmp');

test('screenshots of the main screens', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByText('No workshops yet')).toBeVisible();
  await page.screenshot({ path: '/tmp/kam-home-empty.png' });

  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.screenshot({ path: '/tmp/kam-new-workshop.png' });
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
  await page.screenshot({ path: '/tmp/kam-workshop.png', fullPage: true });

  await page.getByRole('button', { name: 'Remove participant Chen Wei' }).click();
  await page.screenshot({ path: '/tmp/kam-confirm.png' });
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Workshops' }).click();
  await createWorkshop(page, 'Self-study: my key accounts', { mode: 'Self-study' });
  await page.getByRole('link', { name: 'Workshops' }).click();
  await expect(page.getByRole('link', { name: 'Self-study: my key accounts' })).toBeVisible();
  await page.screenshot({ path: '/tmp/kam-home.png' });

  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.screenshot({ path: '/tmp/kam-home-projector.png' });
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
