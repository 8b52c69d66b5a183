import type { CommandName, CommandOutput, ParsedInput } from '../../shared/api/contract';
import type { ServerEvent } from '../../shared/api/events';
import type { Db } from '../store/database';

/** What every handler gets: the database, the clock, ids, and a way to announce changes. */
export interface HandlerContext {
  db: Db;
  now(): Date;
  newId(): string;
  /** Queues an event; it is sent to every window only once the change has committed. */
  emit(event: ServerEvent): void;
}

export type Handler<K extends CommandName> = (
  ctx: HandlerContext,
  input: ParsedInput<K>,
) => CommandOutput<K>;

/** One domain's handlers, keyed by command name. */
export type HandlerTable<Names extends CommandName> = { readonly [K in Names]: Handler<K> };
