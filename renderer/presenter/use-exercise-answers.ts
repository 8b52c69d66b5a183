import { useEffect, useMemo } from 'react';
import type { AnswerKey } from '../../shared/api/commands/answers';
import { exerciseByLetter } from '../../shared/course/exercises';
import type { EnteredBy } from '../../shared/exercises/entered-by';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import type { Participant } from '../../shared/schemas/workshop';
import { answerKeyId } from '../store/slices/answers-slice';
import { useAppStore } from '../store/store-context';

/** One participant's answer (for one of their accounts, when the exercise is about one). */
export interface RoomAnswer {
  key: AnswerKey;
  participantId: string;
  accountId: string | null;
  /** The saved answer as stored; null while loading or when nothing was written. */
  payload: unknown;
  /** Who saved it; null when nothing was written. */
  enteredBy: EnteredBy | null;
}

/** Every answer key of an exercise in the room: one per participant, or per account. */
function roomKeys(participants: readonly Participant[], letter: ExerciseLetter): AnswerKey[] {
  return participants.flatMap<AnswerKey>((p) =>
    exerciseByLetter(letter).owner === 'account'
      ? p.accounts.map((a) => ({ participantId: p.id, exercise: letter, accountId: a.id }))
      : [{ participantId: p.id, exercise: letter, accountId: null }],
  );
}

/**
 * The room's answers to an exercise, loaded through the answers slice so that each save a
 * participant makes elsewhere shows here too (the store reloads on `answer-saved`).
 */
export function useExerciseAnswers(
  participants: readonly Participant[],
  letter: ExerciseLetter | undefined,
): RoomAnswer[] {
  const keys = useMemo(
    () => (letter ? roomKeys(participants, letter) : []),
    [participants, letter],
  );
  const loadAnswer = useAppStore((s) => s.loadAnswer);
  const answers = useAppStore((s) => s.answers);

  useEffect(() => {
    for (const key of keys) void loadAnswer(key);
  }, [keys, loadAnswer]);

  return keys.map((key) => {
    const draft = answers.get(answerKeyId(key));
    return {
      key,
      participantId: key.participantId,
      accountId: key.accountId,
      payload: draft?.payload ?? null,
      enteredBy: draft?.enteredBy ?? null,
    };
  });
}
