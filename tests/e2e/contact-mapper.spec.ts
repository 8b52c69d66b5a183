import type { Locator, Page } from '@playwright/test';
import { linearOrganisationMap } from '../../shared/course/example-maps';
import {
  diagnoseContactMap,
  levelLabels,
  patternInfo,
  type ContactMap,
  type Level,
  type Person,
  type Side,
} from '../../shared/domain/contact-map';
import { verdictColours } from '../../shared/format/domain-colours';
import {
  callApi,
  cssRgb,
  expect,
  type AccountSetup,
  expectNoSeriousViolations,
  openExerciseOf,
  setUpSelfStudyAccount,
  test,
} from './fixtures';
import type { RunningHost } from './support/host';

interface NewPerson {
  side: Side;
  level: Level;
  department: string;
  name: string;
  kam?: boolean;
}

const tools = (page: Page) => page.getByRole('toolbar', { name: 'Contact map tools' });
const pattern = (page: Page) => page.getByTestId('diagnosis-pattern').first();
const listSummary = (page: Page) => page.locator('.map-as-list summary');
const card = (page: Page, name: string) => page.locator('.react-flow__node', { hasText: name });
const label = (map: ContactMap) => patternInfo[diagnoseContactMap(map).pattern].label;

async function waitForSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** Fills the side panel's person form and submits it, without touching the mouse. */
async function fillPerson(form: Locator, person: NewPerson) {
  await form.getByLabel('Side').selectOption(person.side);
  await form.getByLabel('Level').selectOption(person.level);
  await form.getByLabel('Department').fill(person.department);
  await form.getByLabel('Name', { exact: true }).fill(person.name);
  if (person.kam) await form.getByLabel('Key account manager').check();
  await form.getByRole('button', { name: 'Add person' }).press('Enter');
}

/** Adds people with the mouse through the toolbar's form; returns the form, still open. */
async function addPeople(page: Page, list: readonly NewPerson[]): Promise<Locator> {
  await tools(page).getByRole('button', { name: 'Add person' }).click();
  const form = page.getByRole('form', { name: 'Add person' });
  for (const person of list) await fillPerson(form, person);
  return form;
}

const people: NewPerson[] = [
  { side: 'supplier', level: 'middle', department: 'Sales', name: 'Kim', kam: true },
  { side: 'supplier', level: 'operational', department: 'Logistics', name: 'Sam' },
  { side: 'customer', level: 'middle', department: 'Purchasing', name: 'Bea' },
  { side: 'customer', level: 'operational', department: 'Logistics', name: 'Gus' },
];

/** Two people in middle management, one on each side, for a map saved before the test. */
const kimAndBea: Person[] = [
  { id: 'kim', side: 'supplier', level: 'middle', department: 'Sales', name: 'Kim' },
  { id: 'bea', side: 'customer', level: 'middle', department: 'Purchasing', name: 'Bea' },
];

/** How the link form lists the n-th person: name, side, level. */
function optionOf(n: number): string {
  const p = people[n]!;
  return `${p.name} — ${p.side === 'supplier' ? 'Supplier' : 'Customer'}, ${levelLabels[p.level]}`;
}

/** The same four people as a domain map, to compute the diagnosis the screen must show. */
function domainMap(levels: Record<string, Level>, links: Array<[string, string]>): ContactMap {
  return {
    people: people.map((p) => ({
      id: p.name,
      side: p.side,
      level: levels[p.name] ?? p.level,
      department: p.department,
      ...(p.kam ? { isKeyAccountManager: true } : {}),
    })),
    links: links.map(([from, to], i) => ({ id: `l${i}`, from, to })),
  };
}

/** Where an account's contact map is kept: its answer to G. */
const mapOf = (setup: AccountSetup) => ({
  participantId: setup.participantId,
  exercise: 'G',
  accountId: setup.accountId,
});

/** Saves a map as the account's answer to G, then opens G on it with the whole canvas in view. */
async function openSavedMap(page: Page, host: RunningHost, setup: AccountSetup, map: ContactMap) {
  await callApi(page, host, 'answers:save', { ...mapOf(setup), payload: map });
  await openExerciseOf(page, setup, 'G');
  await page.locator('.mapper-canvas').scrollIntoViewIfNeeded();
}

