import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../api/create-api';
import { NewerDatabaseError, openStore } from '../services/open-store';
import { startStoreUpkeep } from '../services/store-upkeep';
import { closeStore } from '../store/database';
import { startHost } from './create-host';
import { RoomService } from './room/room-service';
import { parseServeOptions } from './serve-options';

/** The longest a SIGTERM or SIGINT may take to end the host, whatever its clients do. */
const STOP_DEADLINE_MS = 9_500;

/** `npm run serve -- --port <n> --data <dir>`: the browser host, until SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const options = parseServeOptions(process.argv.slice(2));
  const opened = openStore(options.dataDir);
  const { db, file, notices } = opened;
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

  // Backups while the host runs, and the full integrity check of a large file in the background.
  const upkeep = startStoreUpkeep(opened);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing open requests and closing the database…`);
    // Whatever happens, the host is gone within the promised time; the database stays safe
    // even then (WAL), and the next start folds in what is left.
    setTimeout(() => {
      console.error(`Could not stop cleanly within ${STOP_DEADLINE_MS / 1000} s; exiting now.`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    // Requests under way finish first (their writes commit), then the file is closed cleanly.
    await room.shutdown();
    await host.close();
    const closing = await upkeep.close();
    if (closing) console.warn(closing);
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
