// On a small disk (see confined-child.ts): a store with some work in it, then a disk filled
// to the last byte by another file, then "Back up now" and the scheduled backup. Reports the
// results and what is left in the backups folder as one JSON line.
import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { callCommand, createApi } from '../../../server/api/create-api';
import { startBackupSchedule } from '../../../server/services/backups/schedule';
import { openStore } from '../../../server/services/open-store';
import { closeStore } from '../../../server/store/database';
import { createCompleteWorkshop } from '../../unit/workshop-file/support/complete-workshop';

const [dataDir = ''] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: full-disk-backup-child <dataDir>');

const opened = openStore(dataDir);
const api = createApi({ db: opened.db, logError: () => undefined });
for (let i = 0; i < 5; i++) createCompleteWorkshop(api);

/** Another program takes every byte left on the disk. */
function fillTheDisk(): void {
  const filler = openSync(join(dataDir, 'filler.bin'), 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(filler, chunk);
  } catch {
    // ENOSPC: full.
  } finally {
    closeSync(filler);
  }
}
fillTheDisk();

const manual = callCommand(api, 'backups:create', {});
const schedule = startBackupSchedule(opened.db, { onError: () => undefined });
let scheduled: string;
try {
  await schedule.runOnce();
  scheduled = 'made';
} catch (error) {
  scheduled = error instanceof Error ? error.message : String(error);
}
await schedule.stop();
const left = readdirSync(join(dataDir, 'backups'));
closeStore(opened.db);
console.log(JSON.stringify({ manual, scheduled, left }));