async function dragBetween(page: Page, from: Locator, to: Locator) {
  // The whole canvas in the window, so both ends of the drag are on screen.
  await page.locator('.mapper-canvas').scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('a map is built with the mouse: people added, linked handle to handle, moved by dragging; the diagnosis follows', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'G');
  await expect(pattern(page)).toHaveText(patternInfo.empty.label);

  await addPeople(page, people);
  await expect(listSummary(page)).toHaveText('Map as a list (4 people, 0 links)');
  await expect(card(page, 'Kim')).toContainText('KAM');

  await dragBetween(
    page,
    card(page, 'Kim').locator('[data-handleid="r"]'),
    card(page, 'Bea').locator('[data-handleid="l"]'),
  );
  await dragBetween(
    page,
    card(page, 'Sam').locator('[data-handleid="r"]'),
    card(page, 'Gus').locator('[data-handleid="l"]'),
  );
  await expect(listSummary(page)).toHaveText('Map as a list (4 people, 2 links)');
  const linked: Array<[string, string]> = [
    ['Kim', 'Bea'],
    ['Sam', 'Gus'],
  ];
  const before = label(domainMap({}, linked));
  await expect(pattern(page)).toHaveText(before);

  // Bea, the buyer, turns out to sit on the customer's board.
  await dragBetween(page, card(page, 'Bea'), page.locator('.band-column--customer .band--board'));
  await expect(card(page, 'Bea')).toHaveAttribute('aria-label', /Customer, Board/);
  const after = label(domainMap({ Bea: 'board' }, linked));
  expect(after).not.toBe(before);
  await expect(pattern(page)).toHaveText(after);

  await page.getByLabel('Highlight the most central person').check();
  await expect(page.locator('.person-card--central')).toHaveCount(1);
  await expectNoSeriousViolations(page);
});

test('a map is built with the keyboard alone: add, link, move from the panel and by arrow keys', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'G');

  const addButton = tools(page).getByRole('button', { name: 'Add person' });
  await addButton.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Add person' });
  await expect(form.getByLabel('Side')).toBeFocused();
  for (const person of people) await fillPerson(form, person);
  await form.getByRole('button', { name: 'Close' }).press('Enter');

  await tools(page).getByRole('button', { name: 'Link two people' }).press('Enter');
  const linkForm = page.getByRole('form', { name: 'Link two people' });
  await expect(linkForm.getByLabel('From', { exact: true })).toBeFocused();
  for (const [from, to] of [
    [0, 2],
    [1, 3],
  ] as const) {
    await linkForm.getByLabel('From', { exact: true }).selectOption({ label: optionOf(from) });
    await linkForm.getByLabel('To', { exact: true }).selectOption({ label: optionOf(to) });
    await linkForm.getByRole('button', { name: 'Add link' }).press('Enter');
  }
  await expect(listSummary(page)).toHaveText('Map as a list (4 people, 2 links)');
  const linked: Array<[string, string]> = [
    ['Kim', 'Bea'],
    ['Sam', 'Gus'],
  ];
  await expect(pattern(page)).toHaveText(label(domainMap({}, linked)));

  // Select Bea from the keyboard and move her to the board in her edit panel.
  await card(page, 'Bea').focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Edit person' });
  await edit.getByLabel('Level').selectOption('board');
  await edit.getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(card(page, 'Bea')).toHaveAttribute('aria-label', /Customer, Board/);
  await expect(pattern(page)).toHaveText(label(domainMap({ Bea: 'board' }, linked)));

  // A line is reached by keyboard too: select it, make it strong and one-sided, then delete it.
  await page.getByRole('button', { name: /^Contact between Sam and Gus/ }).focus();
  await page.keyboard.press('Enter');
  const linkEditor = page.getByRole('group', { name: 'Edit link' });
  await linkEditor.getByLabel('Strength').selectOption('3');
  await linkEditor.getByLabel('One-sided (not reciprocated)').check();
  await expect(
    page.getByRole('button', { name: 'Contact between Sam and Gus, strength 3, one-sided' }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: /^Contact between Sam and Gus/ }).press('Delete');
  await expect(listSummary(page)).toHaveText('Map as a list (4 people, 1 link)');
  await page.keyboard.press('Control+z');
  await expect(listSummary(page)).toHaveText('Map as a list (4 people, 2 links)');

  // Arrow keys move a focused card a whole band.
  await card(page, 'Sam').focus();
  await page.keyboard.press('ArrowUp');
  await expect(card(page, 'Sam')).toHaveAttribute('aria-label', /Supplier, Middle management/);
  await expect(pattern(page)).toHaveText(label(domainMap({ Bea: 'board', Sam: 'middle' }, linked)));
});

