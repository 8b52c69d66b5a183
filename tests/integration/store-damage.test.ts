import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import { openStore } from '../../server/services/open-store';
import { startStoreUpkeep } from '../../server/services/store-upkeep';
import { closeStore } from '../../server/store/database';
import { createCompleteWorkshop } from '../unit/workshop-file/support/complete-workshop';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, tempDir } from './helpers/temp-store';

function checksOf(file: string): { quick: string; full: string } | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true });
    const quick = (db.pragma('quick_check') as Array<{ quick_check: string }>)[0]!.quick_check;
    const full = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)[0]!
      .integrity_check;
    return { quick, full };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Reads a SQLite varint at a position: its value and the position after it. */
function readVarint(bytes: Buffer, at: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    const byte = bytes[at + i]!;
    if (i === 8) return { value: value * 256 + byte, next: at + 9 };
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, next: at + i + 1 };
  }
  return { value, next: at + 9 };
}

/**
 * A database with a few workshops in it, then damaged as a failing disk would, in the way the
 * quick check passes and only the full check finds: the last byte of one entry of an index
 * (the row it points at) flipped, so the index no longer matches its table.
 */
function damageOnlyTheFullCheckFinds(): { dir: string; problem: string } {
  const source = openTestApi();
  for (let i = 0; i < 12; i++) createCompleteWorkshop(source.api);
  closeStore(source.db);
  const reader = new Database(source.file, { readonly: true });
  const roots = reader
    .prepare("SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
    .pluck()
    .all() as number[];
  reader.close();
  const bytes = readFileSync(source.file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  const dir = tempDir();
  const file = join(dir, 'workshop.db');
  for (const root of roots) {
    const page = (root - 1) * pageSize;
    // 0x0a: a leaf page of an index; its first cell's payload ends with the row id.
    if (bytes[page] !== 0x0a || bytes.readUInt16BE(page + 3) === 0) continue;
    const cell = page + bytes.readUInt16BE(page + 8);
    const { value: size, next } = readVarint(bytes, cell);
    const damaged = Buffer.from(bytes);
    damaged[next + size - 1]! ^= 0x40;
    writeFileSync(file, damaged);
    const checks = checksOf(file);
    if (checks && checks.quick === 'ok' && checks.full !== 'ok')
      return { dir, problem: checks.full };
  }
  throw new Error('No index gave damage that only the full check finds');
}

describe('damage the quick check misses', () => {
  it('is found at start in a file small enough to check in full, and the file is moved aside', () => {
    const { dir, problem } = damageOnlyTheFullCheckFinds();
    const { db, notices } = openStore(dir);
    expect(notices).toEqual([expect.objectContaining({ kind: 'moved-aside' })]);
    const notice = notices[0]!;
    expect(notice.kind === 'moved-aside' && notice.message).toContain(problem.slice(0, 40));
    closeStore(db);
  });

  it('is found in the background in a larger file, and the user is told what to do', async () => {
    const { dir, problem } = damageOnlyTheFullCheckFinds();
    const opened = openStore(dir, { fullCheckAtStartMaxBytes: 0 });
    expect(opened.notices).toEqual([]);
    expect(opened.integrityCheckDue).toBe(true);

    const told: string[] = [];
    const upkeep = startStoreUpkeep(opened, { onDamageFound: (message) => told.push(message) });
    expect(await upkeep.integrityChecked).toContain(problem);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(opened.file);
    expect(told[0]).toMatch(/found damage that the quick check at start cannot see/);
    expect(told[0]).toMatch(/export the workshops you need/);
    await upkeep.close();
  });

  it('a healthy larger file passes the background check and nobody is bothered', async () => {
    const dir = tempDir();
    closeStore(openStore(dir).db);
    const opened = openStore(dir, { fullCheckAtStartMaxBytes: 0 });
    const told: string[] = [];
    const upkeep = startStoreUpkeep(opened, { onDamageFound: (message) => told.push(message) });
    expect(await upkeep.integrityChecked).toBe('ok');
    expect(told).toEqual([]);
    await upkeep.close();
  });
});

/** Writes text that is not JSON into a stored row, as damage on disk would. */
function damageRow(db: Database.Database, sql: string, ...params: unknown[]): void {
  db.pragma('ignore_check_constraints = ON');
  expect(db.prepare(sql).run(...params).changes).toBe(1);
  db.pragma('ignore_check_constraints = OFF');
}

const BROKEN = '{"items":[{"id":"a1","text":"Tr\u0001ust"}';

describe('a stored row that cannot be parsed', () => {
  it('is an error for that answer alone, naming whose answer to which exercise', () => {
    const { api, db } = openTestApi();
    const workshopId = createCompleteWorkshop(api);
    const detail = valueOf(callCommand(api, 'workshops:get', { id: workshopId }));
    const alice = detail.participants[0]!;
    damageRow(
      db,
      "UPDATE answers SET payload = ? WHERE participant_id = ? AND exercise = 'A'",
      BROKEN,
      alice.id,
    );

    const error = errorOf(
      callCommand(api, 'answers:get', { participantId: alice.id, exercise: 'A', accountId: null }),
    );
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/Alice’s answer to exercise A is damaged in the database/);
    expect(error.message).toMatch(/restore a backup/i);
    // Everything else still reads.
    const b = valueOf(
      callCommand(api, 'answers:get', { participantId: alice.id, exercise: 'B', accountId: null }),
    );
    expect(b?.payload).toEqual({ items: [{ id: 'b1', text: 'Volume' }], matches: [] });
    valueOf(callCommand(api, 'workshops:get', { id: workshopId }));

    const exported = errorOf(callCommand(api, 'workshop-file:export', { workshopId }));
    expect(exported.code).toBe('damaged');
    expect(exported.message).toMatch(/Alice’s answer to exercise A is damaged/);
  });

  it('is an error for that account’s scorings alone, naming the scoring’s date', () => {
    const { api, db } = openTestApi();
    const workshopId = createCompleteWorkshop(api);
    const detail = valueOf(callCommand(api, 'workshops:get', { id: workshopId }));
    const account = detail.participants
      .flatMap((p) => p.accounts)
      .find((a) => a.name === 'Globex')!;
    const [newest] = valueOf(callCommand(api, 'scorings:list', { accountId: account.id }));
    damageRow(db, 'UPDATE stage_scorings SET scores = ? WHERE id = ?', '[3,3,', newest!.id);

    const error = errorOf(callCommand(api, 'scorings:list', { accountId: account.id }));
    expect(error.code).toBe('damaged');
    expect(error.message).toContain(`A stage scoring of Globex saved ${newest!.scoredAt}`);
    const other = detail.participants.flatMap((p) => p.accounts).find((a) => a.name === 'Initech')!;
    expect(valueOf(callCommand(api, 'scorings:list', { accountId: other.id }))).toEqual([]);
  });

  it('falls back for a facilitation state or PDF settings that cannot be parsed, as for one this version cannot read', () => {
    const { api, db } = openTestApi();
    const workshopId = createCompleteWorkshop(api);
    damageRow(db, 'UPDATE facilitation SET state = ? WHERE workshop_id = ?', '{"step', workshopId);
    valueOf(callCommand(api, 'settings:update', { workshopId, patch: { paper: 'letter' } }));
    damageRow(
      db,
      'UPDATE workshop_settings SET settings = ? WHERE workshop_id = ?',
      '{',
      workshopId,
    );

    expect(valueOf(callCommand(api, 'facilitation:get', { workshopId })).stepIndex).toBe(0);
    expect(valueOf(callCommand(api, 'settings:get', { workshopId })).paper).toBe('a4');
  });
});
