import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStoreForDesktop } from '../../electron/startup-store';
import { DATABASE_FILE } from '../../server/services/open-store';
import { closeStore } from '../../server/store/database';

// startup-store.ts needs only Electron's types; the mock guards against a runtime import creeping in.
vi.mock('electron', () => ({}));

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kam-startup-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeDialog() {
  return {
    showErrorBox: vi.fn<(title: string, content: string) => void>(),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  };
}

describe('openStoreForDesktop', () => {
  it('opens a fresh store without bothering the user', async () => {
    const dialog = fakeDialog();
    const opened = await openStoreForDesktop(dataDir(), dialog);
    expect(opened?.db.open).toBe(true);
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    if (opened) closeStore(opened.db);
  });

  it('shows an error box and gives up on a database from a newer app, leaving it untouched', async () => {
    const dir = dataDir();
    const file = join(dir, DATABASE_FILE);
    const newer = new Database(file);
    newer.pragma('user_version = 9999');
    newer.close();
    const dialog = fakeDialog();

    expect(await openStoreForDesktop(dir, dialog)).toBeNull();
    const [title, message] = dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toMatch(/newer version/);
    expect(message).toMatch(/newer version of KAM Relationship Workshop/);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(9999);
    after.close();
  });

  it('tells the user when a damaged database was moved aside', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, DATABASE_FILE), 'this is not a sqlite database '.repeat(200));
    const dialog = fakeDialog();

    const opened = await openStoreForDesktop(dir, dialog);
    expect(opened).not.toBeNull();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const damaged = readdirSync(dir).find((name) => name.includes('.damaged-'));
    expect(damaged).toBeDefined();
    expect(JSON.stringify(dialog.showMessageBox.mock.calls[0])).toContain(damaged);
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    if (opened) closeStore(opened.db);
  });

  it('names what stops a database that is not damaged from opening, and moves nothing', async () => {
    const dir = dataDir();
    mkdirSync(join(dir, DATABASE_FILE));
    const dialog = fakeDialog();

    expect(await openStoreForDesktop(dir, dialog)).toBeNull();
    const [title, message] = dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe('The workshop database could not be opened');
    expect(message).toMatch(/it is a folder, not a file.*has not been changed/);
    expect(readdirSync(dir)).toEqual([DATABASE_FILE]);
  });
});
