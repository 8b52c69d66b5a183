import { exercises, type AnswerOwner } from '../../../shared/course/exercises';
import type { Account } from '../../../shared/schemas/workshop';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION } from '../../../shared/workshop-file/format';
import type {
  FileAccount,
  FileAnswers,
  FileParticipant,
  WorkshopFile,
} from '../../../shared/workshop-file/schema';
import { notFound } from '../../errors/app-error';
import type { Db } from '../../store/database';
import { listAccountsOfWorkshop } from '../../store/repositories/accounts';
import { listAnswersOfWorkshop } from '../../store/repositories/answers';
import { getFacilitationState } from '../../store/repositories/facilitation';
import { listParticipants, type ParticipantRow } from '../../store/repositories/participants';
import { listStageScorings } from '../../store/repositories/stage-scorings';
import { getWorkshopSettings } from '../../store/repositories/workshop-settings';
import { getWorkshop } from '../../store/repositories/workshops';
import { parseStoredJson } from '../../store/stored-json';
import { describeAnswer } from '../describe-answer';
import { appInfo } from './app-info';
import { changesNothing } from '../../../shared/content/content-changes';
import { getContentChanges } from '../../store/repositories/workshop-content';

/** A workshop's stored answers, as each owner's answers by the letters of their exercises. */
function answersOf(db: Db, workshopId: string) {
  const rows = listAnswersOfWorkshop(db, workshopId);
  const byKey = new Map(rows.map((r) => [`${r.accountId ?? r.participantId}/${r.exercise}`, r]));
  // Payloads were checked against their exercise's schema when saved; the export's output
  // schema checks them again, so a broken one stops the export instead of the import.
  return (participant: ParticipantRow, account?: Account): FileAnswers => {
    const owner: AnswerOwner = account ? 'account' : 'participant';
    const answers: Record<string, unknown> = {};
    for (const { letter, ...exercise } of exercises) {
      const row =
        exercise.owner === owner
          ? byKey.get(`${account?.id ?? participant.id}/${letter}`)
          : undefined;
      const what = () => describeAnswer(participant.name, letter, account?.name);
      if (row) answers[letter] = parseStoredJson(row.payload, what);
    }
    return answers as FileAnswers;
  };
}

/** The whole workshop as a workshop file (contract 3 of the design). */
export function buildWorkshopFile(db: Db, workshopId: string, exportedAt: Date): WorkshopFile {
  const workshop = getWorkshop(db, workshopId);
  if (!workshop) throw notFound('This workshop');
  const answerOf = answersOf(db, workshopId);
  const accounts = listAccountsOfWorkshop(db, workshopId);
  const content = getContentChanges(db, workshopId);

  const participants = listParticipants(db, workshopId).map((p): FileParticipant => ({
    id: p.id,
    name: p.name,
    answers: answerOf(p),
    accounts: accounts
      .filter((a) => a.participantId === p.id)
      .map((a): FileAccount => ({
        id: a.id,
        name: a.name,
        answers: answerOf(p, a),
        // Oldest first: the order they were made in, which import keeps.
        scorings: listStageScorings(db, a.id)
          .reverse()
          .map(({ accountId: _accountId, ...scoring }) => scoring),
      })),
  }));

  return {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    app: appInfo,
    workshop,
    facilitation: getFacilitationState(db, workshopId),
    settings: getWorkshopSettings(db, workshopId),
    ...(changesNothing(content) ? {} : { content }),
    participants,
  };
}
