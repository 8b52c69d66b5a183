import type { Account } from '../../../shared/schemas/workshop';
import type { Db } from '../database';

/** An account with the workshop it belongs to, for checks and change events. */
export interface AccountRow extends Account {
  workshopId: string;
}

export function insertAccount(db: Db, account: Account, createdAt: string): void {
  db.prepare(
    `INSERT INTO accounts (id, participant_id, name, position, created_at)
     VALUES (?, ?, ?,
       (SELECT coalesce(max(position), -1) + 1 FROM accounts WHERE participant_id = ?), ?)`,
  ).run(account.id, account.participantId, account.name, account.participantId, createdAt);
}

/** Every account of a workshop's participants, each participant's in the order added. */
export function listAccountsOfWorkshop(db: Db, workshopId: string): Account[] {
  return db
    .prepare(
      `SELECT a.id, a.participant_id AS participantId, a.name
       FROM accounts a JOIN participants p ON a.participant_id = p.id
       WHERE p.workshop_id = ? ORDER BY a.participant_id, a.position`,
    )
    .all(workshopId) as Account[];
}

export function getAccount(db: Db, id: string): AccountRow | undefined {
  return db
    .prepare(
      `SELECT a.id, a.participant_id AS participantId, a.name, p.workshop_id AS workshopId
       FROM accounts a JOIN participants p ON a.participant_id = p.id WHERE a.id = ?`,
    )
    .get(id) as AccountRow | undefined;
}

export function renameAccount(db: Db, id: string, name: string): boolean {
  return db.prepare('UPDATE accounts SET name = ? WHERE id = ?').run(name, id).changes > 0;
}

/** Removes an account with its answers. */
export function deleteAccount(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM accounts WHERE id = ?').run(id).changes > 0;
}
