import { describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import { loadDocumentData } from '../../server/services/pdf/load-data';
import { renderDocument } from '../../server/services/pdf/render-document';
import { moduleSteps } from '../../shared/course/flow';
import { pdfText } from '../fixtures/workshops/inspect-pdf';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, snapshot } from './helpers/temp-store';

const fields = {
  title: 'Spring class',
  date: '2026-03-01',
  facilitator: 'Ann',
  client: 'Acme',
  mode: 'facilitated' as const,
};

function setUp() {
  const t = openTestApi();
  const workshop = valueOf(callCommand(t.api, 'workshops:create', fields));
  return { ...t, workshop };
}

const ownModel = {
  intro: 'What our customers told us:',
  items: [{ id: 'own-speed', text: 'Speed of response' }],
  theme: 'Trust, earned daily.',
};

describe('a workshop’s own content through the api', () => {
  it('keeps the trainer’s changes, tells every window, and starts from the course', () => {
    const { api, workshop, events } = setUp();
    expect(valueOf(callCommand(api, 'content:get', { workshopId: workshop.id }))).toMatchObject({
      skipped: [],
      exercises: {},
    });
    const changes = { exercises: { A: { model: ownModel } }, steps: {}, skipped: [], slides: [] };
    valueOf(callCommand(api, 'content:update', { workshopId: workshop.id, changes }));
    expect(
      valueOf(callCommand(api, 'content:get', { workshopId: workshop.id })).exercises.A?.model,
    ).toEqual(ownModel);
    expect(events).toContainEqual({ type: 'content-changed', workshopId: workshop.id });
  });

  it('refuses a model answer in the wrong shape, naming where, and saves nothing', () => {
    const { api, workshop, db } = setUp();
    const before = snapshot(db);
    const error = errorOf(
      callCommand(api, 'content:update', {
        workshopId: workshop.id,
        changes: { exercises: { A: { model: { intro: 'x' } } } } as never,
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.path).toMatch(/^changes\.exercises\.A\.model/);
    expect(snapshot(db)).toBe(before);
  });

  it('keeps the room on the step it was showing when the run of show is reordered', () => {
    const { api, workshop } = setUp();
    valueOf(
      callCommand(api, 'facilitation:move', {
        workshopId: workshop.id,
        move: { kind: 'to', index: 2 },
      }),
    );
    const showing = moduleSteps[2]!.id;
    const order = [showing, ...moduleSteps.map((s) => s.id).filter((id) => id !== showing)];
    valueOf(
      callCommand(api, 'content:update', {
        workshopId: workshop.id,
        changes: { order, skipped: [], steps: {}, exercises: {}, slides: [] },
      }),
    );
    const state = valueOf(callCommand(api, 'facilitation:get', { workshopId: workshop.id }));
    expect(state.stepIndex).toBe(0);
  });

  it('moves through the workshop’s run of show and starts an exercise’s timer at the trainer’s time', () => {
    const { api, workshop } = setUp();
    valueOf(
      callCommand(api, 'content:update', {
        workshopId: workshop.id,
        changes: {
          order: [
            'exercise-a',
            ...moduleSteps.map((s) => s.id).filter((id) => id !== 'exercise-a'),
          ],
          skipped: [],
          steps: {},
          exercises: { A: { durationMs: 120_000 } },
          slides: [],
        },
      }),
    );
    valueOf(
      callCommand(api, 'facilitation:update', {
        workshopId: workshop.id,
        patch: { autoStartTimer: true, stepIndex: 1 },
      }),
    );
    const state = valueOf(
      callCommand(api, 'facilitation:move', {
        workshopId: workshop.id,
        move: { kind: 'by', steps: -1 },
      }),
    );
    expect(state.stepIndex).toBe(0);
    expect(state.timers.A?.durationMs).toBe(120_000);
  });

  it('travels in the workshop file and comes back on import', () => {
    const { api, workshop } = setUp();
    const changes = {
      skipped: ['agenda'],
      steps: { title: { notes: 'Our own welcome.' } },
      exercises: { A: { model: ownModel } },
      slides: [],
    };
    valueOf(callCommand(api, 'content:update', { workshopId: workshop.id, changes }));
    const file = valueOf(callCommand(api, 'workshop-file:export', { workshopId: workshop.id }));
    expect(file.content).toMatchObject(changes);
    const other = openTestApi();
    valueOf(callCommand(other.api, 'workshop-file:import', { text: JSON.stringify(file) }));
    expect(
      valueOf(callCommand(other.api, 'content:get', { workshopId: workshop.id })),
    ).toMatchObject(changes);
  });

  it('puts the trainer’s model answer in the workbook instead of the course’s', async () => {
    const { api, workshop, db } = setUp();
    const detail = valueOf(
      callCommand(api, 'participants:add', { workshopId: workshop.id, name: 'Bea' }),
    );
    valueOf(
      callCommand(api, 'content:update', {
        workshopId: workshop.id,
        changes: { exercises: { A: { model: ownModel } }, steps: {}, skipped: [], slides: [] },
      }),
    );
    const data = loadDocumentData(
      db,
      { kind: 'workbook', workshopId: workshop.id, participantId: detail.participants[0]!.id },
      new Date(),
    );
    const text = pdfText(await renderDocument(data));
    expect(text).toContain('Speed of response');
    expect(text).toContain('Trust, earned daily.');
    expect(text).not.toContain('Preferential treatment');
  });
});
