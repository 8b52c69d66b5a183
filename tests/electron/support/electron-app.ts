import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test as base, type ElectronApplication } from '@playwright/test';
import { electronBinary } from '../../../scripts/electron-binary.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const binary = electronBinary(root);
const built = existsSync(join(root, 'out', 'electron', 'main.cjs'));
const NO_ELECTRON =
  'Electron binary not installed here; run `npx install-electron` on a machine with internet';
const NOT_BUILT = 'The app is not built (out/electron/main.cjs missing); run `npm run build` first';

// The list reporter shows a skip as a bare dash: say why in the log too.
if (binary === null) console.warn(`Skipping the Electron tests: ${NO_ELECTRON}`);

/** Why the real app cannot run here, or null: for specs whose setup needs it too. */
export const whyNoElectron = binary === null ? NO_ELECTRON : built ? null : NOT_BUILT;

/**
 * Tests of the real desktop app, each on a fresh data folder; skipped where Electron is absent.
 * `launchArgs` (test.use) are passed after the app, as a file manager passes a file.
 */
export const test = base.extend<{
  app: ElectronApplication;
  dataDir: string;
  launchArgs: string[];
}>({
  launchArgs: [[], { option: true }],
  dataDir: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kam-electron-'));
    await use(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ dataDir, launchArgs }, use, testInfo) => {
    testInfo.skip(whyNoElectron !== null, whyNoElectron ?? '');
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ['.', ...launchArgs],
      cwd: root,
      env: { ...process.env, KAM_DATA_DIR: dataDir },
    });
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
