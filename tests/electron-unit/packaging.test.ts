// electron-builder.yml, checked with electron-builder's own loader, schema and file matching:
// no package is built in tests (that needs the Electron binary), so what drives it is.
import { lstatSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type { Configuration, PlatformSpecificBuildOptions } from 'app-builder-lib';
import type { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { expandMacro } from 'app-builder-lib/out/util/macroExpander';
import type { AppInfo } from 'app-builder-lib/out/appInfo';
import { DebugLogger, walk, type FilterStats } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_FILE_EXTENSION } from '../../shared/workshop-file/format';
import { builderConfig, projectDir } from './support/builder-config';

const require = createRequire(import.meta.url);
// Internal to electron-builder, but exactly how it chooses the files of a package.
const {
  FileMatcher: Matcher,
  getMainFileMatchers,
  getNodeModuleFileMatcher,
} = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: typeof FileMatcher;
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    options: PlatformSpecificBuildOptions,
    platformPackager: { info: Record<string, unknown> },
    outDir: string,
    isElectronCompile: boolean,
  ): FileMatcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    options: PlatformSpecificBuildOptions,
    packager: { config: Configuration; debugLogger: { isEnabled: boolean } },
  ): FileMatcher;
};

type Os = 'mac' | 'win' | 'linux';
type Arch = 'x64' | 'arm64';

/** Node's name for each of electron-builder's platforms: better-sqlite3 names its binaries so. */
const nodePlatform: Record<Os, NodeJS.Platform> = { mac: 'darwin', win: 'win32', linux: 'linux' };

const asArray = <T>(value: T | T[] | null | undefined): T[] =>
  value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];

/** electron-builder's macro expansion for one platform and architecture. */
const expanderFor = (os: Os, arch: Arch) => (pattern: string) =>
  expandMacro(pattern, arch, {} as AppInfo, { os, '/*': '{,/**/*}' });

/** The project's own files (not node_modules) electron-builder would put in the app. */
async function shippedAppFilesOf(config: Configuration, os: Os, arch: Arch): Promise<string[]> {
  const info = {
    config,
    projectDir,
    buildResourcesDir: config.directories?.buildResources ?? 'build',
    isPrepackedAppAsar: false,
    debugLogger: { isEnabled: false },
  };
  const matchers = getMainFileMatchers(
    projectDir,
    projectDir,
    expanderFor(os, arch),
    config[os] ?? {},
    { info },
    join(projectDir, config.directories?.output ?? 'dist'),
    false,
  );
  // Every matcher's files are copied, as electron-builder's computeFileSets does.
  const shipped = new Set<string>();
  for (const matcher of matchers) {
    const files = await walk(matcher.from, matcher.isEmpty() ? null : matcher.createFilter());
    for (const file of files) shipped.add(relative(projectDir, file));
  }
  return [...shipped];
}

/** The files of a package that electron-builder would copy into the app for one platform. */
function shippedFilesOf(config: Configuration, os: Os, arch: Arch, name: string): string[] {
  const expand = expanderFor(os, arch);
  const { patterns } = getNodeModuleFileMatcher(projectDir, projectDir, expand, config[os] ?? {}, {
    config,
    debugLogger: { isEnabled: false },
  });
  const dir = join(projectDir, 'node_modules', name);
  const matcher = new Matcher(dir, dir, expand, patterns);
  // As electron-builder's NodeModuleCopyHelper: no exclusions means no filter at all.
  const filter = matcher.isEmpty() ? () => true : matcher.createFilter();
  const shipped: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      const stat: FilterStats = lstatSync(path);
      stat.moduleFullFilePath = join('node_modules', name, relative(dir, path));
      if (!filter(path, stat)) continue;
      if (stat.isDirectory()) walk(path);
      else shipped.push(relative(dir, path));
    }
  };
  walk(dir);
  return shipped;
}

describe('the packaging configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(
      validateConfiguration(await builderConfig(), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('associates workshop files by one single-part extension, the one the app saves', async () => {
    // Explorer and LaunchServices look a type up by the last extension only.
    const extensions = asArray((await builderConfig()).fileAssociations).flatMap((association) =>
      asArray(association.ext),
    );
    expect(extensions).toEqual([WORKSHOP_FILE_EXTENSION.slice(1)]);
    expect(extensions[0]).toMatch(/^[a-z]+$/);
  });

  it('re-signs an unsigned macOS build ad hoc after flipping the fuses, or Apple Silicon refuses it', async () => {
    expect((await builderConfig()).electronFuses?.resetAdHocDarwinSignature).toBe(true);
  });

  it.each([
    ['linux', 'x64'],
    ['win', 'x64'],
    ['mac', 'arm64'],
  ] as const)(
    'puts of the project itself only the build and package.json into the %s %s app',
    async (os, arch) => {
      const shipped = await shippedAppFilesOf(await builderConfig(), os, arch);
      expect(shipped).toContain('package.json');
      expect(shipped).toContain(join('out', 'electron', 'main.cjs'));
      expect(
        shipped.filter((file) => file !== 'package.json' && !file.startsWith(`out${sep}`)),
      ).toEqual([]);
    },
  );

  it.each([
    ['linux', 'x64'],
    ['linux', 'arm64'],
    ['win', 'x64'],
    ['win', 'arm64'],
    ['mac', 'x64'],
    ['mac', 'arm64'],
  ] as const)(
    'ships %s %s only its own SQLite binary, unpacked, and no SQLite sources',
    async (os, arch) => {
      const config = await builderConfig();
      const shipped = shippedFilesOf(config, os, arch, 'better-sqlite3');
      expect(shipped.filter((file) => file.endsWith('.node'))).toEqual([
        join('prebuilds', `${nodePlatform[os]}-${arch}.node`),
      ]);
      expect(shipped.filter((file) => /^(deps|src)\//.test(file))).toEqual([]);
      expect(shipped).toContain(join('lib', 'index.js'));
      expect(shippedFilesOf(config, os, arch, 'node-addon-api')).toEqual([]);

      const unpack = new Matcher(projectDir, projectDir, (p) => p, asArray(config.asarUnpack));
      const binary = join(projectDir, 'node_modules/better-sqlite3/prebuilds/linux-x64.node');
      expect(unpack.createFilter()(binary, lstatSync(binary))).toBe(true);
    },
  );
});
