// electron-builder.yml as electron-builder itself reads it (its own loader, its own schema).
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';

export const projectDir = join(import.meta.dirname, '../../..');

let loaded: Promise<Configuration> | undefined;

/** The packaging configuration, loaded once per test file. */
export function builderConfig(): Promise<Configuration> {
  loaded ??= getConfig(projectDir, null, null);
  return loaded;
}
