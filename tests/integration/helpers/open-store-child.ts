// Opens the store in a child process (as another user, on a read-only folder, …) and reports
// what happened as one JSON line.
import { openStore } from '../../../server/services/open-store';
import { closeStore } from '../../../server/store/database';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: open-store-child <dataDir>');

try {
  const { db, notices } = openStore(dataDir);
  closeStore(db);
  console.log(JSON.stringify({ opened: true, notices }));
} catch (error) {
  const { name, message, reason } = error as Error & { reason?: string };
  console.log(JSON.stringify({ opened: false, name, message, reason }));
}
