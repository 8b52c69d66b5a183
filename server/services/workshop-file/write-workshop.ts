import type { AnswerKey } from '../../../shared/api/commands/answers';
import type { WorkshopFile } from '../../../shared/workshop-file/schema';
import type { Db } from '../../store/database';
import { insertAccount } from '../../store/repositories/accounts';
import { upsertAnswer } from '../../store/repositories/answers';
import { putFacilitationState } from '../../store/repositories/facilitation';
import { insertParticipant } from '../../store/repositories/participants';
import { insertStageScoring } from '../../store/repositories/stage-scorings';
import { putWorkshopSettings } from '../../store/repositories/workshop-settings';
import { insertWorkshop } from '../../store/repositories/workshops';

/**
 * Inserts a checked workshop file's rows with the ids it carries. Runs inside the caller's
 * transaction: a failure part-way leaves nothing behind.
 */
export function insertWorkshopFile(db: Db, file: WorkshopFile, at: Date): void {
  const stamp = at.toISOString();
  const workshopId = file.workshop.id;
  const save = (key: AnswerKey, payload: unknown) => {
    if (payload !== undefined) upsertAnswer(db, key, JSON.stringify(payload), stamp);
  };

  insertWorkshop(db, file.workshop);
  putFacilitationState(db, workshopId, file.facilitation, stamp);
  if (file.settings) putWorkshopSettings(db, workshopId, file.settings, stamp);
  for (const participant of file.participants) {
    insertParticipant(db, { id: participant.id, workshopId, name: participant.name }, stamp);
    for (const [exercise, payload] of Object.entries(participant.answers)) {
      save({ participantId: participant.id, exercise: exercise as 'A', accountId: null }, payload);
    }
    for (const account of participant.accounts) {
      insertAccount(
        db,
        { id: account.id, participantId: participant.id, name: account.name },
        stamp,
      );
      const key = (exercise: 'C' | 'D' | 'G') => ({
        participantId: participant.id,
        exercise,
        accountId: account.id,
      });
      save(key('C'), account.answers.C);
      save(key('D'), account.answers.D);
      save(key('G'), account.map);
      for (const scoring of account.scorings) {
        insertStageScoring(db, { ...scoring, accountId: account.id });
      }
    }
  }
}
