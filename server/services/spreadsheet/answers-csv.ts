import type { ExportRequest } from '../../../shared/api/commands/exports';
import { exerciseIn } from '../../../shared/content/resolve-content';
import { answerTo } from '../../../shared/exercises/answers';
import type { KindName } from '../../../shared/kinds/answer-kinds';
import { csvText } from '../../../shared/spreadsheet/csv';
import { answerSheet, type SheetEntry } from '../../../shared/spreadsheet/sheet';
import { notFound } from '../../errors/app-error';
import type { Db } from '../../store/database';
import { getWorkshop } from '../../store/repositories/workshops';
import { answersFileName } from '../pdf/file-name';
import { loadParticipantAnswers } from '../pdf/load-data';
import { loadWorkshopContent } from '../workshop-content';

type AnswersRequest = Extract<ExportRequest, { kind: 'answers' }>;

/**
 * One exercise's answers as a CSV file: a row per participant (or per account, or per item of
 * a list), with names or, client-safe, with labels and without private notes.
 */
export function answersCsv(db: Db, request: AnswersRequest): { text: string; fileName: string } {
  const workshop = getWorkshop(db, request.workshopId);
  if (!workshop) throw notFound('This workshop');
  const exercise = exerciseIn(loadWorkshopContent(db, workshop.id), request.exercise);
  const clientSafe = request.clientSafe ?? false;
  const participants = loadParticipantAnswers(db, workshop.id, { clientSafe });
  const entries = participants.flatMap((participant): Array<SheetEntry<KindName>> => {
    if (exercise.owner === 'participant') {
      return [
        {
          participant: participant.name,
          account: null,
          answer: answerTo(participant.answers, exercise),
          enteredBy: participant.enteredBy[exercise.letter] ?? null,
          scorings: [],
        },
      ];
    }
    return participant.accounts.map((account) => ({
      participant: participant.name,
      account: account.name,
      answer: answerTo(account.answers, exercise),
      enteredBy: account.enteredBy[exercise.letter] ?? null,
      scorings: account.scorings,
    }));
  });
  return {
    text: csvText(answerSheet(exercise, entries, { clientSafe })),
    fileName: answersFileName(exercise, workshop.title),
  };
}