test('the edit panel follows a person moved on the map, so saving an edit keeps the move', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  const links = [{ id: 'l1', from: 'kim', to: 'bea' }];
  await openSavedMap(page, host, setup, { people: kimAndBea, links });
  await card(page, 'Kim').focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Edit person' });
  await expect(edit.getByLabel('Level')).toHaveValue('middle');
  await edit.getByLabel('Title').fill('Sales Director');

  // Moved on the canvas while the panel is open, with a title typed but not yet saved.
  await card(page, 'Kim').focus();
  await page.keyboard.press('ArrowUp');
  await expect(card(page, 'Kim')).toHaveAttribute('aria-label', /Supplier, Senior management/);
  await expect(edit.getByLabel('Level')).toHaveValue('senior');
  await expect(edit.getByLabel('Title')).toHaveValue('Sales Director');

  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(card(page, 'Kim')).toHaveAttribute(
    'aria-label',
    'Kim, Sales Director, Sales, Supplier, Senior management',
  );
});

test('every change can be undone and redone, by shortcut and by button', async ({ page, host }) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'G');
  const form = await addPeople(page, people.slice(0, 2));
  await form.getByRole('button', { name: 'Close' }).click();
  const summary = listSummary(page);
  await expect(summary).toHaveText('Map as a list (2 people, 0 links)');

  await page.keyboard.press('Control+z');
  await expect(summary).toHaveText('Map as a list (1 person, 0 links)');
  await page.keyboard.press('Control+z');
  await expect(summary).toHaveText('Map as a list (0 people, 0 links)');
  await page.keyboard.press('Control+y');
  await expect(summary).toHaveText('Map as a list (1 person, 0 links)');
  await page.keyboard.press('Control+Shift+z');
  await expect(summary).toHaveText('Map as a list (2 people, 0 links)');

  await tools(page).getByRole('button', { name: 'Undo' }).click();
  await expect(summary).toHaveText('Map as a list (1 person, 0 links)');
  await tools(page).getByRole('button', { name: 'Redo' }).click();
  await expect(summary).toHaveText('Map as a list (2 people, 0 links)');
  await expect(tools(page).getByRole('button', { name: 'Redo' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  // Deleting offers its own undo.
  await card(page, 'Sam').click();
  await page.getByRole('button', { name: 'Delete person' }).click();
  await expect(summary).toHaveText('Map as a list (1 person, 0 links)');
  await page.locator('.mapper__status').getByRole('button', { name: 'Undo' }).click();
  await expect(summary).toHaveText('Map as a list (2 people, 0 links)');
  await expect(card(page, 'Sam')).toBeVisible();
});

test('zoom in and out change the scale of the map; fit to view shows both organisations whole again', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openSavedMap(page, host, setup, { people: kimAndBea, links: [] });
  const scale = async () => {
    const transform = await page.locator('.react-flow__viewport').getAttribute('style');
    return Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1]);
  };
  const fitted = await scale();
  const inside = async () => {
    const frame = (await page.locator('.mapper-canvas').boundingBox())!;
    const columns = await page
      .locator('.band-column')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    return columns.every(
      (c) =>
        c.left >= frame.x - 1 &&
        c.right <= frame.x + frame.width + 1 &&
        c.top >= frame.y - 1 &&
        c.bottom <= frame.y + frame.height + 1,
    );
  };
  expect(await inside()).toBe(true);

  await tools(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(scale).toBeGreaterThan(fitted * 1.1);
  expect(await inside()).toBe(false);
  await tools(page).getByRole('button', { name: 'Zoom out' }).click();
  await tools(page).getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(scale).toBeLessThan(fitted * 0.95);

  await tools(page).getByRole('button', { name: 'Fit to view' }).click();
  await expect.poll(scale).toBeCloseTo(fitted, 2);
  expect(await inside()).toBe(true);
});

