import { FacilitationState, initialFacilitationState } from '../../../shared/schemas/facilitation';
import type { Db } from '../database';
import { parseStoredJsonOrUndefined } from '../stored-json';

/** The workshop's facilitation state; the initial state if it was never set. */
export function getFacilitationState(db: Db, workshopId: string): FacilitationState {
  const row = db.prepare('SELECT state FROM facilitation WHERE workshop_id = ?').get(workshopId) as
    { state: string } | undefined;
  if (!row) return initialFacilitationState;
  // A state this version cannot read, or damaged on disk, is not worth refusing the workshop over.
  const parsed = FacilitationState.safeParse(parseStoredJsonOrUndefined(row.state));
  return parsed.success ? parsed.data : initialFacilitationState;
}

export function putFacilitationState(
  db: Db,
  workshopId: string,
  state: FacilitationState,
  updatedAt: string,
): void {
  db.prepare(
    `INSERT INTO facilitation (workshop_id, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  ).run(workshopId, JSON.stringify(state), updatedAt);
}
