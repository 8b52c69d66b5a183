// The built main bundle on the Electron stand-in: exporting and importing workshop files and
// saving PDFs through the native dialogs, each parented to the window that asked.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/api/errors';
import type { ExportStatus } from '../../shared/api/commands/exports';
import { tempDir } from '../integration/helpers/temp-store';
import { startDesktop } from './stand-in/desktop';
import { bridgeOf, createWorkshop } from './stand-in/workshops';

type Filters = { name: string; extensions: string[] }[];

describe('exporting a workshop file', () => {
  it('asks where in a save dialog on the asking window, offering .kamworkshop, and writes it whole', async () => {
    const desktop = await startDesktop({ platform: 'win32' });
    const kam = bridgeOf(desktop);
    const id = await createWorkshop(kam, 'Spring class');
    const folder = tempDir();
    const target = join(folder, 'Spring-class.kamworkshop');
    desktop.electron.answers.save.push(target);

    expect(await kam.exportWorkshopFile?.(id)).toEqual({ ok: true, value: { path: target } });
    const [dialog] = desktop.electron.dialogs;
    expect(dialog).toMatchObject({ kind: 'save', parent: desktop.windows[0] });
    expect(basename(String(dialog?.options.defaultPath))).toBe('Spring-class.kamworkshop');
    expect((dialog?.options.filters as Filters)[0]?.extensions).toEqual(['kamworkshop']);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({
      format: 'kam-workshop',
      workshop: { title: 'Spring class' },
    });
    expect(readdirSync(folder)).toEqual(['Spring-class.kamworkshop']);
  });

  it('says why the file could not be written, and leaves nothing half-written', async () => {
    const desktop = await startDesktop({ platform: 'linux' });
    const kam = bridgeOf(desktop);
    const id = await createWorkshop(kam);
    const folder = tempDir();
    // A folder that has since become a file: the write fails whoever runs the test.
    const notAFolder = join(folder, 'Workshops');
    writeFileSync(notAFolder, '');
    desktop.electron.answers.save.push(join(notAFolder, 'Spring-class.kamworkshop'));

    const saved = await kam.exportWorkshopFile?.(id);
    expect(saved).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Spring-class\.kamworkshop.*folder/s) as unknown },
    });
    expect(readdirSync(folder)).toEqual(['Workshops']);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const desktop = await startDesktop({ platform: 'darwin' });
    const kam = bridgeOf(desktop);
    desktop.electron.answers.save.push(null);
    expect(await kam.exportWorkshopFile?.(await createWorkshop(kam))).toEqual({
      ok: true,
      value: null,
    });
  });
});

describe('importing a workshop file', () => {
  it.each(['Spring class.kamworkshop', 'Spring class.kamworkshop.json'])(
    'reads %s picked in an open dialog on the asking window, and imports it',
    async (name) => {
      const desktop = await startDesktop({ platform: 'darwin' });
      const kam = bridgeOf(desktop);
      const id = await createWorkshop(kam);
      const file = join(tempDir(), name);
      desktop.electron.answers.save.push(file);
      await kam.exportWorkshopFile?.(id);
      await kam.invoke('workshops:delete', { id });

      desktop.electron.answers.open.push([file]);
      const picked = await kam.importWorkshopFile?.();
      if (!picked?.ok || !picked.value) throw new Error('nothing was picked');
      expect(picked.value.name).toBe(name);
      const dialog = desktop.electron.dialogs.at(-1);
      expect(dialog).toMatchObject({ kind: 'open', parent: desktop.windows[0] });
      const extensions = (dialog?.options.filters as Filters).flatMap((f) => f.extensions);
      expect(extensions).toEqual(expect.arrayContaining(['kamworkshop', 'json']));

      expect(await kam.invoke('workshop-file:import', { text: picked.value.text })).toMatchObject({
        ok: true,
        value: { status: 'imported', workshop: { title: 'Spring class' } },
      });
    },
  );
});

describe('saving a PDF export', () => {
  it('asks where in a save dialog on the asking window, and writes the PDF there', async () => {
    const desktop = await startDesktop({ platform: 'win32' });
    const kam = bridgeOf(desktop);
    const workshopId = await createWorkshop(kam);
    const started = (await kam.invoke('exports:start', {
      kind: 'summary',
      workshopId,
    })) as Result<ExportStatus>;
    if (!started.ok) throw new Error(started.error.message);
    await vi.waitFor(
      async () => {
        const status = (await kam.invoke('exports:status', {
          jobId: started.value.jobId,
        })) as Result<ExportStatus>;
        expect(status.ok && status.value.state).toBe('done');
      },
      { timeout: 15_000, interval: 100 },
    );
    const folder = join(tempDir(), 'PDFs');
    mkdirSync(folder);
    const target = join(folder, 'summary.pdf');
    desktop.electron.answers.save.push(target);

    expect(await kam.saveExport?.(started.value.jobId)).toEqual({
      ok: true,
      value: { path: target },
    });
    expect(desktop.electron.dialogs.at(-1)).toMatchObject({
      kind: 'save',
      parent: desktop.windows[0],
    });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(folder)).toEqual(['summary.pdf']);
  });
});
