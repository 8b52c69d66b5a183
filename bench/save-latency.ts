// Save latency of one 2 KB answer in its own transaction, into a database that already
// holds 10,000 or 100,000 answers (a trainer's database after years of courses), on a real
// file with the store worker taking the checkpoints as in the app, and on :memory: (the
// baseline of the same run).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { callCommand, createApi } from '../server/api/create-api';
import { applyConnectionSettings, closeStore, type Db } from '../server/store/database';
import { CHECKPOINT_EVERY_MS, startStoreWorker } from '../server/store/store-worker';
import { runMigrations } from '../server/store/migrate';
import { migrations } from '../server/store/migrations';
import { openStore } from '../server/services/open-store';
import { upsertAnswer } from '../server/store/repositories/answers';
import { insertParticipant } from '../server/store/repositories/participants';
import { insertWorkshop } from '../server/store/repositories/workshops';
import { percentile, round } from './machine';

const SIZES = [10_000, 100_000];
const SAVES = 2_000;
/** Saves made before measuring, so that caches and the JIT are warm in both runs alike. */
const WARM_UP_SAVES = 200;
const TARGET_P99_MS = 2;
const PARTICIPANT_EXERCISES = ['A', 'B', 'E', 'F'] as const;

/** Fills the database with `answers` answers: a quarter as many participants × A, B, E, F. */
function fill(db: Db, answers: number): string {
  const at = new Date().toISOString();
  const text = 'x'.repeat(400);
  db.transaction(() => {
    insertWorkshop(db, {
      id: 'w',
      title: 'Bench',
      date: '2026-11-25',
      facilitator: '',
      client: '',
      mode: 'facilitated',
      createdAt: at,
      updatedAt: at,
    });
    for (let p = 0; p < answers / PARTICIPANT_EXERCISES.length; p++) {
      insertParticipant(db, { id: `p${p}`, workshopId: 'w', name: `P${p}` }, at);
      for (const exercise of PARTICIPANT_EXERCISES) {
        const payload =
          exercise === 'F'
            ? { stage: null, why: text }
            : exercise === 'E'
              ? { positives: [], negatives: [], suitable: null, reason: text, matches: [] }
              : { items: [{ id: 'i', text }], matches: [] };
        upsertAnswer(
          db,
          { participantId: `p${p}`, exercise, accountId: null },
          JSON.stringify(payload),
          at,
          'trainer',
        );
      }
    }
  })();
  return 'p0';
}

/** A list answer of about 2 KB once serialised. */
function answerOfTwoKb(n: number) {
  const items = Array.from({ length: 10 }, (_, i) => ({
    id: `i${i}`,
    text: `save ${n} item ${i} `.padEnd(180, '.'),
  }));
  return { items, matches: [] };
}

function measure(db: Db, participantId: string) {
  const api = createApi({ db });
  const samples: number[] = [];
  for (let n = 0; n < WARM_UP_SAVES + SAVES; n++) {
    const payload = answerOfTwoKb(n);
    const started = performance.now();
    const result = callCommand(api, 'answers:save', {
      participantId,
      exercise: 'A',
      accountId: null,
      payload,
    });
    if (n >= WARM_UP_SAVES) samples.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error.message);
  }
  samples.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(samples.at(-1)!),
  };
}

/**
 * On a file, as the app runs it (the store worker takes the checkpoints), or as it ran before
 * (SQLite's own checkpoint inside the save that fills the WAL), for comparison.
 */
async function measureFile(answers: number, checkpoints: 'worker' | 'in-save') {
  const dir = mkdtempSync(join(tmpdir(), 'kam-bench-'));
  const db = openStore(dir).db;
  try {
    const participantId = fill(db, answers);
    // Measured at rest: the fill's WAL folded in, as after any close.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const worker = startStoreWorker(db, {
      checkpointEveryMs: checkpoints === 'worker' ? CHECKPOINT_EVERY_MS : 0,
    });
    await worker.ready;
    const file = measure(db, participantId);
    await worker.close();
    return { ...file, fileMiB: round(statSync(db.name).size / 2 ** 20, 1) };
  } finally {
    closeStore(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

function measureMemory(answers: number) {
  const db = new Database(':memory:');
  applyConnectionSettings(db);
  runMigrations(db, migrations);
  try {
    return measure(db, fill(db, answers));
  } finally {
    db.close();
  }
}

export async function benchSaveLatency() {
  const payloadBytes = JSON.stringify(answerOfTwoKb(0)).length;
  const bySize = [];
  for (const answers of SIZES) {
    const file = await measureFile(answers, 'worker');
    const fileCheckpointingInSave = await measureFile(answers, 'in-save');
    const memory = measureMemory(answers);
    bySize.push({
      existingAnswers: answers,
      file,
      fileCheckpointingInSave,
      memory,
      ratioP50: round(file.p50Ms / memory.p50Ms, 2),
      ratioP99: round(file.p99Ms / memory.p99Ms, 2),
      met: file.p99Ms < TARGET_P99_MS,
    });
  }
  return {
    description: `answers:save of a ${payloadBytes}-byte answer, each in its own transaction, into a database of ${SIZES.join(' or ')} answers; ${SAVES} saves after ${WARM_UP_SAVES} to warm up; "file": the checkpoints taken by the store worker, as the app runs; "fileCheckpointingInSave": SQLite's own checkpoint inside the save that fills the WAL, as before`,
    bySize,
    target: `file p99 under ${TARGET_P99_MS} ms at every size`,
    met: bySize.every((size) => size.met),
  };
}
