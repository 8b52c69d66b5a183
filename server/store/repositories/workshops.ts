import type { Workshop, WorkshopSummary } from '../../../shared/schemas/workshop';
import type { Db } from '../database';

const workshopColumns = `id, title, date, facilitator, client, mode,
  created_at AS createdAt, updated_at AS updatedAt`;

export function insertWorkshop(db: Db, workshop: Workshop): void {
  db.prepare(
    `INSERT INTO workshops (id, title, date, facilitator, client, mode, created_at, updated_at)
     VALUES (@id, @title, @date, @facilitator, @client, @mode, @createdAt, @updatedAt)`,
  ).run(workshop);
}

/** Every workshop with its head counts, newest first. */
export function listWorkshopSummaries(db: Db): WorkshopSummary[] {
  return db
    .prepare(
      `SELECT ${workshopColumns},
        (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participantCount,
        (SELECT count(*) FROM accounts a JOIN participants p ON a.participant_id = p.id
          WHERE p.workshop_id = w.id) AS accountCount
       FROM workshops w ORDER BY created_at DESC, rowid DESC`,
    )
    .all() as WorkshopSummary[];
}

export function getWorkshop(db: Db, id: string): Workshop | undefined {
  return db.prepare(`SELECT ${workshopColumns} FROM workshops WHERE id = ?`).get(id) as
    Workshop | undefined;
}

/** Returns false when there is no such workshop. */
export function renameWorkshop(db: Db, id: string, title: string, updatedAt: string): boolean {
  return (
    db
      .prepare('UPDATE workshops SET title = ?, updated_at = ? WHERE id = ?')
      .run(title, updatedAt, id).changes > 0
  );
}

/** Marks a workshop as changed now (its people or answers changed). */
export function touchWorkshop(db: Db, id: string, updatedAt: string): void {
  db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(updatedAt, id);
}

/** Deletes a workshop and, by cascade, everything in it. */
export function deleteWorkshop(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM workshops WHERE id = ?').run(id).changes > 0;
}
