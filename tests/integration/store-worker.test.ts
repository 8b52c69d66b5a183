import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import { startStoreWorker } from '../../server/store/store-worker';
import { closeStore } from '../../server/store/database';
import { valueOf } from './helpers/expect-result';
import { openTestApi } from './helpers/temp-store';

const autoCheckpointPages = (db: ReturnType<typeof openTestApi>['db']) =>
  db.pragma('wal_autocheckpoint', { simple: true });

async function eventually(condition: () => boolean, timeoutMs = 3_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return condition();
}

describe('the store worker', () => {
  it('takes checkpoints off the app’s connection while it runs, and gives them back when it stops', async () => {
    const { api, db, file } = openTestApi();
    expect(autoCheckpointPages(db)).toBe(1000);
    const worker = startStoreWorker(db, { checkpointEveryMs: 50 });
    await worker.ready;
    expect(autoCheckpointPages(db)).toBe(0);
    const sizeBefore = statSync(file).size;

    const workshop = valueOf(
      callCommand(api, 'workshops:create', {
        title: 'Spring class',
        date: '2026-03-01',
        facilitator: '',
        client: '',
        mode: 'self-study',
      }),
    );
    const me = valueOf(callCommand(api, 'workshops:get', { id: workshop.id })).participants[0]!;
    for (let n = 0; n < 300; n++) {
      const items = Array.from({ length: 10 }, (_, i) => ({
        id: `i${i}`,
        text: `${n} ${i} `.padEnd(1500, '.'),
      }));
      valueOf(
        callCommand(api, 'answers:save', {
          participantId: me.id,
          exercise: 'A',
          accountId: null,
          payload: { items, matches: [] },
        }),
      );
    }
    // The app's connection checkpoints no more: only the worker can have grown the file.
    expect(await eventually(() => statSync(file).size > sizeBefore)).toBe(true);
    await worker.close();
    expect(autoCheckpointPages(db)).toBe(1000);
    closeStore(db);
  });
});
