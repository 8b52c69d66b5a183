/**
 * The exercises an account's plan reads: the top three, the stage scores and the contact map
 * that belong to the account. Found by kind in the course data, never by letter, so the plan
 * follows the course wherever those exercises sit.
 */
import { exercises, type ExerciseDefinition, type ExerciseLetter } from '../course/exercises';
import type { KindName } from '../kinds/answer-kinds';

/** The account's exercise of a kind; throws if the course has none (a course without it has no plan). */
export function accountExercise<K extends KindName>(
  kind: K,
): ExerciseDefinition<K, ExerciseLetter> {
  const found = exercises.find((e) => e.kind === kind && e.owner === 'account');
  if (!found) throw new Error(`The course has no ${kind} exercise about an account`);
  return found as unknown as ExerciseDefinition<K, ExerciseLetter>;
}
