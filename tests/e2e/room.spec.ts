// The room end to end: the trainer's console and projector, and three learners on their own
// devices (browser contexts) joining over the room's listener on loopback.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { stageStatements } from '../../shared/course/stage-statements';
import { callApi, expect, test } from './fixtures';

const phone = { width: 360, height: 740 };
const laptop = { width: 1280, height: 800 };

interface Learner {
  name: string;
  context: BrowserContext;
  page: Page;
}

async function learnerJoins(
  browser: Browser,
  joinUrl: string,
  name: string,
  viewport = phone,
): Promise<Learner> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(joinUrl);
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`Joined as ${name}`)).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  return { name, context, page };
}

/** The console's live results card. */
const liveResults = (console: Page) => console.getByRole('region', { name: /The room’s answers/ });

/** Moves the session to an exercise's step from the console's run of show. */
async function goToStep(console: Page, letter: string) {
  const title = new RegExp(` ${letter}\\. `);
  await console
    .getByRole('navigation', { name: 'Steps of the session' })
    .getByRole('button', { name: title })
    .click();
}

test('the room joins in: learners answer every kind from their devices, the console and projector follow', async ({
  page: console,
  host,
  browser,
}) => {
  test.setTimeout(180_000);
  await console.setViewportSize(laptop);
  const workshop = await callApi<{ id: string }>(console, host, 'workshops:create', {
    title: 'Spring cohort',
    date: '2026-11-25',
    facilitator: 'Tess',
    client: 'Northwind',
    mode: 'facilitated',
  });
  for (const name of ['Ann', 'Bob', 'Cleo']) {
    const detail = await callApi<{ participants: Array<{ id: string; name: string }> }>(
      console,
      host,
      'participants:add',
      { workshopId: workshop.id, name },
    );
    const added = detail.participants.find((p) => p.name === name)!;
    await callApi(console, host, 'accounts:add', {
      participantId: added.id,
      name: `${name}’s customer`,
    });
  }

  await console.goto(`/workshops/${workshop.id}/console`);
  const roomCard = console.getByRole('region', { name: 'Learners’ devices' });
  // Tests bind loopback only: the trainer's "this computer only" address, on any free port.
  await roomCard.getByLabel('Network address').selectOption('127.0.0.1');
  await roomCard.getByLabel('Port').fill('0');
  await roomCard.getByRole('button', { name: 'Open the room' }).click();
  const address = roomCard.getByRole('link', { name: /^127\.0\.0\.1:\d+$/ });
  await expect(address).toBeVisible();
  const joinUrl = (await address.getAttribute('href'))!;
  expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/room\/\?code=[A-Z0-9]{6}$/);

  const presenter = await console.context().newPage();
  await presenter.setViewportSize(laptop);
  await presenter.goto(`/workshops/${workshop.id}/present`);
  await roomCard.getByRole('button', { name: 'Show the join slide' }).click();
  const code = new URL(joinUrl).searchParams.get('code')!;
  await expect(presenter.getByText(`${code.slice(0, 3)}-${code.slice(3)}`)).toBeVisible();
  await expect(presenter.getByRole('img', { name: `QR code that opens ${joinUrl}` })).toBeVisible();

  const ann = await learnerJoins(browser, joinUrl, 'Ann');
  const bob = await learnerJoins(browser, joinUrl, 'Bob');
  const cleo = await learnerJoins(browser, joinUrl, 'Cleo', laptop);
  await expect(presenter.getByRole('status').filter({ hasText: 'Joined: 3' })).toBeVisible();
  await expect(
    roomCard.getByRole('heading', { name: 'Joined: 3 · connected now: 3' }),
  ).toBeVisible();
  await roomCard.getByRole('button', { name: 'Back to the session on the projector' }).click();

  await test.step('a list: merged ideas, an offline edit sent on return', async () => {
    await goToStep(console, 'A');
    await expect(ann.page.getByRole('heading', { name: 'A. Customer expectations' })).toBeVisible();
    await ann.page.getByRole('textbox', { name: 'Add a new idea' }).fill('Trust');
    await ann.page.getByRole('textbox', { name: 'Add a new idea' }).press('Enter');
    await expect(liveResults(console).getByRole('status')).toHaveText('1 of 3 answered');

    await bob.context.setOffline(true);
    const bobAdd = bob.page.getByRole('textbox', { name: 'Add a new idea' });
    await bobAdd.fill('trust');
    await bobAdd.press('Enter');
    await bobAdd.fill('Innovation');
    await bobAdd.press('Enter');
    await expect(bob.page.getByText(/Offline — will send/).first()).toBeVisible();
    await expect(liveResults(console).getByRole('status')).toHaveText('1 of 3 answered');
    await bob.context.setOffline(false);
    await expect(liveResults(console).getByRole('status')).toHaveText('2 of 3 answered');
    await expect(
      liveResults(console).getByRole('listitem').filter({ hasText: 'Trust' }),
    ).toContainText('×2');
  });

  await test.step('a learner who reloads is back as themselves, answer and all', async () => {
    await ann.page.reload();
    await expect(ann.page.getByText('Joined as Ann')).toBeAttached();
    await expect(ann.page.getByRole('textbox', { name: 'Edit idea 1: Trust' })).toBeVisible();
  });

  await test.step('results on the projector name nobody', async () => {
    await liveResults(console)
      .getByRole('button', { name: 'Show results on the projector' })
      .click();
    await expect(presenter.getByRole('heading', { name: 'The room’s ideas' })).toBeVisible();
    await expect(presenter.locator('.slide')).toContainText('Trust');
    await expect(presenter.locator('.slide')).toContainText('2 of 3 answered');
    for (const name of ['Ann', 'Bob', 'Cleo'])
      await expect(presenter.locator('.presenter')).not.toContainText(name);
    // Only when the trainer chooses does the projector say who answered.
    const names = liveResults(console).getByRole('switch', { name: /Names on the projector/ });
    await names.check();
    await expect(presenter.locator('.results-slide__names')).toContainText('Answered:');
    await expect(presenter.locator('.results-slide__names')).toContainText('Ann');
    await names.uncheck();
    await expect(presenter.locator('.results-slide__names')).toHaveCount(0);
    await liveResults(console)
      .getByRole('button', { name: 'Back to the exercise on the projector' })
      .click();
  });

  await test.step('a top three', async () => {
    await goToStep(console, 'C');
    const customer = cleo.page.getByRole('region', { name: /wants most$/ }).first();
    await customer.getByRole('textbox', { name: 'Or type a new one' }).fill('Reliable supply');
    await customer.getByRole('textbox', { name: 'Or type a new one' }).press('Enter');
    await expect(liveResults(console).getByRole('status')).toHaveText('1 of 3 answered');
    await expect(liveResults(console)).toContainText('Reliable supply');
  });

  await test.step('stage scores', async () => {
    await goToStep(console, 'D');
    for (const statement of stageStatements) {
      await ann.page
        .getByRole('group', { name: statement.text, exact: true })
        .getByRole('radio', { name: 'Agree (2)' })
        .check();
    }
    await expect(liveResults(console).getByRole('status')).toHaveText('1 of 3 answered');
    await expect(
      liveResults(console).getByRole('listitem').filter({ hasText: 'Interdependent' }),
    ).toContainText('1');
  });

  await test.step('pros and cons', async () => {
    await goToStep(console, 'E');
    await bob.page.getByRole('textbox', { name: 'Add a new positive' }).fill('Low cost');
    await bob.page.getByRole('textbox', { name: 'Add a new positive' }).press('Enter');
    await bob.page.getByRole('radio', { name: 'No' }).check();
    await expect(liveResults(console).getByRole('status')).toHaveText('1 of 3 answered');
    await expect(liveResults(console)).toContainText('Low cost');
  });

  await test.step('a stage choice, then its reveal on every learner’s screen', async () => {
    await goToStep(console, 'F');
    await cleo.page.getByRole('radio', { name: 'Co-operative' }).check();
    await expect(liveResults(console).getByRole('status')).toHaveText('1 of 3 answered');
    await expect(
      liveResults(console).getByRole('listitem').filter({ hasText: 'Co-operative' }),
    ).toContainText('1');
    for (const learner of [ann, bob, cleo])
      await expect(learner.page.getByText('It is still basic.')).toHaveCount(0);
    await console.getByRole('button', { name: 'Reveal model answer' }).click();
    for (const learner of [ann, bob, cleo])
      await expect(learner.page.getByText('It is still basic.')).toBeVisible();
  });

  await test.step('a contact map', async () => {
    await goToStep(console, 'G');
    await cleo.page
      .getByRole('toolbar', { name: 'Contact map tools' })
      .getByRole('button', { name: 'Add person' })
      .click();
    const form = cleo.page.getByRole('form', { name: 'Add person' });
    await form.getByLabel('Department').fill('Sales');
    await form.getByLabel('Name', { exact: true }).fill('Sam');
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect(liveResults(console).getByRole('status')).toHaveText('1 of 3 answered');
    await expect(
      liveResults(console).getByRole('listitem').filter({ hasText: 'No contacts yet' }),
    ).toContainText('1');
  });

  for (const learner of [ann, bob, cleo]) await learner.context.close();
});

