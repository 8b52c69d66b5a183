import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpPaths } from '../../shared/api/transport';
import { startHost } from '../e2e/support/host';
import { expect, test, whyNoElectron } from './support/electron-app';

// The file a file manager would pass: a name with a space, in the new one-part extension.
const folder = join(tmpdir(), `kam-electron-file-${process.pid}`);
const file = join(folder, 'Spring class.kamworkshop');
test.skip(whyNoElectron !== null, whyNoElectron ?? '');
test.use({ launchArgs: [file] });

/** Makes the workshop file with the built browser host, as a user exporting it would. */
test.beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  const host = await startHost();
  const call = async (command: string, input: unknown) => {
    const response = await fetch(new URL(httpPaths.command(command), host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value: unknown };
    if (!result.ok) throw new Error(`${command} failed: ${JSON.stringify(result)}`);
    return result.value;
  };
  try {
    const created = (await call('workshops:create', {
      title: 'Spring class',
      date: '2026-03-02',
      facilitator: '',
      client: '',
      mode: 'facilitated',
    })) as { id: string };
    writeFileSync(
      file,
      JSON.stringify(await call('workshop-file:export', { workshopId: created.id })),
    );
  } finally {
    await host.stop();
    rmSync(host.dataDir, { recursive: true, force: true });
  }
});

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('imports the workshop file the app was started with, once its page listens', async ({
  app,
}) => {
  const page = await app.firstWindow();
  await expect(page.getByRole('status')).toContainText('Workshop “Spring class” imported');
  await expect(page.getByRole('link', { name: 'Spring class', exact: true })).toBeVisible();
});
