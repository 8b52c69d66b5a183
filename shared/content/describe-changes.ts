import { plural } from '../format/plural';
import { changesNothing, type ContentChanges } from './content-changes';

/** What a workshop's (or a template's) changes to the course amount to, in a line. */
export function describeChanges(changes: ContentChanges): string {
  if (changesNothing(changes)) return 'The course as written';
  const parts: string[] = [];
  const exercises = Object.keys(changes.exercises).length;
  const steps = Object.keys(changes.steps).length;
  if (exercises > 0) parts.push(`${plural(exercises, 'exercise')} changed`);
  if (steps > 0) parts.push(`${plural(steps, 'step')} retimed or annotated`);
  if (changes.slides.length > 0) parts.push(plural(changes.slides.length, 'own slide'));
  if (changes.skipped.length > 0) parts.push(`${plural(changes.skipped.length, 'step')} skipped`);
  if (changes.order !== undefined) parts.push('steps reordered');
  return parts.join(' · ');
}
