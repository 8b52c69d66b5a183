/**
 * The Chromium the end-to-end tests (and the benchmarks) drive, found or brought: a fresh clone
 * needs nothing but `npm install`. In order: CHROMIUM_PATH; a browser Playwright has installed; a
 * system Chrome or Chromium; else, on Linux x64, the headless Chromium inside @sparticuz/chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { x as untar } from 'tar';

/** A browser to launch, and why this one. */
export interface ChosenChromium {
  executablePath: string;
  why: string;
}

/** What the search can see of the machine: the real one, or a test's stand-in. */
export interface Machine {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  exists(path: string): boolean;
  /** Where Playwright keeps the Chromium `npx playwright install chromium` brings, if it has one here. */
  playwrightChromium(): string | null;
  /** Unpacks the package's Chromium (once) and returns its launcher; null without the package. */
  packagedChromium(): string | null;
}

/** What to do where none can be had: one line. */
export const NO_CHROMIUM =
  'No Chromium for the end-to-end tests: set CHROMIUM_PATH to a Chrome or Chromium, install Google Chrome, or run `npx playwright install chromium`.';

/** System browsers by platform, as installed by the usual packages and installers. */
function systemCandidates(machine: Machine): string[] {
  const { env, platform } = machine;
  if (platform === 'darwin')
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  if (platform === 'win32')
    return [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']]
      .filter((root): root is string => root !== undefined)
      .map((root) => win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  return dirs.flatMap((dir) => names.map((name) => join(dir, name)));
}

/** The first browser in the order, or an error saying what is wrong. */
export function chooseChromium(machine: Machine): ChosenChromium | { error: string } {
  const named = machine.env['CHROMIUM_PATH'];
  if (named !== undefined && named !== '') {
    return machine.exists(named)
      ? { executablePath: named, why: 'CHROMIUM_PATH names it' }
      : { error: `CHROMIUM_PATH is ${named}, which does not exist. ${NO_CHROMIUM}` };
  }
  const playwrights = machine.playwrightChromium();
  if (playwrights !== null && machine.exists(playwrights))
    return { executablePath: playwrights, why: 'Playwright has installed it' };
  const system = systemCandidates(machine).find((path) => machine.exists(path));
  if (system)
    return {
      executablePath: system,
      why: 'system browser; no CHROMIUM_PATH and no Playwright browser',
    };
  if (machine.platform === 'linux' && machine.arch === 'x64') {
    const packaged = machine.packagedChromium();
    if (packaged)
      return {
        executablePath: packaged,
        why: 'headless Chromium from the @sparticuz/chromium package; no CHROMIUM_PATH, Playwright browser or system Chrome/Chromium',
      };
  }
  return { error: NO_CHROMIUM };
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Unpacks @sparticuz/chromium into node_modules/.cache (so `npm ci` starts it afresh), next to
 * the NSS libraries and the font it carries, behind a launcher that points the browser at
 * them. Unpacked into a private folder and renamed into place, so two test runs starting at
 * once never see half a browser.
 */
function unpackPackagedChromium(): string | null {
  const require = createRequire(join(root, 'package.json'));
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    return null;
  }
  // The entry is build/index.js; the package's own files sit beside build/.
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const bin = join(packageDir, 'bin');
  const home = join(root, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
  const launcher = join(home, 'chromium');
  if (existsSync(launcher)) return launcher;

  const staging = `${home}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'fonts'), { recursive: true });
  const brotli = readFileSync(join(bin, 'chromium.br'));
  writeFileSync(join(staging, 'headless_shell'), brotliDecompressSync(brotli), { mode: 0o755 });
  untar({ file: join(bin, 'al2023.tar.br'), cwd: staging, sync: true });
  untar({ file: join(bin, 'fonts.tar.br'), cwd: join(staging, 'fonts'), sync: true });
  // The system's fonts where it has any, and the package's Open Sans where it has none.
  writeFileSync(
    join(staging, 'fonts.conf'),
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${join(home, 'fonts', 'fonts')}</dir>`,
      `  <cachedir>${join(home, 'fonts-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(staging, 'chromium'),
    [
      '#!/bin/sh',
      '# The headless Chromium of @sparticuz/chromium, with the libraries and fonts it carries.',
      `export LD_LIBRARY_PATH="${join(home, 'lib')}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"`,
      `export FONTCONFIG_FILE="${join(home, 'fonts.conf')}"`,
      `exec "${join(home, 'headless_shell')}" "$@"`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  try {
    renameSync(staging, home);
  } catch (error) {
    // Another run got there first: its copy is as good as ours.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(launcher)) throw error;
  }
  return launcher;
}

const realMachine: Machine = {
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  exists: existsSync,
  playwrightChromium: () => {
    try {
      return chromium.executablePath();
    } catch {
      // Playwright ships no Chromium for this platform.
      return null;
    }
  },
  packagedChromium: unpackPackagedChromium,
};

/** `Chromium 153.0.8010.0`, or the path where the browser will not say. */
function versionOf(executablePath: string): string {
  // chrome.exe answers --version by opening a window, not with a line.
  if (process.platform === 'win32') return executablePath;
  try {
    return execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
    }).trim();
  } catch {
    return executablePath;
  }
}

/**
 * The browser for this run. Found once, by the Playwright runner, and handed to its workers
 * through the environment, so the line saying which and why is printed once. Where there is
 * none, the run ends here with one line saying how to get one.
 */
export function e2eChromium(): string {
  const handedDown = process.env['KAM_E2E_CHROMIUM'];
  if (handedDown) return handedDown;
  const chosen = chooseChromium(realMachine);
  if ('error' in chosen) {
    console.error(chosen.error);
    process.exit(1);
  }
  console.log(
    `End-to-end browser: ${versionOf(chosen.executablePath)} at ${chosen.executablePath} (${chosen.why})`,
  );
  process.env['KAM_E2E_CHROMIUM'] = chosen.executablePath;
  return chosen.executablePath;
}
