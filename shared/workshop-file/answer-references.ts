import { exerciseByLetter, exercises, type ExerciseLetter } from '../course/exercises';
import type { AnswersByLetter } from '../exercises/answers';
import { kindOf } from '../kinds/answer-kinds';
import { detachMissingSources as detachPicks, type TopThreeAnswer } from '../kinds/top-three';
import type { FileProblem } from './references';
import type { WorkshopFile } from './schema';

/** The first reference inside one owner's answers that points at nothing, by its kind's rule. */
function ownerProblem(answers: AnswersByLetter, at: string): FileProblem | null {
  for (const [letter, answer] of Object.entries(answers)) {
    if (answer === undefined) continue;
    const { kind } = exerciseByLetter(letter as ExerciseLetter);
    const problem = kindOf(kind).referenceProblem?.(answer as never);
    if (problem) return { path: `${at}.${letter}.${problem.path}`, message: problem.message };
  }
  return null;
}

/**
 * The first reference inside the answers that points at nothing, in document order; or null.
 * A top-three pick's source item is different: see detachMissingSources.
 */
export function findAnswerReferenceProblem(file: WorkshopFile): FileProblem | null {
  for (const [p, participant] of file.participants.entries()) {
    const problem = ownerProblem(participant.answers, `participants[${p}].answers`);
    if (problem) return problem;
    for (const [a, account] of participant.accounts.entries()) {
      const at = `participants[${p}].accounts[${a}].answers`;
      const accountProblem = ownerProblem(account.answers, at);
      if (accountProblem) return accountProblem;
    }
  }
  return null;
}

/** The ids of the items of one of a participant's list answers. */
function itemIds(answers: AnswersByLetter, letter: string): ReadonlySet<string> {
  const answer = answers[letter as ExerciseLetter] as { items?: { id: string }[] } | undefined;
  return new Set((answer?.items ?? []).map((item) => item.id));
}

/**
 * Detaches each top-three pick from a list item that is no longer in its source list (the
 * learner deleted it after picking it): the pick keeps its text, as if typed anew.
 */
export function detachMissingSources(file: WorkshopFile): WorkshopFile {
  const topThrees = exercises.flatMap((exercise) =>
    exercise.kind === 'top-three' ? [exercise] : [],
  );
  return {
    ...file,
    participants: file.participants.map((participant) => ({
      ...participant,
      accounts: participant.accounts.map((account) => {
        const answers: Record<string, unknown> = { ...account.answers };
        for (const { letter, sources } of topThrees) {
          const answer = answers[letter] as TopThreeAnswer | undefined;
          if (!answer) continue;
          answers[letter] = detachPicks(answer, {
            customer: itemIds(participant.answers, sources.customer),
            supplier: itemIds(participant.answers, sources.supplier),
          });
        }
        return { ...account, answers: answers as AnswersByLetter };
      }),
    })),
  };
}
