import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** `npm start` after the build: scripts/start.mjs, with its output read line by line. */
class Start {
  readonly process: ChildProcess;
  output = '';
  private readonly exited: Promise<number | null>;

  constructor(
    env: Record<string, string>,
    readonly dir: string,
  ) {
    // Only what the script needs: no DISPLAY, BROWSER or PATH of the machine running the tests.
    this.process = spawn(
      process.execPath,
      ['scripts/start.mjs', '--port', '0', '--data', join(dir, 'data')],
      { env: { HOME: dir, PATH: join(dir, 'empty'), ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.process.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => this.process.once('exit', resolve));
  }

  async line(pattern: RegExp): Promise<RegExpExecArray> {
    await expect.poll(() => pattern.test(this.output), { timeout: 20_000 }).toBe(true);
    return pattern.exec(this.output)!;
  }

  stop(): Promise<number | null> {
    this.process.kill('SIGTERM');
    return this.exited;
  }

  exit(): Promise<number | null> {
    return this.exited;
  }
}

/** A display to pretend, a dist folder with no Electron in it, and a download bound to fail. */
function withoutElectron(dir: string) {
  return {
    DISPLAY: ':99',
    ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron'),
    // Refused at once on the loopback, so no download can be tried anywhere else.
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    electron_config_cache: join(dir, 'electron-cache'),
  };
}

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-start-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('without Electron, npm start says so in one line and serves the same app, printing the address where no browser opens', async ({
  page,
}) => {
  const start = new Start(withoutElectron(dir), dir);
  const [, address] = await start.line(/No browser could be opened here: open (\S+) in one\.\n/);
  expect(start.output.split('\n')[0]).toMatch(
    /^The desktop app cannot run here: the Electron binary is not installed and could not be downloaded \(.+\)\. Opening the workshop in your browser instead\.$/,
  );
  expect(start.output).toContain(`KAM Relationship Workshop is running at ${address}`);

  await page.goto(address!);
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  expect(await start.stop()).toBe(0);
});

test('without Electron, npm start opens the address in the default browser', async () => {
  const opened = join(dir, 'opened.txt');
  const browser = join(dir, 'browser');
  writeFileSync(browser, `#!/bin/sh\necho "$1" > "${opened}"\n`, { mode: 0o755 });
  const start = new Start({ ...withoutElectron(dir), BROWSER: browser }, dir);
  const [, address] = await start.line(/running at (\S+)/);
  await expect
    .poll(() => existsSync(opened) && readFileSync(opened, 'utf8').trim(), { timeout: 10_000 })
    .toBe(address);
  expect(start.output).not.toContain('No browser could be opened');
  expect(await start.stop()).toBe(0);
});

test('with an Electron binary and a display, npm start runs the desktop app with its arguments', async () => {
  const dist = join(dir, 'electron-dist');
  const ran = join(dir, 'ran.txt');
  mkdirSync(dist);
  writeFileSync(join(dist, 'electron'), `#!/bin/sh\necho "$@" > "${ran}"\nexit 7\n`, {
    mode: 0o755,
  });
  const start = new Start({ DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: dist }, dir);
  expect(await start.exit()).toBe(7);
  expect(readFileSync(ran, 'utf8').trim()).toBe(`. --port 0 --data ${join(dir, 'data')}`);
  expect(start.output).toBe('');
});
