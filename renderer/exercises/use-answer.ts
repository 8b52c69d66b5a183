import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { readAnswer, type AnswerOf, type KindName } from '../../shared/kinds/answer-kinds';
import { answerKeyId, type SaveStatus } from '../store/slices/answers-slice';
import { useKindStore } from '../kinds/kind-store';

export interface AnswerHandle<K extends KindName> {
  /** The answer as typed so far (the empty answer until one exists). */
  answer: AnswerOf<K>;
  status: SaveStatus;
  error: string | null;
  /** Changes the answer; it saves itself shortly after typing pauses. */
  change(next: AnswerOf<K>): void;
  retry(): void;
}

/** One participant's answer to one exercise (for an account, when the exercise is about one). */
export function useAnswer<K extends KindName>(
  participantId: string,
  exercise: { letter: ExerciseLetter; kind: K },
  accountId: string | null,
): AnswerHandle<K> {
  const { letter, kind } = exercise;
  const key = useMemo(
    () => ({ participantId, exercise: letter, accountId }),
    [participantId, letter, accountId],
  );
  const id = answerKeyId(key);
  const draft = useKindStore((s) => s.answers.get(id));
  const { loadAnswer, editAnswer, retrySave } = useKindStore(
    useShallow((s) => ({
      loadAnswer: s.loadAnswer,
      editAnswer: s.editAnswer,
      retrySave: s.retrySave,
    })),
  );

  useEffect(() => {
    void loadAnswer(key);
  }, [key, loadAnswer]);

  const answer = useMemo(() => readAnswer(kind, draft?.payload ?? null), [kind, draft?.payload]);
  return {
    answer,
    status: draft?.status ?? 'loading',
    error: draft?.error ?? null,
    change: (next) => editAnswer(key, next),
    retry: () => retrySave(key),
  };
}