test('after a reload the map is exactly as it was left', async ({ page, host }) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'G');
  await addPeople(page, people);
  await dragBetween(
    page,
    card(page, 'Kim').locator('[data-handleid="r"]'),
    card(page, 'Bea').locator('[data-handleid="l"]'),
  );
  await dragBetween(page, card(page, 'Gus'), page.locator('.band-column--customer .band--senior'));
  await expect(card(page, 'Gus')).toHaveAttribute('aria-label', /Customer, Senior management/);
  await waitForSaved(page);

  const snapshot = () =>
    page.evaluate(() => ({
      nodes: [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => [
        n.getAttribute('aria-label'),
        n.style.left,
        n.style.top,
      ]),
      edges: [...document.querySelectorAll('.map-edge')].map((e) => e.getAttribute('aria-label')),
    }));
  const saved = await callApi<{ payload: unknown }>(page, host, 'answers:get', mapOf(setup));
  const before = await snapshot();
  await page.reload();
  await expect(card(page, 'Gus')).toBeVisible();
  expect(await snapshot()).toEqual(before);
  const reloaded = await callApi<{ payload: unknown }>(page, host, 'answers:get', mapOf(setup));
  expect(reloaded.payload).toEqual(saved.payload);
});

test('F shows the linear organisation; the answer and its diagnosis appear only after the reveal', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'F');
  await expect(page.locator('.react-flow__node')).toHaveCount(linearOrganisationMap.people.length);
  await expect(page.getByText('It is still basic.')).toHaveCount(0);
  await expect(page.getByTestId('diagnosis-pattern')).toHaveCount(0);
  await expectNoSeriousViolations(page);

  await page.getByRole('radio', { name: 'Basic' }).check();
  await page.getByLabel('Why?').fill('Everything runs through the KAM.');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByRole('heading', { name: 'It is still basic.' })).toBeVisible();
  const diagnosis = diagnoseContactMap(linearOrganisationMap);
  await expect(page.getByTestId('diagnosis-pattern')).toHaveText(
    patternInfo[diagnosis.pattern].label,
  );
  const verdict = page.locator('.map-debrief .verdict-badge');
  await expect(verdict).toHaveText('Basic');
  await expect(verdict).toHaveCSS('background-color', cssRgb(verdictColours.basic.fill));
  await expect(verdict).toHaveCSS('color', cssRgb(verdictColours.basic.onFill));
  await expect(page.getByRole('radio', { name: 'Basic' })).toBeChecked();
});

