import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWorkshopFileName } from '../shared/workshop-file/format';

/**
 * The workshop file a command line names, as an absolute path; null if none. Windows passes
 * a path; a Linux file manager passes a `file:` URI (the .desktop entry's %U), percent-encoded;
 * a relative path is relative to the directory the app was started in, which for a second
 * instance is that instance's, not this one's.
 */
export function workshopFileInArgv(
  argv: readonly string[],
  workingDirectory: string,
): string | null {
  // argv[0] is the executable; flags (Chromium's, macOS's -psn_…) are never files.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const path = localPathOf(arg);
    if (path !== null && isWorkshopFileName(path))
      return isAbsolute(path) ? path : resolve(workingDirectory, path);
  }
  return null;
}

/** A command-line argument as a local path: a file: URI decoded, else the argument itself. */
function localPathOf(arg: string): string | null {
  if (!/^file:/i.test(arg)) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    // A file: URI naming another machine (file://server/…) is no local path.
    return null;
  }
}
