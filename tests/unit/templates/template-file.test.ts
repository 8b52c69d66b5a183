import { describe, expect, it } from 'vitest';
import { ContentChanges } from '../../../shared/content/content-changes';
import { checkTemplateFile, readTemplateText } from '../../../shared/templates/read-template-file';
import {
  MAX_TEMPLATE_FILE_BYTES,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  templateFileName,
  type TemplateFile,
} from '../../../shared/templates/template-file';

const content = ContentChanges.parse({
  order: ['agenda', 'title'],
  skipped: ['exercise-c'],
  steps: { agenda: { plannedMs: 60_000, notes: 'Short.' } },
  exercises: {
    A: {
      questions: ['Why do customers stay?'],
      hint: '',
      durationMs: 420_000,
      model: { intro: 'Ours:', items: [{ id: 'own-1', text: 'Trust' }], theme: 'Value' },
    },
    F: { model: { stage: 'co-operative', headline: 'Co-operative', points: ['More people'] } },
  },
  slides: [
    { id: 'own-1', section: 2, title: 'Our case', points: ['A'], notes: '', plannedMs: 300_000 },
  ],
});

const file = (): TemplateFile => ({
  format: TEMPLATE_FILE_FORMAT,
  version: TEMPLATE_FILE_VERSION,
  exportedAt: '2026-11-25T10:00:00.000Z',
  app: { name: 'KAM Relationship Workshop', version: '0.1.0' },
  template: { name: 'Spring cohort', content },
});

const read = (value: unknown) => {
  const text = JSON.stringify(value);
  return readTemplateText(text, new TextEncoder().encode(text).length);
};

describe('a template file', () => {
  it('round-trips: the content read back is the content written', () => {
    const result = read(file());
    expect(result).toEqual({ ok: true, file: file() });
    if (result.ok) expect(result.file.template.content).toEqual(content);
  });

  it('refuses a version it does not read, naming it', () => {
    expect(read({ ...file(), version: 2 })).toMatchObject({
      ok: false,
      path: 'version',
      message: expect.stringMatching(/newer version .*template version 2.* reads version 1/),
    });
    for (const version of [0, 1.5, '1', null]) {
      expect(read({ ...file(), version })).toMatchObject({
        ok: false,
        path: 'version',
        message: expect.stringContaining(
          `has version ${JSON.stringify(version)}, which no version`,
        ),
      });
    }
    const { version: _version, ...noVersion } = file();
    expect(read(noVersion)).toMatchObject({
      message: expect.stringContaining('has version missing'),
    });
  });

  it('tells a workshop file and other JSON from a template', () => {
    expect(read({ format: 'kam-workshop', version: 2 })).toMatchObject({
      path: 'format',
      message: expect.stringContaining('This is a workshop file, not a template'),
    });
    expect(read([1, 2])).toMatchObject({ path: 'format' });
    expect(readTemplateText('{"format": "kam-workshop-tem', 30)).toMatchObject({
      message: expect.stringContaining('not complete JSON'),
    });
  });

  it('names the path of what is wrong inside it', () => {
    const broken = file();
    const value = JSON.parse(JSON.stringify(broken)) as {
      template: { content: { exercises: { A: { questions: string[] } } } };
    };
    value.template.content.exercises.A.questions = [''];
    expect(checkTemplateFile(value)).toMatchObject({
      ok: false,
      path: 'template.content.exercises.A.questions[0]',
    });
  });

  it('refuses a file too large to be a template before reading it', () => {
    expect(readTemplateText('{}', MAX_TEMPLATE_FILE_BYTES + 1)).toMatchObject({
      ok: false,
      message: expect.stringContaining('too large to be a template'),
    });
  });

  it('is named after the template, safely', () => {
    expect(templateFileName('Spring: cohort/2026')).toBe('Spring-cohort2026.kamtemplate.json');
    expect(templateFileName('***')).toBe('template.kamtemplate.json');
  });
});
