import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import type { Db } from '../database';
import { parseStoredJson } from '../stored-json';

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
      `SELECT s.id, s.account_id AS accountId, s.scores, s.total, s.stage,
         s.scored_at AS scoredAt, a.name AS accountName
       FROM stage_scorings s JOIN accounts a ON a.id = s.account_id
       WHERE s.account_id = ? ORDER BY s.scored_at DESC, s.rowid DESC`,
    )
    .all(accountId) as Array<
    Omit<StageScoring, 'scores'> & { scores: string; accountName: string }
  >;
  return rows.map(({ accountName, ...row }) => {
    const what = () => `A stage scoring of ${accountName} saved ${row.scoredAt}`;
    return { ...row, scores: parseStoredJson(row.scores, what) as StageScoring['scores'] };
  });
}

export function deleteStageScoring(db: Db, id: string): string | undefined {
  const row = db
    .prepare('DELETE FROM stage_scorings WHERE id = ? RETURNING account_id AS accountId')
    .get(id) as { accountId: string } | undefined;
  return row?.accountId;
}
