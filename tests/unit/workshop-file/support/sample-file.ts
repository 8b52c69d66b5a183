// A small valid workshop file, written by hand as another tool might write one.
import type { WorkshopFile } from '../../../../shared/workshop-file/schema';

/** The map of the sample's one account. */
export function sampleMap(file: WorkshopFile) {
  const map = file.participants[0]?.accounts[0]?.answers.G;
  if (!map) throw new Error('The sample has no map');
  return map;
}

/** A fresh copy each time, so a test can break one part of it. */
export function sampleFile(): WorkshopFile {
  return {
    format: 'kam-workshop',
    version: 2,
    exportedAt: '2026-03-02T10:00:00.000Z',
    app: { name: 'KAM Relationship Workshop', version: '0.1.0' },
    workshop: {
      id: 'w1',
      title: 'Spring class',
      date: '2026-03-01',
      facilitator: 'Ann',
      client: 'Acme',
      mode: 'facilitated',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T12:00:00.000Z',
    },
    facilitation: {
      stepIndex: 0,
      revealed: [],
      timers: {},
      blackScreen: false,
      hideNames: false,
      chimeMuted: false,
      autoStartTimer: false,
      revision: 0,
    },
    participants: [
      {
        id: 'p1',
        name: 'Alice',
        answers: { F: { stage: 'basic', why: '' } },
        accounts: [
          {
            id: 'a1',
            name: 'Globex',
            answers: {
              G: {
                people: [
                  { id: 'p1', side: 'supplier', level: 'middle', department: 'Sales' },
                  { id: 'p2', side: 'customer', level: 'senior', department: 'Buying' },
                ],
                links: [{ id: 'l1', from: 'p1', to: 'p2' }],
              },
            },
            scorings: [
              {
                id: 's1',
                scores: [1, 1, 1, 1, 1, 1],
                total: 6,
                stage: 'basic',
                scoredAt: '2026-03-01T10:00:00.000Z',
              },
            ],
          },
        ],
      },
    ],
  };
}
