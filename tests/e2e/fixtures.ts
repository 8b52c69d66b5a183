import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/host';

/** Each test gets its own browser host with an empty data dir, stopped afterwards. */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  baseURL: async ({ host }, use) => use(host.url),
});

export { expect };

/** Creates a workshop through the New workshop dialog and waits for its screen. */
export async function createWorkshop(
  page: Page,
  title: string,
  options: { mode?: 'Facilitated' | 'Self-study'; client?: string; facilitator?: string } = {},
) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  if (options.facilitator)
    await dialog.getByRole('textbox', { name: 'Facilitator' }).fill(options.facilitator);
  if (options.client)
    await dialog.getByRole('textbox', { name: 'Client organisation' }).fill(options.client);
  if (options.mode) await dialog.getByRole('radio', { name: options.mode }).check();
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Adds a participant by typing and pressing Enter, as a trainer would. */
export async function addParticipant(page: Page, name: string) {
  const field = page.getByRole('textbox', { name: 'Participant name' });
  await field.fill(name);
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(field).toBeFocused();
}

/** The card of one participant. */
export function participantCard(page: Page, name: string) {
  return page.getByRole('article', { name });
}

/** Fails with every serious or critical accessibility violation axe finds on the page. */
export async function expectNoSeriousViolations(page: Page) {
  // A notice still fading in is part transparent: axe would judge its colours mid-fade.
  // (A spinner runs for ever: only animations that end are waited for.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => null)),
    ),
  );
  const { violations } = await new AxeBuilder({ page })
    // React Flow's own attribution link sits outside our control and our colours.
    .exclude('.react-flow__attribution')
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** A #rrggbb colour as the browser reports a computed colour, for toHaveCSS. */
export function cssRgb(hex: string): string {
  return `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
}

/** Calls the host's api directly: quicker than typing the setup through the screens. */
export async function callApi<T>(
  page: Page,
  host: RunningHost,
  command: string,
  data: unknown,
): Promise<T> {
  const response = await page.request.post(`${host.url}api/${command}`, { data });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

/** The ids of a self-study workshop whose participant "Me" has one key account. */
export interface AccountSetup {
  workshopId: string;
  participantId: string;
  accountId: string;
}

/** A self-study workshop whose participant "Me" has the key account "Globex". */
export async function setUpSelfStudyAccount(page: Page, host: RunningHost): Promise<AccountSetup> {
  await page.goto('/');
  await createWorkshop(page, 'On my own', { mode: 'Self-study' });
  const card = participantCard(page, 'Me');
  await card.getByRole('textbox', { name: 'Key account name for Me' }).fill('Globex');
  await card.getByRole('button', { name: 'Add key account for Me' }).click();
  await expect(card.getByRole('list', { name: 'Key accounts of Me' })).toContainText('Globex');
  const workshopId = new URL(page.url()).pathname.split('/')[2]!;
  const detail = await callApi<{ participants: { id: string; accounts: { id: string }[] }[] }>(
    page,
    host,
    'workshops:get',
    { id: workshopId },
  );
  const me = detail.participants[0]!;
  return { workshopId, participantId: me.id, accountId: me.accounts[0]!.id };
}

/** Opens an exercise for "Me" (and, for C, D and G, the account) and waits for the answer. */
export async function openExerciseOf(
  page: Page,
  setup: AccountSetup,
  letter: 'C' | 'D' | 'F' | 'G',
) {
  const account = letter === 'F' ? '' : `&account=${setup.accountId}`;
  await page.goto(
    `/workshops/${setup.workshopId}/exercises/${letter}?participant=${setup.participantId}${account}`,
  );
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^${letter}\\.`) }),
  ).toBeVisible();
  await expect(page.getByText('Loading answer…')).toHaveCount(0);
}

const holdsFocus = (target: Locator) =>
  target.evaluate((el) => el.contains(document.activeElement));

/** Presses Tab (or Shift+Tab) until focus is in the target: proves it is reachable by keyboard. */
export async function tabTo(
  page: Page,
  target: Locator,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  reached: (target: Locator) => Promise<boolean> = holdsFocus,
) {
  for (let i = 0; i < 120; i++) {
    if (await reached(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Could not reach ${target.toString()} with ${key}`);
}
