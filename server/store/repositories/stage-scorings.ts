import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import type { ScoringView } from '../../../shared/kinds/stage-scores';
import type { Db } from '../database';

export function insertStageScoring(db: Db, scoring: StageScoring): void {
  db.prepare(
    `INSERT INTO stage_scorings (id, account_id, scores, total, stage, scored_at, view, map)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    scoring.id,
    scoring.accountId,
    JSON.stringify(scoring.scores),
    scoring.total,
    scoring.stage,
    scoring.scoredAt,
    scoring.view,
    scoring.map === undefined ? null : JSON.stringify(scoring.map),
  );
}

interface ScoringRow extends Omit<StageScoring, 'scores' | 'map'> {
  scores: string;
  map: string | null;
}

/** An account's scorings, newest first: every view, or only the views given. */
export function listStageScorings(
  db: Db,
  accountId: string,
  views?: readonly ScoringView[],
): StageScoring[] {
  const rows = db
    .prepare(
      `SELECT id, account_id AS accountId, scores, total, stage, scored_at AS scoredAt, view, map
       FROM stage_scorings WHERE account_id = ? ORDER BY scored_at DESC, rowid DESC`,
    )
    .all(accountId) as ScoringRow[];
  return rows
    .filter((row) => views === undefined || views.includes(row.view))
    .map(({ map, ...row }) => ({
      ...row,
      scores: JSON.parse(row.scores) as StageScoring['scores'],
      ...(map === null ? {} : { map: JSON.parse(map) as NonNullable<StageScoring['map']> }),
    }));
}

/** The contact map kept with an account's latest scoring that has one; null when none has. */
export function latestMapSnapshot(db: Db, accountId: string): string | null {
  const row = db
    .prepare(
      `SELECT map FROM stage_scorings WHERE account_id = ? AND map IS NOT NULL
       ORDER BY scored_at DESC, rowid DESC LIMIT 1`,
    )
    .get(accountId) as { map: string } | undefined;
  return row?.map ?? null;
}

export function deleteStageScoring(db: Db, id: string): string | undefined {
  const row = db
    .prepare('DELETE FROM stage_scorings WHERE id = ? RETURNING account_id AS accountId')
    .get(id) as { accountId: string } | undefined;
  return row?.accountId;
}
