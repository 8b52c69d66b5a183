import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type Api } from '../../../server/api/create-api';
import type { RoomControl } from '../../../server/api/room-control';
import type { Db } from '../../../server/store/database';
import { openStore, type OpenStoreOptions } from '../../../server/services/open-store';
import type { ServerEvent } from '../../../shared/api/events';

export function tempDir(prefix = 'kam-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A real database file in a fresh temp dir, an api over it, and the events it sent. */
export function openTestApi(
  dataDir = tempDir(),
  options: OpenStoreOptions & { now?: () => Date; room?: RoomControl } = {},
) {
  const { db, file, notices } = openStore(dataDir, options);
  const errors: unknown[] = [];
  let ids = 0;
  const api: Api = createApi({
    db,
    ...(options.now ? { now: options.now } : {}),
    ...(options.room ? { room: options.room } : {}),
    newId: () => `id-${++ids}`,
    logError: (_message, error) => errors.push(error),
  });
  const events: ServerEvent[] = [];
  api.subscribe((event) => events.push(event));
  return { api, db, file, notices, dataDir, events, errors };
}

/** Every row of every table, to prove that nothing was written. */
export function snapshot(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all() as Array<{ name: string }>;
  return JSON.stringify(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]),
  );
}
