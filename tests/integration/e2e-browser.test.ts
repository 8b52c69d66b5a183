import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_CHROMIUM } from '../support/chromium';

/** `playwright test --list`: loads the config, which finds the browser, and runs no test. */
function listE2e(env: Record<string, string>) {
  // A runner's choice handed down to its workers must not stand in for the search.
  const { KAM_E2E_CHROMIUM: _handedDown, ...parent } = process.env;
  return spawnSync(
    process.execPath,
    ['node_modules/@playwright/test/cli.js', 'test', '--list', '--project', 'e2e'],
    { encoding: 'utf8', env: { ...parent, ...env }, timeout: 60_000 },
  );
}

describe('the end-to-end step', () => {
  it('says which browser it uses and why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-browser-'));
    const browser = join(dir, 'chromium');
    writeFileSync(browser, '#!/bin/sh\necho "Chromium 999.0.1"\n', { mode: 0o755 });
    const run = listE2e({ CHROMIUM_PATH: browser });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `End-to-end browser: Chromium 999.0.1 at ${browser} (CHROMIUM_PATH names it)`,
    );
  });

  it('fails with one line saying how to get a browser where it has none', () => {
    const run = listE2e({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `CHROMIUM_PATH is /nonexistent/chromium, which does not exist. ${NO_CHROMIUM}\n`,
    );
  });
});
