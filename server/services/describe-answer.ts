import type { ExerciseLetter } from '../../shared/exercises/letters';

/** An answer named as a user knows it: "Alice’s answer to exercise C for Globex". */
export function describeAnswer(
  participantName: string,
  exercise: ExerciseLetter,
  accountName?: string,
): string {
  const forAccount = accountName ? ` for ${accountName}` : '';
  return `${participantName}’s answer to exercise ${exercise}${forAccount}`;
}
