// Runs a built CommonJS bundle (out/electron/*.cjs) in this Node process as Electron would load
// it, except that its `require('electron')`, `process` and `console` are the stand-in's.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';

/**
 * Where the Electron bundles are: out/electron, as `npm run build` writes them (the vitest
 * global setup rebuilds them), or KAM_MAIN_BUNDLE_DIR — e.g. `out/electron` inside a packaged
 * app's extracted app.asar, to run these tests on what a package ships.
 */
export const bundleDir =
  process.env.KAM_MAIN_BUNDLE_DIR ?? join(import.meta.dirname, '../../../out/electron');

export interface BundleScope {
  /** What `require(id)` gives for ids the bundle keeps external; undefined means Node's own. */
  module(id: string): unknown;
  process: NodeJS.Process;
  console: Console;
}

/** Evaluates one bundle file in a fresh module scope: nothing is shared with an earlier run. */
export function runBundle(file: string, scope: BundleScope): void {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  const run = compileFunction(
    readFileSync(file, 'utf8'),
    ['exports', 'require', 'module', '__filename', '__dirname', 'process', 'console'],
    { filename: file },
  );
  const nodeRequire = createRequire(file);
  const require = (id: string) => scope.module(id) ?? nodeRequire(id);
  const module = { exports: {} };
  run(module.exports, require, module, file, dirname(file), scope.process, scope.console);
}

/** The process the bundle sees: this one, with its platform, argv, cwd and env replaced. */
export function processSeenAs(overrides: {
  platform: NodeJS.Platform;
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}): NodeJS.Process {
  const replaced: Record<string | symbol, unknown> = {
    platform: overrides.platform,
    argv: overrides.argv,
    env: overrides.env,
    cwd: () => overrides.cwd,
  };
  return new Proxy(process, {
    get(target, key) {
      if (key in replaced) return replaced[key];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
