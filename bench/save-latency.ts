// Save latency of one 2 KB answer in its own transaction, into a database that already
// holds 10,000 answers, on a real file and on :memory: (the baseline of the same run).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { callCommand, createApi } from '../server/api/create-api';
import { applyConnectionSettings, type Db } from '../server/store/database';
import { runMigrations } from '../server/store/migrate';
import { migrations } from '../server/store/migrations';
import { openStore } from '../server/services/open-store';
import { upsertAnswer } from '../server/store/repositories/answers';
import { insertParticipant } from '../server/store/repositories/participants';
import { insertWorkshop } from '../server/store/repositories/workshops';
import { percentile, round } from './machine';

const EXISTING_ANSWERS = 10_000;
const SAVES = 2_000;
const PARTICIPANT_EXERCISES = ['A', 'B', 'E', 'F'] as const;

/** Fills the database with 10,000 answers: 2,500 participants × A, B, E, F. */
function fill(db: Db): string {
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
    for (let p = 0; p < EXISTING_ANSWERS / PARTICIPANT_EXERCISES.length; p++) {
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

function measure(db: Db) {
  const participantId = fill(db);
  const api = createApi({ db });
  const samples: number[] = [];
  for (let n = 0; n < SAVES; n++) {
    const payload = answerOfTwoKb(n);
    const started = performance.now();
    const result = callCommand(api, 'answers:save', {
      participantId,
      exercise: 'A',
      accountId: null,
      payload,
    });
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error.message);
  }
  samples.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(samples.at(-1)!),
  };
}

export function benchSaveLatency() {
  const dir = mkdtempSync(join(tmpdir(), 'kam-bench-'));
  const fileDb = openStore(dir).db;
  const file = measure(fileDb);
  fileDb.close();

  const memoryDb = new Database(':memory:');
  applyConnectionSettings(memoryDb);
  runMigrations(memoryDb, migrations);
  const memory = measure(memoryDb);
  memoryDb.close();

  const payloadBytes = JSON.stringify(answerOfTwoKb(0)).length;
  return {
    description: `answers:save of a ${payloadBytes}-byte answer, each in its own transaction, into ${EXISTING_ANSWERS} answers; ${SAVES} saves`,
    file,
    memory,
    ratioP50: round(file.p50Ms / memory.p50Ms, 2),
    ratioP99: round(file.p99Ms / memory.p99Ms, 2),
    target: 'file p99 under 2 ms',
    met: file.p99Ms < 2,
  };
}
