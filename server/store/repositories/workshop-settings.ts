import { defaultWorkshopSettings, WorkshopSettings } from '../../../shared/schemas/settings';
import type { Db } from '../database';
import { parseStoredJsonOrUndefined } from '../stored-json';

/** A workshop's PDF settings; the defaults when never set or unreadable. */
export function getWorkshopSettings(db: Db, workshopId: string): WorkshopSettings {
  const row = db
    .prepare('SELECT settings FROM workshop_settings WHERE workshop_id = ?')
    .get(workshopId) as { settings: string } | undefined;
  if (!row) return defaultWorkshopSettings;
  // Settings this version cannot read (or damaged on disk) should not block an export: fall back
  // to the defaults.
  const parsed = WorkshopSettings.safeParse(parseStoredJsonOrUndefined(row.settings));
  return parsed.success ? parsed.data : defaultWorkshopSettings;
}

export function putWorkshopSettings(
  db: Db,
  workshopId: string,
  settings: WorkshopSettings,
  updatedAt: string,
): void {
  db.prepare(
    `INSERT INTO workshop_settings (workshop_id, settings, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET settings = excluded.settings,
       updated_at = excluded.updated_at`,
  ).run(workshopId, JSON.stringify(settings), updatedAt);
}
