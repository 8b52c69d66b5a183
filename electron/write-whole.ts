import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file all at once: to a temporary file beside it, then renamed over it, so a
 * failure (disk full, no permission, a sync client holding the file) never leaves a
 * half-written file under the real name.
 */
export async function writeWhole(path: string, data: string | Buffer): Promise<void> {
  const partial = `${path}.${randomUUID()}.part`;
  try {
    await writeFile(partial, data);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** What each error the OS gives a write means for the user. */
const writeFailures: Readonly<Record<string, string>> = {
  EACCES: 'you do not have permission to save in that folder',
  EPERM:
    'the file is locked or you may not save there (a sync client such as OneDrive or Dropbox may be holding it)',
  EBUSY:
    'the file is in use by another program (a sync client such as OneDrive or Dropbox may be holding it)',
  ETXTBSY: 'the file is in use by another program',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EROFS: 'that disk is read-only',
  ENOENT: 'that folder does not exist (any more)',
  ENOTDIR: 'that folder does not exist (any more)',
  EISDIR: 'a folder already has that name',
  ENAMETOOLONG: 'the name is too long',
};

/** Says in a sentence why a file could not be saved at `path`, and what to do about it. */
export function describeWriteFailure(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    (code !== undefined && writeFailures[code]) ||
    (error instanceof Error ? error.message : String(error));
  return `${path} could not be saved: ${reason}. Try again, or choose another folder or name.`;
}
