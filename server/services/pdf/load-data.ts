import type { ExportRequest } from '../../../shared/api/commands/exports';
import { exercises, type AnswerOwner } from '../../../shared/course/exercises';
import type { AnswersByLetter } from '../../../shared/exercises/answers';
import type { EnteredByLetter } from '../../../shared/exercises/entered-by';
import { readAnswer } from '../../../shared/kinds/answer-kinds';
import type { Account } from '../../../shared/schemas/workshop';
import { AppError, notFound } from '../../errors/app-error';
import { loadWorkshopContent } from '../workshop-content';
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
  OwnerAnswers,
  ParticipantAnswers,
} from './document-data';

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * An owner's stored answers to the exercises they own, and who entered each. An unreadable row
 * is shown as not answered rather than failing the whole export.
 */
function answersOf(
  db: Db,
  participantId: string,
  accountId: string | null,
  owner: AnswerOwner,
): Pick<OwnerAnswers, 'answers' | 'enteredBy'> {
  const answers: Record<string, unknown> = {};
  const enteredBy: EnteredByLetter = {};
  for (const exercise of exercises) {
    if (exercise.owner !== owner) continue;
    const row = getAnswer(db, { participantId, exercise: exercise.letter, accountId });
    answers[exercise.letter] = readAnswer(exercise.kind, row ? parsedOrNull(row.payload) : null);
    if (row) enteredBy[exercise.letter] = row.enteredBy;
  }
  return { answers: answers as AnswersByLetter, enteredBy };
}

function loadAccount(db: Db, participantId: string, account: Account): AccountAnswers {
  return {
    id: account.id,
    name: account.name,
    ...answersOf(db, participantId, account.id, 'account'),
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
    ...answersOf(db, row.id, null, 'participant'),
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
    content: loadWorkshopContent(db, workshop.id),
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
