// Fills the disk the store lives on (a small one: see confined-child.ts) by saving answers
// until a save is refused, then closes the store and reads the database back. Reports what
// happened as one JSON line.
import { join } from 'node:path';
import { callCommand, createApi } from '../../../server/api/create-api';
import { openStore } from '../../../server/services/open-store';
import { closeStore, openReadOnly } from '../../../server/store/database';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: full-disk-child <dataDir>');

const { db, file } = openStore(dataDir);
const api = createApi({ db, logError: () => undefined });
const workshop = callCommand(api, 'workshops:create', {
  title: 'Full disk',
  date: '2026-11-25',
  facilitator: '',
  client: '',
  mode: 'self-study',
});
if (!workshop.ok) throw new Error(workshop.error.message);
const detail = callCommand(api, 'workshops:get', { id: workshop.value.id });
if (!detail.ok) throw new Error(detail.error.message);
const key = {
  participantId: detail.value.participants[0]!.id,
  exercise: 'A' as const,
  accountId: null,
};

let saved = 0;
let refusal: { code: string; message: string } | null = null;
for (let n = 0; n < 10_000 && !refusal; n++) {
  // Different text each time, so every save needs new pages.
  const items = Array.from({ length: 8 }, (_, i) => ({
    id: `i${i}`,
    text: `save ${n} item ${i} ${Math.random()}`.padEnd(3_900, String.fromCharCode(97 + (n % 26))),
  }));
  const result = callCommand(api, 'answers:save', { ...key, payload: { items, matches: [] } });
  if (result.ok) saved = result.value.revision;
  else refusal = result.error;
}

const closed = closeStore(db);
const check = openReadOnly(join(dataDir, 'workshop.db'));
const row = check.prepare('SELECT revision FROM answers').get() as { revision: number };
check.close();
console.log(JSON.stringify({ saved, refusal, closed, revisionOnDisk: row.revision, file }));
