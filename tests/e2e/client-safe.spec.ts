import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfText } from '../fixtures/workshops/inspect-pdf';
import { readCsv } from '../support/read-csv';
import { addParticipant, callApi, createWorkshop, expect, participantCard, test } from './fixtures';
import type { RunningHost } from './support/host';

/** A facilitated workshop whose answers name its participant, its account and a contact. */
async function namedWorkshop(page: Page, host: RunningHost) {
  await page.goto('/');
  await createWorkshop(page, 'Quarterly review', { client: 'Northwind' });
  await addParticipant(page, 'Žaneta Quill');
  await addParticipant(page, 'Orla Brennan');
  const card = participantCard(page, 'Žaneta Quill');
  await card
    .getByRole('textbox', { name: 'Key account name for Žaneta Quill' })
    .fill('Globex Zeta');
  await card.getByRole('button', { name: 'Add key account for Žaneta Quill' }).click();
  await expect(card.getByText('Globex Zeta')).toBeVisible();
  const workshopId = new URL(page.url()).pathname.split('/')[2]!;
  const detail = await callApi<{
    participants: Array<{ id: string; accounts: Array<{ id: string }> }>;
  }>(page, host, 'workshops:get', { id: workshopId });
  const [zaneta, orla] = detail.participants;
  const accountId = zaneta!.accounts[0]!.id;
  await callApi(page, host, 'answers:save', {
    participantId: zaneta!.id,
    exercise: 'A',
    accountId: null,
    payload: {
      items: [
        { id: 'a1', text: 'Globex Zeta wants lower prices, says Orla Brennan' },
        { id: 'a2', text: '=HYPERLINK("http://example.invalid","Preferential treatment")' },
        { id: 'a3', text: 'Trust, "earned"\nover years' },
      ],
      matches: [{ itemId: 'a3', modelId: 'a-preferential' }],
    },
  });
  await callApi(page, host, 'answers:save', {
    participantId: orla!.id,
    exercise: 'A',
    accountId: null,
    payload: { items: [{ id: 'b1', text: 'Innovation' }], matches: [] },
  });
  await callApi(page, host, 'answers:save', {
    participantId: zaneta!.id,
    exercise: 'G',
    accountId,
    payload: {
      people: [
        {
          id: 'k',
          side: 'supplier',
          level: 'middle',
          department: 'Sales',
          name: 'Žaneta Quill',
          isKeyAccountManager: true,
        },
        {
          id: 'c',
          side: 'customer',
          level: 'senior',
          department: 'Purchasing',
          name: 'Morgan Blythe',
          title: 'Chief buyer',
        },
      ],
      links: [{ id: 'l', from: 'k', to: 'c' }],
    },
  });
  await callApi(page, host, 'answers:save', {
    participantId: zaneta!.id,
    exercise: 'C',
    accountId,
    payload: {
      customer: [{ id: 'c1', text: 'Time with Morgan Blythe', sourceItemId: null }],
      supplier: [],
      links: [],
      reflection: 'Morgan Blythe distrusts us',
    },
  });
  await page.reload();
  return workshopId;
}

const names = ['Žaneta Quill', 'Orla Brennan', 'Globex Zeta', 'Morgan Blythe', 'Chief buyer'];

test('a client-safe workbook names nobody, and its cover says names were removed', async ({
  page,
  host,
}, testInfo) => {
  await namedWorkshop(page, host);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Workbook…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('checkbox', { name: 'Client-safe: remove names' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Workbook - Participant 1 - Quarterly review.pdf');
  const path = testInfo.outputPath('client-safe.pdf');
  await file.saveAs(path);
  const text = pdfText(readFileSync(path));
  for (const name of names) expect(text).not.toContain(name);
  expect(text).toContain('Names were removed');
  expect(text).toContain('Account 1 wants lower prices, says Participant 2');
  expect(text).toContain('Senior management, Purchasing');
  expect(text).toContain('Entered by the trainer');
});

test('the answers download as a CSV per exercise, read back as written, with or without names', async ({
  page,
  host,
}, testInfo) => {
  await namedWorkshop(page, host);
  const exportAnswers = async (clientSafe: boolean) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Answers as a spreadsheet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export answers as a spreadsheet' });
    await expect(dialog.getByRole('combobox', { name: 'Exercise' })).toBeFocused();
    await dialog
      .getByRole('combobox', { name: 'Exercise' })
      .selectOption({ label: 'A. Customer expectations' });
    await dialog
      .getByRole('checkbox', { name: 'Client-safe: remove names' })
      .setChecked(clientSafe);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    await expect(dialog.getByRole('status')).toContainText('Exported');
    await dialog.getByRole('button', { name: 'Close' }).click();
    return { name: file.suggestedFilename(), rows: readCsv(readFileSync(path, 'utf8')) };
  };

  const named = await exportAnswers(false);
  expect(named.name).toBe('Answers A - Customer expectations - Quarterly review.csv');
  expect(named.rows).toEqual([
    ['Participant', 'Entered by', 'Item', 'Matched model item'],
    ['Žaneta Quill', 'Trainer', 'Globex Zeta wants lower prices, says Orla Brennan', ''],
    [
      'Žaneta Quill',
      'Trainer',
      '\'=HYPERLINK("http://example.invalid","Preferential treatment")',
      '',
    ],
    ['Žaneta Quill', 'Trainer', 'Trust, "earned"\nover years', 'Preferential treatment'],
    ['Orla Brennan', 'Trainer', 'Innovation', ''],
  ]);

  const safe = await exportAnswers(true);
  expect(safe.rows.map((row) => row[0])).toEqual([
    'Participant',
    'Participant 1',
    'Participant 1',
    'Participant 1',
    'Participant 2',
  ]);
  expect(safe.rows[1]![2]).toBe('Account 1 wants lower prices, says Participant 2');
  for (const name of names) expect(safe.rows.flat().join('\n')).not.toContain(name);
});

test('a client-safe workshop file names nobody and still imports', async ({
  page,
  host,
}, testInfo) => {
  await namedWorkshop(page, host);
  await page.getByRole('button', { name: 'Export workshop file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export workshop file' });
  await dialog.getByRole('checkbox', { name: 'Client-safe: remove names' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Quarterly-review-client-safe.kamworkshop');
  await expect(dialog).toBeHidden();
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const json = readFileSync(path, 'utf8');
  for (const name of names) expect(json).not.toContain(name);
  expect(JSON.parse(json)).toMatchObject({ namesRemoved: true });

  // The same workshop is here: the import asks, and warns that the file's names are labels.
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page
    .locator('input[type="file"][aria-label="Workshop file to import"]')
    .setInputFiles(path);
  const ask = page.getByRole('dialog', { name: 'This workshop is already here' });
  await expect(ask.getByText(/client-safe copy/)).toBeVisible();
  await ask.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByRole('link', { name: 'Quarterly review (copy)' })).toBeVisible();
});
