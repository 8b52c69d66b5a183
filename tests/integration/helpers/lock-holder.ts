// Another program holding the workshop database: exclusive locking mode and one write, so
// no other connection can read it. Each line on stdin makes one more write; "done" quits.
import Database from 'better-sqlite3';
import { createInterface } from 'node:readline';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: lock-holder <file>');

const db = new Database(file);
db.pragma('locking_mode = EXCLUSIVE');
let writes = 0;
const write = () =>
  db
    .prepare(
      `INSERT INTO workshops (id, title, date, facilitator, client, mode, created_at, updated_at)
       VALUES (?, 'Held', '2026-11-25', '', '', 'facilitated', '', '')`,
    )
    .run(`held-${++writes}`);
write();
console.log('locked');

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'done') {
    db.close();
    process.exit(0);
  }
  write();
  console.log(`wrote ${writes}`);
});
