import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exitCodeOf, spawnTs, waitForOutput } from './helpers/child';
import { tempDir } from './helpers/temp-store';

const ROUNDS = 24;
/** Participants the answer writer rotates its saves over. */
const WRITERS = 5;

interface Ack {
  revision: number;
  n: number;
}

describe('crash safety', () => {
  it(`keeps every acknowledged answer and a sound file across ${ROUNDS} SIGKILLs at random moments`, async () => {
    const dataDir = tempDir('kam-crash-');
    let totalAcks = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const child = spawnTs('tests/integration/helpers/answer-writer.ts', [dataDir, String(round)]);
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      // Killed at a random moment after the first acknowledged save: on a loaded machine the
      // writer may need longer than the random wait to acknowledge anything at all.
      await waitForOutput(child, /^ack /m);
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 300));
      child.kill('SIGKILL');
      await exitCodeOf(child);

      const acked = new Map<string, Ack>();
      for (const [, participant, revision, n] of output.matchAll(/^ack (\S+) (\d+) (\d+)$/gm)) {
        acked.set(participant!, { revision: Number(revision), n: Number(n) });
        totalAcks++;
      }
      expect(acked.size, `round ${round} made progress`).toBeGreaterThan(0);

      const db = new Database(join(dataDir, 'workshop.db'));
      expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
      const read = db.prepare(
        "SELECT revision, payload FROM answers WHERE participant_id = ? AND exercise = 'A'",
      );
      for (const [participant, ack] of acked) {
        const row = read.get(participant) as { revision: number; payload: string } | undefined;
        expect(row, `answer of ${participant} in round ${round}`).toBeDefined();
        // Saves after the last acknowledgement may have committed too (their acks can still
        // sit in the child's output buffer when it is killed), but nothing acknowledged is lost,
        // and the stored answer is exactly the save its revision says: saves rotate over the
        // writer's participants, so each revision of one participant is WRITERS saves on.
        const later = row!.revision - ack.revision;
        expect(later).toBeGreaterThanOrEqual(0);
        expect(row!.payload).toContain(`round ${round} save ${ack.n + later * WRITERS} `);
      }
      db.close();
    }
    console.log(
      `crash safety: ${ROUNDS} SIGKILLs, ${totalAcks} acknowledged saves checked, none lost`,
    );
    expect(totalAcks).toBeGreaterThan(ROUNDS);
  }, 180_000);
});
