import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import type { Db } from '../database';

export function insertStageScoring(db: Db, scoring: StageScoring): void {
  db.prepare(
    `INSERT INTO stage_scorings (id, account_id, scores, total, stage, scored_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    scoring.id,
    scoring.accountId,
    JSON.stringify(scoring.scores),
    scoring.total,
    scoring.stage,
    scoring.scoredAt,
  );
}

/** An account's scorings, newest first. */
export function listStageScorings(db: Db, accountId: string): StageScoring[] {
  const rows = db
    .prepare(
      `SELECT id, account_id AS accountId, scores, total, stage, scored_at AS scoredAt
       FROM stage_scorings WHERE account_id = ? ORDER BY scored_at DESC, rowid DESC`,
    )
    .all(accountId) as Array<Omit<StageScoring, 'scores'> & { scores: string }>;
  return rows.map((row) => ({ ...row, scores: JSON.parse(row.scores) as StageScoring['scores'] }));
}

export function deleteStageScoring(db: Db, id: string): string | undefined {
  const row = db
    .prepare('DELETE FROM stage_scorings WHERE id = ? RETURNING account_id AS accountId')
    .get(id) as { accountId: string } | undefined;
  return row?.accountId;
}
