// Vitest global setup: the main-bundle tests load out/electron/*.cjs, so they are rebuilt
// from the sources first (0.5 s), and the whole app is built once if it never was.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');

export default function buildBundles(): void {
  const everything = !existsSync(join(root, 'out/renderer/index.html'));
  execFileSync(process.execPath, ['scripts/build.mjs', ...(everything ? [] : ['--electron'])], {
    cwd: root,
    stdio: 'inherit',
  });
}
