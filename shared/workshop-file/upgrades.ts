/**
 * How a workshop file of an older version is read: each version the app ever wrote has one
 * upgrade to the next, applied in turn to the parsed JSON before the current schema judges it.
 * Each upgrade also says where a path of the upgraded file was in the file as written, so a
 * problem is reported at the place the user can find it.
 */

/** One step from a version to the next. */
export interface FileUpgrade {
  /** The version this step reads. */
  from: number;
  upgrade(file: Record<string, unknown>): Record<string, unknown>;
  /** Where a path of the upgraded file was before this step. */
  pathBefore(path: string): string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 1 kept exercise G's map beside an account's answers; version 2 keeps it under `answers.G`. */
const fromVersion1: FileUpgrade = {
  from: 1,
  upgrade(file) {
    const participants = Array.isArray(file.participants)
      ? file.participants.map((participant: unknown) => {
          if (!isRecord(participant) || !Array.isArray(participant.accounts)) return participant;
          return { ...participant, accounts: participant.accounts.map(moveMapIntoAnswers) };
        })
      : file.participants;
    return { ...file, version: 2, participants };
  },
  pathBefore: (path) =>
    path.replace(/^(participants\[\d+\]\.accounts\[\d+\])\.answers\.G(?=$|[.[])/, '$1.map'),
};

function moveMapIntoAnswers(account: unknown): unknown {
  if (!isRecord(account) || !('map' in account) || !isRecord(account.answers)) return account;
  if ('G' in account.answers) return account;
  const { map, ...rest } = account;
  return { ...rest, answers: { ...account.answers, G: map } };
}

/** Every upgrade, oldest first: version N is read by applying those from N onwards. */
export const fileUpgrades: readonly FileUpgrade[] = [fromVersion1];

/** The oldest file version this app reads. */
export const OLDEST_FILE_VERSION = fileUpgrades[0]?.from ?? 1;

/**
 * Brings a file of `version` up to the current one; returns it with a function that maps a
 * path of the result back to where it was in the file as written.
 */
export function upgradeFile(
  file: Record<string, unknown>,
  version: number,
): { file: Record<string, unknown>; pathInFile: (path: string) => string } {
  const steps = fileUpgrades.filter((step) => step.from >= version);
  const upgraded = steps.reduce((current, step) => step.upgrade(current), file);
  const pathInFile = (path: string) => steps.reduceRight((p, step) => step.pathBefore(p), path);
  return { file: upgraded, pathInFile };
}
