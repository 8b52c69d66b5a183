import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import type { AnswerPayload } from '../../shared/exercises/answer-payloads';
import { parseAnswer } from '../../shared/exercises/empty-answers';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { answerKeyId, type SaveStatus } from '../store/answers-slice';
import { useAppStore } from '../store/store-context';

export interface AnswerHandle<L extends ExerciseLetter> {
  /** The answer as typed so far (the empty answer until one exists). */
  answer: AnswerPayload<L>;
  status: SaveStatus;
  error: string | null;
  /** Changes the answer; it saves itself shortly after typing pauses. */
  change(next: AnswerPayload<L>): void;
  retry(): void;
}

/** One participant's answer to one exercise (for an account, when the exercise is about one). */
export function useAnswer<L extends ExerciseLetter>(
  participantId: string,
  letter: L,
  accountId: string | null,
): AnswerHandle<L> {
  const key = useMemo(
    () => ({ participantId, exercise: letter, accountId }),
    [participantId, letter, accountId],
  );
  const id = answerKeyId(key);
  const draft = useAppStore((s) => s.answers[id]);
  const { loadAnswer, editAnswer, retrySave } = useAppStore(
    useShallow((s) => ({
      loadAnswer: s.loadAnswer,
      editAnswer: s.editAnswer,
      retrySave: s.retrySave,
    })),
  );

  useEffect(() => {
    void loadAnswer(key);
  }, [key, loadAnswer]);

  const answer = useMemo(
    () => parseAnswer(letter, draft?.payload ?? null),
    [letter, draft?.payload],
  );
  return {
    answer,
    status: draft?.status ?? 'loading',
    error: draft?.error ?? null,
    change: (next) => editAnswer(key, next),
    retry: () => retrySave(key),
  };
}
