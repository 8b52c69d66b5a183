import { resolveContent, type WorkshopContent } from '../../shared/content/resolve-content';
import type { Db } from '../store/database';
import { getContentChanges } from '../store/repositories/workshop-content';

/** A workshop's content: the course with the trainer's changes. */
export function loadWorkshopContent(db: Db, workshopId: string): WorkshopContent {
  return resolveContent(getContentChanges(db, workshopId));
}