test('G passes axe with a map and its examples; the debrief waits for the reveal; the KAM stays a supplier', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'G');
  await addPeople(page, people);
  await expectNoSeriousViolations(page);
  await tools(page).getByRole('button', { name: 'Compare with examples' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with examples' });
  await expect(dialog.getByTestId('diagnosis-pattern')).toHaveCount(5);
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The course's debrief stays out of the page until the reveal.
  await expect(page.getByText('Few, low-level relationships — basic.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  await expect(page.getByText('Few, low-level relationships — basic.')).toBeVisible();

  // The key account manager cannot be dragged over to the customer.
  await dragBetween(page, card(page, 'Kim'), page.locator('.band-column--customer .band--board'));
  await expect(page.locator('.mapper__status')).toContainText('stays on the supplier side');
  await expect(card(page, 'Kim')).toHaveAttribute('aria-label', /Supplier, Middle management/);
});

test('only a text too long for its card is cut, with an ellipsis and the whole text on hover; a line is chosen by clicking it', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  const long = {
    name: 'Maximiliana Featherstonehaugh-Cholmondeley',
    title: 'Head of Strategic Procurement and Supplier Development',
    department: 'Research and Development Laboratories',
  };
  const map: ContactMap = {
    people: [
      {
        id: 'ann',
        side: 'supplier',
        level: 'senior',
        department: 'Sales',
        name: 'Ann',
        title: 'Buyer',
      },
      { id: 'max', side: 'customer', level: 'senior', ...long },
    ],
    links: [{ id: 'l1', from: 'ann', to: 'max' }],
  };
  await openSavedMap(page, host, setup, map);

  await expect(card(page, 'Ann').locator('.is-clipped')).toHaveCount(0);
  const clipped = card(page, 'Maximiliana').locator('.is-clipped');
  await expect(clipped).toHaveCount(3);
  for (const text of Object.values(long))
    await expect(clipped.and(page.locator(`[title="${text}"]`))).toHaveCount(1);
  // Cut inside the card: nothing spills past its edges.
  const inside = await card(page, 'Maximiliana').evaluate((node) => {
    const box = node.getBoundingClientRect();
    return [...node.querySelectorAll('.is-clipped')].every((text) => {
      const range = document.createRange();
      range.selectNodeContents(text);
      const drawn = text.getBoundingClientRect();
      return (
        drawn.left >= box.left && drawn.right <= box.right && range.getClientRects().length > 0
      );
    });
  });
  expect(inside).toBe(true);

  // A shorter title is measured again and shown whole.
  await card(page, 'Maximiliana').click();
  const edit = page.getByRole('form', { name: 'Edit person' });
  await edit.getByLabel('Title').fill('Buyer');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(card(page, 'Maximiliana').locator('.person-card__title')).toHaveText('Buyer');
  await expect(card(page, 'Maximiliana').locator('.person-card__title.is-clipped')).toHaveCount(0);

  // The line lies under the pointer, not behind a layer: a click on it chooses it. (Clicked by
  // place: a level line's box has no height, which Playwright takes for hidden.)
  const line = (await page
    .getByRole('button', { name: /^Contact between Ann and Maximiliana/ })
    .boundingBox())!;
  await page.mouse.click(line.x + line.width / 2, line.y + line.height / 2);
  await expect(page.getByRole('group', { name: 'Edit link' })).toBeVisible();
});

test('a dragged card follows the pointer above the map while its place stays marked; dropped between the sides, it stays in its band', async ({
  page,
  host,
}) => {
  const setup = await setUpSelfStudyAccount(page, host);
  await openExerciseOf(page, setup, 'G');
  const form = await addPeople(page, people.slice(0, 3));
  await form.getByRole('button', { name: 'Close' }).click();
  await dragBetween(
    page,
    card(page, 'Kim').locator('[data-handleid="r"]'),
    card(page, 'Bea').locator('[data-handleid="l"]'),
  );
  await waitForSaved(page);

  await page.locator('.mapper-canvas').scrollIntoViewIfNeeded();
  const from = (await card(page, 'Sam').boundingBox())!;
  const gap = (await page.locator('.band-column--customer').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const middle = (await page.locator('.band-column--supplier .band--middle').boundingBox())!;
  await page.mouse.move(gap.x - 30, middle.y + middle.height / 2, { steps: 10 });
  const lifted = page.locator('.dragged-card');
  await expect(lifted).toContainText('Sam');
  await expect(card(page, 'Sam')).toHaveClass(/person-node--origin/);
  const moved = (await lifted.boundingBox())!;
  expect(moved.x).toBeGreaterThan(from.x + 50);
  // Kim's line to Bea stays put; only a dragged card's own lines move with it.
  await expect(page.locator('.edge-layer--moving')).toHaveCount(0);

  await page.mouse.up();
  await expect(lifted).toHaveCount(0);
  await expect(card(page, 'Sam')).not.toHaveClass(/person-node--origin/);
  await expect(card(page, 'Sam')).toHaveAttribute('aria-label', /Supplier, Operational/);
  await expect(page.locator('.mapper__status')).not.toContainText('Moved Sam');
  // Kept inside its own band on the supplier's side.
  const band = (await page.locator('.band-column--supplier .band--operational').boundingBox())!;
  const after = (await card(page, 'Sam').boundingBox())!;
  expect(after.x + after.width).toBeLessThanOrEqual(band.x + band.width + 1);
  expect(after.y).toBeGreaterThanOrEqual(band.y - 1);
  expect(after.y + after.height).toBeLessThanOrEqual(band.y + band.height + 1);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a finger draws a link from one card to another at the first touch', async ({
    page,
    host,
  }) => {
    const setup = await setUpSelfStudyAccount(page, host);
    await openSavedMap(page, host, setup, { people: kimAndBea, links: [] });
    const from = (await card(page, 'Kim').locator('[data-handleid="r"]').boundingBox())!;
    const to = (await card(page, 'Bea').locator('[data-handleid="l"]').boundingBox())!;
    const at = (box: typeof from) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

    const touch = await page.context().newCDPSession(page);
    const start = at(from);
    const end = at(to);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
    for (let i = 1; i <= 10; i++) {
      const point = {
        x: start.x + ((end.x - start.x) * i) / 10,
        y: start.y + ((end.y - start.y) * i) / 10,
      };
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

    await expect(listSummary(page)).toHaveText('Map as a list (2 people, 1 link)');
    await expect(page.getByRole('button', { name: /^Contact between Kim and Bea/ })).toHaveCount(1);
  });
});
