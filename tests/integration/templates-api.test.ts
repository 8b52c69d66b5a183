import { describe, expect, it } from 'vitest';
import { callCommand, type Api } from '../../server/api/create-api';
import { ContentChanges } from '../../shared/content/content-changes';
import type { ExportStatus } from '../../shared/api/commands/exports';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, snapshot } from './helpers/temp-store';

const fields = {
  title: 'Spring class',
  date: '2026-03-01',
  facilitator: 'Ann',
  client: 'Acme',
  mode: 'facilitated' as const,
};

const changes = ContentChanges.parse({
  skipped: ['exercise-c'],
  steps: { agenda: { notes: 'Keep it short.' } },
  exercises: { B: { durationMs: 420_000, hint: '' } },
});

function setUp() {
  const t = openTestApi();
  const workshop = valueOf(callCommand(t.api, 'workshops:create', fields));
  valueOf(callCommand(t.api, 'content:update', { workshopId: workshop.id, changes }));
  return { ...t, workshop };
}

async function exportedText(
  api: Api,
  templateId: string,
): Promise<{ text: string; status: ExportStatus }> {
  const started = valueOf(callCommand(api, 'exports:start', { kind: 'template', templateId }));
  for (let i = 0; i < 100; i++) {
    const status = valueOf(callCommand(api, 'exports:status', { jobId: started.jobId }));
    if (status.state === 'done') {
      const file = api.exportFile(started.jobId);
      if (!file) throw new Error('no file');
      expect(file.kind).toBe('template');
      return { text: file.bytes.toString('utf8'), status };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The export never finished');
}

describe('content templates through the api', () => {
  it('saves a workshop’s content under a name, and starts a new workshop from it', () => {
    const { api, workshop, events } = setUp();
    const saved = valueOf(
      callCommand(api, 'templates:save', { workshopId: workshop.id, name: 'Our way' }),
    );
    expect(saved).toMatchObject({
      name: 'Our way',
      summary: expect.stringContaining('1 exercise changed'),
    });
    expect(events).toContainEqual({ type: 'templates-changed' });
    expect(valueOf(callCommand(api, 'templates:list', {})).map((t) => t.name)).toEqual(['Our way']);

    const fresh = valueOf(
      callCommand(api, 'workshops:create', { ...fields, title: 'Autumn', templateId: saved.id }),
    );
    expect(valueOf(callCommand(api, 'content:get', { workshopId: fresh.id }))).toEqual(changes);
    // The template is a copy: the new workshop's changes are its own.
    valueOf(
      callCommand(api, 'content:update', {
        workshopId: fresh.id,
        changes: ContentChanges.parse({}),
      }),
    );
    expect(valueOf(callCommand(api, 'templates:list', {}))[0]?.summary).toBe(saved.summary);
  });

  it('asks before replacing a template of the same name, in any case', () => {
    const { api, workshop, db } = setUp();
    valueOf(callCommand(api, 'templates:save', { workshopId: workshop.id, name: 'Our way' }));
    valueOf(
      callCommand(api, 'content:update', {
        workshopId: workshop.id,
        changes: ContentChanges.parse({}),
      }),
    );
    const before = snapshot(db);
    const error = errorOf(
      callCommand(api, 'templates:save', { workshopId: workshop.id, name: 'OUR WAY' }),
    );
    expect(error).toMatchObject({ code: 'conflict', path: 'name' });
    expect(snapshot(db)).toBe(before);
    const replaced = valueOf(
      callCommand(api, 'templates:save', {
        workshopId: workshop.id,
        name: 'OUR WAY',
        replace: true,
      }),
    );
    expect(replaced).toMatchObject({ name: 'OUR WAY', summary: 'The course as written' });
    expect(valueOf(callCommand(api, 'templates:list', {}))).toHaveLength(1);
  });

  it('round-trips a template through its own file, numbering a name already taken', async () => {
    const { api, workshop } = setUp();
    const saved = valueOf(
      callCommand(api, 'templates:save', { workshopId: workshop.id, name: 'Our way' }),
    );
    const { text, status } = await exportedText(api, saved.id);
    expect(status.fileName).toBe('Our-way.kamtemplate.json');
    expect(JSON.parse(text)).toMatchObject({
      format: 'kam-workshop-template',
      version: 1,
      template: { name: 'Our way', content: changes },
    });
    const imported = valueOf(callCommand(api, 'templates:import', { text }));
    expect(imported.name).toBe('Our way (2)');
    const fresh = valueOf(
      callCommand(api, 'workshops:create', { ...fields, templateId: imported.id }),
    );
    expect(valueOf(callCommand(api, 'content:get', { workshopId: fresh.id }))).toEqual(changes);
  });

  it('refuses a template file of another version, naming it, and imports nothing', () => {
    const { api, db } = setUp();
    const before = snapshot(db);
    const text = JSON.stringify({
      format: 'kam-workshop-template',
      version: 9,
      exportedAt: '2026-11-25T10:00:00.000Z',
      app: { name: 'x', version: '9' },
      template: { name: 'Later', content: {} },
    });
    const error = errorOf(callCommand(api, 'templates:import', { text }));
    expect(error).toMatchObject({ code: 'validation', path: 'version' });
    expect(error.message).toMatch(/template version 9/);
    expect(snapshot(db)).toBe(before);
  });

  it('deletes a template; a workshop from a deleted template is refused', () => {
    const { api, workshop } = setUp();
    const saved = valueOf(
      callCommand(api, 'templates:save', { workshopId: workshop.id, name: 'Gone' }),
    );
    valueOf(callCommand(api, 'templates:delete', { id: saved.id }));
    expect(valueOf(callCommand(api, 'templates:list', {}))).toEqual([]);
    expect(errorOf(callCommand(api, 'templates:delete', { id: saved.id })).code).toBe('not-found');
    expect(
      errorOf(callCommand(api, 'workshops:create', { ...fields, templateId: saved.id })).code,
    ).toBe('not-found');
  });
});
