/** Reading a template file: its format and version first, then its one schema. */
import { formatIssuePath } from '../api/errors';
import {
  MAX_TEMPLATE_FILE_BYTES,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  TemplateFile,
} from './template-file';

/** A template file that can be imported, or what is wrong with it and where. */
export type TemplateFileCheck =
  { ok: true; file: TemplateFile } | { ok: false; path: string; message: string };

const refuse = (path: string, message: string): TemplateFileCheck => ({ ok: false, path, message });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed JSON value is a template file this version reads. A file of another version
 * is refused naming its version, before its content is judged: its shape may be another one.
 */
export function checkTemplateFile(value: unknown): TemplateFileCheck {
  if (!isRecord(value) || value.format !== TEMPLATE_FILE_FORMAT) {
    const workshop = isRecord(value) && value.format === 'kam-workshop';
    return refuse(
      'format',
      workshop
        ? 'This is a workshop file, not a template: import it with Import workshop… on the home screen.'
        : `This is not a KAM content template (it needs "format": "${TEMPLATE_FILE_FORMAT}").`,
    );
  }
  const version = value.version;
  if (version !== TEMPLATE_FILE_VERSION) {
    const whole = typeof version === 'number' && Number.isInteger(version);
    return refuse(
      'version',
      whole && version > TEMPLATE_FILE_VERSION
        ? `This template was made by a newer version of KAM Relationship Workshop (template ` +
            `version ${version}; this version reads version ${TEMPLATE_FILE_VERSION}). Please ` +
            'update the app to import it.'
        : `This template has version ${JSON.stringify(version) ?? 'missing'}, which no version ` +
            `of KAM Relationship Workshop wrote (this version reads template version ` +
            `${TEMPLATE_FILE_VERSION}).`,
    );
  }
  const parsed = TemplateFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(formatIssuePath(issue?.path ?? []), issue?.message ?? 'not a template file');
  }
  return { ok: true, file: parsed.data };
}

/** Reads a template file's text: its size, then complete JSON, then `checkTemplateFile`. */
export function readTemplateText(text: string, bytes: number): TemplateFileCheck {
  if (bytes > MAX_TEMPLATE_FILE_BYTES) {
    return refuse(
      '',
      `This file is larger than ${MAX_TEMPLATE_FILE_BYTES / 1024 / 1024} MB, too large to be a template.`,
    );
  }
  try {
    return checkTemplateFile(JSON.parse(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse('', `This file is not complete JSON (${detail}).`);
  }
}
