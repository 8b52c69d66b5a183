import { exercises, type AnswerOwner } from '../../../shared/course/exercises';
import { planPart, type PlanPartsByName } from '../../../shared/plan/plan-parts';
import type { Account } from '../../../shared/schemas/workshop';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION } from '../../../shared/workshop-file/format';
import type { EnteredBy } from '../../../shared/exercises/entered-by';
import type {
  FileAccount,
  FileAnswers,
  FileEnteredBy,
  FileParticipant,
  WorkshopFile,
} from '../../../shared/workshop-file/schema';
import { notFound } from '../../errors/app-error';
import type { Db } from '../../store/database';
import { listAccountsOfWorkshop } from '../../store/repositories/accounts';
import { listAnswersOfWorkshop } from '../../store/repositories/answers';
import { getFacilitationState } from '../../store/repositories/facilitation';
import { listParticipants, type ParticipantRow } from '../../store/repositories/participants';
import { listPlanPartsOfWorkshop } from '../../store/repositories/plan-parts';
import { listStageScorings } from '../../store/repositories/stage-scorings';
import { getWorkshopSettings } from '../../store/repositories/workshop-settings';
import { getWorkshop } from '../../store/repositories/workshops';
import { parseStoredJson } from '../../store/stored-json';
import { describeAnswer } from '../describe-answer';
import { appInfo } from './app-info';
import { changesNothing } from '../../../shared/content/content-changes';
import { clientSafe } from '../../../shared/privacy/client-safe';
import { getContentChanges } from '../../store/repositories/workshop-content';

/**
 * A workshop's stored answers, as each owner's answers by the letters of their exercises, and
 * who entered each.
 */
function answersOf(db: Db, workshopId: string) {
  const rows = listAnswersOfWorkshop(db, workshopId);
  const byKey = new Map(rows.map((r) => [`${r.accountId ?? r.participantId}/${r.exercise}`, r]));
  // Payloads were checked against their exercise's schema when saved; the export's output
  // schema checks them again, so a broken one stops the export instead of the import.
  return (
    participant: ParticipantRow,
    account?: Account,
  ): { answers: FileAnswers; enteredBy: FileEnteredBy } => {
    const owner: AnswerOwner = account ? 'account' : 'participant';
    const answers: Record<string, unknown> = {};
    const enteredBy: Record<string, EnteredBy> = {};
    for (const { letter, ...exercise } of exercises) {
      const row =
        exercise.owner === owner
          ? byKey.get(`${account?.id ?? participant.id}/${letter}`)
          : undefined;
      if (!row) continue;
      const what = () => describeAnswer(participant.name, letter, account?.name);
      answers[letter] = parseStoredJson(row.payload, what);
      enteredBy[letter] = row.enteredBy;
    }
    return { answers: answers as FileAnswers, enteredBy };
  };
}

/** A workshop's stored plan parts, as each owner's parts by name; undefined where none is begun. */
function plansOf(db: Db, workshopId: string) {
  const rows = listPlanPartsOfWorkshop(db, workshopId);
  return (ownerId: string, owner: AnswerOwner): PlanPartsByName | undefined => {
    const parts: Record<string, unknown> = {};
    for (const row of rows) {
      if ((row.accountId ?? row.participantId) !== ownerId) continue;
      if (planPart(row.part).owner === owner) parts[row.part] = JSON.parse(row.payload);
    }
    return Object.keys(parts).length > 0 ? (parts as PlanPartsByName) : undefined;
  };
}

/**
 * The whole workshop as a workshop file (contract 3 of the design); client-safe, with names
 * replaced by labels and private notes left out, when asked.
 */
export function buildWorkshopFile(
  db: Db,
  workshopId: string,
  exportedAt: Date,
  options: { clientSafe: boolean } = { clientSafe: false },
): WorkshopFile {
  const workshop = getWorkshop(db, workshopId);
  if (!workshop) throw notFound('This workshop');
  const answerOf = answersOf(db, workshopId);
  const planOf = plansOf(db, workshopId);
  const withPlan = (plan: PlanPartsByName | undefined) => (plan ? { plan } : {});
  const accounts = listAccountsOfWorkshop(db, workshopId);
  const content = getContentChanges(db, workshopId);

  const participants = listParticipants(db, workshopId).map((p): FileParticipant => ({
    id: p.id,
    name: p.name,
    ...answerOf(p),
    ...withPlan(planOf(p.id, 'participant')),
    accounts: accounts
      .filter((a) => a.participantId === p.id)
      .map((a): FileAccount => ({
        id: a.id,
        name: a.name,
        ...answerOf(p, a),
        // Oldest first: the order they were made in, which import keeps.
        scorings: listStageScorings(db, a.id)
          .reverse()
          // Our own view is the default, left out as files before it had no view.
          .map(({ accountId: _accountId, view, ...scoring }) =>
            view === 'own' ? scoring : { ...scoring, view },
          ),
        ...withPlan(planOf(a.id, 'account')),
      })),
  }));

  const file: WorkshopFile = {
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
  return options.clientSafe ? { ...clientSafe(file), namesRemoved: true } : file;
}
