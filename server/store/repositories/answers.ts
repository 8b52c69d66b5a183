import type { AnswerKey } from '../../../shared/api/commands/answers';
import type { EnteredBy } from '../../../shared/exercises/entered-by';
import type { Db } from '../database';

export interface AnswerRow extends AnswerKey {
  payload: string;
  revision: number;
  updatedAt: string;
  enteredBy: EnteredBy;
}

const COLUMNS = `participant_id AS participantId, exercise, account_id AS accountId, payload,
  revision, updated_at AS updatedAt, entered_by AS enteredBy`;

export function getAnswer(db: Db, key: AnswerKey): AnswerRow | undefined {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM answers
       WHERE participant_id = ? AND exercise = ? AND coalesce(account_id, '') = coalesce(?, '')`,
    )
    .get(key.participantId, key.exercise, key.accountId) as AnswerRow | undefined;
}

/** Writes an answer, replacing the previous one and who entered it; returns its new revision. */
export function upsertAnswer(
  db: Db,
  key: AnswerKey,
  payload: string,
  updatedAt: string,
  enteredBy: EnteredBy,
): number {
  const row = db
    .prepare(
      `INSERT INTO answers
         (participant_id, exercise, account_id, payload, revision, updated_at, entered_by)
       VALUES (?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (participant_id, exercise, coalesce(account_id, ''))
       DO UPDATE SET payload = excluded.payload, revision = revision + 1,
         updated_at = excluded.updated_at, entered_by = excluded.entered_by
       RETURNING revision`,
    )
    .get(key.participantId, key.exercise, key.accountId, payload, updatedAt, enteredBy) as {
    revision: number;
  };
  return row.revision;
}

/** Every stored answer of a workshop's participants and their accounts. */
export function listAnswersOfWorkshop(db: Db, workshopId: string): AnswerRow[] {
  return db
    .prepare(
      // No column of answers is also one of participants: the join needs no prefixes.
      `SELECT ${COLUMNS} FROM answers JOIN participants p ON participant_id = p.id
       WHERE p.workshop_id = ?`,
    )
    .all(workshopId) as AnswerRow[];
}
