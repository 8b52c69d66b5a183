import type { ImportOutcome, OnConflict } from '../../../shared/api/commands/workshop-file';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/workshop-file/format';
import type { WorkshopFile } from '../../../shared/workshop-file/schema';
import { checkWorkshopFile, describeProblem } from '../../../shared/workshop-file/validate';
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../service-context';
import { getFacilitationState } from '../../store/repositories/facilitation';
import { deleteWorkshop, getWorkshop } from '../../store/repositories/workshops';
import { firstIdInUse } from '../../store/repositories/entity-ids';
import { copyWithNewIds, entityIds } from './copy-with-new-ids';
import { insertWorkshopFile } from './write-workshop';

const BYTE_ORDER_MARK = '\uFEFF';

/** Reads and checks a workshop file's text; throws a validation error naming the path. */
export function readWorkshopFileText(text: string): WorkshopFile {
  // Measured before parsing: a huge file must not cost the memory and time of parsing it.
  if (Buffer.byteLength(text, 'utf8') > MAX_WORKSHOP_FILE_BYTES) {
    throw new AppError(
      'too-large',
      `This file is larger than ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB, too large to be a workshop file.`,
    );
  }
  let value: unknown;
  try {
    // A byte-order mark (as Windows editors save UTF-8) is no part of the JSON.
    value = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'validation',
      `This file is not complete JSON (${detail}). It may have been cut short while it was copied or sent.`,
    );
  }
  const check = checkWorkshopFile(value);
  if (!check.ok) {
    throw new AppError('validation', describeProblem(check.problem), check.problem.path);
  }
  return check.file;
}

/** Refuses a file whose participants, accounts or scorings are already in another workshop. */
function refuseClashes(ctx: ServiceContext, file: WorkshopFile): void {
  const id = firstIdInUse(ctx.db, entityIds(file).slice(1));
  if (id !== null) {
    throw new AppError(
      'conflict',
      `Part of this workshop (id "${id}") is already in another workshop here. Import it as a copy instead.`,
    );
  }
}

/**
 * Imports a workshop file: everything is checked before anything is written, and every row
 * is written in the command's one transaction. A workshop that is already here is imported
 * only once the user has chosen a copy or a replacement.
 */
export function importWorkshopText(
  ctx: ServiceContext,
  text: string,
  onConflict: OnConflict,
): ImportOutcome {
  const file = readWorkshopFileText(text);
  const existing = getWorkshop(ctx.db, file.workshop.id);
  if (existing && onConflict === 'ask') {
    return {
      status: 'exists',
      existing: { id: existing.id, title: existing.title },
      incomingTitle: file.workshop.title,
      incomingNamesRemoved: file.namesRemoved === true,
    };
  }
  const at = ctx.now();
  let toWrite = file;
  if (onConflict === 'copy') {
    toWrite = copyWithNewIds(file, ctx.newId, at);
  } else {
    if (existing) {
      // Replacing: the old workshop goes (with everything in it) in the same transaction. Its
      // facilitation revision carries on, so windows showing it take the new state and later ones.
      const replaced = getFacilitationState(ctx.db, existing.id).revision;
      const revision = Math.max(replaced, file.facilitation.revision) + 1;
      toWrite = { ...file, facilitation: { ...file.facilitation, revision } };
      deleteWorkshop(ctx.db, existing.id);
    }
    refuseClashes(ctx, file);
  }
  insertWorkshopFile(ctx.db, toWrite, at);
  ctx.emit({ type: 'workshops-changed' });
  if (existing && onConflict === 'replace') {
    ctx.emit({ type: 'workshop-changed', workshopId: existing.id });
    ctx.emit({
      type: 'facilitation-changed',
      workshopId: existing.id,
      state: toWrite.facilitation,
    });
  }
  const workshop = getWorkshop(ctx.db, toWrite.workshop.id);
  if (!workshop) throw new Error('The imported workshop was not written');
  const as = onConflict === 'copy' ? 'copy' : existing ? 'replace' : 'new';
  return { status: 'imported', workshop, as };
}
