import type { ExportRequest } from '../../../shared/api/commands/exports';
import type { ExerciseLetter } from '../../../shared/exercises/letters';
import { parseAnswer } from '../../../shared/exercises/empty-answers';
import type { AnswerPayload } from '../../../shared/exercises/answer-payloads';
import type { Account } from '../../../shared/schemas/workshop';
import { AppError, notFound } from '../../errors/app-error';
import type { Db } from '../../store/database';
import { listAccountsOfWorkshop } from '../../store/repositories/accounts';
import { getAnswer } from '../../store/repositories/answers';
import { getFacilitationState } from '../../store/repositories/facilitation';
import { listParticipants, type ParticipantRow } from '../../store/repositories/participants';
import { listStageScorings } from '../../store/repositories/stage-scorings';
import { getWorkshopSettings } from '../../store/repositories/workshop-settings';
import { getWorkshop } from '../../store/repositories/workshops';
import type {
  AccountAnswers,
  DocumentData,
  DocumentMeta,
  ParticipantAnswers,
} from './document-data';

function answerOf<L extends ExerciseLetter>(
  db: Db,
  participantId: string,
  letter: L,
  accountId: string | null,
): AnswerPayload<L> {
  const row = getAnswer(db, { participantId, exercise: letter, accountId });
  let payload: unknown = null;
  try {
    payload = row ? JSON.parse(row.payload) : null;
  } catch {
    // An unreadable row is shown as not answered rather than failing the whole export.
  }
  return parseAnswer(letter, payload);
}

function loadAccount(db: Db, participantId: string, account: Account): AccountAnswers {
  return {
    id: account.id,
    name: account.name,
    c: answerOf(db, participantId, 'C', account.id),
    d: answerOf(db, participantId, 'D', account.id),
    g: answerOf(db, participantId, 'G', account.id),
    scorings: listStageScorings(db, account.id),
  };
}

function loadParticipant(
  db: Db,
  row: ParticipantRow,
  accounts: readonly Account[],
): ParticipantAnswers {
  return {
    id: row.id,
    name: row.name,
    a: answerOf(db, row.id, 'A', null),
    b: answerOf(db, row.id, 'B', null),
    e: answerOf(db, row.id, 'E', null),
    f: answerOf(db, row.id, 'F', null),
    accounts: accounts
      .filter((a) => a.participantId === row.id)
      .map((a) => loadAccount(db, row.id, a)),
  };
}

/**
 * Reads everything a document shows in one synchronous pass (inside the command's
 * transaction), so the PDF is drawn from one consistent snapshot while the store moves on.
 */
export function loadDocumentData(db: Db, request: ExportRequest, now: Date): DocumentData {
  const workshop = getWorkshop(db, request.workshopId);
  if (!workshop) throw notFound('This workshop');
  const settings = getWorkshopSettings(db, workshop.id);
  const meta: DocumentMeta = {
    workshop,
    settings,
    paper: request.paper ?? settings.paper,
    generatedAt: now.toISOString(),
  };
  const accounts = listAccountsOfWorkshop(db, workshop.id);
  const rows = listParticipants(db, workshop.id);
  if (request.kind === 'summary') {
    return {
      kind: 'summary',
      meta,
      participants: rows.map((row) => loadParticipant(db, row, accounts)),
      facilitation: getFacilitationState(db, workshop.id),
    };
  }
  if (!request.participantId) {
    throw new AppError('validation', 'Choose whose workbook to export.', 'participantId');
  }
  const row = rows.find((r) => r.id === request.participantId);
  if (!row) throw notFound('This participant');
  const participant = loadParticipant(db, row, accounts);
  let account: { id: string; name: string } | null = null;
  if (request.accountId) {
    const found = participant.accounts.find((a) => a.id === request.accountId);
    if (!found) throw notFound('This account');
    account = { id: found.id, name: found.name };
    participant.accounts = [found];
  }
  return { kind: 'workbook', meta, participant, account };
}
