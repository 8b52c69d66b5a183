import { ContentChanges, noContentChanges } from '../../../shared/content/content-changes';
import type { Db } from '../database';

/** A workshop's changes to the course's content; none when never changed. */
export function getContentChanges(db: Db, workshopId: string): ContentChanges {
  const row = db
    .prepare('SELECT changes FROM workshop_content WHERE workshop_id = ?')
    .get(workshopId) as { changes: string } | undefined;
  if (!row) return noContentChanges;
  const parsed = ContentChanges.safeParse(JSON.parse(row.changes));
  // Changes this version cannot read fall back to the course: the session can still run.
  return parsed.success ? parsed.data : noContentChanges;
}

export function putContentChanges(
  db: Db,
  workshopId: string,
  changes: ContentChanges,
  updatedAt: string,
): void {
  db.prepare(
    `INSERT INTO workshop_content (workshop_id, changes, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET changes = excluded.changes,
       updated_at = excluded.updated_at`,
  ).run(workshopId, JSON.stringify(changes), updatedAt);
}
