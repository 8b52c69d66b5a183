import type { WorkshopFile } from '../../../shared/workshop-file/schema';

const COPY_SUFFIX = ' (copy)';
const TITLE_MAX = 200;

/**
 * The same workshop under new ids everywhere (workshop, participants, accounts, scorings),
 * so it can sit beside the one it was copied from. Answers and scorings follow their owners;
 * ids inside answers (list items, people on a map) are local to the answer and stay.
 */
export function copyWithNewIds(file: WorkshopFile, newId: () => string, at: Date): WorkshopFile {
  const stamp = at.toISOString();
  const title = file.workshop.title.slice(0, TITLE_MAX - COPY_SUFFIX.length) + COPY_SUFFIX;
  return {
    ...file,
    workshop: { ...file.workshop, id: newId(), title, createdAt: stamp, updatedAt: stamp },
    participants: file.participants.map((participant) => ({
      ...participant,
      id: newId(),
      accounts: participant.accounts.map((account) => ({
        ...account,
        id: newId(),
        scorings: account.scorings.map((scoring) => ({ ...scoring, id: newId() })),
      })),
    })),
  };
}

/** Every entity id in the file: what must not clash with rows already in the database. */
export function entityIds(file: WorkshopFile): string[] {
  return [
    file.workshop.id,
    ...file.participants.flatMap((p) => [
      p.id,
      ...p.accounts.flatMap((a) => [a.id, ...a.scorings.map((s) => s.id)]),
    ]),
  ];
}
