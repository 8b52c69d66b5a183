import { exerciseIn } from '../../shared/content/resolve-content';
import type { ExerciseDefinition } from '../../shared/course/exercises';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { readAnswer, type KindName } from '../../shared/kinds/answer-kinds';
import { roomResults, type RoomEntry, type RoomResults } from '../../shared/kinds/room-results';
import type { Db } from '../store/database';
import { listAccountsOfWorkshop } from '../store/repositories/accounts';
import { listAnswersOfWorkshop } from '../store/repositories/answers';
import { listParticipants } from '../store/repositories/participants';
import { listStageScorings } from '../store/repositories/stage-scorings';
import { loadWorkshopContent } from './workshop-content';

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The room's results for one exercise of a workshop: every participant's answer (or every
 * account's), whoever typed it, aggregated by the exercise's kind.
 */
export function loadRoomResults(db: Db, workshopId: string, letter: ExerciseLetter): RoomResults {
  const exercise = exerciseIn(loadWorkshopContent(db, workshopId), letter) as ExerciseDefinition<
    KindName,
    ExerciseLetter
  >;
  const stored = new Map(
    listAnswersOfWorkshop(db, workshopId)
      .filter((row) => row.exercise === letter)
      .map((row) => [`${row.participantId}|${row.accountId ?? ''}`, row.payload]),
  );
  const entryOf = (participantId: string, accountId: string | null): RoomEntry<KindName> => {
    const payload = stored.get(`${participantId}|${accountId ?? ''}`);
    return {
      participantId,
      accountId,
      answer: readAnswer(exercise.kind, payload === undefined ? null : parsedOrNull(payload)),
      scorings:
        accountId && exercise.kind === 'stage-scores' ? listStageScorings(db, accountId) : [],
    };
  };
  const participants = listParticipants(db, workshopId);
  const entries =
    exercise.owner === 'account'
      ? listAccountsOfWorkshop(db, workshopId)
          .filter((account) => participants.some((p) => p.id === account.participantId))
          .map((account) => entryOf(account.participantId, account.id))
      : participants.map((p) => entryOf(p.id, null));
  return roomResults(exercise, entries);
}
