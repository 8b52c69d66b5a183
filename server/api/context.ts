import type {
  AsyncCommandName,
  CommandName,
  CommandOutput,
  ParsedInput,
} from '../../shared/api/contract';
import type { ServiceContext } from '../services/service-context';
import type { ExportJobs } from '../services/pdf/export-jobs';
import type { RoomControl } from './room-control';

/**
 * Who a command runs for: the trainer (the app's own windows), or a learner through the room,
 * who may touch only their own participant's work. Handlers that record who entered an answer
 * read it here.
 */
export type Caller =
  { kind: 'trainer' } | { kind: 'learner'; participantId: string; workshopId: string };

export const trainer: Caller = { kind: 'trainer' };

/** What every handler gets: what services need, the PDF export jobs, the room, and the caller. */
export interface HandlerContext extends ServiceContext {
  exports: ExportJobs;
  room: RoomControl;
  caller: Caller;
}

export type Handler<K extends CommandName> = (
  ctx: HandlerContext,
  input: ParsedInput<K>,
) => K extends AsyncCommandName ? Promise<CommandOutput<K>> : CommandOutput<K>;

/** One domain's handlers, keyed by command name. */
export type HandlerTable<Names extends CommandName> = { readonly [K in Names]: Handler<K> };
