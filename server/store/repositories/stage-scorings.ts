import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import type { ScoringView } from '../../../shared/kinds/stage-scores';
import type { Db } from '../database';
import { parseStoredJson } from '../stored-json';

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
      `SELECT s.id, s.account_id AS accountId, s.scores, s.total, s.stage,
         s.scored_at AS scoredAt, s.view, s.map, a.name AS accountName
       FROM stage_scorings s JOIN accounts a ON a.id = s.account_id
       WHERE s.account_id = ? ORDER BY s.scored_at DESC, s.rowid DESC`,
    )
    .all(accountId) as Array<ScoringRow & { accountName: string }>;
  return rows
    .filter((row) => views === undefined || views.includes(row.view))
    .map(({ map, accountName, ...row }) => {
      const what = () => `A stage scoring of ${accountName} saved ${row.scoredAt}`;
      return {
        ...row,
        scores: parseStoredJson(row.scores, what) as StageScoring['scores'],
        ...(map === null
          ? {}
          : { map: parseStoredJson(map, what) as NonNullable<StageScoring['map']> }),
      };
    });
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
