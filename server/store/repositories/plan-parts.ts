import type { PlanPartKey } from '../../../shared/api/commands/plans';
import type { Db } from '../database';

export interface PlanPartRow extends PlanPartKey {
  payload: string;
  revision: number;
  updatedAt: string;
}

export function getPlanPart(db: Db, key: PlanPartKey): PlanPartRow | undefined {
  return db
    .prepare(
      `SELECT participant_id AS participantId, account_id AS accountId, part, payload,
         revision, updated_at AS updatedAt
       FROM plan_parts
       WHERE participant_id = ? AND part = ? AND coalesce(account_id, '') = coalesce(?, '')`,
    )
    .get(key.participantId, key.part, key.accountId) as PlanPartRow | undefined;
}

/** Writes a plan part, replacing the previous one; returns its new revision. */
export function upsertPlanPart(
  db: Db,
  key: PlanPartKey,
  payload: string,
  updatedAt: string,
): number {
  const row = db
    .prepare(
      `INSERT INTO plan_parts (participant_id, account_id, part, payload, revision, updated_at)
       VALUES (?, ?, ?, ?, 1, ?)
       ON CONFLICT (participant_id, part, coalesce(account_id, ''))
       DO UPDATE SET payload = excluded.payload, revision = revision + 1,
         updated_at = excluded.updated_at
       RETURNING revision`,
    )
    .get(key.participantId, key.accountId, key.part, payload, updatedAt) as { revision: number };
  return row.revision;
}

/** Every stored plan part of a workshop's participants and their accounts. */
export function listPlanPartsOfWorkshop(db: Db, workshopId: string): PlanPartRow[] {
  return db
    .prepare(
      `SELECT x.participant_id AS participantId, x.account_id AS accountId, x.part, x.payload,
         x.revision, x.updated_at AS updatedAt
       FROM plan_parts x JOIN participants p ON x.participant_id = p.id WHERE p.workshop_id = ?`,
    )
    .all(workshopId) as PlanPartRow[];
}
