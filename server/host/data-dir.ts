import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name, which is also the data folder's name, as Electron names it. */
export const PRODUCT_NAME = 'KAM Relationship Workshop';

/**
 * Where the app keeps its database by default: the same folder Electron uses for the
 * desktop app's user data, so the browser host and the desktop app see the same workshops.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