test('an open room nobody joins: the join slide names the Wi-Fi, the console says what to check after a minute, closing stops the listener', async ({
  page: console,
  host,
}) => {
  await console.clock.install();
  await console.setViewportSize(laptop);
  const workshop = await callApi<{ id: string }>(console, host, 'workshops:create', {
    title: 'Autumn cohort',
    date: '2026-11-25',
    facilitator: 'Tess',
    client: 'Northwind',
    mode: 'facilitated',
  });
  await console.goto(`/workshops/${workshop.id}/console`);
  const roomCard = console.getByRole('region', { name: 'Learners’ devices' });
  await roomCard.getByLabel('Network address').selectOption('127.0.0.1');
  await roomCard.getByLabel('Port').fill('0');
  await roomCard.getByRole('button', { name: 'Open the room' }).click();
  const address = roomCard.getByRole('link', { name: /^127\.0\.0\.1:\d+$/ });
  const joinUrl = (await address.getAttribute('href'))!;

  await roomCard.getByRole('textbox', { name: 'Wi-Fi name' }).fill('Northwind Guest');
  await roomCard.getByRole('textbox', { name: 'Wi-Fi password' }).fill('kam-2026');
  await roomCard.getByRole('textbox', { name: 'Wi-Fi password' }).press('Tab');
  const presenter = await console.context().newPage();
  await presenter.goto(`/workshops/${workshop.id}/present`);
  await roomCard.getByRole('button', { name: 'Show the join slide' }).click();
  await expect(presenter.locator('.join-slide')).toContainText(
    'Connect to the Wi-Fi Northwind Guest — password kam-2026',
  );
  await expect(presenter.getByRole('status').filter({ hasText: 'Joined: 0' })).toBeVisible();

  const help = roomCard.getByRole('note', { name: 'Nobody has joined yet? Check:' });
  await expect(help).toHaveCount(0);
  await console.clock.fastForward(61_000);
  await expect(help).toBeVisible();
  await expect(help).toContainText('same Wi-Fi');
  await expect(help).toContainText('hotspot');

  expect((await fetch(joinUrl)).status).toBe(200);
  await roomCard.getByRole('button', { name: 'Close the room' }).click();
  await console.getByRole('dialog').getByRole('button', { name: 'Close the room' }).click();
  await expect(roomCard.getByRole('button', { name: 'Open the room' })).toBeVisible();
  await expect(fetch(joinUrl)).rejects.toThrow();
});

