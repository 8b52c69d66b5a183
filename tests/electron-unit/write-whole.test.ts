import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWriteFailure, writeWhole } from '../../electron/write-whole';
import { tempDir } from '../integration/helpers/temp-store';

const failure = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
const path = '/Users/ana/OneDrive/Spring.kamworkshop';

describe('writeWhole', () => {
  it('writes the file under its name, with nothing left beside it', async () => {
    const dir = tempDir();
    await writeWhole(join(dir, 'a.kamworkshop'), 'whole');
    expect(readFileSync(join(dir, 'a.kamworkshop'), 'utf8')).toBe('whole');
    expect(readdirSync(dir)).toEqual(['a.kamworkshop']);
  });

  it('leaves neither the file nor its temporary copy when the rename fails', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a.kamworkshop'));
    await expect(writeWhole(join(dir, 'a.kamworkshop'), 'whole')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['a.kamworkshop']);
  });
});

describe('describeWriteFailure', () => {
  it.each([
    ['EACCES', 'permission'],
    ['EPERM', 'sync client'],
    ['EBUSY', 'sync client'],
    ['ENOSPC', 'disk is full'],
    ['EROFS', 'read-only'],
    ['ENOENT', 'folder does not exist'],
  ])('says what %s means for the user, naming the file', (code, meaning) => {
    const message = describeWriteFailure(failure(code), path);
    expect(message).toContain(path);
    expect(message).toContain(meaning);
    expect(message).toContain('choose another folder');
  });

  it('falls back to the error’s own message for anything else', () => {
    expect(describeWriteFailure(failure('EWHATEVER'), path)).toContain('EWHATEVER: failed');
  });
});
