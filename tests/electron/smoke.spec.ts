import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bridgeMethodNames } from '../../shared/api/transport';
import { expect, test } from './support/electron-app';

test('opens the console window on the Workshops home screen', async ({ app }) => {
  const page = await app.firstWindow();
  await expect(page).toHaveTitle('KAM Relationship Workshop');
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/kam\//);
});

test('still shows the app after a reload on a deep route', async ({ app }) => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
  await page.evaluate(() => history.pushState(null, '', '/workshops/not-a-real-id'));
  await page.reload();
  await expect(page.locator('#root')).not.toBeEmpty();
});

test('gives the page window.kam and nothing of Node', async ({ app }) => {
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
    kamKeys: bridgeMethodNames,
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });
});

test('keeps its data in KAM_DATA_DIR', async ({ app, dataDir }) => {
  await app.firstWindow();
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(userData).toBe(dataDir);
  expect(existsSync(join(dataDir, 'workshop.db'))).toBe(true);
});
