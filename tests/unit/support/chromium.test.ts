import { describe, expect, it } from 'vitest';
import { chooseChromium, NO_CHROMIUM, type Machine } from '../../support/chromium';

const PLAYWRIGHTS = '/root/.cache/ms-playwright/chromium-1255/chrome-linux/chrome';
const PACKAGED = '/project/node_modules/.cache/sparticuz-chromium-153.0.0/chromium';

/** A Linux x64 machine with exactly the given files, and the package's Chromium to unpack. */
function machine(files: string[], overrides: Partial<Machine> = {}): Machine {
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    platform: 'linux',
    arch: 'x64',
    exists: (path) => files.includes(path),
    playwrightChromium: () => PLAYWRIGHTS,
    packagedChromium: () => PACKAGED,
    ...overrides,
  };
}

const pathOf = (chosen: ReturnType<typeof chooseChromium>) =>
  'error' in chosen ? chosen.error : chosen.executablePath;

describe('the browser the end-to-end tests use', () => {
  it('is the one CHROMIUM_PATH names, before any other', () => {
    const found = machine(['/opt/chrome', PLAYWRIGHTS, '/usr/bin/chromium'], {
      env: { CHROMIUM_PATH: '/opt/chrome', PATH: '/usr/bin' },
    });
    expect(chooseChromium(found)).toEqual({
      executablePath: '/opt/chrome',
      why: 'CHROMIUM_PATH names it',
    });
  });

  it('is not silently another when CHROMIUM_PATH names nothing', () => {
    const found = machine([PLAYWRIGHTS], { env: { CHROMIUM_PATH: '/opt/nothing' } });
    expect(chooseChromium(found)).toEqual({
      error: `CHROMIUM_PATH is /opt/nothing, which does not exist. ${NO_CHROMIUM}`,
    });
  });

  it("is Playwright's own Chromium before a system one", () => {
    expect(pathOf(chooseChromium(machine([PLAYWRIGHTS, '/usr/bin/chromium'])))).toBe(PLAYWRIGHTS);
  });

  it('is a Chrome or Chromium on the PATH when Playwright has none', () => {
    expect(pathOf(chooseChromium(machine(['/usr/bin/chromium'])))).toBe('/usr/bin/chromium');
    expect(pathOf(chooseChromium(machine(['/usr/local/bin/google-chrome'])))).toBe(
      '/usr/local/bin/google-chrome',
    );
  });

  it('is the installed Google Chrome on macOS and Windows', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(pathOf(chooseChromium(machine([mac], { platform: 'darwin', arch: 'arm64' })))).toBe(mac);
    const windows = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const onWindows = machine([windows], {
      platform: 'win32',
      env: { PROGRAMFILES: 'C:\\Program Files' },
    });
    expect(pathOf(chooseChromium(onWindows))).toBe(windows);
  });

  it("is the package's headless Chromium on Linux x64 with no other browser, saying why", () => {
    expect(chooseChromium(machine([]))).toEqual({
      executablePath: PACKAGED,
      why: 'headless Chromium from the @sparticuz/chromium package; no CHROMIUM_PATH, Playwright browser or system Chrome/Chromium',
    });
  });

  it('is never unpacked from the package where another browser exists', () => {
    let unpacked = false;
    const found = machine(['/usr/bin/chromium'], {
      packagedChromium: () => {
        unpacked = true;
        return PACKAGED;
      },
    });
    chooseChromium(found);
    expect(unpacked).toBe(false);
  });

  it('is none, with one line saying how to get one, where the package cannot run', () => {
    for (const elsewhere of [
      machine([], { arch: 'arm64' }),
      machine([], { platform: 'darwin', arch: 'arm64' }),
      machine([], { packagedChromium: () => null }),
      machine([], { playwrightChromium: () => null, packagedChromium: () => null }),
    ]) {
      expect(chooseChromium(elsewhere)).toEqual({ error: NO_CHROMIUM });
    }
    expect(NO_CHROMIUM).not.toContain('\n');
  });
});
