import type { AnswerKey } from '../../../shared/api/commands/answers';
import type { Db } from '../database';

export interface AnswerRow extends AnswerKey {
  payload: string;
  revision: number;
  updatedAt: string;
}

export function getAnswer(db: Db, key: AnswerKey): AnswerRow | undefined {
  return db
    .prepare(
      `SELECT participant_id AS participantId, exercise, account_id AS accountId, payload,
        revision, updated_at AS updatedAt
       FROM answers
       WHERE participant_id = ? AND exercise = ? AND coalesce(account_id, '') = coalesce(?, '')`,
    )
    .get(key.participantId, key.exercise, key.accountId) as AnswerRow | undefined;
}

/** Writes an answer, replacing the previous one; returns its new revision. */
export function upsertAnswer(db: Db, key: AnswerKey, payload: string, updatedAt: string): number {
  const row = db
    .prepare(
      `INSERT INTO answers (participant_id, exercise, account_id, payload, revision, updated_at)
       VALUES (?, ?, ?, ?, 1, ?)
       ON CONFLICT (participant_id, exercise, coalesce(account_id, ''))
       DO UPDATE SET payload = excluded.payload, revision = revision + 1,
         updated_at = excluded.updated_at
       RETURNING revision`,
    )
    .get(key.participantId, key.exercise, key.accountId, payload, updatedAt) as {
    revision: number;
  };
  return row.revision;
}

/** Every stored answer of a workshop's participants and their accounts. */
export function listAnswersOfWorkshop(db: Db, workshopId: string): AnswerRow[] {
  return db
    .prepare(
      `SELECT a.participant_id AS participantId, a.exercise, a.account_id AS accountId, a.payload,
         a.revision, a.updated_at AS updatedAt
       FROM answers a JOIN participants p ON a.participant_id = p.id WHERE p.workshop_id = ?`,
    )
    .all(workshopId) as AnswerRow[];
}
