// The built main bundle on the Electron stand-in: workshop files opened with the app, from the
// command line (Windows, Linux), a second instance, and Finder's open-file (macOS), before and
// after the app is ready. The page must receive each one whenever it starts listening.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../shared/api/transport';
import { openDesktop, startDesktop, type Desktop } from './stand-in/desktop';
import type { StandInPage } from './stand-in/page';
import { tempDir } from '../integration/helpers/temp-store';

const text = '{"format":"kam-workshop","version":1}';

/** A workshop file on disk, in its own folder; returns its path. */
function workshopFile(name = 'Spring class.kamworkshop', dir = tempDir()): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const imported = (name: string): AppCommand => ({ type: 'import-file', file: { name, text } });

async function commandsOf(desktop: Desktop, index = 0): Promise<StandInPage> {
  return desktop.listeningPage(await desktop.window(index));
}

describe('a workshop file opened with the app on Windows and Linux', () => {
  it.each(['win32', 'linux'] as const)(
    'reaches the import on %s from the command line, however late the page starts listening',
    async (platform) => {
      const file = workshopFile();
      const desktop = openDesktop({ platform, args: [file], pageListensAfterMs: 300 });
      await desktop.ready();
      const page = await commandsOf(desktop);
      await vi.waitFor(() => expect(page.commands).toEqual([imported('Spring class.kamworkshop')]));
    },
  );

  it('takes the file: URI a Linux file manager passes (%U), spaces and all', async () => {
    const file = workshopFile('Spring class.kamworkshop');
    const desktop = openDesktop({ platform: 'linux', args: [pathToFileURL(file).href] });
    await desktop.ready();
    const page = await commandsOf(desktop);
    await vi.waitFor(() => expect(page.commands).toEqual([imported('Spring class.kamworkshop')]));
  });

  it('resolves a relative path against the directory the app was started in', async () => {
    const dir = tempDir();
    workshopFile('Spring class.kamworkshop', dir);
    const desktop = openDesktop({
      platform: 'win32',
      args: ['Spring class.kamworkshop'],
      cwd: dir,
    });
    await desktop.ready();
    const page = await commandsOf(desktop);
    await vi.waitFor(() => expect(page.commands).toEqual([imported('Spring class.kamworkshop')]));
  });

  it('still opens a file with the old .kamworkshop.json extension', async () => {
    const file = workshopFile('Spring class.kamworkshop.json');
    const desktop = openDesktop({ platform: 'win32', args: ['--allow-file-access', file] });
    await desktop.ready();
    const page = await commandsOf(desktop);
    await vi.waitFor(() =>
      expect(page.commands).toEqual([imported('Spring class.kamworkshop.json')]),
    );
  });

  it('tells the page when the file cannot be read, instead of dropping it', async () => {
    const missing = join(tempDir(), 'Gone.kamworkshop');
    const desktop = openDesktop({ platform: 'linux', args: [missing] });
    await desktop.ready();
    const page = await commandsOf(desktop);
    await vi.waitFor(() =>
      expect(page.commands).toEqual([
        { type: 'file-error', message: expect.stringContaining(missing) as unknown },
      ]),
    );
  });

  it('opens a second instance’s file, relative to that instance’s working directory, in the first', async () => {
    const desktop = await startDesktop({ platform: 'win32' });
    const [window] = desktop.windows;
    window?.minimize();
    const elsewhere = tempDir();
    workshopFile('Autumn.kamworkshop', join(elsewhere, 'files'));
    desktop.secondInstance(['files/Autumn.kamworkshop'], elsewhere);
    const page = await commandsOf(desktop);
    await vi.waitFor(() => expect(page.commands).toEqual([imported('Autumn.kamworkshop')]));
    expect(window?.isMinimized()).toBe(false);
    expect(window?.isFocused()).toBe(true);
    expect(desktop.windows).toHaveLength(1);
  });

  it('brings the window forward when started again without a file', async () => {
    const desktop = await startDesktop({ platform: 'linux' });
    const [window] = desktop.windows;
    window?.minimize();
    desktop.secondInstance([], tempDir());
    expect(window?.isMinimized()).toBe(false);
    expect(desktop.windows).toHaveLength(1);
  });
});

describe('a workshop file opened from Finder (macOS open-file)', () => {
  it('is taken before the app is ready and imported once the page listens', async () => {
    const file = workshopFile();
    const desktop = openDesktop({ platform: 'darwin', pageListensAfterMs: 300 });
    expect(desktop.openFile(file)).toBe(true);
    await desktop.ready();
    const page = await commandsOf(desktop);
    await vi.waitFor(() => expect(page.commands).toEqual([imported('Spring class.kamworkshop')]));
  });

  it('is imported into the open window when the app is running', async () => {
    const desktop = await startDesktop({ platform: 'darwin' });
    expect(desktop.openFile(workshopFile())).toBe(true);
    const page = await commandsOf(desktop);
    await vi.waitFor(() => expect(page.commands).toEqual([imported('Spring class.kamworkshop')]));
  });

  it('opens the console window for it when the app runs with no window open', async () => {
    const desktop = await startDesktop({ platform: 'darwin' });
    desktop.windows[0]?.close();
    expect(desktop.openFile(workshopFile())).toBe(true);
    const page = await commandsOf(desktop);
    await vi.waitFor(() => expect(page.commands).toEqual([imported('Spring class.kamworkshop')]));
    expect(desktop.windows).toHaveLength(1);
  });

  it('waits for the Dock to open a window when the file came with no window and no ready page', async () => {
    const desktop = await startDesktop({ platform: 'darwin' });
    desktop.windows[0]?.close();
    desktop.activate();
    expect(desktop.openFile(workshopFile())).toBe(true);
    const page = await commandsOf(desktop);
    await vi.waitFor(() => expect(page.commands).toEqual([imported('Spring class.kamworkshop')]));
    expect(desktop.windows).toHaveLength(1);
  });
});
