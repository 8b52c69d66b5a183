import { whoEntered } from '../../../shared/exercises/entered-by';
import { exerciseLetters } from '../../../shared/exercises/letters';
import { planPartNames, type PlanPartsByName } from '../../../shared/plan/plan-parts';
import type {
  FileAnswers,
  FileEnteredBy,
  WorkshopFile,
} from '../../../shared/workshop-file/schema';
import type { Db } from '../../store/database';
import { insertAccount } from '../../store/repositories/accounts';
import { upsertAnswer } from '../../store/repositories/answers';
import { upsertPlanPart } from '../../store/repositories/plan-parts';
import { putFacilitationState } from '../../store/repositories/facilitation';
import { insertParticipant } from '../../store/repositories/participants';
import { insertStageScoring } from '../../store/repositories/stage-scorings';
import { putWorkshopSettings } from '../../store/repositories/workshop-settings';
import { putContentChanges } from '../../store/repositories/workshop-content';
import { insertWorkshop } from '../../store/repositories/workshops';

/**
 * Inserts a checked workshop file's rows with the ids it carries. Runs inside the caller's
 * transaction: a failure part-way leaves nothing behind.
 */
export function insertWorkshopFile(db: Db, file: WorkshopFile, at: Date): void {
  const stamp = at.toISOString();
  const workshopId = file.workshop.id;
  // A file that does not say who entered an answer came through the trainer's own screens.
  const unmarked = whoEntered('trainer-api', file.workshop.mode);
  const saveAll = (
    participantId: string,
    accountId: string | null,
    answers: FileAnswers,
    enteredBy: FileEnteredBy = {},
    plan: PlanPartsByName = {},
  ) => {
    for (const exercise of exerciseLetters) {
      const payload = answers[exercise];
      if (payload === undefined) continue;
      const by = enteredBy[exercise] ?? unmarked;
      upsertAnswer(db, { participantId, exercise, accountId }, JSON.stringify(payload), stamp, by);
    }
    for (const part of planPartNames) {
      const payload = plan[part];
      if (payload === undefined) continue;
      upsertPlanPart(db, { participantId, accountId, part }, JSON.stringify(payload), stamp);
    }
  };

  insertWorkshop(db, file.workshop);
  putFacilitationState(db, workshopId, file.facilitation, stamp);
  if (file.settings) putWorkshopSettings(db, workshopId, file.settings, stamp);
  if (file.content) putContentChanges(db, workshopId, file.content, stamp);
  for (const participant of file.participants) {
    insertParticipant(db, { id: participant.id, workshopId, name: participant.name }, stamp);
    saveAll(participant.id, null, participant.answers, participant.enteredBy, participant.plan);
    for (const account of participant.accounts) {
      insertAccount(
        db,
        { id: account.id, participantId: participant.id, name: account.name },
        stamp,
      );
      saveAll(participant.id, account.id, account.answers, account.enteredBy, account.plan);
      for (const scoring of account.scorings) {
        insertStageScoring(db, { ...scoring, view: scoring.view ?? 'own', accountId: account.id });
      }
    }
  }
}