test('a learner adds their own name on a phone, is listed with their device, moves at their own pace only while the trainer allows it, and maps contacts on the phone', async ({
  page: console,
  host,
  browser,
}) => {
  await console.setViewportSize(laptop);
  const workshop = await callApi<{ id: string }>(console, host, 'workshops:create', {
    title: 'Winter cohort',
    date: '2026-11-25',
    facilitator: 'Tess',
    client: 'Northwind',
    mode: 'facilitated',
  });
  await callApi(console, host, 'participants:add', { workshopId: workshop.id, name: 'Ann' });
  await console.goto(`/workshops/${workshop.id}/console`);
  const roomCard = console.getByRole('region', { name: 'Learners’ devices' });
  await roomCard.getByLabel('Network address').selectOption('127.0.0.1');
  await roomCard.getByLabel('Port').fill('0');
  await roomCard.getByRole('button', { name: 'Open the room' }).click();
  const joinUrl = (await roomCard
    .getByRole('link', { name: /^127\.0\.0\.1:\d+$/ })
    .getAttribute('href'))!;
  const ownPace = roomCard.getByRole('switch', { name: /Learners move at their own pace/ });
  await roomCard.getByRole('switch', { name: /Learners may add their own name/ }).check();
  await ownPace.check();

  const name = 'Dana Okonkwo-Fitzgerald';
  const context = await browser.newContext({
    viewport: phone,
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  });
  const learner = await context.newPage();
  await learner.goto(joinUrl);
  await learner.getByRole('textbox', { name: 'Not on the list? Your name' }).fill(name);
  await learner.getByRole('button', { name: 'Join as a new name' }).click();
  await expect(learner.getByText(`Joined as ${name}`)).toBeAttached();
  await expect(
    roomCard.getByRole('listitem').filter({ hasText: name }).filter({ hasText: 'iPhone' }),
  ).toContainText('connected');

  const steps = learner.getByRole('navigation', { name: 'Steps' });
  await expect(steps).toContainText(/1 \/ \d+/);
  await steps.getByRole('button', { name: 'Next →' }).click();
  await steps.getByRole('button', { name: 'Next →' }).click();
  await expect(steps).toContainText(/3 \/ \d+/);
  await steps.getByRole('button', { name: 'Back to the trainer’s step' }).click();
  await expect(steps).toContainText(/1 \/ \d+/);
  expect(await learner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );

  await steps.getByRole('button', { name: 'Next →' }).click();
  await ownPace.uncheck();
  await expect(steps).toContainText(/Following the trainer · 1 \/ \d+/);
  await expect(steps.getByRole('button')).toHaveCount(0);
  await goToStep(console, 'A');
  await expect(learner.getByRole('heading', { name: 'A. Customer expectations' })).toBeVisible();

  await goToStep(console, 'G');
  // On a phone: the learner adds their key account, then a person with the map's keyboard form.
  await learner.getByRole('textbox', { name: 'Add a key account' }).fill('Northwind Foods');
  await learner.getByRole('button', { name: 'Add account' }).click();
  await learner
    .getByRole('toolbar', { name: 'Contact map tools' })
    .getByRole('button', { name: 'Add person' })
    .click();
  const form = learner.getByRole('form', { name: 'Add person' });
  await form.getByLabel('Department').fill('Sales');
  await form.getByLabel('Name', { exact: true }).fill('Sam');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(learner.getByText('Added Sam.')).toBeVisible();
  await expect(liveResults(console).getByRole('status')).toHaveText('1 of 1 answered');
  // The map's frame, its tools and its list all fit the phone's width.
  expect(await learner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
  await context.close();
});
