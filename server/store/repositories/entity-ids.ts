import type { Db } from '../database';

/** The first of these ids already held by a participant, an account or a stage scoring; null if none. */
export function firstIdInUse(db: Db, ids: readonly string[]): string | null {
  const taken = db.prepare(
    `SELECT 1 FROM participants WHERE id = @id UNION ALL SELECT 1 FROM accounts WHERE id = @id
     UNION ALL SELECT 1 FROM stage_scorings WHERE id = @id`,
  );
  return ids.find((id) => taken.get({ id }) !== undefined) ?? null;
}
