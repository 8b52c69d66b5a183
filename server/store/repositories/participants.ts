import type { Db } from '../database';

export interface ParticipantRow {
  id: string;
  workshopId: string;
  name: string;
}

export function insertParticipant(db: Db, row: ParticipantRow, createdAt: string): void {
  db.prepare(
    `INSERT INTO participants (id, workshop_id, name, position, created_at)
     VALUES (?, ?, ?,
       (SELECT coalesce(max(position), -1) + 1 FROM participants WHERE workshop_id = ?), ?)`,
  ).run(row.id, row.workshopId, row.name, row.workshopId, createdAt);
}

/** A workshop's participants in the order they were added. */
export function listParticipants(db: Db, workshopId: string): ParticipantRow[] {
  return db
    .prepare(
      `SELECT id, workshop_id AS workshopId, name FROM participants
       WHERE workshop_id = ? ORDER BY position`,
    )
    .all(workshopId) as ParticipantRow[];
}

export function getParticipant(db: Db, id: string): ParticipantRow | undefined {
  return db
    .prepare('SELECT id, workshop_id AS workshopId, name FROM participants WHERE id = ?')
    .get(id) as ParticipantRow | undefined;
}

export function renameParticipant(db: Db, id: string, name: string): boolean {
  return db.prepare('UPDATE participants SET name = ? WHERE id = ?').run(name, id).changes > 0;
}

/** Removes a participant with their accounts and answers. */
export function deleteParticipant(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM participants WHERE id = ?').run(id).changes > 0;
}
