// A child process for the crash-safety test: saves answers through the api as fast as it
// can and prints "ack <participant> <revision> <n>" only after each save has committed.
import { callCommand, createApi } from '../../../server/api/create-api';
import { openStore } from '../../../server/services/open-store';
import { CHECKPOINT_EVERY_MS, startStoreWorker } from '../../../server/store/store-worker';

const [dataDir, round] = process.argv.slice(2);
if (!dataDir || !round) throw new Error('usage: answer-writer <dataDir> <round>');

const { db } = openStore(dataDir);
// As the app runs, checkpoints are taken by the store worker while saves go on; here far more
// often than in the app, so that the kills land in the middle of them too.
const worker = startStoreWorker(db, { checkpointEveryMs: CHECKPOINT_EVERY_MS / 20 });
await worker.ready;
const api = createApi({ db });
const created = callCommand(api, 'workshops:create', {
  title: `Round ${round}`,
  date: '2026-11-25',
  facilitator: 'Crash test',
  client: '',
  mode: 'facilitated',
});
if (!created.ok) throw new Error(created.error.message);
const participants: string[] = [];
for (let i = 0; i < 5; i++) {
  const added = callCommand(api, 'participants:add', {
    workshopId: created.value.id,
    name: `P${i}`,
  });
  if (!added.ok) throw new Error(added.error.message);
  participants.push(added.value.participants[i]!.id);
}
process.stdout.write('ready\n');

let n = 0;
function saveSome(): void {
  for (let i = 0; i < 20; i++, n++) {
    const participantId = participants[n % participants.length]!;
    // Sizes vary so that pages split and the WAL grows past checkpoints.
    const text = `round ${round} save ${n} `.padEnd(40 + ((n * 97) % 1500), '.');
    const saved = callCommand(api, 'answers:save', {
      participantId,
      exercise: 'A',
      accountId: null,
      payload: { items: [{ id: `i${n}`, text }], matches: [] },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    // Writes to a pipe are synchronous on Linux: once this returns, the parent can read it.
    process.stdout.write(`ack ${participantId} ${saved.value.revision} ${n}\n`);
  }
  setImmediate(saveSome);
}
saveSome();
