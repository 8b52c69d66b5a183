import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openedFileCommand, readWorkshopFile } from '../../electron/file-open';
import { tempDir } from '../integration/helpers/temp-store';

vi.mock('electron', () => ({}));

describe('reading workshop files opened with the desktop app', () => {
  it('reads a workshop file for the import flow', async () => {
    const file = join(tempDir(), 'a.kamworkshop');
    writeFileSync(file, '{"format":"kam-workshop"}');
    expect(await readWorkshopFile(file)).toEqual({
      ok: true,
      value: { name: 'a.kamworkshop', text: '{"format":"kam-workshop"}' },
    });
  });

  it('refuses a file over 20 MB by its size, without reading it', async () => {
    const file = join(tempDir(), 'big.kamworkshop');
    writeFileSync(file, Buffer.alloc(20 * 1024 * 1024 + 1, 32));
    const read = await readWorkshopFile(file);
    expect(read.ok ? null : read.error.code).toBe('too-large');
  });

  it('turns a file that cannot be read into a message naming it, for the page to show', async () => {
    const missing = join(tempDir(), 'Gone.kamworkshop');
    expect(await openedFileCommand(missing)).toEqual({
      type: 'file-error',
      message: expect.stringContaining(missing) as unknown,
    });
  });
});
