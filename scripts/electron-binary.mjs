// Where the Electron binary is, found with fs only: requiring 'electron' would start a download
// where the binary is missing (and throw where that fails) instead of answering.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The electron package's own names for its executable, where path.txt has not been written. */
const EXECUTABLES = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/**
 * The Electron binary the project's electron package installed (or the one under
 * ELECTRON_OVERRIDE_DIST_PATH, which the package itself honours); null where there is none.
 */
export function electronBinary(root) {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : (EXECUTABLES[process.platform] ?? 'electron');
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(dist, executable);
  return existsSync(binary) ? binary : null;
}
