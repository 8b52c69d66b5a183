import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  commands,
  isCommandName,
  type CommandInput,
  type CommandName,
  type CommandOutput,
} from '../../shared/api/contract';
import { validationError, type Result } from '../../shared/api/errors';
import type { ServerEvent } from '../../shared/api/events';
import type { Db } from '../store/database';
import { ExportJobs, type ExportFile } from '../services/pdf/export-jobs';
import { toApiError } from '../errors/app-error';
import type { HandlerContext } from './context';
import { EventBus, type EventListener } from './event-bus';
import { answerHandlers } from './handlers/answers';
import { exportHandlers } from './handlers/exports';
import { facilitationHandlers } from './handlers/facilitation';
import { peopleHandlers } from './handlers/people';
import { stageScoringHandlers } from './handlers/stage-scorings';
import { workshopHandlers } from './handlers/workshops';
import { workshopFileHandlers } from './handlers/workshop-file';
import { backupHandlers } from './handlers/backups';
import { contentHandlers } from './handlers/content';
import { templateHandlers } from './handlers/templates';
import { planHandlers } from './handlers/plans';
import { createRegistry, type Registry } from './registry';
import { withWellFormedText } from './well-formed-text';

/** A handler's result that its command's output schema refuses: a bug, never the user's doing. */
class BrokenContractError extends Error {
  constructor(readonly issues: z.ZodError) {
    super('A result broke its contract');
  }
}

/** The app's api over one database: what both transports mount. */
export interface Api {
  /** Runs a command by name on untrusted input; never throws. */
  call(name: string, input: unknown): Result<unknown>;
  subscribe(listener: EventListener): () => void;
  /** A finished PDF export's file, or null while running, failed, cancelled or expired. */
  exportFile(jobId: string): ExportFile | null;
}

export interface ApiOptions {
  db: Db;
  now?: () => Date;
  newId?: () => string;
  /** Where unexpected failures are reported (they reach the user only as a plain sentence). */
  logError?: (message: string, error: unknown) => void;
  /** The PDF export jobs this api starts and serves; one set per api unless given. */
  exports?: ExportJobs;
}

/** Every domain's handlers: the single place a command is bound to its code. */
export const handlerTables = [
  workshopHandlers,
  peopleHandlers,
  answerHandlers,
  stageScoringHandlers,
  facilitationHandlers,
  workshopFileHandlers,
  backupHandlers,
  exportHandlers,
  contentHandlers,
  templateHandlers,
  planHandlers,
];

export function createApi(
  options: ApiOptions,
  registry: Registry = createRegistry(handlerTables),
): Api {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const bus = new EventBus();
  const exports = options.exports ?? new ExportJobs({ logError });

  function call(name: string, rawInput: unknown): Result<unknown> {
    if (!isCommandName(name)) {
      return {
        ok: false,
        error: { code: 'unknown-command', message: `There is no command "${name}".` },
      };
    }
    const spec = commands[name];
    const input = spec.input.safeParse(rawInput);
    if (!input.success) return { ok: false, error: validationError(input.error) };

    const handler = registry.get(name);
    if (!handler)
      return {
        ok: false,
        error: { code: 'unknown-command', message: `There is no command "${name}".` },
      };

    const pending: ServerEvent[] = [];
    const ctx: HandlerContext = { db, now, newId, exports, emit: (event) => pending.push(event) };
    try {
      // The result is checked against its contract before the change commits: a result that
      // breaks it rolls the change back, so "not saved" is never said of a saved change.
      const run = () => {
        const output = spec.output.safeParse(handler(ctx, withWellFormedText(input.data) as never));
        if (!output.success) throw new BrokenContractError(output.error);
        return output.data;
      };
      // One transaction per command: a change of several rows lands whole or not at all.
      // Backups and restores manage their own transactions: SQLite cannot copy or attach in one.
      const value =
        'transaction' in spec && spec.transaction === false
          ? run()
          : db.transaction(run).immediate();
      for (const event of pending) bus.publish(event);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof BrokenContractError) {
        logError(`Command ${name} produced output that breaks its contract`, error.issues);
        return { ok: false, error: toApiError(error.issues) };
      }
      const apiError = toApiError(error);
      if (['internal', 'unavailable', 'damaged'].includes(apiError.code)) {
        logError(`Command ${name} failed`, error);
      }
      return { ok: false, error: apiError };
    }
  }

  return {
    call,
    subscribe: (listener) => bus.subscribe(listener),
    exportFile: (jobId) => exports.file(jobId),
  };
}

/** A typed call for code that already knows the command (tests, the desktop shell). */
export function callCommand<K extends CommandName>(
  api: Api,
  name: K,
  input: CommandInput<K>,
): Result<CommandOutput<K>> {
  return api.call(name, input) as Result<CommandOutput<K>>;
}
