import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  commands,
  isCommandName,
  type CallResult,
  type CommandInput,
  type CommandName,
} from '../../shared/api/contract';
import { validationError, type Result } from '../../shared/api/errors';
import type { CommandSpec } from '../../shared/api/define';
import type { ServerEvent } from '../../shared/api/events';
import type { Db } from '../store/database';
import { ExportJobs, type ExportFile } from '../services/pdf/export-jobs';
import { toApiError } from '../errors/app-error';
import { trainer, type Caller, type HandlerContext } from './context';
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
import { roomHandlers } from './handlers/room';
import { noRoom, type RoomControl } from './room-control';
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
  /**
   * Runs a command by name on untrusted input, for the trainer unless another caller is
   * given; never throws. Commands that wait (opening the room) are refused here: use run.
   */
  call(name: string, input: unknown, caller?: Caller): Result<unknown>;
  /** Runs any command, those that wait included: what the transports use. */
  run(name: string, input: unknown, caller?: Caller): Promise<Result<unknown>>;
  subscribe(listener: EventListener): () => void;
  /** Tells every window of something that happened outside a command (a learner joined). */
  publish(event: ServerEvent): void;
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
  /** The room this api opens and closes; none unless a host gives one. */
  room?: RoomControl;
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
  roomHandlers,
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

  const room = options.room ?? noRoom;

  function dispatch(
    name: string,
    rawInput: unknown,
    caller: Caller,
  ): Result<unknown> | Promise<Result<unknown>> {
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
    const ctx: HandlerContext = {
      db,
      now,
      newId,
      exports,
      room,
      caller,
      emit: (event) => pending.push(event),
    };
    const finish = (value: unknown): Result<unknown> => {
      for (const event of pending) bus.publish(event);
      return { ok: true, value };
    };
    const fail = (error: unknown): Result<unknown> => {
      if (error instanceof BrokenContractError) {
        logError(`Command ${name} produced output that breaks its contract`, error.issues);
        return { ok: false, error: toApiError(error.issues) };
      }
      const apiError = toApiError(error);
      if (['internal', 'unavailable', 'damaged'].includes(apiError.code)) {
        logError(`Command ${name} failed`, error);
      }
      return { ok: false, error: apiError };
    };
    // The result is checked against its contract before the change commits: a result that
    // breaks it rolls the change back, so "not saved" is never said of a saved change.
    const check = (value: unknown): unknown => {
      const output = spec.output.safeParse(value);
      if (!output.success) throw new BrokenContractError(output.error);
      return output.data;
    };
    const handle = () => handler(ctx, withWellFormedText(input.data) as never) as unknown;
    const run = () => check(handle());
    // Commands that wait for the network run outside a transaction: none may span an await.
    if ('async' in spec && spec.async) {
      return Promise.resolve().then(handle).then(check).then(finish, fail);
    }
    try {
      // One transaction per command: a change of several rows lands whole or not at all.
      // Backups and restores manage their own transactions: SQLite cannot copy or attach in one.
      const value =
        'transaction' in spec && spec.transaction === false
          ? run()
          : db.transaction(run).immediate();
      return finish(value);
    } catch (error) {
      return fail(error);
    }
  }

  return {
    call(name, input, caller = trainer) {
      const result = dispatch(name, input, caller);
      if (!(result instanceof Promise)) return result;
      // Its work has started; the caller just cannot wait for it here.
      void result;
      return {
        ok: false,
        error: {
          code: 'unavailable',
          message: `Command "${name}" answers later: run it with run().`,
        },
      };
    },
    run: async (name, input, caller = trainer) => dispatch(name, input, caller),
    subscribe: (listener) => bus.subscribe(listener),
    publish: (event) => bus.publish(event),
    exportFile: (jobId) => exports.file(jobId),
  };
}

/** A typed call for code that already knows the command (tests, the desktop shell). */
export function callCommand<K extends CommandName>(
  api: Api,
  name: K,
  input: CommandInput<K>,
  caller?: Caller,
): CallResult<K> {
  const spec: CommandSpec = commands[name];
  return (
    spec.async ? api.run(name, input, caller) : api.call(name, input, caller)
  ) as CallResult<K>;
}
