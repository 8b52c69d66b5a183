import type { z } from 'zod';
import { formatIssuePath } from '../../../shared/api/errors';
import type { AnswerOwner } from '../../../shared/course/exercises';
import { getAccount } from '../../store/repositories/accounts';
import { getParticipant } from '../../store/repositories/participants';
import { AppError, notFound } from '../../errors/app-error';
import type { HandlerContext } from '../context';

/**
 * Checks that an answer's or plan part's owner exists and is the kind it must be: the
 * participant alone, or one of their accounts. Returns the workshop id. `what` names the thing
 * in the message ("Exercise C", "The buyer's lens").
 */
export function checkOwner(
  ctx: HandlerContext,
  key: { participantId: string; accountId: string | null },
  owner: AnswerOwner,
  what: string,
): string {
  const participant = getParticipant(ctx.db, key.participantId);
  if (!participant) throw notFound('This participant');
  if (owner === 'participant' && key.accountId !== null) {
    throw new AppError(
      'validation',
      `${what} belongs to the participant, not to an account.`,
      'accountId',
    );
  }
  if (owner === 'account') {
    if (key.accountId === null) {
      throw new AppError(
        'validation',
        `${what} is answered for one key account: choose the account.`,
        'accountId',
      );
    }
    const account = getAccount(ctx.db, key.accountId);
    if (!account || account.participantId !== key.participantId) throw notFound('This account');
  }
  return participant.workshopId;
}

/** A payload checked against its schema; a refusal names the path of the first problem. */
export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown, what: string): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = formatIssuePath(['payload', ...(issue?.path ?? [])]);
  throw new AppError('validation', `${path}: ${issue?.message ?? `not a valid ${what}`}`, path);
}
