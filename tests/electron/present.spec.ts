import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The Electron binary, found with fs only (requiring 'electron' could start a download). */
function electronBinary(): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(
    root,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const built = existsSync(join(root, 'out', 'electron', 'main.cjs'));
const NO_ELECTRON =
  'Electron binary not installed here (node_modules/electron/path.txt missing); run `npx install-electron` on a machine with internet';

if (binary === null) console.warn(`Skipping the Electron Present test: ${NO_ELECTRON}`);

test.describe('Present in the desktop app', () => {
  test.skip(binary === null, NO_ELECTRON);
  test.skip(
    !built,
    'The app is not built (out/electron/main.cjs missing); run `npm run build` first',
  );

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kam-electron-present-'));
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ['.'],
      cwd: root,
      env: { ...process.env, KAM_DATA_DIR: dataDir },
    });
  });

  test.afterEach(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('Present opens a second window on the presenter view', async () => {
    const console = await app.firstWindow();
    await console.getByRole('button', { name: 'New workshop' }).click();
    const dialog = console.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Desktop session');
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await console.getByRole('link', { name: 'Present the session' }).click();
    await expect(console.getByRole('heading', { name: 'Session console' })).toBeVisible();

    const opened = app.waitForEvent('window');
    await console.getByRole('button', { name: 'Present', exact: true }).click();
    const presenter = await opened;
    await expect(presenter.locator('.presenter[data-step-id="title"]')).toBeVisible();
    expect(presenter.url()).toMatch(/^app:\/\/kam\/workshops\/[\w-]+\/present$/);
    expect(app.windows()).toHaveLength(2);

    await console.keyboard.press('ArrowRight');
    await expect(presenter.locator('.presenter[data-step-id="agenda"]')).toBeVisible();
  });
});
