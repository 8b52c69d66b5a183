import type { ExportRequest } from '../../../shared/api/commands/exports';
import { exercises, type AnswerOwner } from '../../../shared/course/exercises';
import type { AnswersByLetter } from '../../../shared/exercises/answers';
import type { EnteredByLetter } from '../../../shared/exercises/entered-by';
import { readAnswer } from '../../../shared/kinds/answer-kinds';
import { partsOwnedBy, planPart, type PlanPartsByName } from '../../../shared/plan/plan-parts';
import { clientSafe } from '../../../shared/privacy/client-safe';
import type { PaperSize } from '../../../shared/schemas/settings';
import type { Account } from '../../../shared/schemas/workshop';
import { AppError, notFound } from '../../errors/app-error';
import { loadWorkshopContent } from '../workshop-content';
import type { Db } from '../../store/database';
import { listAccountsOfWorkshop } from '../../store/repositories/accounts';
import { getAnswer } from '../../store/repositories/answers';
import { getFacilitationState } from '../../store/repositories/facilitation';
import { listParticipants, type ParticipantRow } from '../../store/repositories/participants';
import { getPlanPart } from '../../store/repositories/plan-parts';
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

/**
 * An owner's plan parts, each read as its part (an unreadable one is left out, as never begun).
 */
function planOf(
  db: Db,
  participantId: string,
  accountId: string | null,
  owner: AnswerOwner,
): PlanPartsByName {
  const parts: Record<string, unknown> = {};
  for (const part of partsOwnedBy(owner)) {
    const row = getPlanPart(db, { participantId, accountId, part });
    const parsed = row ? planPart(part).schema.safeParse(parsedOrNull(row.payload)) : null;
    if (parsed?.success) parts[part] = parsed.data;
  }
  return parts as PlanPartsByName;
}

function loadAccount(db: Db, participantId: string, account: Account): AccountAnswers {
  return {
    id: account.id,
    name: account.name,
    ...answersOf(db, participantId, account.id, 'account'),
    scorings: listStageScorings(db, account.id, ['own']),
    customerScorings: listStageScorings(db, account.id, ['customer-believed', 'customer-team']),
    plan: planOf(db, participantId, account.id, 'account'),
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
    plan: planOf(db, row.id, null, 'participant'),
    accounts: accounts
      .filter((a) => a.participantId === row.id)
      .map((a) => loadAccount(db, row.id, a)),
  };
}

/** What a PDF is made of: a workbook's or a summary's request. */
export type PdfRequest = Extract<ExportRequest, { kind: 'workbook' | 'summary' }>;

/**
 * A workshop's participants with their answers, in order; client-safe when asked, which needs
 * all of them (labels are numbered through the workshop, and anyone may be named in anyone's
 * answers). `only` keeps one participant.
 */
export function loadParticipantAnswers(
  db: Db,
  workshopId: string,
  options: { clientSafe: boolean; only?: string },
): ParticipantAnswers[] {
  const accounts = listAccountsOfWorkshop(db, workshopId);
  const rows = listParticipants(db, workshopId);
  const wanted = (p: { id: string }) => options.only === undefined || p.id === options.only;
  if (!options.clientSafe) {
    return rows.filter(wanted).map((row) => loadParticipant(db, row, accounts));
  }
  const everyone = rows.map((row) => loadParticipant(db, row, accounts));
  return clientSafe({ participants: everyone }).participants.filter(wanted);
}

/** A workshop's particulars for a document's cover and furniture. */
export function loadDocumentMeta(
  db: Db,
  workshopId: string,
  options: { paper?: PaperSize | undefined; clientSafe: boolean },
  now: Date,
): DocumentMeta {
  const workshop = getWorkshop(db, workshopId);
  if (!workshop) throw notFound('This workshop');
  const settings = getWorkshopSettings(db, workshop.id);
  return {
    workshop,
    content: loadWorkshopContent(db, workshop.id),
    settings,
    paper: options.paper ?? settings.paper,
    generatedAt: now.toISOString(),
    clientSafe: options.clientSafe,
  };
}

/**
 * Reads everything a document shows in one synchronous pass (inside the command's
 * transaction), so the PDF is drawn from one consistent snapshot while the store moves on.
 */
export function loadDocumentData(db: Db, request: PdfRequest, now: Date): DocumentData {
  const clientSafe = request.clientSafe ?? false;
  const meta = loadDocumentMeta(db, request.workshopId, { paper: request.paper, clientSafe }, now);
  const workshopId = meta.workshop.id;
  if (request.kind === 'summary') {
    return {
      kind: 'summary',
      meta,
      participants: loadParticipantAnswers(db, workshopId, { clientSafe }),
      facilitation: getFacilitationState(db, workshopId),
    };
  }
  if (!request.participantId) {
    throw new AppError('validation', 'Choose whose workbook to export.', 'participantId');
  }
  const [participant] = loadParticipantAnswers(db, workshopId, {
    clientSafe,
    only: request.participantId,
  });
  if (!participant) throw notFound('This participant');
  let account: { id: string; name: string } | null = null;
  if (request.accountId) {
    const found = participant.accounts.find((a) => a.id === request.accountId);
    if (!found) throw notFound('This account');
    account = { id: found.id, name: found.name };
    participant.accounts = [found];
  }
  return { kind: 'workbook', meta, participant, account };
}
