import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callCommand, type Api } from '../../server/api/create-api';
import { loadDocumentData } from '../../server/services/pdf/load-data';
import { renderDocument } from '../../server/services/pdf/render-document';
import { NAMES_REMOVED_NOTE } from '../../server/services/pdf/cover';
import { exerciseLetters } from '../../shared/exercises/letters';
import { exerciseByLetter } from '../../shared/course/exercises';
import { pdfText } from '../fixtures/workshops/inspect-pdf';
import {
  accountAnswers,
  leakedNames,
  participantAnswers,
  placeholderNames,
  workshopNamesArb,
  type WorkshopNames,
} from '../support/named-workshop';
import { valueOf } from './helpers/expect-result';
import { openTestApi } from './helpers/temp-store';

const now = new Date('2026-11-25T10:00:00.000Z');

/** A facilitated workshop with everyone named as given and every answer written. */
function buildNamed(api: Api, names: WorkshopNames): { workshopId: string; firstId: string } {
  const workshop = valueOf(
    callCommand(api, 'workshops:create', {
      title: 'Quarterly review',
      date: '2026-11-25',
      facilitator: 'Dana Whitfield',
      client: 'Northwind',
      mode: 'facilitated',
    }),
  );
  const ids: string[] = [];
  names.participants.forEach((name, p) => {
    const detail = valueOf(callCommand(api, 'participants:add', { workshopId: workshop.id, name }));
    const participantId = detail.participants.at(-1)!.id;
    ids.push(participantId);
    for (const [letter, payload] of Object.entries(participantAnswers(names, p))) {
      valueOf(
        callCommand(api, 'answers:save', {
          participantId,
          exercise: exerciseLetters.find((l) => l === letter)!,
          accountId: null,
          payload,
        }),
      );
    }
    names.accounts[p]!.forEach((account, a) => {
      const added = valueOf(callCommand(api, 'accounts:add', { participantId, name: account }));
      const accountId = added.participants.find((x) => x.id === participantId)!.accounts.at(-1)!.id;
      for (const [letter, payload] of Object.entries(accountAnswers(names, p, a))) {
        const exercise = exerciseByLetter(letter as 'C' | 'G').letter;
        valueOf(callCommand(api, 'answers:save', { participantId, exercise, accountId, payload }));
      }
    });
  });
  return { workshopId: workshop.id, firstId: ids[0]! };
}

/** The text of the client-safe summary and first workbook, labels taken out. */
async function safeTexts(
  api: Api,
  db: Parameters<typeof loadDocumentData>[0],
  names: WorkshopNames,
) {
  const { workshopId, firstId } = buildNamed(api, names);
  const texts: string[] = [];
  for (const request of [
    { kind: 'summary' as const, workshopId, clientSafe: true },
    { kind: 'workbook' as const, workshopId, participantId: firstId, clientSafe: true },
  ]) {
    const bytes = await renderDocument(loadDocumentData(db, request, now));
    texts.push(pdfText(bytes));
  }
  return texts;
}

describe('a client-safe PDF', () => {
  it('says on its cover that names were removed, and shows labels instead', async () => {
    const { api, db } = openTestApi();
    const names: WorkshopNames = {
      participants: ['Ana Lima', 'Bo Chen'],
      accounts: [['Globex'], ['Initech']],
      people: [
        [
          [
            { name: 'Kim Park', title: 'Head of sales' },
            { name: 'Lou Ray', title: 'Buyer' },
          ],
        ],
        [
          [
            { name: 'Max', title: 'KAM' },
            { name: 'Ned', title: 'CEO' },
          ],
        ],
      ],
    };
    const [summary, workbook] = await safeTexts(api, db, names);
    for (const text of [summary!, workbook!]) {
      expect(text).toContain(NAMES_REMOVED_NOTE.replace(/\s+/g, ' '));
      expect(text).toContain('Participant 1');
      expect(text).toContain('Account 1');
      expect(text).not.toMatch(/Ana Lima|Globex|Kim Park|Head of sales/);
    }
    expect(workbook).toContain('Key account manager, Sales');
  });

  it('keeps no original name in its text, whatever the names (property)', async () => {
    const { api, db } = openTestApi();
    await fc.assert(
      fc.asyncProperty(workshopNamesArb, async (names) => {
        const leaked = leakedNames(
          names,
          (await safeTexts(api, db, names)).join('\n'),
          (await safeTexts(api, db, placeholderNames(names))).join('\n'),
        );
        expect(leaked).toEqual([]);
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});
