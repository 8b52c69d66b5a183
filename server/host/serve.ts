import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../api/create-api';
import { startBackupSchedule } from '../services/backups/schedule';
import { NewerDatabaseError, openStore } from '../services/open-store';
import { closeStore } from '../store/database';
import { startHost } from './create-host';
import { RoomService } from './room/room-service';
import { parseServeOptions } from './serve-options';

/** `npm run serve -- --port <n> --data <dir>`: the browser host, until SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const options = parseServeOptions(process.argv.slice(2));
  const { db, file, notices } = openStore(options.dataDir);
  for (const notice of notices) {
    if (notice.kind === 'moved-aside') console.warn(notice.message);
    else
      console.log(
        `Your data was updated to format ${notice.to}; the previous file was kept at ${notice.backupPath}.`,
      );
  }

  const out = join(dirname(fileURLToPath(import.meta.url)), '..');
  // The room listens on the local network only when the trainer opens it from the console.
  const room = new RoomService({ pageDir: join(out, 'room') });
  const api = createApi({ db, room });
  room.attach(api);
  const staticDir = join(out, 'renderer');
  const host = await startHost({
    api,
    staticDir,
    port: options.port,
    address: options.address,
  }).catch((error: NodeJS.ErrnoException) => {
    closeStore(db);
    if (error.code === 'EADDRINUSE') {
      throw new Error(`Port ${options.port} is already in use. Choose another with --port <n>.`);
    }
    throw error;
  });

  // A backup at most once a day while the host runs (the first one now, if today has none).
  const backups = startBackupSchedule(db);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing open requests and closing the database…`);
    // Requests under way finish first (their writes commit), then the file is closed cleanly.
    await room.shutdown();
    await host.close();
    await backups.stop();
    closeStore(db);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  console.log(`KAM Relationship Workshop is running at ${host.url}`);
  console.log(`Data: ${file}`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof NewerDatabaseError || error instanceof Error ? error.message : String(error);
  console.error(message);
  process.exit(error instanceof NewerDatabaseError ? 3 : 1);
});
