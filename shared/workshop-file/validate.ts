import { formatIssuePath } from '../api/errors';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION } from './format';
import { detachMissingSources, findAnswerReferenceProblem } from './answer-references';
import { findReferenceProblem, type FileProblem } from './references';
import { WorkshopFile } from './schema';
import { OLDEST_FILE_VERSION, upgradeFile } from './upgrades';

/** A checked workshop file, or the first thing wrong with it and whether it is from a newer app. */
export type WorkshopFileCheck =
  { ok: true; file: WorkshopFile } | { ok: false; problem: FileProblem; newerVersion: boolean };

function refuse(path: string, message: string, newerVersion = false): WorkshopFileCheck {
  return { ok: false, problem: { path, message }, newerVersion };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed JSON value is a workshop file this version can import: the format and
 * version first (a newer file is refused before its content is judged, since its shape may
 * have changed), then an older file is upgraded, then the shape, then the references between
 * its parts and inside its answers. A problem's path is where it is in the file as written.
 */
export function checkWorkshopFile(value: unknown): WorkshopFileCheck {
  if (!isRecord(value) || value.format !== WORKSHOP_FILE_FORMAT) {
    return refuse(
      'format',
      `This is not a KAM workshop file (it needs "format": "${WORKSHOP_FILE_FORMAT}").`,
    );
  }
  const version = value.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > WORKSHOP_FILE_VERSION) {
    return refuse(
      'version',
      `This workshop file was made by a newer version of KAM Relationship Workshop ` +
        `(file version ${version}; this version reads up to ${WORKSHOP_FILE_VERSION}). ` +
        'Please update the app to import it.',
      true,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_FILE_VERSION) {
    return refuse(
      'version',
      `This workshop file has version ${JSON.stringify(version) ?? 'missing'}, which no version ` +
        `of KAM Relationship Workshop wrote (this version reads file versions ` +
        `${OLDEST_FILE_VERSION} to ${WORKSHOP_FILE_VERSION}).`,
    );
  }
  const { file, pathInFile } = upgradeFile(value, version);
  const parsed = WorkshopFile.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      pathInFile(formatIssuePath(issue?.path ?? [])),
      issue?.message ?? 'not a workshop file',
    );
  }
  const problem = findReferenceProblem(parsed.data) ?? findAnswerReferenceProblem(parsed.data);
  if (problem) return refuse(pathInFile(problem.path), problem.message);
  return { ok: true, file: detachMissingSources(parsed.data) };
}

/** A problem as one line a user can act on: `participants[2].name: Please enter a name`. */
export function describeProblem(problem: FileProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
