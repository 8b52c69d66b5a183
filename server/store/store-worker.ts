import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { INTEGRITY_PROBLEMS_REPORTED, setAutomaticCheckpoints, type Db } from './database';

/**
 * The worker's code, run from a string so that it needs no file of its own in either build
 * (the browser host's ES module, the desktop app's CommonJS bundle). It loads the same
 * better-sqlite3 as the app, opens its own connection to the file and, on request, runs the
 * full integrity check; when asked to, it also folds the WAL into the database file now and
 * then (a PASSIVE checkpoint never blocks the app's writes). Either way the slow reads and
 * the fsyncs happen on this thread, never on the one answering the user.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const failure = (error) => ({ message: String(error && error.message), code: error && error.code });
let timer = null;
if (workerData.checkpointEveryMs > 0) {
  timer = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      parentPort.postMessage({ type: 'checkpoint-failed', error: failure(error) });
    }
  }, workerData.checkpointEveryMs);
}
parentPort.on('message', (message) => {
  if (message.type === 'integrity-check') {
    try {
      const rows = db.pragma('integrity_check(' + workerData.problemsReported + ')');
      const result = rows.map((row) => row.integrity_check).join('; ') || 'no answer';
      parentPort.postMessage({ type: 'integrity-checked', id: message.id, result });
    } catch (error) {
      parentPort.postMessage({ type: 'integrity-checked', id: message.id, error: failure(error) });
    }
  } else if (message.type === 'close') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
parentPort.postMessage({ type: 'ready' });
`;

/** The path of the better-sqlite3 this code runs with, so the worker loads the very same. */
function driverPath(): string {
  // The desktop bundle is CommonJS, where `require` is given; sources and the host are modules.
  const load = typeof require === 'function' ? require : createRequire(import.meta.url);
  return load.resolve('better-sqlite3');
}

/** How long close() lets the worker finish what it is doing before stopping it. */
const CLOSE_GRACE_MS = 1000;

type FromWorker =
  | { type: 'ready' }
  | { type: 'checkpoint-failed'; error: { message: string; code?: string } }
  | {
      type: 'integrity-checked';
      id: number;
      result?: string;
      error?: { message: string; code?: string };
    };

/**
 * How often the worker folds the WAL into the database file. Saves then never wait for a
 * checkpoint (SQLite would otherwise run one inside the save that fills the WAL to 1,000
 * pages, fsyncs included), and the WAL stays small.
 */
export const CHECKPOINT_EVERY_MS = 1_000;

export interface StoreWorkerOptions {
  /**
   * How often to fold the WAL into the database file, taking checkpoints off the app's
   * connection once the worker runs (and giving them back if it stops); 0 leaves them there.
   */
  checkpointEveryMs?: number;
  /** Where a failed checkpoint is reported (a full disk, say); the next one tries again. */
  onCheckpointError?: (error: Error) => void;
}

/** A second connection to the database file, on its own thread. */
export interface StoreWorker {
  /** Resolves once the worker's connection is open (rejects if it could not be). */
  ready: Promise<void>;
  /** SQLite's full integrity check of the file: 'ok', or the first problems found. */
  integrityCheck(): Promise<string>;
  /**
   * Stops checkpointing and closes the worker's connection; a check still running after
   * CLOSE_GRACE_MS is abandoned (it only reads), so closing the app never waits for it.
   */
  close(): Promise<void>;
}

/** Starts a second connection to an open database's file, on its own thread. */
export function startStoreWorker(db: Db, options: StoreWorkerOptions = {}): StoreWorker {
  const checkpointEveryMs = options.checkpointEveryMs ?? 0;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: driverPath(),
      file: db.name,
      checkpointEveryMs,
      problemsReported: INTEGRITY_PROBLEMS_REPORTED,
    },
  });
  // A worker never keeps the app running on its own.
  worker.unref();
  const pending = new Map<number, { resolve(result: string): void; reject(error: Error): void }>();
  let nextId = 0;
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true;
      for (const waiting of pending.values()) waiting.reject(new Error('The store worker stopped'));
      pending.clear();
      resolve();
    }),
  );
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    void exit.then(() => reject(new Error('The store worker stopped before it was ready')));
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') resolve();
      else if (message.type === 'checkpoint-failed') {
        options.onCheckpointError?.(Object.assign(new Error(message.error.message), message.error));
      } else {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) {
          waiting?.reject(Object.assign(new Error(message.error.message), message.error));
        } else waiting?.resolve(message.result ?? 'no answer');
      }
    });
  });
  // Whoever waits for it sees a failed start; nobody waiting is no unhandled rejection.
  ready.catch(() => undefined);
  if (checkpointEveryMs > 0) {
    void ready.then(
      () => {
        if (!exited && db.open) setAutomaticCheckpoints(db, false);
      },
      () => undefined,
    );
    // Whenever the worker stops, the app's own connection checkpoints again.
    void exit.then(() => db.open && setAutomaticCheckpoints(db, true));
  }
  // An error after start (the worker crashing) ends it: 'exit' rejects whatever still waits.
  worker.on('error', () => undefined);

  return {
    ready,
    async integrityCheck() {
      await ready;
      if (exited) throw new Error('The store worker has stopped');
      const id = ++nextId;
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'integrity-check', id });
      });
    },
    async close() {
      if (exited) return;
      worker.postMessage({ type: 'close' });
      const grace = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
      await exit;
      clearTimeout(grace);
    },
  };
}
