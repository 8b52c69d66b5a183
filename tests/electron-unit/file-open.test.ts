import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readWorkshopFile, workshopFileInArgv } from '../../electron/file-open';
import { tempDir } from '../integration/helpers/temp-store';

vi.mock('electron', () => ({}));

describe('opening workshop files with the desktop app', () => {
  it('finds a workshop file on the command line, skipping the executable and flags', () => {
    expect(workshopFileInArgv(['/app/kam', '--flag', '/home/a/Spring.KAMWORKSHOP.json'])).toBe(
      '/home/a/Spring.KAMWORKSHOP.json',
    );
    expect(workshopFileInArgv(['/app/kam', 'notes.json'])).toBeNull();
  });

  it('reads a workshop file for the import flow', async () => {
    const file = join(tempDir(), 'a.kamworkshop.json');
    writeFileSync(file, '{"format":"kam-workshop"}');
    expect(await readWorkshopFile(file)).toEqual({
      ok: true,
      value: { name: 'a.kamworkshop.json', text: '{"format":"kam-workshop"}' },
    });
  });

  it('refuses a file over 20 MB by its size, without reading it', async () => {
    const file = join(tempDir(), 'big.kamworkshop.json');
    writeFileSync(file, Buffer.alloc(20 * 1024 * 1024 + 1, 32));
    const read = await readWorkshopFile(file);
    expect(read.ok ? null : read.error.code).toBe('too-large');
  });
});
