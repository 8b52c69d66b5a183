import { describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import { loadDocumentData } from '../../server/services/pdf/load-data';
import { renderDocument } from '../../server/services/pdf/render-document';
import { pdfText } from '../fixtures/workshops/inspect-pdf';
import { valueOf } from './helpers/expect-result';
import { openTestApi } from './helpers/temp-store';

describe('the workbook’s matches to the model answer', () => {
  it('counts an idea in the very words of a model item as matched, as the screens do', async () => {
    const t = openTestApi();
    const workshop = valueOf(
      callCommand(t.api, 'workshops:create', {
        title: 'Matches',
        date: '2026-03-12',
        facilitator: '',
        client: '',
        mode: 'self-study',
      }),
    );
    const me = valueOf(callCommand(t.api, 'workshops:get', { id: workshop.id })).participants[0]!;
    const save = (exercise: 'B' | 'E', payload: unknown) =>
      valueOf(
        callCommand(t.api, 'answers:save', {
          participantId: me.id,
          exercise,
          accountId: null,
          payload,
        }),
      );
    save('B', {
      items: [
        { id: 'i1', text: 'market intelligence.' },
        { id: 'i2', text: 'Bigger orders' },
      ],
      matches: [],
    });
    save('E', {
      positives: [{ id: 'p1', text: 'Low-cost' }],
      negatives: [{ id: 'n1', text: 'Low cost' }],
      suitable: null,
      reason: '',
      matches: [],
    });
    const data = loadDocumentData(
      t.db,
      { kind: 'workbook', workshopId: workshop.id, participantId: me.id },
      new Date(),
    );
    const text = pdfText(await renderDocument(data));
    expect(text).toContain('Matches: Market intelligence');
    expect(text).toContain('1 of 11 matched');
    // E matches each side against its own side of the model: "Low cost" is good, not bad.
    expect(text).toContain('1 of 5 matched');
    expect(text).toContain('0 of 5 matched');
  });
});
