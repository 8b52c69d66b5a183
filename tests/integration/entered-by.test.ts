import { describe, expect, it } from 'vitest';
import { callCommand, type Api } from '../../server/api/create-api';
import { saveAnswer } from '../../server/services/answers/save-answer';
import { loadDocumentData } from '../../server/services/pdf/load-data';
import { renderDocument } from '../../server/services/pdf/render-document';
import type { WorkshopMode } from '../../shared/schemas/workshop';
import { pdfText } from '../fixtures/workshops/inspect-pdf';
import { valueOf } from './helpers/expect-result';
import { openTestApi } from './helpers/temp-store';

const list = { items: [{ id: 'i1', text: 'Trust' }], matches: [] };

function workshopOf(api: Api, mode: WorkshopMode) {
  const workshop = valueOf(
    callCommand(api, 'workshops:create', {
      title: `A ${mode} class`,
      date: '2026-03-01',
      facilitator: 'Ann',
      client: 'Acme',
      mode,
    }),
  );
  const detail =
    mode === 'facilitated'
      ? valueOf(callCommand(api, 'participants:add', { workshopId: workshop.id, name: 'Bo' }))
      : valueOf(callCommand(api, 'workshops:get', { id: workshop.id }));
  const participantId = detail.participants[0]!.id;
  const accounts = valueOf(callCommand(api, 'accounts:add', { participantId, name: 'Globex' }));
  const accountId = accounts.participants[0]!.accounts[0]!.id;
  return { workshopId: workshop.id, participantId, accountId };
}

describe('who entered an answer', () => {
  it('is the trainer for the trainer’s own screens in a facilitated workshop', () => {
    const { api } = openTestApi();
    const { participantId } = workshopOf(api, 'facilitated');
    const key = { participantId, exercise: 'A' as const, accountId: null };
    expect(valueOf(callCommand(api, 'answers:save', { ...key, payload: list })).enteredBy).toBe(
      'trainer',
    );
    expect(valueOf(callCommand(api, 'answers:get', key))?.enteredBy).toBe('trainer');
  });

  it('is the learner in self-study, and for a learner’s device in the room', () => {
    const { api, db, events } = openTestApi();
    const self = workshopOf(api, 'self-study');
    const key = { participantId: self.participantId, exercise: 'A' as const, accountId: null };
    expect(valueOf(callCommand(api, 'answers:save', { ...key, payload: list })).enteredBy).toBe(
      'learner',
    );

    const room = workshopOf(api, 'facilitated');
    const roomKey = { participantId: room.participantId, exercise: 'B' as const, accountId: null };
    valueOf(callCommand(api, 'answers:save', { ...roomKey, payload: list }));
    const ctx = { db, now: () => new Date(), newId: () => 'x', emit: () => {} };
    const saved = db.transaction(() => saveAnswer(ctx, roomKey, list, 'room'))();
    expect(saved).toMatchObject({ enteredBy: 'learner', revision: 2 });
    expect(valueOf(callCommand(api, 'answers:get', roomKey))?.enteredBy).toBe('learner');
    expect(events.filter((e) => e.type === 'answer-saved')).toHaveLength(2);
  });

  it('travels in the workshop file, and an older file’s answers take the workshop’s mode', () => {
    const { api } = openTestApi();
    const { workshopId, participantId, accountId } = workshopOf(api, 'facilitated');
    valueOf(
      callCommand(api, 'answers:save', {
        participantId,
        exercise: 'A',
        accountId: null,
        payload: list,
      }),
    );
    valueOf(
      callCommand(api, 'answers:save', {
        participantId,
        exercise: 'D',
        accountId,
        payload: { scores: [1, 1, 1, 1, 1, 1] },
      }),
    );
    const file = valueOf(callCommand(api, 'workshop-file:export', { workshopId }));
    expect(file.participants[0]).toMatchObject({
      enteredBy: { A: 'trainer' },
      accounts: [{ enteredBy: { D: 'trainer' } }],
    });

    const { api: other } = openTestApi();
    const marked = structuredClone(file);
    marked.participants[0]!.enteredBy = { A: 'learner' };
    delete marked.participants[0]!.accounts[0]!.enteredBy;
    valueOf(callCommand(other, 'workshop-file:import', { text: JSON.stringify(marked) }));
    const get = (exercise: 'A' | 'D', account: string | null) =>
      valueOf(callCommand(other, 'answers:get', { participantId, exercise, accountId: account }));
    expect(get('A', null)?.enteredBy).toBe('learner');
    expect(get('D', accountId)?.enteredBy).toBe('trainer');
  });

  it('shows in the workbook: “Entered by the trainer” where the trainer typed, nothing where the learner did', async () => {
    const { api, db } = openTestApi();
    const trainer = workshopOf(api, 'facilitated');
    valueOf(
      callCommand(api, 'answers:save', {
        participantId: trainer.participantId,
        exercise: 'A',
        accountId: null,
        payload: list,
      }),
    );
    const now = new Date('2026-03-02T10:00:00.000Z');
    const text = pdfText(
      await renderDocument(
        loadDocumentData(
          db,
          {
            kind: 'workbook',
            workshopId: trainer.workshopId,
            participantId: trainer.participantId,
          },
          now,
        ),
      ),
    );
    expect(text.match(/Entered by the trainer/g)).toHaveLength(1);

    const learner = workshopOf(api, 'self-study');
    valueOf(
      callCommand(api, 'answers:save', {
        participantId: learner.participantId,
        exercise: 'A',
        accountId: null,
        payload: list,
      }),
    );
    const own = pdfText(
      await renderDocument(
        loadDocumentData(
          db,
          {
            kind: 'workbook',
            workshopId: learner.workshopId,
            participantId: learner.participantId,
          },
          now,
        ),
      ),
    );
    expect(own).not.toContain('Entered by');
  });
});
