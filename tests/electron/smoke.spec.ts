import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Electron binary, found the way the electron package itself finds it, but with fs
 * only: requiring 'electron' here would start a download on machines without one.
 */
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

// The list reporter shows a skip as a bare dash: say why in the log too.
if (binary === null) console.warn(`Skipping the Electron smoke tests: ${NO_ELECTRON}`);

test.describe('desktop app', () => {
  test.skip(binary === null, NO_ELECTRON);
  test.skip(
    !built,
    'The app is not built (out/electron/main.cjs missing); run `npm run build` first',
  );

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kam-electron-'));
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

  test('opens the console window on the Workshops home screen', async () => {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('KAM Relationship Workshop');
    await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/kam\//);
  });

  test('still shows the app after a reload on a deep route', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
    await page.evaluate(() => history.pushState(null, '', '/workshops/not-a-real-id'));
    await page.reload();
    await expect(page.locator('#root')).not.toBeEmpty();
  });

  test('gives the page window.kam and nothing of Node', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const globals = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return {
        kam: typeof scope.kam,
        kamKeys: scope.kam ? Object.keys(scope.kam).sort() : [],
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
      };
    });
    expect(globals).toEqual({
      kam: 'object',
      kamKeys: ['invoke', 'onEvent'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  test('keeps its data in KAM_DATA_DIR', async () => {
    await app.firstWindow();
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(userData).toBe(dataDir);
    expect(existsSync(join(dataDir, 'workshop.db'))).toBe(true);
  });
});
